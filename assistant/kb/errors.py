"""Knowledge errors, importable without PyYAML (the CLI catches them on every path)."""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    """One thing wrong with a knowledge directory, printable as one line."""

    file: str
    message: str
    line: int | None = None
    row: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        row = f" row {self.row}:" if self.row else ""
        return f"{where}:{row} {self.message}"


class KnowledgeError(Exception):
    """Raised with every problem found, so the user can fix them all in one pass."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
