"""Answers about CMM key practices and KPAs, and the reverse look-ups by ITIL process."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..base import plural
from ..kb.schema import CmmRow, ItilRow, KnowledgeBase, same_heading_kpas
from . import cite, handles
from .answer import Draft, Table

ROW_HEADERS = ("row", "key practice", "production involvement", "mapping to ITIL")


def row_table(kb: KnowledgeBase, rows: list[CmmRow] | tuple[CmmRow, ...]) -> Table:
    return Table(
        ROW_HEADERS,
        tuple((r.row, r.practice or r.note, r.production, cite.process_names(kb, r.itil)) for r in rows),
    )


def kpa_label(kb: KnowledgeBase, abbr: str) -> str:
    k = kb.kpa(abbr)
    return f"{k.name} ({k.abbr})"


def defect_notes(kb: KnowledgeBase, kpas: set[str]) -> tuple[str, ...]:
    return tuple(f"Note: {d.text}" for d in kb.defects if set(d.kpas) & kpas)


def practice_rows(kb: KnowledgeBase, kpa: str, code: str) -> list[CmmRow]:
    rows: list[CmmRow] = []
    for abbr in same_heading_kpas(kb, kpa):
        for r in kb.index.cmm_by_code.get((abbr, code), ()):
            if r not in rows:
                rows.append(r)
    return rows


def describe_row(kb: KnowledgeBase, r: CmmRow) -> str:
    combined = f" (combined row, printed “{r.practices_printed}”)" if len(r.practices) > 1 else ""
    kpa = kb.kpa(r.kpa)
    own_names = {n.lower() for n in (kpa.name, *kpa.spellings)}
    heading = f", printed under “{r.heading}”" if r.heading.lower() not in own_names else ""
    maps = cite.process_names(kb, r.itil) if r.itil else "nothing (the mapping cell is empty)"
    return (
        f"{r.row} ({cite.practice_in_words(kb, r.kpa, r.practices)}){combined}{heading}: {cite.quote(r.practice)} "
        f"Production: {cite.quote(r.production)} Maps to ITIL: {maps}."
    )


@handles("cmm_practice")
def practice(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    if "rows" in slots:
        rows = [kb.index.cmm_row[r] for r in slots["rows"]]
        return Draft(
            " ".join(describe_row(kb, r) for r in rows),
            tuple(cite.cmm_row(r) for r in rows),
            kb.cues.example("kpa", kpa=rows[0].kpa),
        )
    refs = list(dict.fromkeys((k, c) for k, c in slots["practices"]))
    rows = []
    cited_by = []
    missing = []
    for kpa, code in refs:
        found = practice_rows(kb, kpa, code)
        rows.extend(r for r in found if r not in rows)
        if not found:
            itil = kb.index.itil_by_code.get((kpa, code), ())
            if itil:
                cited_by.append((kpa, code, itil))
            else:
                missing.append(f"{kpa} {code}")
    if not rows and not cited_by:
        kpa = refs[0][0]
        kpa_rows = kb.index.cmm_by_kpa.get(kpa, ())
        have = ", ".join(r.practices_printed for r in kpa_rows if r.practices)
        said = " ".join(cite.quote(r.note) for r in kpa_rows if r.note)  # a KPA whose one row is a note
        rows_are = (
            f"rows: {have}." if have else f"has no practice rows; its row says: {said}" if said else "has no rows."
        )
        return Draft(
            status="unknown",
            text=f"No table in the document has {' or '.join(missing)}. {kpa_label(kb, kpa)} {rows_are}",
            suggestions=(f"List the {kb.kpa(kpa).name} rows",),
        )
    parts = [describe_row(kb, r) for r in rows]
    citations = [cite.cmm_row(r) for r in rows]
    for kpa, code, itil in cited_by:
        names = ", ".join(r.process for r in itil)
        parts.append(f"{kpa} {code} has no row in the CMM-to-ITIL tables; the ITIL-to-CMM table cites it for {names}.")
        citations.extend(cite.itil_row(r) for r in itil)
    notes = [f"{m} is not in any table." for m in missing]
    notes += defect_notes(kb, {r.kpa for r in rows}) if len({r.kpa for r in rows}) > 1 else ()
    first = rows[0] if rows else None
    suggestions = (
        kb.cues.example("kpa", kpa=first.kpa)
        if first
        else kb.cues.example("itil_output", process=cited_by[0][2][0].process)
    )
    return Draft(" ".join(parts), cite.unique(citations), suggestions, None, tuple(notes))


@handles("practice_cited_by")
def cited_by(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    refs = list(dict.fromkeys((k, c) for k, c in slots["practices"]))
    found: list[ItilRow] = []
    for kpa, code in refs:
        found.extend(r for r in kb.index.itil_by_code.get((kpa, code), ()) if r not in found)
    label = " and ".join(f"{k} {c}" for k, c in refs)
    if not found:
        draft = practice(slots, kb)
        note = f"The ITIL-to-CMM table does not cite {label}."
        return Draft(draft.text, draft.citations, draft.suggestions, draft.table, (note, *draft.notes), draft.status)
    rows = tuple((r.row, r.process, r.cmm_printed) for r in found)
    return Draft(
        text=f"The ITIL-to-CMM table cites {label} for: " + ", ".join(r.process for r in found) + ".",
        citations=tuple(cite.itil_row(r) for r in found),
        table=Table(("row", "ITIL process", "CMM references (as printed)"), rows),
        suggestions=tuple(f"{k} {c}?" for k, c in refs),
    )


@handles("itil_practices")
def reverse(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    slug = slots["process"]
    name = kb.process(slug).name
    rows = list(kb.index.cmm_by_itil.get(slug, ()))
    scope = []
    if slots.get("within"):
        rows = [r for r in rows if r.row in slots["within"]]
        scope.append("the rows of the last answer")
    if slots.get("level"):
        rows = [r for r in rows if r.level == slots["level"]]
        scope.append(f"Level {slots['level']}")
    if slots.get("kpa"):
        kpas = same_heading_kpas(kb, slots["kpa"])[:1]
        rows = [r for r in rows if r.kpa in kpas]
        scope.append(kpa_label(kb, slots["kpa"]))
    within = f" within {' and '.join(scope)}" if scope else ""
    if not rows:
        return Draft(
            text=f"No CMM-to-ITIL row{within} lists {name} in its “Mapping to ITIL” cell.",
            suggestions=kb.cues.example("itil_cmm", process=name) if scope else (),
        )
    spread = cite.kpa_spread(rows)
    n = len(rows)
    text = (
        f"{plural.count(n, 'CMM-to-ITIL row')}{within} {plural.verb(n, 'lists', 'list')} {name} in "
        f"{plural.verb(n, 'its', 'their')} “Mapping to ITIL” cell ({spread})."
        if slots.get("count")
        else f"{plural.count(n, 'CMM key practice row')}{within} {plural.verb(n, 'maps', 'map')} to {name} ({spread}):"
    )
    return Draft(
        text=text,
        citations=tuple(cite.cmm_row(r) for r in rows),
        table=row_table(kb, rows),
        suggestions=kb.cues.example("itil_reverse", process=name) if slug in kb.index.itil_row else (),
    )


@handles("kpa_processes")
def kpa_processes(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    kpa = slots["kpa"]
    rows = kb.index.cmm_by_kpa.get(kpa, ())
    counts = Counter(slug for r in rows for slug in r.itil)
    if not counts:
        return list_rows({"kpa": kpa}, kb)
    ranked = ", ".join(f"{kb.process(s).name} ({n})" for s, n in counts.most_common())
    return Draft(
        text=f"{kpa_label(kb, kpa)} maps to {plural.count(len(counts), 'ITIL process')} across its "
        f"{plural.count(len(rows), 'row')}: {ranked}.",
        citations=tuple(cite.cmm_row(r) for r in rows),
        table=row_table(kb, rows),
        notes=defect_notes(kb, {kpa}),
        suggestions=kb.cues.example("kpa", kpa=kpa)[1:],
    )


@handles("kpa_cited_by")
def kpa_cited_by(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    kpa = slots["kpa"]
    rows = kb.index.itil_by_kpa.get(kpa, ())
    if not rows:
        return Draft(
            text=f"No ITIL process cites {kpa_label(kb, kpa)} in the ITIL-to-CMM table.",
            suggestions=kb.cues.example("kpa", kpa=kpa)[:1],
        )
    table = Table(
        ("row", "ITIL process", "CMM references (as printed)"), tuple((r.row, r.process, r.cmm_printed) for r in rows)
    )
    return Draft(
        text=f"{plural.count(len(rows), 'ITIL process')} {plural.verb(len(rows), 'cites', 'cite')} "
        f"{kpa_label(kb, kpa)} in the ITIL-to-CMM table: " + ", ".join(r.process for r in rows) + ".",
        citations=tuple(cite.itil_row(r) for r in rows),
        table=table,
        suggestions=kb.cues.example("kpa", kpa=kpa)[:1],
    )


@handles("list_rows")
def list_rows(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    if slots.get("kpa"):
        kpa = slots["kpa"]
        rows = list(kb.index.cmm_by_kpa.get(kpa, ()))
        label = kpa_label(kb, kpa)
        notes = defect_notes(kb, {kpa})
    else:
        level = slots["level"]
        rows = list(kb.index.cmm_by_level.get(level, ()))
        lv = kb.index.level.get(level)
        label = f"Level {level}" + (f" ({lv.name})" if lv else "")
        notes = ()
    if len(rows) == 1 and rows[0].note:
        r = rows[0]
        return Draft(f"{label}: {cite.quote(r.note)}", (cite.cmm_row(r),), kb.cues.example("no_touch"), None, notes)
    return Draft(
        text=f"{label} has {plural.count(len(rows), 'row')} in the CMM-to-ITIL tables:",
        citations=tuple(cite.cmm_row(r) for r in rows),
        table=row_table(kb, rows),
        notes=notes,
        suggestions=kb.cues.example("kpa", kpa=rows[0].kpa) if rows else (),
    )


@handles("no_touch_points")
def no_touch_points(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    empty_kpas = [k for k in kb.kpas if not any(r.itil for r in kb.index.cmm_by_kpa.get(k.abbr, ()))]
    rows = [r for k in empty_kpas for r in kb.index.cmm_by_kpa.get(k.abbr, ()) if r.note or not r.practices]
    if not rows:
        rows = [r for k in empty_kpas for r in kb.index.cmm_by_kpa.get(k.abbr, ())]
    text = "; ".join(f"{kpa_label(kb, r.kpa)}: {cite.quote(r.note or 'no ITIL mapping')}" for r in rows)
    if not rows:
        text = "Every tabulated KPA has at least one touch point."
    return Draft(
        text=text,
        citations=tuple(cite.cmm_row(r) for r in rows),
        suggestions=kb.cues.example("no_touch"),
    )


@handles("empty_mappings")
def empty_mappings(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    rows = [r for r in kb.cmm_to_itil if r.practices and not r.itil]
    return Draft(
        text=f"{plural.count(len(rows), 'CMM-to-ITIL row')} {plural.verb(len(rows), 'has', 'have')} an empty "
        "“Mapping to ITIL” cell:",
        citations=tuple(cite.cmm_row(r) for r in rows),
        table=row_table(kb, rows),
        notes=defect_notes(kb, {r.kpa for r in rows}),
        suggestions=kb.cues.example("gaps"),
    )


@handles("list_kpas")
def list_kpas(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    level = slots["level"]
    kpas = [k for k in kb.kpas if k.level == level]
    rows = [r for r in kb.cmm_to_itil if r.level == level]
    lv = kb.index.level.get(level)
    label = f"Level {level}" + (f" ({lv.name})" if lv else "")
    table = Table(
        ("KPA", "name", "rows"),
        tuple((k.abbr, k.name, str(len(kb.index.cmm_by_kpa.get(k.abbr, ())))) for k in kpas),
    )
    return Draft(
        text=f"{label} has {plural.count(len(kpas), 'KPA')} in the CMM-to-ITIL tables: "
        + ", ".join(k.name for k in kpas)
        + ".",
        citations=tuple(cite.cmm_row(r) for r in rows),
        table=table,
        notes=defect_notes(kb, {k.abbr for k in kpas}),
        suggestions=(f"List the Level {level} rows",),
    )
