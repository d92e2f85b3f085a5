"""The `matrix`, `density` and `gaps` commands: the computed views of assistant.analytics as reports.

The document claims a densest touch point without the graph it promises, and its two tables
disagree in places no reader spots by eye. These reports count it from the rows instead, and every
line names the rows it rests on (both sides, for a gap), so a reader can check it against the
source. No process or KPA name appears here: all of them come from the knowledge base.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import analytics, heatmap
from .answer import Table
from .environment import Environment
from .files import write_atomic
from .sanitize import finish
from .schema import CmmRef, CmmRow, KnowledgeBase, Observation

Item = dict[str, Any]
Section = tuple[str, str, Table]  # title, what it means, rows


def run(args: argparse.Namespace, kb: KnowledgeBase, env: Environment) -> int:
    """Render the report args.command names; -o FILE receives it atomically, else standard output."""
    width, color = env.width or 100, bool(env.color)
    if args.command == "matrix":
        to_file = bool(getattr(args, "output", None))
        text = heatmap.render(kb, args.level, args.format, width, color and not to_file)
    elif args.command == "density":
        text = density_report(kb, args.format, width, color)
    else:
        text = gaps_report(kb, args.format, width, color)
    text = finish(text, args.format)  # JSON escaped, CSV cells that cannot run as formulas
    output = getattr(args, "output", None)
    if output:
        write_output(Path(output), text)
    else:
        env.write(text)
    return 0


def write_output(path: Path, text: str) -> None:
    """Write a report atomically; a failure is a usage error (exit 2), not a traceback."""
    from .cli import UsageError

    try:
        write_atomic(path, text)
    except OSError as exc:
        raise UsageError(f"crosswalk: cannot write {path}: {exc.strerror or exc}") from None


# -- density ------------------------------------------------------------------------------------


def density_claim(kb: KnowledgeBase) -> Observation | None:
    """The document's own statement about the densest touch point: the observation sharing the
    most keywords with the "density" cue words (so the passage is found, not named here)."""
    cues = {c.lower() for c in kb.cues.get("density")}
    best = max(kb.observations, key=lambda o: len(cues & {k.lower() for k in o.keywords}), default=None)
    return best if best is not None and cues & {k.lower() for k in best.keywords} else None


def _ranks(values: list[int]) -> list[int]:
    """Competition ranks (1, 2, 2, 4), highest value first: ties share a place."""
    return [1 + sum(v > x for v in values) for x in values]


def density_data(kb: KnowledgeBase) -> dict[str, Any]:
    ranked = analytics.density(kb)
    by_rows = _ranks([len(d.cmm_rows) for d in ranked])
    by_refs = _ranks([d.references for d in ranked])
    claim = density_claim(kb)
    processes = [
        {
            "process": d.process,
            "name": kb.process(d.process).name,
            "cmm_to_itil_rows": [r.row for r in d.cmm_rows],
            "cmm_to_itil_rank": by_rows[i],
            "itil_to_cmm_row": d.process if d.process in kb.index.itil_row else None,
            "itil_to_cmm_references": d.references,
            "itil_to_cmm_rank": by_refs[i],
        }
        for i, d in enumerate(ranked)
    ]
    return {
        "processes": processes,
        "densest": {
            "by_cmm_to_itil_rows": [p["process"] for p in processes if p["cmm_to_itil_rank"] == 1],
            "by_itil_to_cmm_references": [p["process"] for p in processes if p["itil_to_cmm_rank"] == 1],
        },
        "claim": {"table": "observations", "row": claim.row, "text": claim.text} if claim else None,
    }


def density_report(kb: KnowledgeBase, fmt: str, width: int, color: bool) -> str:
    data = density_data(kb)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    ps = data["processes"]
    table = Table(
        ("#", "ITIL process", "CMM-to-ITIL rows", "#", "ITIL-to-CMM references"),
        tuple(
            (
                str(p["cmm_to_itil_rank"]),
                p["name"],
                str(len(p["cmm_to_itil_rows"])),
                str(p["itil_to_cmm_rank"]),
                str(p["itil_to_cmm_references"]),
            )
            for p in ps
        ),
    )
    names = {p["process"]: p["name"] for p in ps}
    lead = (
        f"Densest by CMM-to-ITIL rows: {', '.join(names[s] for s in data['densest']['by_cmm_to_itil_rows'])}; "
        f"by ITIL-to-CMM references: {', '.join(names[s] for s in data['densest']['by_itil_to_cmm_references'])}."
    )
    claim = data["claim"]
    said = f"The document says [{claim['table']}:{claim['row']}]: “{claim['text']}”" if claim else ""
    sources = [
        f"{p['name']}: cmm_to_itil {_join(p['cmm_to_itil_rows'])}; itil_to_cmm {p['itil_to_cmm_row'] or 'none'}"
        for p in ps
    ]
    sections: list[Section] = [("ITIL processes by touch points", lead, table)]
    if fmt == "markdown":
        quote = f"\n> {said}\n" if said else ""
        return _markdown(sections) + quote + "\n**Sources**\n\n" + "".join(f"- {s}\n" for s in sources)
    text = _text(sections, width, color)
    text += (_wrap(said, width) + "\n\n") if said else ""
    return text + "Sources:\n" + "".join(_wrap(s, width, "  ", "    ") + "\n" for s in sources)


# -- gaps ---------------------------------------------------------------------------------------


def _ref(ref: CmmRef) -> Item:
    return {"level": ref.level, "kpa": ref.kpa, "feature": ref.feature, "number": ref.number}


def _keys(rows: Iterable[CmmRow]) -> list[str]:
    return [r.row for r in rows]


def gaps_data(kb: KnowledgeBase) -> dict[str, list[Item]]:
    """Every disagreement or hole between the two tables, each item naming rows on both sides."""
    g = analytics.gaps(kb)
    abbr_of = {f.feature: f.abbr for f in kb.features}

    def kpa_item(abbr: str) -> Item:
        k = kb.kpa(abbr)
        rows = kb.index.cmm_by_kpa.get(abbr, ())
        return {
            "kpa": abbr,
            "level": k.level,
            "name": k.name,
            "cmm_rows": _keys(rows),
            "itil_rows": [r.row for r in kb.index.itil_by_kpa.get(abbr, ())],
            "notes": [r.note for r in rows if r.note],
        }

    def citing(row: CmmRow) -> list[str]:
        hits = (r.row for c in row.practices for r in kb.index.itil_by_code.get((row.kpa, c), ()))
        return list(dict.fromkeys(hits))

    return {
        "unmatched_references": [
            {
                "itil_row": row.row,
                "reference": _ref(ref),
                "printed": ref.label(),
                "itil_printed": row.cmm_printed,
                "code": ref.code(abbr_of),
                "kpa_rows": _keys(kb.index.cmm_by_kpa.get(ref.kpa, ())),
            }
            for row, ref in g.unmatched
        ],
        "not_mapped_back": [
            {
                "itil_row": row.row,
                "reference": _ref(ref),
                "printed": ref.label(),
                "itil_printed": row.cmm_printed,
                "cmm_rows": _keys(targets),
                "cmm_map": {t.row: list(t.itil) for t in targets},
            }
            for row, ref, targets in g.not_mapped_back
        ],
        "only_in_cmm_to_itil": [
            {
                "process": s,
                "name": kb.process(s).name,
                "cmm_rows": _keys(kb.index.cmm_by_itil.get(s, ())),
                "itil_row": None,
            }
            for s in g.only_cmm_to_itil
        ],
        "only_in_itil_to_cmm": [
            {
                "process": s,
                "name": kb.process(s).name,
                "itil_row": s,
                "cmm_rows": [],
                "references": [ref.label() for ref in kb.index.itil_row[s].cmm_refs],
            }
            for s in g.only_itil_to_cmm
        ],
        "kpas_without_touch_points": [kpa_item(k) for k in g.kpas_without_touch_points],
        "kpas_never_cited": [kpa_item(k) for k in g.kpas_never_cited],
        "empty_mappings": [
            {
                "row": r.row,
                "level": r.level,
                "kpa": r.kpa,
                "practices_printed": r.practices_printed,
                "itil_rows": citing(r),
            }
            for r in g.empty_mappings
        ],
    }


def _join(items: Iterable[str]) -> str:
    return ", ".join(items) or "none"


def _cell(value: Any) -> str:
    """One JSON field as table text: lists joined, a row → mapping dict spelled out, None as none."""
    if isinstance(value, dict):
        return "; ".join(f"{k} → {_join(v)}" for k, v in value.items())
    if isinstance(value, list):
        return _join(value)
    return "none" if value is None else str(value)


# JSON key → (section title, what it means, "column header=item field" joined by "|")
GAP_SECTIONS: dict[str, tuple[str, str, str]] = {
    "unmatched_references": (
        "References with no CMM-to-ITIL row",
        "The ITIL-to-CMM table cites a practice no CMM-to-ITIL row lists.",
        "ITIL-to-CMM row=itil_row|reference=printed|CMM-to-ITIL rows of that KPA=kpa_rows",
    ),
    "not_mapped_back": (
        "References whose row does not map back",
        "The cited practice's CMM-to-ITIL row omits the citing process.",
        "ITIL-to-CMM row=itil_row|reference=printed|CMM-to-ITIL row → its mapping=cmm_map",
    ),
    "only_in_cmm_to_itil": (
        "Processes only in the CMM-to-ITIL column",
        "Mapped to by CMM-to-ITIL rows, but no ITIL-to-CMM row.",
        "process=name|ITIL-to-CMM row=itil_row|CMM-to-ITIL rows=cmm_rows",
    ),
    "only_in_itil_to_cmm": (
        "Processes only in the ITIL-to-CMM table",
        "An ITIL-to-CMM row, but no CMM-to-ITIL row maps to it.",
        "process=name|ITIL-to-CMM row=itil_row|its references=references|CMM-to-ITIL rows=cmm_rows",
    ),
    "kpas_without_touch_points": (
        "KPAs with no touch point",
        "None of the KPA's CMM-to-ITIL rows maps to an ITIL process.",
        "KPA=kpa|name=name|level=level|CMM-to-ITIL rows=cmm_rows|ITIL-to-CMM rows=itil_rows",
    ),
    "kpas_never_cited": (
        "KPAs never cited by the ITIL-to-CMM table",
        "No ITIL-to-CMM row cites the KPA or any of its practices.",
        "KPA=kpa|name=name|level=level|CMM-to-ITIL rows=cmm_rows",
    ),
    "empty_mappings": (
        "Rows with an empty mapping",
        "A CMM-to-ITIL row with practice codes whose mapping cell is empty.",
        "CMM-to-ITIL row=row|KPA=kpa|ITIL-to-CMM rows citing its practices=itil_rows",
    ),
}


def gaps_report(kb: KnowledgeBase, fmt: str, width: int, color: bool) -> str:
    data = gaps_data(kb)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    sections: list[Section] = []
    for key, (title, meaning, spec) in GAP_SECTIONS.items():
        columns = [c.split("=") for c in spec.split("|")]
        rows = tuple(tuple(_cell(item[f]) for _, f in columns) for item in data[key])
        sections.append((f"{title} ({len(rows)})", meaning, Table(tuple(h for h, _ in columns), rows)))
    return _markdown(sections) if fmt == "markdown" else _text(sections, width, color)


# -- shared text and Markdown layout -----------------------------------------------------------


def _wrap(text: str, width: int, first: str = "", rest: str = "") -> str:
    return textwrap.fill(
        text, width=width, initial_indent=first, subsequent_indent=rest, break_long_words=False, break_on_hyphens=False
    )


def _text(sections: list[Section], width: int, color: bool) -> str:
    from .render import render_table

    out = []
    for title, meaning, table in sections:
        heading = f"\x1b[1m{title}\x1b[0m" if color else title
        body = render_table(table, width, color) if table.rows else "  none"
        out.append(f"{heading}\n{_wrap(meaning, width)}\n\n{body}\n")
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(sections: list[Section]) -> str:
    out = []
    for title, meaning, table in sections:
        out.append(f"## {title}\n\n{meaning}\n")
        if table.rows:
            out.append("| " + " | ".join(_md(h) for h in table.headers) + " |")
            out.append("|" + "---|" * len(table.headers))
            out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in table.rows]
        else:
            out.append("None.")
        out.append("")
    return "\n".join(out)
