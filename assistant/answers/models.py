"""Answers about the four models: what one is, one dimension, comparisons, which one fits."""

from __future__ import annotations

from typing import Any

from ..kb.schema import DIMENSIONS, Citation, KnowledgeBase, Model
from . import cite, handles
from .answer import Draft, Table

DIMENSION_LABEL = {
    "abstraction": "level of abstraction",
    "audience": "audience",
    "approach": "approach",
    "granularity": "granularity",
    "focus": "focus",
}


def cell_text(m: Model, dimension: str) -> str:
    if dimension == "granularity":
        g = m.granularity
        extra = f"; {g.note}" if g.note else ""
        return f"{g.text} ({g.kind}{extra})"
    return m.cell(dimension)


def _defect_notes(kb: KnowledgeBase, models: list[Model], dimension: str | None) -> tuple[str, ...]:
    notes = []
    for d in kb.defects:
        for c in d.cites:
            if c.table == "models" and any(c.row == m.row for m in models) and dimension in (None, c.dimension):
                notes.append(f"Note: {d.text}")
    return tuple(notes)


def _defect_sources(kb: KnowledgeBase, models: list[Model], dimensions: list[str]) -> list[Citation]:
    """The other rows a note on these cells rests on (ITIL's 48 processes beside the document's fourteen)."""
    out = []
    for d in kb.defects:
        if any(c.table == "models" and c.row in {m.row for m in models} and c.dimension in dimensions for c in d.cites):
            out += [cite.resolve(kb, c) for c in d.cites if c.table != "models"]
    return out


@handles("model_define")
def define(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    m = kb.model(slots["models"][0])
    rows = tuple((DIMENSION_LABEL[d], cell_text(m, d)) for d in DIMENSIONS)
    text = (
        f"{m.full_name}, in the comparison table's words: {cite.sentence(m.abstraction)} "
        f"Audience: {cite.sentence(m.audience)}"
    )
    others = [o.name for o in kb.models if o.row != m.row][:1]
    return Draft(
        text=text,
        citations=(cite.model_cell(m),),
        table=Table(("dimension", f"{m.name} (models:{m.row})"), rows),
        suggestions=(f"What does {m.name} focus on?", f"Compare {m.name} and {others[0]}" if others else ""),
    )


@handles("model_dimension")
def dimension(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    m = kb.model(slots["models"][0])
    dims = slots.get("dimensions") or [slots["dimension"]]  # "who is it for, and how abstract is it?"
    text = " ".join(_one_dimension(m, dim) for dim in dims)
    other = [o.name for o in kb.models if o.row != m.row]
    return Draft(
        text=text,
        citations=cite.unique([*(cite.model_cell(m, dim) for dim in dims), *_defect_sources(kb, [m], dims)]),
        notes=tuple(n for dim in dims for n in _defect_notes(kb, [m], dim)),
        suggestions=(f"Compare {m.name} and {other[0]} on {DIMENSION_LABEL[dims[0]]}", f"What is {m.name}?"),
    )


def _one_dimension(m: Model, dim: str) -> str:
    if dim == "granularity":
        g = m.granularity
        return f"{m.name}'s granularity is {cite.quote(g.text)}: {g.count} {g.unit}, perceived as {g.kind}."
    text = f"{m.name}, {DIMENSION_LABEL[dim]}: {cite.sentence(cell_text(m, dim))}"
    if dim == "focus" and m.focus_areas:
        text += f" The {len(m.focus_areas)} areas: " + "; ".join(m.focus_areas) + "."
    return text


@handles("model_compare")
def compare(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    models = [kb.model(r) for r in dict.fromkeys(slots["models"])]
    dim = slots.get("dimension")
    names = " and ".join(m.name for m in models) if len(models) <= 2 else ", ".join(m.name for m in models)
    if dim:
        dims = slots.get("dimensions") or [dim]  # "who are they for and how are they assessed?"
        rows = tuple((f"{m.name} (models:{m.row})", *(cell_text(m, d) for d in dims)) for m in models)
        labels = " and ".join(DIMENSION_LABEL[d] for d in dims)
        return Draft(
            text=f"{names} compared on {labels}, in the comparison table's words:",
            citations=tuple(cite.model_cell(m, d) for m in models for d in dims),
            table=Table(("model", *(DIMENSION_LABEL[d] for d in dims)), rows),
            notes=tuple(n for d in dims for n in _defect_notes(kb, models, d)),
            suggestions=tuple(f"Compare them on {DIMENSION_LABEL[d]}" for d in DIMENSIONS if d not in dims)[:2],
        )
    rows = tuple((DIMENSION_LABEL[d], *(cell_text(m, d) for m in models)) for d in DIMENSIONS)
    return Draft(
        text=f"{names} side by side, on all five dimensions of the comparison:",
        citations=tuple(cite.model_cell(m) for m in models),
        table=Table(("dimension", *(f"{m.name} (models:{m.row})" for m in models)), rows),
        suggestions=kb.cues.example("compare"),
    )


@handles("model_select")
def select(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    cells = [(kb.model(row), dim) for row, dim in slots["cells"]]
    rows = tuple((f"{m.name} (models:{m.row})", DIMENSION_LABEL[d], cell_text(m, d)) for m, d in cells)
    lead = cells[0][0]
    text = f"{lead.name}, by the comparison table: " + " ".join(
        f"{DIMENSION_LABEL[d]}: {cite.sentence(cell_text(m, d))}" for m, d in cells if m == lead
    )
    if any(m != lead for m, _ in cells):
        text += " The other models' cells are below."
    return Draft(
        text=text,
        citations=tuple(cite.model_cell(m, d) for m, d in cells),
        table=Table(("model", "dimension", "cell"), rows) if len(cells) > 1 else None,
        suggestions=(f"What is {lead.name}?",),
    )
