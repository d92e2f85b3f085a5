"""Answers from the document's prose: the observations, the opening questions and the appendix."""

from __future__ import annotations

from typing import Any

from ..kb.schema import Citation, KnowledgeBase, Observation
from . import cite, handles
from .answer import Draft


def _with_context(kb: KnowledgeBase, rows: list[str]) -> list[Observation]:
    """The chosen passages in reading order: a question the document asks before the passages
    that answer it, a bullet after the one it hangs from, a bullet ending "the need for:" with
    the sub-bullets that finish its sentence."""
    chosen = [kb.index.observation[slug] for slug in rows]
    chosen.sort(key=lambda o: not o.answered_by)  # the document's questions first
    out: list[Observation] = []
    for o in chosen:
        chain = [kb.index.observation[o.parent]] if o.parent else []
        chain.append(o)
        chain.extend(kb.index.observation[a] for a in o.answered_by)
        for c in list(chain):
            chain.extend(child for child in kb.observations if child.parent == c.row and child not in chain)
        out.extend(c for c in chain if c not in out)
    return out


def _with_children(o: Observation, passages: list[Observation]) -> str:
    """A bullet ending "the need for:" reads on into its sub-bullets."""
    children = [c.text for c in passages if c.parent == o.row]
    return f"{o.text} {'; '.join(children)}" if children and o.text.endswith(":") else o.text


def _is_child_shown(o: Observation, passages: list[Observation]) -> bool:
    parent = next((p for p in passages if p.row == o.parent), None)
    return parent is not None and parent.text.endswith(":")


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
    text = " ".join(cite.quote(_with_children(o, passages)) for o in passages if not _is_child_shown(o, passages))
    if extra:
        text += " " + " ".join(extra)
    first = passages[0]
    kind = "opening" if first.answered_by else "observation"
    suggestions = kb.cues.example(kind)[:2]
    return Draft(text=text, citations=cite.unique(citations), suggestions=suggestions)
