"""Answers computed from the rows: density, gaps, and multi-hop links between the tables."""

from __future__ import annotations

from typing import Any

from ..base import plural
from ..kb.schema import Citation, KnowledgeBase
from . import cite, handles
from .answer import Draft, Table


@handles("density")
def density(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    from . import views as analytics  # only imported when an analytics question is asked

    ranked = analytics.density(kb)
    if slots.get("level") or slots.get("kpa"):
        return _density_within(slots, kb)
    top = ranked[0]
    name = kb.process(top.process).name
    density_words = set(kb.cues.get("density"))
    claim = next((o for o in kb.observations if density_words & {k.lower() for k in o.keywords}), None)
    citations: list[Citation] = [cite.cmm_row(r) for r in top.cmm_rows]
    rows = tuple((kb.process(d.process).name, str(len(d.cmm_rows)), str(d.references)) for d in ranked if d.total)
    text = (
        f"Counted from the tables, {name} is the densest touch point: "
        f"{plural.count(len(top.cmm_rows), 'CMM-to-ITIL row')} {plural.verb(len(top.cmm_rows), 'maps', 'map')} to it "
        "and its ITIL-to-CMM row cites "
        f"{plural.count(top.references, 'key practice')}."
    )
    if claim is not None:
        text += f" The document says: {cite.quote(claim.text.split('. ')[0] + '.')}"
        citations.append(cite.observation(claim))
    if top.process in kb.index.itil_row:
        citations.append(cite.itil_row(kb.index.itil_row[top.process]))
    return Draft(
        text=text,
        citations=cite.unique(citations),
        table=Table(("ITIL process", "CMM-to-ITIL rows", "ITIL-to-CMM references"), rows),
        suggestions=kb.cues.example("gaps"),
    )


def _density_within(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    """Which KPAs touch one process most, optionally within a level."""
    from . import views as analytics  # only imported when an analytics question is asked

    slug = slots.get("process")
    level = slots.get("level")
    m = analytics.matrix(kb, level)
    processes = [slug] if slug else list(m.processes)
    cells = sorted(
        ((k, p, m.counts.get((k, p), 0)) for k in m.kpas for p in processes if m.counts.get((k, p), 0)),
        key=lambda c: -c[2],
    )
    if not cells:
        return Draft(text="No KPA in that scope maps to it.")
    best = cells[0][2]
    top = [c for c in cells if c[2] == best]
    rows = [r for r in kb.cmm_to_itil if any(r.kpa == k and p in r.itil for k, p, _ in top)]
    scope = f" at Level {level}" if level else ""
    names = ", ".join(f"{k} ({n} row{'' if n == 1 else 's'})" for k, _, n in top)
    process = kb.process(top[0][1]).name
    return Draft(
        text=f"{names} map{'s' if len(top) == 1 else ''} to {process} most often{scope}.",
        citations=tuple(cite.cmm_row(r) for r in rows),
        table=Table(("KPA", "ITIL process", "rows"), tuple((k, kb.process(p).name, str(n)) for k, p, n in cells)),
    )


@handles("gaps")
def gaps(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    from . import views as analytics  # only imported when an analytics question is asked

    g = analytics.gaps(kb)
    rows = []
    citations: list[Citation] = []
    for row, ref in g.unmatched:
        rows.append(("no CMM-to-ITIL row", row.process, ref.label()))
        citations.append(cite.itil_row(row))
    for row, ref, targets in g.not_mapped_back:
        rows.append(("row does not map back", row.process, f"{ref.label()} → {', '.join(t.row for t in targets)}"))
        citations.append(cite.itil_row(row))
        citations.extend(cite.cmm_row(t) for t in targets)
    for slug in g.only_cmm_to_itil:
        rows.append(
            ("only in CMM-to-ITIL column", kb.process(slug).name, ", ".join(r.row for r in kb.index.cmm_by_itil[slug]))
        )
        citations.extend(cite.cmm_row(r) for r in kb.index.cmm_by_itil[slug])
    for slug in g.only_itil_to_cmm:
        rows.append(("only in ITIL-to-CMM table", kb.process(slug).name, "no CMM-to-ITIL row maps to it"))
        citations.append(cite.itil_row(kb.index.itil_row[slug]))
    unmatched, back = len(g.unmatched), len(g.not_mapped_back)
    only_cmm, only_itil = len(g.only_cmm_to_itil), len(g.only_itil_to_cmm)
    text = (
        f"{plural.count(unmatched, 'ITIL-to-CMM reference')} {plural.verb(unmatched, 'has', 'have')} no CMM-to-ITIL "
        f"row, {back} {plural.verb(back, 'points', 'point')} at rows that do not map back, "
        f"{plural.count(only_cmm, 'process')} {plural.verb(only_cmm, 'appears', 'appear')} only in the CMM-to-ITIL "
        f"column and {only_itil} only in the ITIL-to-CMM table."
    )
    return Draft(
        text=text,
        citations=cite.unique(citations),
        table=Table(("gap", "ITIL process", "reference / rows"), tuple(rows)),
        suggestions=kb.cues.example("gaps"),
    )


@handles("practice_links")
def practice_links(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    from . import views as analytics  # only imported when an analytics question is asked

    citations: list[Citation] = []
    rows = []
    parts = []
    for kpa, code in dict.fromkeys(tuple(p) for p in slots["practices"]):
        cmm_rows, itil_rows = analytics.practice_links(kb, kpa, code)
        for r in cmm_rows:
            rows.append((f"CMM-to-ITIL {r.row}", cite.process_names(kb, r.itil)))
            citations.append(cite.cmm_row(r))
        for ir in itil_rows:
            rows.append((f"ITIL-to-CMM {ir.row}", ir.process))
            citations.append(cite.itil_row(ir))
        processes = {s for r in cmm_rows for s in r.itil} | {r.row for r in itil_rows}
        names = ", ".join(kb.process(s).name for s in sorted(processes)) or "no ITIL process"
        parts.append(f"{kpa} {code} links to {names} across both tables.")
    return Draft(" ".join(parts), cite.unique(citations), (), Table(("path", "ITIL processes"), tuple(rows)))


@handles("process_links")
def process_links(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    from . import views as analytics  # only imported when an analytics question is asked

    a, b = slots["processes"][:2]
    both, shared = analytics.process_links(kb, a, b)
    na, nb = kb.process(a).name, kb.process(b).name
    citations: list[Citation] = [cite.cmm_row(r) for r in both]
    parts = [
        f"{plural.count(len(both), 'CMM-to-ITIL row')} {plural.verb(len(both), 'maps', 'map')} to both {na} and {nb}."
    ]
    if shared:
        parts.append(f"In the ITIL-to-CMM table both cite {', '.join(f'{k} {c}' for k, c in shared)}.")
        citations += [cite.itil_row(kb.index.itil_row[s]) for s in (a, b) if s in kb.index.itil_row]
    table = Table(
        ("row", "key practice", "mapping to ITIL"),
        tuple((r.row, cite.shorten(r.practice), cite.process_names(kb, r.itil)) for r in both),
    )
    return Draft(" ".join(parts), cite.unique(citations), (), table)
