"""The `matrix`, `density` and `gaps` commands: the computed views of assistant.analytics as reports.

The document claims a densest touch point without the graph it promises, and its two tables
disagree in places no reader spots by eye. These reports count it from the rows instead, and every
line names the rows it rests on (both sides, for a gap), so a reader can check it against the
source. No process or KPA name appears here: all of them come from the knowledge base.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..answers import views as analytics
from ..answers.answer import Table
from ..answers.named import named_processes
from ..base.files import write_atomic
from ..base.plural import and_list, count, ordinal
from ..base.sanitize import finish
from ..kb.schema import CmmRef, CmmRow, KnowledgeBase, Observation
from ..rendering import heatmap
from ..rendering.wrap import wrap
from .environment import Environment
from .status import ExitStatus, UsageError

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
    return ExitStatus.OK


def write_output(path: Path, text: str) -> None:
    """Write a report atomically; a failure is a usage error (exit 2), not a traceback."""

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
    named = named_processes(kb, claim.text) if claim else []
    return {
        "processes": processes,
        "densest": {
            "by_cmm_to_itil_rows": [p["process"] for p in processes if p["cmm_to_itil_rank"] == 1],
            "by_itil_to_cmm_references": [p["process"] for p in processes if p["itil_to_cmm_rank"] == 1],
        },
        "claim": ({"table": "observations", "row": claim.row, "text": claim.text, "names": named} if claim else None),
    }


def _place(rank: int, ranks: list[int]) -> str:
    """ "4th", or "tied 2nd" when others share the place."""
    return ("tied " if ranks.count(rank) > 1 else "") + ordinal(rank)


def claim_check(data: dict[str, Any]) -> str:
    """The document's densest touch point set against the ranking, in words: each process it names,
    its place by each table, and the processes it does not name that rank above it."""
    claim = data["claim"]
    if not claim or not claim["names"]:
        return ""
    ps = {p["process"]: p for p in data["processes"]}
    rows = [p["cmm_to_itil_rank"] for p in data["processes"]]
    refs = [p["itil_to_cmm_rank"] for p in data["processes"]]
    names = [ps[s]["name"] for s in claim["names"]]
    said = and_list(names)
    parts = []
    for slug in claim["names"]:
        p = ps[slug]
        n, r = len(p["cmm_to_itil_rows"]), p["itil_to_cmm_references"]
        text = (
            f"{p['name']} ranks {_place(p['cmm_to_itil_rank'], rows)} by CMM-to-ITIL rows ({n}) and "
            f"{_place(p['itil_to_cmm_rank'], refs)} by ITIL-to-CMM references ({r})"
        )
        ahead = [
            q
            for q in data["processes"]
            if q["cmm_to_itil_rank"] < p["cmm_to_itil_rank"] and q["process"] not in claim["names"]
        ]
        if ahead:
            behind = and_list([f"{q['name']} ({len(q['cmm_to_itil_rows'])})" for q in ahead])
            text += f", behind {behind}, which the document does not name"
        parts.append(text)
    verdict = "The counts bear that out." if all(ps[s]["cmm_to_itil_rank"] == 1 for s in claim["names"]) else ""
    return f"The document names {said} as the densest touch point. Counted: " + "; ".join(parts) + ". " + verdict


def density_report(kb: KnowledgeBase, fmt: str, width: int, color: bool) -> str:
    data = density_data(kb)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    ps = data["processes"]
    table = Table(
        ("ITIL process", "rows", "rank (rows)", "refs", "rank (refs)"),
        tuple(
            (
                p["name"],
                str(len(p["cmm_to_itil_rows"])),
                str(p["cmm_to_itil_rank"]),
                str(p["itil_to_cmm_references"]),
                str(p["itil_to_cmm_rank"]),
            )
            for p in ps
        ),
    )
    names = {p["process"]: p["name"] for p in ps}
    lead = (
        "rows: the CMM-to-ITIL rows that map to the process; refs: the references in its ITIL-to-CMM row; "
        "ties share a rank. "
        f"Densest by CMM-to-ITIL rows: {', '.join(names[s] for s in data['densest']['by_cmm_to_itil_rows'])}; "
        f"by ITIL-to-CMM references: {', '.join(names[s] for s in data['densest']['by_itil_to_cmm_references'])}."
    )
    claim = data["claim"]
    first = claim["text"].split(". ")[0].rstrip(".") + "." if claim else ""
    said = f"The document says [{claim['table']}:{claim['row']}]: “{first}”" if claim else ""
    check = claim_check(data).strip()
    sources = [
        f"{p['name']}: cmm_to_itil {_join(p['cmm_to_itil_rows'])}; itil_to_cmm {p['itil_to_cmm_row'] or 'none'}"
        for p in ps
    ]
    sections: list[Section] = [("ITIL processes by touch points", lead, table)]
    if fmt == "markdown":
        quote = f"\n> {said}\n" if said else ""
        verdict = f"\n{check}\n" if check else ""
        return _markdown(sections) + quote + verdict + "\n**Sources**\n\n" + "".join(f"- {s}\n" for s in sources)
    text = _text(sections, width, color)
    text += "".join(wrap(x, width) + "\n\n" for x in (said, check) if x)
    return text + "Sources:\n" + "".join(wrap(s, width, "  ", "    ") + "\n" for s in sources)


# -- gaps ---------------------------------------------------------------------------------------


def _ref(ref: CmmRef) -> Item:
    return {"level": ref.level, "kpa": ref.kpa, "feature": ref.feature, "number": ref.number}


def _keys(rows: Iterable[CmmRow]) -> list[str]:
    return [r.row for r in rows]


def gaps_data(kb: KnowledgeBase) -> dict[str, list[Item]]:
    """Every disagreement or hole between the two tables, each item naming rows on both sides (keys
    for scripts, and beside them the processes' names for people)."""
    g = analytics.gaps(kb)
    abbr_of = {f.feature: f.abbr for f in kb.features}

    def name(slug: str) -> str:
        return kb.process(slug).name

    def kpa_item(abbr: str) -> Item:
        k = kb.kpa(abbr)
        rows = kb.index.cmm_by_kpa.get(abbr, ())
        itil = [r.row for r in kb.index.itil_by_kpa.get(abbr, ())]
        return {
            "kpa": abbr,
            "level": k.level,
            "name": k.name,
            "cmm_rows": _keys(rows),
            "itil_rows": itil,
            "itil_names": [name(s) for s in itil],
            "notes": [r.note for r in rows if r.note],
        }

    def citing(row: CmmRow) -> list[str]:
        hits = (r.row for c in row.practices for r in kb.index.itil_by_code.get((row.kpa, c), ()))
        return list(dict.fromkeys(hits))

    return {
        "unmatched_references": [
            {
                "itil_row": row.row,
                "itil_name": name(row.row),
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
                "itil_name": name(row.row),
                "reference": _ref(ref),
                "printed": ref.label(),
                "itil_printed": row.cmm_printed,
                "cmm_rows": _keys(targets),
                "cmm_map": {t.row: list(t.itil) for t in targets},
                "cmm_map_names": {t.row: [name(s) for s in t.itil] for t in targets},
            }
            for row, ref, targets in g.not_mapped_back
        ],
        "only_in_cmm_to_itil": [
            {
                "process": s,
                "name": name(s),
                "cmm_rows": _keys(kb.index.cmm_by_itil.get(s, ())),
                "itil_row": None,
            }
            for s in g.only_cmm_to_itil
        ],
        "only_in_itil_to_cmm": [
            {
                "process": s,
                "name": name(s),
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
                "itil_names": [name(s) for s in citing(r)],
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


# JSON key → (what one item is, what many are, what it means, "column header=item field" joined by "|").
# The columns show processes by name; the JSON beside them keeps the slugs for scripts.
GAP_SECTIONS: dict[str, tuple[str, str, str, str]] = {
    "unmatched_references": (
        "reference with no CMM-to-ITIL row",
        "references with no CMM-to-ITIL row",
        "The ITIL-to-CMM table cites a practice no CMM-to-ITIL row lists.",
        "ITIL process=itil_name|reference=printed|CMM-to-ITIL rows of that KPA=kpa_rows",
    ),
    "not_mapped_back": (
        "reference whose row does not map back",
        "references whose row does not map back",
        "The cited practice's CMM-to-ITIL row omits the citing process.",
        "ITIL process=itil_name|reference=printed|CMM-to-ITIL row → its mapping=cmm_map_names",
    ),
    "only_in_cmm_to_itil": (
        "process only in the CMM-to-ITIL column",
        "processes only in the CMM-to-ITIL column",
        "Mapped to by CMM-to-ITIL rows, but no ITIL-to-CMM row.",
        "process=name|ITIL-to-CMM row=itil_row|CMM-to-ITIL rows=cmm_rows",
    ),
    "only_in_itil_to_cmm": (
        "process only in the ITIL-to-CMM table",
        "processes only in the ITIL-to-CMM table",
        "An ITIL-to-CMM row, but no CMM-to-ITIL row maps to it.",
        "process=name|its references=references|CMM-to-ITIL rows=cmm_rows",
    ),
    "kpas_without_touch_points": (
        "KPA with no touch point",
        "KPAs with no touch point",
        "None of the KPA's CMM-to-ITIL rows maps to an ITIL process.",
        "KPA=kpa|name=name|level=level|CMM-to-ITIL rows=cmm_rows|ITIL processes citing it=itil_names",
    ),
    "kpas_never_cited": (
        "KPA never cited by the ITIL-to-CMM table",
        "KPAs never cited by the ITIL-to-CMM table",
        "No ITIL-to-CMM row cites the KPA or any of its practices.",
        "KPA=kpa|name=name|level=level|CMM-to-ITIL rows=cmm_rows",
    ),
    "empty_mappings": (
        "row with an empty mapping",
        "rows with an empty mapping",
        "A CMM-to-ITIL row with practice codes whose mapping cell is empty.",
        "CMM-to-ITIL row=row|KPA=kpa|ITIL processes citing its practices=itil_names",
    ),
}


def gaps_report(kb: KnowledgeBase, fmt: str, width: int, color: bool) -> str:
    data = gaps_data(kb)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    sections: list[Section] = []
    for key, (one, many, meaning, spec) in GAP_SECTIONS.items():
        columns = [c.split("=") for c in spec.split("|")]
        rows = tuple(tuple(_cell(item[f]) for _, f in columns) for item in data[key])
        title = count(len(rows), one, many)
        sections.append((title[0].upper() + title[1:], meaning, Table(tuple(h for h, _ in columns), rows)))
    return _markdown(sections) if fmt == "markdown" else _text(sections, width, color)


# -- shared text and Markdown layout -----------------------------------------------------------


def _text(sections: list[Section], width: int, color: bool) -> str:
    from ..rendering.render import render_table

    out = []
    for title, meaning, table in sections:
        heading = wrap(title, width)
        heading = f"\x1b[1m{heading}\x1b[0m" if color else heading
        body = render_table(table, width, color) if table.rows else "  none"
        out.append(f"{heading}\n{wrap(meaning, width)}\n\n{body}\n")
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
