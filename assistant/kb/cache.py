"""The knowledge cache: the built analyzer as plain data, in a private folder, keyed by content.

Building the knowledge base and its indexes costs more than Python's start-up, so `crosswalk ask`
reads them from `$XDG_CACHE_HOME/crosswalk/kb-KEY.marshal` when it can. The cache must never be a
way in, so:

* the file holds plain data only (plaindata.py): reading it cannot run code, whoever wrote it
  (marshal could build a code object, but nothing here ever calls a value read from the file),
  and a digest of it, so a file cut short or damaged on disk is rebuilt, not half used;
* the folder and the file must be ours and private (private.py: 0700 and 0600, no link followed,
  no FIFO opened); a cache anyone else could have written is ignored, never read;
* the key is a hash of the cache format, the package, Python and marshal versions, the knowledge
  directory's path, and the bytes of the knowledge files and of the modules that build or define
  what is cached (understanding/loading.py lists them; not their sizes and times, which anyone can
  read and a copy can match), so a cache can only stand for the exact knowledge it was built from;
* a write goes to a temporary file renamed into place, and the temporary is removed on every
  failure (a full disk, Ctrl-C); ones left by a killed process are removed on a later write.

Any problem with the cache means a plain load instead, never an error.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

try:  # hashlib loads OpenSSL at import, a few milliseconds of every `crosswalk ask`; blake2 is built in
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter without the module
    from hashlib import blake2b

from .. import __version__
from ..base.files import read_bytes
from ..base.private import open_file, open_folder, read_all, write_all
from .plaindata import Unsupported, decode, encode

FORMAT = "crosswalk-cache-2"  # change when the layout of the file changes
PREFIX, SUFFIX, TEMP_SUFFIX = "kb-", ".marshal", ".tmp"
MAX_CACHE_BYTES = 64_000_000
MAX_SOURCE_BYTES = 16_000_000
STALE_SECONDS = 86_400  # a cache not rebuilt for a day is removed when another is written
STALE_TEMP_SECONDS = 600  # a temporary file this old was left by a process that was killed
OLD_FORMATS = ("kb-*.pickle",)  # earlier versions' caches: never read, removed once stale


def content_key(label: str, sources: Iterable[Path]) -> str | None:
    """A hash of `label` and of every source file's bytes; None when one is missing, is not a
    regular file or cannot be read (then nothing is cached: the plain load reports the problem)."""
    digest = blake2b(digest_size=16)
    digest.update(f"{FORMAT}\0{__version__}\0{sys.version_info[:2]}\0{marshal.version}\0{label}\0".encode())
    try:
        for path in sources:
            data = read_bytes(path, MAX_SOURCE_BYTES)
            digest.update(f"{path.name}\0{len(data)}\0".encode())
            digest.update(data)
    except (OSError, ValueError):
        return None
    return digest.hexdigest()


def file_name(key: str) -> str:
    return f"{PREFIX}{key}{SUFFIX}"


def load(folder: Path, key: str) -> Any | None:
    """The object cached under `key`, or None (no cache, not ours, damaged, of another version)."""
    try:
        folder_fd = open_folder(folder, create=False)
    except (OSError, ValueError):
        return None
    try:
        fd = open_file(folder_fd, file_name(key), os.O_RDONLY)
        try:
            data = read_all(fd, MAX_CACHE_BYTES)
        finally:
            os.close(fd)
        stored = marshal.loads(data)
        if not (isinstance(stored, tuple) and len(stored) == 4 and stored[:2] == (FORMAT, key)):
            return None
        payload = stored[3]
        if not isinstance(payload, bytes) or stored[2] != blake2b(payload, digest_size=16).hexdigest():
            return None  # cut short or damaged on disk
        names, plain = marshal.loads(payload)
        return decode(names, plain)
    except (OSError, ValueError, EOFError, TypeError, Unsupported, RecursionError, MemoryError):
        return None
    finally:
        os.close(folder_fd)


def store(folder: Path, key: str, value: Any) -> None:
    """Cache `value` under `key`, atomically; silently nothing when the folder is not usable or
    the value cannot be held as plain data. Ctrl-C still interrupts, after the temporary is gone."""
    try:
        payload = marshal.dumps(encode(value))
        blob = marshal.dumps((FORMAT, key, blake2b(payload, digest_size=16).hexdigest(), payload))
    except (Unsupported, ValueError, RecursionError):
        return
    try:
        folder_fd = open_folder(folder, create=True)
    except (OSError, ValueError):
        return
    temp = f".{file_name(key)}.{os.getpid()}.{time.monotonic_ns()}{TEMP_SUFFIX}"
    try:
        _prune(folder_fd, file_name(key))
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600, dir_fd=folder_fd)
        try:
            write_all(fd, blob)
        finally:
            os.close(fd)
        os.rename(temp, file_name(key), src_dir_fd=folder_fd, dst_dir_fd=folder_fd)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp, dir_fd=folder_fd)
        if not isinstance(exc, OSError):
            raise
    finally:
        os.close(folder_fd)


def _prune(folder_fd: int, keep: str) -> None:
    """Remove caches unused for a day (old formats too), and temporaries of killed processes."""
    now = time.time()
    with os.scandir(folder_fd) as entries:
        for entry in entries:
            name = entry.name
            if name == keep:
                continue
            try:
                age = now - entry.stat(follow_symlinks=False).st_mtime
            except OSError:
                continue
            stale_cache = name.startswith(PREFIX) and name.endswith(SUFFIX) and age > STALE_SECONDS
            stale_temp = name.startswith(f".{PREFIX}") and name.endswith(TEMP_SUFFIX) and age > STALE_TEMP_SECONDS
            old_format = any(Path(name).match(pattern) for pattern in OLD_FORMATS) and age > STALE_SECONDS
            if stale_cache or stale_temp or old_format:
                with contextlib.suppress(OSError):
                    os.unlink(name, dir_fd=folder_fd)
