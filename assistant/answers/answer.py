"""What the composer hands the renderers: the answer, its cited rows, a display table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..kb.schema import Citation


@dataclass(frozen=True)
class Table:
    """Rows to show under the answer; the first column is the cited row's key."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Draft:
    """A handler's output before the composer adds the question, intent and confidence."""

    text: str
    citations: tuple[Citation, ...] = ()
    suggestions: tuple[str, ...] = ()
    table: Table | None = None
    notes: tuple[str, ...] = ()
    status: str = "answered"


@dataclass(frozen=True)
class Answer:
    question: str
    status: str  # answered | clarify | unknown
    intent: str
    confidence: float
    text: str
    citations: tuple[Citation, ...] = ()
    suggestions: tuple[str, ...] = ()
    table: Table | None = None
    notes: tuple[str, ...] = ()
    explain: dict[str, Any] | None = field(default=None, compare=False)

    def as_json(self, *, with_explain: bool = False) -> dict[str, Any]:
        """The contract's JSON answer (extra fields only added, never renamed)."""
        text = " ".join([self.text, *self.notes]).strip()
        out: dict[str, Any] = {
            "question": self.question,
            "status": self.status,
            "intent": self.intent,
            "confidence": round(self.confidence, 3),
            "answer": text,
            "citations": [c.as_dict() for c in self.citations],
            "suggestions": list(self.suggestions),
        }
        if self.table:
            out["rows"] = [dict(zip(self.table.headers, row, strict=False)) for row in self.table.rows]
        if with_explain and self.explain is not None:
            out["explain"] = self.explain
        return out
