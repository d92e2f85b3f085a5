"""Plain text folded to a width at word boundaries, by rich's own line breaker.

Every answer, note, banner line, `/why` line and report paragraph goes through here, so a narrow
terminal never sees a word cut in two ("Bal" / "drige") and the terminal never has to wrap a line
itself. A word longer than the whole line (a long citation key on a 40-column screen) is the one
thing that is folded, since it cannot fit anywhere. rich is imported on first use: `--format json`
never pays for it.
"""

from __future__ import annotations

import functools
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

MIN_ROOM = 8  # never fold text into a column narrower than this, whatever the indent


@functools.cache
def _console(width: int) -> Console:
    from rich.console import Console

    return Console(
        file=io.StringIO(),
        width=width,
        color_system=None,
        no_color=True,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
    )


def lines(text: str, width: int) -> list[str]:
    """The text's lines at `width` columns: its own line breaks kept, long lines broken between words."""
    from rich.text import Text

    width = max(1, width)
    return [line.plain.rstrip() for line in Text(text).wrap(_console(width), width, overflow="fold")]


def wrap(text: str, width: int, first: str = "", rest: str | None = None) -> str:
    """`text` folded to `width` columns, the first line after `first` and the others after `rest`
    (default: the same as `first`), as textwrap.fill would indent them but never inside a word."""
    rest = first if rest is None else rest
    room = max(MIN_ROOM, width - len(rest))
    extra = max(0, len(first) - len(rest))  # a longer first indent: glue a stand-in to the first word
    folded = lines("x" * extra + text, room) or [""]
    head = first + folded[0][extra:]
    return "\n".join([head.rstrip(), *(rest + line if line else "" for line in folded[1:])])
