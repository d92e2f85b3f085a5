"""`python -m assistant` runs the same command line as `crosswalk`."""

import sys

from .faces.cli import main

sys.exit(main())
