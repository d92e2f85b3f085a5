"""The one injectable environment: streams, terminal facts, directories and settings.

The REPL, batch mode and the tests share one code path by passing this object around instead of
reaching for sys.stdout or os.environ directly (the way httpie does), so a test can simulate a
terminal or a pipe without a pseudo-terminal. This is the only module that reads os.environ or
the terminal's size: NO_COLOR and TERM, PAGER and LESS, XDG_STATE_HOME and XDG_CACHE_HOME,
CROSSWALK_KNOWLEDGE and CROSSWALK_NO_CACHE (each read when it is asked for, so a change made by a
test with monkeypatch is seen).

It is also where output can fail, so it owns those rules: every write is flushed and checked (a
full disk or a closed standard output is an `OutputError`: one line and exit 2, never a file cut
short with status 0); a reader that went away (a closed pipe) silences the rest of the output
without changing the exit status; a closed standard error loses the messages but not the status;
and what goes to standard error is shown through the sanitiser, so a file name or a knowledge
cell quoted in an error cannot drive the terminal.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..base.sanitize import visible


class OutputError(Exception):
    """Standard output cannot take what we write (closed, disk full, I/O error): one line, exit 2."""


def _xdg(var: str, fallback: str) -> Path | None:
    """$VAR/crosswalk, or ~/FALLBACK/crosswalk; None when neither names a usable place (the XDG
    rule: a relative path is ignored; no home directory is not an error, just no cache or history)."""
    value = os.environ.get(var, "")
    if os.path.isabs(value):
        return Path(value) / "crosswalk"
    home = os.path.expanduser("~")
    return Path(home) / fallback / "crosswalk" if os.path.isabs(home) else None


def _tolerant(stream: IO[str] | None) -> IO[str] | None:
    """A standard stream that replaces what its encoding cannot hold (an ASCII or Latin-1 locale)
    instead of raising in the middle of an answer."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")
    return stream


@dataclass
class Environment:
    stdin: IO[str] | None = field(default_factory=lambda: sys.stdin)
    stdout: IO[str] | None = field(default_factory=lambda: _tolerant(sys.stdout))
    stderr: IO[str] | None = field(default_factory=lambda: _tolerant(sys.stderr))
    stdin_isatty: bool | None = None
    stdout_isatty: bool | None = None
    color: bool | None = None
    width: int | None = None
    state_dir: Path | None = field(default_factory=lambda: _xdg("XDG_STATE_HOME", ".local/state"))
    cache_dir: Path | None = field(default_factory=lambda: _xdg("XDG_CACHE_HOME", ".cache"))
    output_closed: bool = False  # the reader of standard output went away: write nothing more

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
        columns = self.terminal_size((self.width or 100, 24)).columns
        return max(40, min(columns, 120))

    def terminal_size(self, fallback: tuple[int, int] = (80, 24)) -> os.terminal_size:
        """The terminal's columns and lines, read now; `fallback` when there is no terminal."""
        return shutil.get_terminal_size(fallback)

    @property
    def knowledge_dir(self) -> str | None:
        """$CROSSWALK_KNOWLEDGE: another knowledge directory (`--knowledge DIR` wins over it)."""
        return os.environ.get("CROSSWALK_KNOWLEDGE") or None

    @property
    def cache_enabled(self) -> bool:
        """False when $CROSSWALK_NO_CACHE is set to anything non-empty: load without the cache."""
        return not os.environ.get("CROSSWALK_NO_CACHE")

    @property
    def cache_folder(self) -> Path | None:
        """Where the parsed knowledge base is cached; None when the cache is off or has no home."""
        return self.cache_dir if self.cache_enabled else None

    def write(self, text: str) -> None:
        """Write and flush; raise OutputError if standard output cannot take it. A closed pipe is
        not an error: the rest of the output is dropped quietly (see `output_closed`)."""
        if self.output_closed:
            return
        if self.stdout is None:
            raise OutputError("it is closed")
        try:
            self.stdout.write(text)
            self.stdout.flush()
        except BrokenPipeError:
            self.output_closed = True
            silence(self.stdout)
        except (OSError, ValueError) as exc:
            silence(self.stdout)
            raise OutputError(getattr(exc, "strerror", None) or str(exc)) from None

    def flush(self) -> None:
        """Flush standard output (the last check before the exit status is final)."""
        if self.stdout is not None:
            self.write("")

    def error(self, message: str, paint: str | None = None) -> None:
        """One message on standard error, shown safely, in colour `paint` (an SGR code) when the
        terminal has colour. Lost, not raised, when standard error is closed or full."""
        if self.stderr is None:
            return
        text = visible(message.rstrip("\n"))
        if paint and self.color:
            text = f"\x1b[{paint}m{text}\x1b[0m"
        try:
            self.stderr.write(text + "\n")
            self.stderr.flush()
        except (OSError, ValueError):
            pass


def pager_command() -> tuple[str, dict[str, str]]:
    """$PAGER (default `less -FRX`, as pgcli does) and its environment: LESS defaults to FRX, as git
    sets it, so a bare `PAGER=less` also lets short output through and keeps colour."""
    command = os.environ.get("PAGER", "less -FRX")
    environ = dict(os.environ)
    environ.setdefault("LESS", "FRX")
    return command, environ


def silence(stream: IO[str] | None) -> None:
    """Point a failed standard stream at /dev/null, so that nothing more is written to it and the
    interpreter's flush at exit has nothing to complain about."""
    try:
        fd = stream.fileno()  # type: ignore[union-attr]
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)
    except (AttributeError, OSError, ValueError):
        pass


def _isatty(stream: IO[str] | None) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):
        return False
