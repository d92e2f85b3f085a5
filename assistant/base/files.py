"""Reading and writing the user's files: one clear error message, and never half a file.

Reading opens a path only when it is a regular file, without blocking (a FIFO would wait forever
for a writer) and reads at most a fixed number of bytes (a link to /dev/zero never ends, and a
size from stat can lie), so a knowledge, transcript or script path can neither hang the program
nor fill its memory. Writing goes through a temporary file and a rename, but only onto a regular
file that may be written: a rename over a FIFO, a device or a read-only file would replace it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

MAX_TEXT_BYTES = 16_000_000  # a script, transcript or knowledge file 100x the shipped ones
MAX_NAME_SHOWN = 200  # a path longer than this is shortened in messages (still one line)


class FileProblem(Exception):
    """A file that cannot be read, as one line for the user."""


class NotRegular(OSError):
    """The path exists but is not a regular file (a directory, FIFO, device or socket)."""

    def __init__(self, kind: str) -> None:
        super().__init__(errno.EINVAL, f"it is a {kind}, not a regular file")
        self.kind = kind


class TooLarge(OSError):
    """A regular file holding more bytes than the reader accepts."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"it holds more than the {limit:,} bytes allowed")
        self.size, self.limit = size, limit


def kind_of(mode: int) -> str:
    """What a file is, in a user's words."""
    for test, kind in (
        (stat.S_ISREG, "regular file"),
        (stat.S_ISDIR, "directory"),
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISLNK, "symbolic link"),
    ):
        if test(mode):
            return kind
    return "special file"


def shown(name: str | os.PathLike[str]) -> str:
    """A path as messages print it: shortened in the middle when it is very long."""
    text = os.fspath(name)
    if len(text) <= MAX_NAME_SHOWN:
        return text
    half = MAX_NAME_SHOWN // 2
    return f"{text[:half]}...{text[-half:]}"


def read_bytes(path: str | os.PathLike[str], limit: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of a regular file, at most `limit` of them.

    Raises FileNotFoundError, NotRegular, TooLarge or another OSError. The file is opened without
    blocking (O_NONBLOCK: a FIFO with no writer does not wait) and checked after opening (fstat),
    so nothing swapped in between the check and the read is read."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(kind_of(info.st_mode))
        if info.st_size > limit:
            raise TooLarge(info.st_size, limit)
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew, or its size was not the truth (/proc)
            raise TooLarge(total, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def writable_target(path: str | os.PathLike[str]) -> tuple[Path, os.stat_result | None]:
    """Where `path` really points (links followed) and what is there now (None: nothing yet).

    Raises OSError (with a message fit for "cannot write FILE: ...") for a directory, a FIFO,
    a socket, a block device or a file that may not be written; a character device is allowed
    (the caller writes it in place, as a shell redirection would)."""
    target = Path(os.path.realpath(path))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return target, None
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a directory")
    if stat.S_ISCHR(info.st_mode):
        return target, info
    if not stat.S_ISREG(info.st_mode):
        raise NotRegular(kind_of(info.st_mode))
    # root may write anything, so os.access alone would let root replace a file marked read-only
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise PermissionError(errno.EACCES, "it is read-only")
    return target, info


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write `text` to `path` through a temporary file in the same directory and a rename, so an
    interrupted or failing write leaves the old file (or no file) and no temporary behind.

    A character device (/dev/null, a terminal) is written in place instead; a directory, FIFO,
    socket, block device or read-only file is refused (OSError) before anything is written."""
    target, info = writable_target(path)
    data = text.encode("utf-8", errors="replace")
    if info is not None and stat.S_ISCHR(info.st_mode):
        _write_in_place(target, data)
        return
    if info is not None:
        mode = info.st_mode & 0o7777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    import tempfile  # here, not at the top: `crosswalk ask` never writes a file and need not load it

    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        if info is not None and (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
            with contextlib.suppress(OSError):  # root rewriting someone's file: it stays theirs
                os.chown(tmp, info.st_uid, info.st_gid)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _write_in_place(target: Path, data: bytes) -> None:
    """Write to a character device as `> DEVICE` would: no rename, no temporary file."""
    fd = os.open(target, os.O_WRONLY | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)
