"""The REPL's history file, kept private: created 0600 in a 0700 folder of ours, never reached
through a symbolic link, never a FIFO or a device.

What a person types may be private, and a state folder may be shared ($XDG_STATE_HOME on a common
disk): another user could plant a symbolic link there (our next question appended to a file of
their choosing, or read from one), or a FIFO that hangs the prompt before it appears. Every read
and append goes through private.py's checks; a refusal is an OSError whose message says why, and
the REPL keeps the history in memory after one warning.

The file's format is prompt-toolkit's FileHistory format, so existing history files still load.
"""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Iterable
from pathlib import Path

from prompt_toolkit.history import FileHistory

from ..base.private import open_file, open_folder, read_all, write_all

MAX_HISTORY_BYTES = 16_000_000


def read_private(path: Path) -> bytes:
    """The history file's bytes (created empty when missing); OSError when it cannot be used."""
    folder = open_folder(path.parent)
    try:
        fd = open_file(folder, path.name, os.O_RDONLY | os.O_CREAT)
    finally:
        os.close(folder)
    try:
        return read_all(fd, MAX_HISTORY_BYTES)
    finally:
        os.close(fd)


def append_private(path: Path, data: bytes) -> None:
    """Append to the history file, through the same checks."""
    folder = open_folder(path.parent)
    try:
        fd = open_file(folder, path.name, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    finally:
        os.close(folder)
    try:
        write_all(fd, data)
    finally:
        os.close(fd)


class PrivateFileHistory(FileHistory):
    """prompt-toolkit's FileHistory, reading and appending only through the checks of private.py."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(os.fspath(path))

    def load_history_strings(self) -> Iterable[str]:
        strings: list[str] = []
        lines: list[str] = []
        try:
            data = read_private(Path(os.fsdecode(self.filename)))
        except OSError:
            return []
        for raw in io.BytesIO(data):  # the lines as FileHistory splits them: on b"\n" only
            line = raw.decode("utf-8", errors="replace")
            if line.startswith("+"):
                lines.append(line[1:])
            else:
                if lines:
                    strings.append("".join(lines)[:-1])
                lines = []
        if lines:
            strings.append("".join(lines)[:-1])
        return reversed(strings)

    def store_string(self, string: str) -> None:
        entry = f"\n# {datetime.datetime.now()}\n" + "".join(f"+{line}\n" for line in string.split("\n"))
        append_private(Path(os.fsdecode(self.filename)), entry.encode("utf-8", errors="replace"))
