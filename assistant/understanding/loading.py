"""Load the knowledge base and the parser's indexes, through a cache keyed by content.

Parsing YAML and building the lexicon costs more than Python's start-up; a cache keyed by the
bytes of the knowledge files and of the modules whose objects are cached makes `crosswalk ask`
start in a few milliseconds. The cache holds plain data in a private folder (cache.py), so no file
in it can run code; any problem with it falls back to a plain load.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..kb.cache import content_key, load, store
from ..kb.schema import KNOWLEDGE_FILES as FILES
from ..kb.shipped import default_directory
from .analysis import Analyzer


def resolve_directory(chosen: str | None) -> Path:
    """The directory named (by --knowledge DIR, else $CROSSWALK_KNOWLEDGE: the faces read both and
    pass the winner), else the shipped one."""
    return Path(os.path.expanduser(chosen)) if chosen else default_directory()  # ~nobody stays as typed


# The modules that build or define what is cached; any edit to them invalidates the cache.
_CACHED_MODULES = (
    "kb/schema.py",
    "understanding/analysis.py",
    "understanding/lexicon.py",
    "understanding/cues.py",
    "understanding/patterns.py",
    "understanding/passages.py",
    "base/text.py",
    "kb/load.py",
    "kb/records.py",
    "kb/validate.py",
    "kb/yamlio.py",
    "kb/plaindata.py",
    "kb/cache.py",
)


def cache_key(directory: Path) -> str | None:
    """The cache key of a knowledge directory: a hash of its files' bytes, of the cached modules'
    bytes and of its path (and, in cache.content_key, of the cache format and the package, Python
    and marshal versions); None when a file cannot be read as a regular file."""
    here = Path(__file__).resolve().parent.parent  # assistant/
    sources = [here / name for name in _CACHED_MODULES] + [directory / name for name in FILES]
    return content_key(os.path.abspath(directory), sources)


def load_analyzer(directory: Path, cache_dir: Path | None) -> Analyzer:
    """The analyzer (which holds the knowledge base) for a directory; raises KnowledgeError."""
    key = cache_key(directory) if cache_dir else None
    if cache_dir is not None and key is not None:
        analyzer = load(cache_dir, key)
        if isinstance(analyzer, Analyzer):
            return analyzer
    from ..kb.load import load_knowledge

    analyzer = Analyzer.build(load_knowledge(directory))
    if cache_dir is not None and key is not None:
        store(cache_dir, key, analyzer)
    return analyzer
