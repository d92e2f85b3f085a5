"""The exit statuses of every command, in one place (as httpie's ExitStatus), and the usage error."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    """Answered; `run` read every line (whatever the answers were); transcripts matched."""
    UNANSWERED = 1
    """`ask`: the question was unknown or asked back (clarify)."""
    FAILED = 1
    """`transcript check`: some transcript's answers changed (the same number as UNANSWERED)."""
    USAGE = 2
    """A usage, knowledge, input or output error: one line on standard error, never a traceback."""
    INTERRUPTED = 130
    """Ctrl-C (128 + SIGINT, as a shell reports it)."""


class UsageError(Exception):
    """A mistake on the command line: one line to stderr and exit 2."""
