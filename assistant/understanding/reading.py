"""A reading of a question (an intent with its slots, or a composed query, and a score) and the
registry of the rules that propose readings (rules.py registers itself here; parse.py runs them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .analysis import Analysis, Analyzer
from .query import Query, RowIn

QUERY_INTENT = "query"
"""The intent of readings that carry a composed `Query` (answered by the executor)."""

EVIDENCE_QUOTES = 0.8
"""An evidence reading this strong quotes a cell (most of the question's rare words are a cell's
own): it may outrank a structured reading."""


@dataclass(frozen=True)
class Reading:
    intent: str
    score: float
    slots: dict[str, Any] = field(default_factory=dict)
    why: str = ""
    query: Query | None = None  # the typed meaning, for readings the executor answers

    @property
    def is_evidence(self) -> bool:
        """A reading that rests on the question's words matching rows' cells, not on entities."""
        return self.query is not None and isinstance(self.query.where, RowIn) and bool(self.query.where.label)

    def with_slots(self, **changes: Any) -> Reading:
        return Reading(self.intent, self.score, {**self.slots, **changes}, self.why, self.query)


Rule = Callable[[Analysis, Analyzer], list[Reading]]
RULES: list[Rule] = []


def rule(fn: Rule) -> Rule:
    """Register a rule: every registered rule proposes readings for every question."""
    RULES.append(fn)
    return fn
