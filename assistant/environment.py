"""The one injectable environment: streams, terminal facts and directories.

The REPL, batch mode and the tests share one code path by passing this object around instead of
reaching for sys.stdout or os.environ directly (the way httpie does), so a test can simulate a
terminal or a pipe without a pseudo-terminal.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO


def _xdg(var: str, fallback: str) -> Path:
    value = os.environ.get(var)
    return Path(value) if value else Path.home() / fallback


@dataclass
class Environment:
    stdin: IO[str] = field(default_factory=lambda: sys.stdin)
    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)
    stdin_isatty: bool | None = None
    stdout_isatty: bool | None = None
    color: bool | None = None
    width: int | None = None
    state_dir: Path = field(default_factory=lambda: _xdg("XDG_STATE_HOME", ".local/state") / "crosswalk")
    cache_dir: Path = field(default_factory=lambda: _xdg("XDG_CACHE_HOME", ".cache") / "crosswalk")

    def __post_init__(self) -> None:
        if self.stdin_isatty is None:
            self.stdin_isatty = _isatty(self.stdin)
        if self.stdout_isatty is None:
            self.stdout_isatty = _isatty(self.stdout)
        if self.color is None:
            # no-color.org: NO_COLOR turns color off only when it is set to a non-empty value
            self.color = bool(
                self.stdout_isatty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
            )
        if self.width is None:
            self.width = self.current_width()

    def current_width(self) -> int:
        """The width to wrap answers to: the terminal's, read now (it may have been resized),
        kept between 40 and 120 columns for readable lines; 100 when not on a terminal."""
        if not self.stdout_isatty:
            return self.width or 100
        import shutil

        columns = shutil.get_terminal_size((self.width or 100, 24)).columns
        return max(40, min(columns, 120))

    def write(self, text: str) -> None:
        self.stdout.write(text)

    def error(self, message: str) -> None:
        self.stderr.write(message.rstrip("\n") + "\n")
        self.stderr.flush()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
