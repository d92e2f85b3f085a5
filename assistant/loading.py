"""Load the knowledge base and the parser's indexes, through a pickle cache keyed by content.

Parsing YAML and building the lexicon costs more than Python's start-up; a cache keyed by the
bytes of the knowledge files and of the modules whose objects are cached makes `crosswalk ask`
start in a few milliseconds. Any problem with the cache falls back to a plain load.
"""

from __future__ import annotations

import os
import pickle
import time
import zlib
from pathlib import Path

from .analysis import Analyzer
from .schema import KNOWLEDGE_FILES as FILES


def default_directory() -> Path:
    """The shipped knowledge: inside the installed package, or beside it in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "knowledge"
    return packaged if packaged.is_dir() else here.parent / "knowledge"


def resolve_directory(option: str | None) -> Path:
    """--knowledge DIR wins, then $CROSSWALK_KNOWLEDGE, then the shipped directory."""
    chosen = option or os.environ.get("CROSSWALK_KNOWLEDGE")
    return Path(chosen).expanduser() if chosen else default_directory()


STALE_SECONDS = 86_400  # a cache not rebuilt for a day is removed when another is written

# The modules that build or define what is cached; any edit to them invalidates the cache.
_CACHED_MODULES = (
    "schema.py",
    "analysis.py",
    "lexicon.py",
    "cues.py",
    "patterns.py",
    "passages.py",
    "text.py",
    "knowledge.py",
    "records.py",
    "validate.py",
    "yamlio.py",
)


def _fingerprint(directory: Path) -> str | None:
    """A key that changes whenever a knowledge file or a cached module changes: path, size and
    modification time of each (a stat is far cheaper than reading and hashing them)."""
    here = Path(__file__).resolve().parent
    paths = [here / name for name in _CACHED_MODULES] + [directory.resolve() / name for name in FILES]
    try:
        stamp = "|".join(f"{p}:{st.st_size}:{st.st_mtime_ns}" for p in paths for st in [p.stat()])
    except OSError:
        return None
    return f"{zlib.crc32(stamp.encode()):08x}{zlib.adler32(stamp.encode()):08x}"


def load_analyzer(directory: Path, cache_dir: Path | None) -> Analyzer:
    """The analyzer (which holds the knowledge base) for a directory; raises KnowledgeError."""
    key = _fingerprint(directory) if cache_dir and directory.is_dir() else None
    path = cache_dir / f"kb-{key}.pickle" if cache_dir and key else None
    if path is not None and path.is_file():
        try:
            with path.open("rb") as fh:
                analyzer = pickle.load(fh)
            if isinstance(analyzer, Analyzer):
                return analyzer
        except Exception:
            pass
    from .knowledge import load_knowledge

    analyzer = Analyzer.build(load_knowledge(directory))
    if path is not None:
        _store(path, analyzer)
    return analyzer


def _store(path: Path, analyzer: Analyzer) -> None:
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        stale = time.time() - STALE_SECONDS  # other directories' caches stay while they are in use
        for old in path.parent.glob("kb-*.pickle"):
            if old != path and old.stat().st_mtime < stale:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(analyzer, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
