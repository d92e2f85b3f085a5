"""Folders and files only this user can change: the cache and the REPL history live in them.

Both sit under a directory the user may share ($XDG_CACHE_HOME or $XDG_STATE_HOME on a common
disk, a world-writable /tmp), so another local user could plant a file there (a cache that runs
code, a symbolic link that redirects what we append, a FIFO that hangs us). The rules here:

* the folder is created 0700; one that exists must be a directory (not a link) owned by us, and is
  made 0700 if it was looser. It is opened once and everything inside is reached through that
  descriptor, so a folder swapped after the check is not the one used;
* a file is opened with O_NOFOLLOW and O_NONBLOCK (a link or a FIFO is refused, not followed or
  waited on) and checked after opening: a regular file, owned by us, made 0600 if it was looser.

Every refusal is an OSError whose message says why, fit for "cannot use FILE: ...".
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from .files import kind_of

_NOFOLLOW = os.O_NOFOLLOW | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)


def refused(message: str) -> OSError:
    return OSError(errno.EPERM, message)


def open_folder(folder: Path, *, create: bool = True) -> int:
    """A descriptor of `folder`, checked as the module says (created 0700 when `create`)."""
    if create:
        folder.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode):
        raise refused(f"{folder} is a {kind_of(info.st_mode)}, not a directory")
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | _NOFOLLOW)
    try:
        opened = os.fstat(fd)
        if opened.st_uid != os.geteuid():
            raise refused(f"{folder} belongs to another user")
        if (opened.st_dev, opened.st_ino) != (info.st_dev, info.st_ino):
            raise refused(f"{folder} changed while it was opened")
        if opened.st_mode & 0o077:
            os.fchmod(fd, 0o700)
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_file(folder_fd: int, name: str, flags: int) -> int:
    """A descriptor of the regular file `name` of ours in an open folder, opened with `flags`
    (O_CREAT creates it 0600); refused if it is a link, a FIFO, a device or someone else's."""
    try:
        info = os.stat(name, dir_fd=folder_fd, follow_symlinks=False)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise refused(f"it is a {kind_of(info.st_mode)}, not a regular file")
    fd = os.open(name, flags | _NOFOLLOW | os.O_NONBLOCK, 0o600, dir_fd=folder_fd)
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise refused(f"it is a {kind_of(opened.st_mode)}, not a regular file")
        if opened.st_uid != os.geteuid():
            raise refused("it belongs to another user")
        if opened.st_mode & 0o077:
            os.fchmod(fd, 0o600)
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_all(fd: int, limit: int) -> bytes:
    """At most `limit` bytes of an open file; OSError (EFBIG) when it holds more."""
    chunks, total = [], 0
    while chunk := os.read(fd, min(1 << 20, limit + 1 - total) or 1):
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise OSError(errno.EFBIG, f"it holds more than {limit:,} bytes")
    return b"".join(chunks)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
