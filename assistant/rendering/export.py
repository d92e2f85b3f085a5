"""`crosswalk check` and `crosswalk export`: the knowledge base as a summary line or as tables.

Users take the tables to a spreadsheet (CSV), a wiki (Markdown) or a script (JSON), so every
format is built from one list of plain rows per table: the formats cannot disagree about a cell.
The JSON form is the contract (CONTRACT.md, issue 2): it may gain fields, never lose or rename
them.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any

from ..kb.schema import CmmRef, KnowledgeBase

TABLES: tuple[str, ...] = ("models", "observations", "itil_to_cmm", "cmm_to_itil")
FORMATS: tuple[str, ...] = ("json", "csv", "markdown")
LIST_SEPARATOR = "; "

# The columns a wiki page shows: the cells as the document prints them. Parsed duplicates
# (granularity_count, practices, itil, cmm_refs) stay in JSON and CSV, where scripts want them.
MARKDOWN_COLUMNS: dict[str, tuple[str, ...]] = {
    "models": (
        "row",
        "name",
        "abstraction",
        "audience",
        "approach",
        "granularity",
        "granularity_kind",
        "granularity_note",
        "focus",
    ),
    "observations": ("row", "section", "text"),
    "itil_to_cmm": ("row", "process", "output_to_development", "input_from_development", "cmm_printed"),
    "cmm_to_itil": ("row", "heading", "practices_printed", "practice", "production", "mapping_printed", "note"),
}


def summary(kb: KnowledgeBase) -> str:
    """One line saying what was loaded, so a user can see at a glance that nothing is missing."""
    levels = Counter(r.level for r in kb.cmm_to_itil)
    per_level = ", ".join(f"{levels[lv]} at level {lv}" for lv in sorted(levels))
    return (
        f"ok: {kb.directory}: {len(kb.models)} models, {len(kb.observations)} observations, "
        f"{len(kb.itil_to_cmm)} ITIL-to-CMM rows, {len(kb.cmm_to_itil)} CMM-to-ITIL rows ({per_level}), "
        f"{len(kb.kpas)} KPAs, {len(kb.processes)} ITIL processes, "
        f"{len(kb.abbreviations)} abbreviations, {len(kb.defects)} defects"
    )


def export(kb: KnowledgeBase, table: str | None, fmt: str) -> str:
    """Every row of one table (or of all four) as JSON, CSV or Markdown text ending in a newline."""
    if table is not None and table not in TABLES:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")
    tables = (table,) if table else TABLES
    if fmt == "json":
        data = {name: _rows(kb, name) for name in tables}
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        if table is None:
            raise ValueError("CSV holds one table: name it")
        return _csv(_rows(kb, table))
    if fmt == "markdown":
        return "\n".join(_markdown(name, _rows(kb, name)) for name in tables)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _rows(kb: KnowledgeBase, table: str) -> list[dict[str, Any]]:
    """One table as JSON-ready dicts: the contract's fields first, the extras after."""
    if table == "models":
        return [
            {
                "row": m.row,
                "name": m.name,
                "abstraction": m.abstraction,
                "audience": m.audience,
                "approach": m.approach,
                "granularity": m.granularity.text,
                "focus": m.focus,
                "full_name": m.full_name,
                "granularity_count": m.granularity.count,
                "granularity_unit": m.granularity.unit,
                "granularity_kind": m.granularity.kind,
                "granularity_note": m.granularity.note,
                "focus_areas": list(m.focus_areas),
            }
            for m in kb.models
        ]
    if table == "observations":
        return [{"row": o.row, "text": o.text, "section": o.section, "parent": o.parent} for o in kb.observations]
    if table == "itil_to_cmm":
        # The cells are lists of printed items; joined they read as the cell does.
        return [
            {
                "row": r.row,
                "process": r.process,
                "output_to_development": LIST_SEPARATOR.join(r.output_to_development),
                "input_from_development": LIST_SEPARATOR.join(r.input_from_development),
                "cmm_refs": [_ref(ref) for ref in r.cmm_refs],
                "cmm_printed": r.cmm_printed,
            }
            for r in kb.itil_to_cmm
        ]
    return [
        {
            "row": r.row,
            "level": r.level,
            "kpa": r.kpa,
            "practices": list(r.practices),
            "practice": r.practice,
            "production": r.production,
            "itil": list(r.itil),
            "heading": r.heading,
            "practices_printed": r.practices_printed,
            "mapping_printed": list(r.mapping_printed),
            "note": r.note,
        }
        for r in kb.cmm_to_itil
    ]


def _ref(ref: CmmRef) -> dict[str, Any]:
    return {"level": ref.level, "kpa": ref.kpa, "feature": ref.feature, "number": ref.number}


def _ref_text(ref: dict[str, Any]) -> str:
    """A parsed CMM reference in one cell: "L2 SCM activity 5", or "L2 SPP kpa" for a whole KPA."""
    number = "" if ref["number"] is None else f" {ref['number']}"
    return f"L{ref['level']} {ref['kpa']} {ref['feature']}{number}"


def _flat(value: Any) -> str:
    """A cell for CSV and Markdown, where a list becomes its items joined by "; "."""
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(_ref_text(v) if isinstance(v, dict) else str(v) for v in value)
    return str(value)


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["row"], lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: _flat(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def _markdown(table: str, rows: list[dict[str, Any]]) -> str:
    """A heading and a pipe table; a "|" inside a cell is escaped so it cannot split the row."""
    columns = MARKDOWN_COLUMNS[table]

    def cell(value: Any) -> str:
        return " ".join(_flat(value).split()).replace("|", "\\|")

    lines = [f"## {table} ({len(rows)} rows)", ""]
    lines.append("| " + " | ".join(columns) + " |")
    lines.append("|" + "|".join("---" for _ in columns) + "|")
    lines.extend("| " + " | ".join(cell(row[c]) for c in columns) + " |" for row in rows)
    return "\n".join(lines) + "\n"
