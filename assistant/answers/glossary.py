"""What an abbreviation means, citing the rows where the document spells it out."""

from __future__ import annotations

from typing import Any

from ..kb.schema import Citation, KnowledgeBase
from . import cite, handles
from .answer import Draft


def meaning(kb: KnowledgeBase, term: str, kind: str, ident: str) -> tuple[str, str, list[Citation], list[Citation]]:
    """(term, meaning, rows that spell it out, rows that only use it) for a glossary term."""
    abbr = kb.index.abbreviation.get(term.lower())
    if abbr:
        spelled = [cite.resolve(kb, c) for c in abbr.spelled_out_in]
        used = [cite.resolve(kb, c) for c in abbr.used_in]
        return abbr.abbr, abbr.meaning, spelled, used
    if kind == "feature":
        f = kb.index.feature_by_abbr[ident]
        return f.abbr, f"{f.name}, a CMM common feature (practice codes {f.abbr}1, {f.abbr}2, …)", [], []
    if kind == "kpa":
        k = kb.kpa(ident)
        return k.abbr, f"{k.name}, a Level {k.level} Key Process Area", [], []
    if kind == "itil":
        p = kb.process(ident)
        rows = [cite.itil_row(kb.index.itil_row[ident])] if ident in kb.index.itil_row else []
        return term, p.name, rows, []
    m = kb.model(ident)
    return term, m.full_name, [], []


@handles("glossary")
def glossary(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    readings = kb.ambiguous_abbreviations.get(str(slots["term"]).upper())
    if readings:  # "CM": Change Management or Configuration Management
        return Draft(
            text=f"{slots['term']} could mean {' or '.join(readings)}. Which did you mean?",
            suggestions=tuple(f"What is {r}?" for r in readings),
            status="clarify",
        )
    term, text, spelled, used = meaning(kb, slots["term"], slots["kind"], slots["id"])
    answer = f"{term} stands for {text}."
    if spelled:
        answer += " The document spells it out in " + ", ".join(f"{c.table}:{c.row}" for c in spelled) + "."
    elif used:
        answer += " The document uses it without spelling it out; the meaning is from the crosswalk's vocabulary."
    else:
        answer += " (From the crosswalk's vocabulary; the document does not spell it out.)"
    near = set(slots.get("near", ()))  # "what does DR mean in the contingency planning row?"
    shown = [c for c in used if c.row in near or c.row.split(".")[0] in near]
    citations = [Citation("vocabulary", term, None, f"{term} = {text}", text), *spelled, *shown]
    others = [a.abbr for a in kb.abbreviations if a.abbr != term][:2]
    return Draft(
        text=answer,
        citations=cite.unique(citations),
        suggestions=tuple(f"What does {o} stand for?" for o in others),
    )
