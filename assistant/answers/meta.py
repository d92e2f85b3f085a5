"""Answers about the assistant and the document itself: help, recommendations, defects."""

from __future__ import annotations

from typing import Any

from ..base import plural
from ..kb.schema import Citation, KnowledgeBase
from . import cite, handles
from .answer import Draft, Table


@handles("help")
def help_answer(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    return Draft(
        text=(
            "I answer questions about the four models (what each is, one dimension, comparisons), the ITIL "
            "processes, the CMM key practices, the observations, abbreviations and counts, citing every row."
        ),
        suggestions=kb.cues.example("banner"),
    )


@handles("choose_model")
def choose(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    return Draft(
        status="clarify",
        text="The document makes no single recommendation. Which of these did you mean?",
        suggestions=kb.cues.example("choose"),
    )


@handles("out_of_scope")
def out_of_scope(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    return Draft(
        status="unknown",
        text="I don't know: that is outside the crosswalk document. I can answer questions about its four models, "
        "the ITIL-to-CMM and CMM-to-ITIL tables and its observations.",
        suggestions=kb.cues.example("unknown"),
    )


@handles("defects")
def defects(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    citations: list[Citation] = [Citation("defects", d.row, None, d.row) for d in kb.defects]
    for d in kb.defects:
        citations.extend(cite.resolve(kb, c) for c in d.cites)
    text = " ".join(f"({i}) {d.text}" for i, d in enumerate(kb.defects, 1))
    return Draft(
        text=f"The document has {plural.count(len(kb.defects), 'known defect')}: {text}",
        citations=cite.unique(citations),
    )


@handles("why_previous")
def why_previous(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    citations: list[Citation] = slots["citations"]
    if not citations:
        return Draft(text="The last answer cited no rows: it was not read from the tables.")
    quotes = " ".join(f"[{c.table}:{c.row}] {cite.quote(cite.shorten(c.text, 240))}" for c in citations[:3] if c.text)
    more = f" (and {plural.count(len(citations) - 3, 'more row')})" if len(citations) > 3 else ""
    return Draft(text=f"Because the document says: {quotes}{more}", citations=tuple(citations))


@handles("show_sources")
def show_sources(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    citations: list[Citation] = slots["citations"]
    if not citations:
        return Draft(text="The last answer cited no rows.")
    rows = tuple(
        (f"{c.table}:{c.row}" + (f"/{c.dimension}" if c.dimension else ""), c.text or c.label) for c in citations
    )
    return Draft(
        text=f"The {plural.count(len(citations), 'row')} the last answer (“{slots['question']}”) rests on:",
        citations=tuple(citations),
        table=Table(("row", "in the document's words"), rows),
    )
