"""Answers about one ITIL process: what it exchanges with development, which CMM practices."""

from __future__ import annotations

from typing import Any

from ..base import plural
from ..kb.schema import CmmRow, ItilRow, KnowledgeBase
from . import cite, handles
from .answer import Draft, Table


def ref_table(kb: KnowledgeBase, row: ItilRow) -> Table:
    rows = []
    for ref in row.cmm_refs:
        targets = kb.cmm_rows_for(ref)
        if ref.feature == "kpa":
            where = f"the whole KPA: {plural.count(len(targets), 'CMM-to-ITIL row')}"
        elif targets:
            where = ", ".join(t.row for t in targets)
        else:
            where = "no row in the CMM-to-ITIL tables"
        rows.append((ref.label(), where))
    return Table(("CMM reference (as printed)", "CMM-to-ITIL row"), tuple(rows))


def unresolved(kb: KnowledgeBase, row: ItilRow) -> list[str]:
    return [
        f"{ref.kpa} {ref.feature.capitalize()} {ref.number} has no row in the CMM-to-ITIL tables."
        for ref in row.cmm_refs
        if ref.feature != "kpa" and not kb.cmm_rows_for(ref)
    ]


@handles("itil_process")
def process(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    slug = slots["process"]
    row = kb.index.itil_row.get(slug)
    name = kb.process(slug).name
    if row is None:
        from .cmm import reverse

        draft = reverse({"process": slug}, kb)
        note = f"{name} has no row in the ITIL-to-CMM table; it appears only in the CMM-to-ITIL mapping column."
        return Draft(draft.text, draft.citations, draft.suggestions, draft.table, (note, *draft.notes))
    aspect = slots.get("aspect", "all")
    if aspect == "open":  # who "we" are is unknown: both directions, each named
        aspect = "all"
    out = f"{row.process} gives development: {cite.sentence(cite.join_items(row.output_to_development))}"
    back = f"Development gives {row.process}: {cite.sentence(cite.join_items(row.input_from_development))}"
    refs = f"{row.process} touches these CMM key practices: {cite.sentence(row.cmm_printed)}"
    parts = {"output": [out], "input": [back], "cmm": [refs], "all": [out, back, refs]}[aspect]
    table = ref_table(kb, row) if aspect in ("cmm", "all") else None
    notes = tuple(unresolved(kb, row)) if aspect in ("cmm", "all") else ()
    kind = {"output": "itil_output", "input": "itil_input"}.get(aspect, "itil_cmm")
    suggestions = kb.cues.example(kind, process=row.process)
    citations = [cite.itil_row(row)]
    if aspect == "cmm" and slots.get("both_tables"):  # "which CMM practices touch Helpdesk?": both, labelled
        mapped = kb.index.cmm_by_itil.get(slug, ())
        keys = (", ".join(r.row for r in mapped) if len(mapped) <= 10 else cite.kpa_spread(mapped)) or "none"
        parts = [
            f"In the ITIL-to-CMM table, {refs}",
            f"In the CMM-to-ITIL tables, {plural.count(len(mapped), 'row')} "
            f"{plural.verb(len(mapped), 'maps', 'map')} to {row.process}: {keys}.",
        ]
        citations += [cite.cmm_row(r) for r in mapped]
    return Draft(" ".join(parts), tuple(citations), suggestions, table, notes)


@handles("process_agreement")
def agreement(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    """Whether the practices a process's ITIL-to-CMM row cites map back to it in the CMM-to-ITIL
    tables; cites the process's row and the rows it cites."""
    slug = slots["process"]
    row = kb.index.itil_row.get(slug)
    name = kb.process(slug).name
    mapped = kb.index.cmm_by_itil.get(slug, ())
    if row is None:
        return Draft(
            f"{name} has no row in the ITIL-to-CMM table; {len(mapped)} CMM-to-ITIL rows map to it.",
            tuple(cite.cmm_row(r) for r in mapped),
        )
    parts = [f"In the ITIL-to-CMM table, {name} cites {cite.sentence(row.cmm_printed)}"]
    cited: list[CmmRow] = []
    for ref in row.cmm_refs:
        rows = kb.cmm_rows_for(ref)
        if not rows:
            parts.append(f"{ref.label()} has no CMM-to-ITIL row.")
        for r in rows:
            if r in cited:
                continue
            cited.append(r)
            back = "maps back to it" if slug in r.itil else "does not map back to it"
            parts.append(f"{r.row} {back} (mapping: {cite.process_names(kb, r.itil)}).")
    agree = sum(1 for r in cited if slug in r.itil)
    others = [r for r in mapped if r not in cited]
    lead = f"{agree} of {plural.count(len(cited), 'cited row')} {plural.verb(agree, 'maps', 'map')} back to {name}."
    tail = f"{len(others)} other CMM-to-ITIL rows map to {name} without being cited." if others else ""
    citations = (cite.itil_row(row), *(cite.cmm_row(r) for r in cited))
    return Draft(" ".join([lead, *parts, tail]).strip(), citations, (f"Which CMM practices touch {name}?",))
