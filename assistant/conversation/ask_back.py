"""Readings said back as questions a person could type, for "which did you mean?".

A clarify offers each reading as a plain question, never an internal intent name; asked back,
each is answered (tests/test_suggestions.py holds that). The templates are domain words, so they
live in knowledge/cues.yaml (`examples:`, keys `ask_<intent>`); a query is phrased from its own
predicates.
"""

from __future__ import annotations

from ..answers.wording import Wording
from ..kb.schema import KnowledgeBase
from ..understanding.parse import Reading
from ..understanding.query import Everything, Query, Source


def as_question(reading: Reading, kb: KnowledgeBase) -> str | None:
    """The reading as a question, or None when no template says it."""
    if reading.query is not None:
        return _query_question(reading.query, kb)
    templates = kb.cues.examples.get(f"ask_{reading.intent}", ())
    values = _values(reading, kb)
    for template in templates:
        try:
            return template.format(**values)
        except (KeyError, IndexError):
            continue
    return None


def _query_question(q: Query, kb: KnowledgeBase) -> str:
    words = Wording(kb)
    what = "CMM-to-ITIL rows" if q.source is Source.CMM_TO_ITIL else "ITIL processes"
    if isinstance(q.where, Everything):
        return f"List the {what}"
    return f"Which {what} are {words.phrase(q.where)}?"


def _values(reading: Reading, kb: KnowledgeBase) -> dict[str, str]:
    slots = reading.slots
    values: dict[str, str] = {}
    if slots.get("process"):
        values["process"] = kb.process(slots["process"]).name
    if slots.get("kpa"):
        values["kpa"] = kb.kpa(slots["kpa"]).name
    if slots.get("level"):
        values["level"] = str(slots["level"])
    models = slots.get("models") or []
    if models:
        names = [kb.model(m).name for m in models]
        values["model"] = names[0]
        values["models"] = " and ".join(names)
    if slots.get("dimension"):
        values["dimension"] = str(slots["dimension"])
    practices = [f"{k} {c}" for k, c in slots.get("practices", ()) if k]
    if practices:
        values["practice"] = practices[0]
    if slots.get("term"):
        values["term"] = str(slots["term"])
    if slots.get("rows") and reading.intent == "observation":
        first = kb.index.observation.get(slots["rows"][0])
        if first is not None and first.keywords:
            values["topic"] = first.keywords[0]
    return values
