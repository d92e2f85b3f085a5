"""Answers from the document's prose: the observations, the opening questions and the appendix."""

from __future__ import annotations

from typing import Any

from ..answer import Draft
from ..schema import Citation, KnowledgeBase, Observation
from . import cite, handles


def _with_context(kb: KnowledgeBase, rows: list[str]) -> list[Observation]:
    """The chosen passages, each with the bullet it hangs from and the passages that answer it."""
    out: list[Observation] = []
    for slug in rows:
        o = kb.index.observation[slug]
        chain = [o]
        if o.parent:
            chain.insert(0, kb.index.observation[o.parent])
        chain.extend(kb.index.observation[a] for a in o.answered_by)
        out.extend(c for c in chain if c not in out)
    return out


@handles("observation")
def observation(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    passages = _with_context(kb, slots["rows"])
    citations: list[Citation] = [cite.observation(o) for o in passages]
    extra = []
    for o in passages:
        for c in o.see_also:
            citations.append(cite.resolve(kb, c))
            if c.table == "models" and c.dimension:
                m = kb.model(c.row)
                extra.append(f"The comparison table, {m.name} {c.dimension}: {cite.quote(m.cell(c.dimension))}")
    text = " ".join(cite.quote(o.text) for o in passages)
    if extra:
        text += " " + " ".join(extra)
    first = passages[0]
    kind = "opening" if first.answered_by else "observation"
    suggestions = kb.cues.example(kind)[:2]
    return Draft(text=text, citations=cite.unique(citations), suggestions=suggestions)
