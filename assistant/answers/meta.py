"""Answers about the assistant and the document itself: help, recommendations, defects."""

from __future__ import annotations

from typing import Any

from ..answer import Draft
from ..schema import Citation, KnowledgeBase
from . import cite, handles


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
    return Draft(text=f"The document has {len(kb.defects)} known defects: {text}", citations=cite.unique(citations))
