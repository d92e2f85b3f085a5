"""Reading and writing the user's files: one clear error message, and never half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class FileProblem(Exception):
    """A file that cannot be read, as one line for the user."""


def read_text(name: str | os.PathLike[str]) -> str:
    """A text file's content; non-UTF-8 bytes become U+FFFD rather than an error."""
    path = Path(name)
    if path.is_dir():
        raise FileProblem(f"{name} is a directory, expected a file")
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        raise FileProblem(f"no such file: {name}") from None
    except OSError as exc:
        raise FileProblem(f"cannot read {name}: {exc.strerror or exc}") from None


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write `text` to `path` through a temporary file in the same directory and a rename, so an
    interrupted or failing write leaves the old file (or no file) and no temporary behind."""
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
