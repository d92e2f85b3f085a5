"""`crosswalk export` round trips: what a spreadsheet or a script reads back is the knowledge base.

The JSON form is the contract other tools rely on; CSV is what users open in a spreadsheet. Both
are read back here and compared, field by field, with the loaded dataclasses.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path
from typing import Any

import pytest

from assistant.faces.cli import main
from assistant.faces.environment import Environment
from assistant.kb.schema import CmmRef, CmmRow, ItilRow, KnowledgeBase, Model, Observation
from assistant.rendering.export import TABLES, export, summary

pytestmark = pytest.mark.slow  # subprocesses or every width of the matrix: not in the fast lane

# The required fields per table, which must lead every row and never disappear.
REQUIRED = {
    "models": ["row", "name", "abstraction", "audience", "approach", "granularity", "focus"],
    "observations": ["row", "text"],
    "itil_to_cmm": ["row", "process", "output_to_development", "input_from_development", "cmm_refs"],
    "cmm_to_itil": ["row", "level", "kpa", "practices", "practice", "production", "itil"],
}
# Parser aids (what people type, cue words, links between answers), not cells of the document.
NOT_EXPORTED = {
    "models": {"aliases", "granularity"},  # granularity is exported as its parts
    "observations": {"keywords", "answered_by", "see_also", "reply"},
    "itil_to_cmm": set(),
    "cmm_to_itil": set(),
}
SEP = "; "


def expected_rows(kb: KnowledgeBase, table: str) -> list[dict[str, Any]]:
    """Each dataclass as the export should give it, built from dataclasses.asdict, not export.py."""
    rows = []
    for item in getattr(kb, table):
        row = dataclasses.asdict(item)
        for name in NOT_EXPORTED[table]:
            row.pop(name)
        if isinstance(item, Model):
            g = item.granularity
            row |= {
                "granularity": g.text,
                "granularity_count": g.count,
                "granularity_unit": g.unit,
                "granularity_kind": g.kind,
                "granularity_note": g.note,
            }
        if isinstance(item, ItilRow):
            row["output_to_development"] = SEP.join(item.output_to_development)
            row["input_from_development"] = SEP.join(item.input_from_development)
        rows.append({k: list(v) if isinstance(v, tuple) else v for k, v in row.items()})
    return rows


def test_summary_is_one_line(kb: KnowledgeBase) -> None:
    line = summary(kb)
    assert "\n" not in line
    assert line == (
        f"ok: {kb.directory}: 4 models, {len(kb.observations)} observations, 14 ITIL-to-CMM rows, "
        f"83 CMM-to-ITIL rows (34 at level 2, 49 at level 3), 13 KPAs, {len(kb.processes)} ITIL processes, "
        f"{len(kb.abbreviations)} abbreviations, {len(kb.defects)} defects"
    )


# --- JSON -------------------------------------------------------------------------------------


def test_json_holds_every_table_and_row(kb: KnowledgeBase) -> None:
    data = json.loads(export(kb, None, "json"))
    assert list(data) == list(TABLES)
    for table in TABLES:
        assert [r["row"] for r in data[table]] == [r.row for r in getattr(kb, table)], table
        for row in data[table]:
            assert list(row)[: len(REQUIRED[table])] == REQUIRED[table], table


@pytest.mark.parametrize("table", TABLES)
def test_json_round_trip(kb: KnowledgeBase, table: str) -> None:
    data = json.loads(export(kb, table, "json"))
    assert list(data) == [table]
    assert data[table] == expected_rows(kb, table)


def test_json_cmm_refs_rebuild_the_dataclasses(kb: KnowledgeBase) -> None:
    data = json.loads(export(kb, "itil_to_cmm", "json"))["itil_to_cmm"]
    for row, item in zip(data, kb.itil_to_cmm, strict=True):
        assert tuple(CmmRef(**ref) for ref in row["cmm_refs"]) == item.cmm_refs
        rebuilt = ItilRow(
            row=row["row"],
            process=row["process"],
            output_to_development=tuple(row["output_to_development"].split(SEP)),
            input_from_development=tuple(row["input_from_development"].split(SEP)),
            cmm_printed=row["cmm_printed"],
            cmm_refs=tuple(CmmRef(**ref) for ref in row["cmm_refs"]),
        )
        assert rebuilt == item


def test_json_rebuilds_cmm_rows_and_observations(kb: KnowledgeBase) -> None:
    data = json.loads(export(kb, None, "json"))
    cmm = [CmmRow(**{k: tuple(v) if isinstance(v, list) else v for k, v in r.items()}) for r in data["cmm_to_itil"]]
    assert tuple(cmm) == kb.cmm_to_itil
    for row, o in zip(data["observations"], kb.observations, strict=True):
        assert dataclasses.replace(o, keywords=(), answered_by=(), see_also=(), reply="") == Observation(**row)


def test_list_items_never_hold_the_separator(kb: KnowledgeBase) -> None:
    """Joining with "; " only round-trips if no item holds "; " itself."""
    items = [i for r in kb.itil_to_cmm for i in (*r.output_to_development, *r.input_from_development)]
    items += [i for r in kb.cmm_to_itil for i in (*r.practices, *r.itil, *r.mapping_printed)]
    items += [a for m in kb.models for a in m.focus_areas]
    assert [i for i in items if SEP in i] == []


# --- CSV --------------------------------------------------------------------------------------


def _ref_from_text(text: str) -> dict[str, Any]:
    level, kpa, feature, *number = text.split(" ")
    return {
        "level": int(level.removeprefix("L")),
        "kpa": kpa,
        "feature": feature,
        "number": int(number[0]) if number else None,
    }


def _from_csv(table: str, row: dict[str, str], lists: set[str]) -> dict[str, Any]:
    """Undo CSV's flattening: numbers, lists split on "; ", empty parent as None."""
    out: dict[str, Any] = dict(row)
    for name in lists:
        out[name] = out[name].split(SEP) if out[name] else []
    for name in ("level", "granularity_count"):
        if name in out:
            out[name] = int(out[name])
    if table == "itil_to_cmm":
        out["cmm_refs"] = [_ref_from_text(t) for t in out["cmm_refs"]]
    if table == "observations":
        out["parent"] = out["parent"] or None
    return out


@pytest.mark.parametrize("table", TABLES)
def test_csv_round_trip(kb: KnowledgeBase, table: str) -> None:
    expected = expected_rows(kb, table)
    reader = csv.DictReader(io.StringIO(export(kb, table, "csv")))
    assert reader.fieldnames is not None
    assert reader.fieldnames[: len(REQUIRED[table])] == REQUIRED[table]
    assert set(reader.fieldnames) == set(expected[0])
    lists = {k for k, v in expected[0].items() if isinstance(v, list)}
    assert [_from_csv(table, r, lists) for r in reader] == expected


def test_csv_renders_cmm_refs_readably(kb: KnowledgeBase) -> None:
    rows = {r["row"]: r for r in csv.DictReader(io.StringIO(export(kb, "itil_to_cmm", "csv")))}
    assert rows["problem-management"]["cmm_refs"] == "L2 SCM activity 5; L2 SPTO activity 9"
    assert rows["planning-control"]["cmm_refs"] == "L2 SPP kpa; L2 SPTO kpa; L3 ISM kpa"


def test_csv_needs_one_table(kb: KnowledgeBase) -> None:
    with pytest.raises(ValueError, match="one table"):
        export(kb, None, "csv")


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_has_a_table_per_table(kb: KnowledgeBase) -> None:
    text = export(kb, None, "markdown")
    for table in TABLES:
        rows = getattr(kb, table)
        assert f"## {table} ({len(rows)} rows)" in text
    body = [line for line in text.splitlines() if line.startswith("| ")]
    header_lines = len(TABLES)
    assert len(body) == header_lines + sum(len(getattr(kb, t)) for t in TABLES)
    for r in kb.cmm_to_itil:
        assert f"| {r.row} |" in text
    assert "| 7 criteria | Holistic | Total quality management |" in text


def test_markdown_rows_keep_their_columns(kb: KnowledgeBase) -> None:
    """A "|" in a cell is escaped, so every row has as many cells as its header."""
    broken = dataclasses.replace(kb.cmm_to_itil[0], practice="a | b", production="line\nbreak")
    kb2 = dataclasses.replace(kb, cmm_to_itil=(broken, *kb.cmm_to_itil[1:]))
    lines = [line for line in export(kb2, "cmm_to_itil", "markdown").splitlines() if line.startswith("|")]
    widths = {len(line.replace("\\|", "").split("|")) for line in lines}
    assert len(widths) == 1
    assert "a \\| b" in lines[2]
    assert "line break" in lines[2]


# --- unknown arguments and the command line -------------------------------------------------------


def test_unknown_table_or_format(kb: KnowledgeBase) -> None:
    with pytest.raises(ValueError, match="unknown table"):
        export(kb, "glossary", "json")
    with pytest.raises(ValueError, match="unknown format"):
        export(kb, None, "xml")


def run_cli(*argv: str, tmp_path: Path) -> tuple[int, str, str]:
    env = Environment(stdin=io.StringIO(), stdout=io.StringIO(), stderr=io.StringIO(), cache_dir=tmp_path / "cache")
    status = main(list(argv), env)
    return status, env.stdout.getvalue(), env.stderr.getvalue()  # type: ignore[attr-defined]


def test_cli_export_json_is_the_whole_knowledge_base(kb: KnowledgeBase, tmp_path: Path) -> None:
    status, out, err = run_cli("export", tmp_path=tmp_path)
    assert (status, err) == (0, "")
    assert json.loads(out) == json.loads(export(kb, None, "json"))


def test_cli_export_csv(kb: KnowledgeBase, tmp_path: Path) -> None:
    status, out, _ = run_cli("export", "--table", "cmm_to_itil", "--format", "csv", tmp_path=tmp_path)
    assert status == 0
    assert len(list(csv.DictReader(io.StringIO(out)))) == 83


def test_cli_export_csv_without_a_table_is_a_usage_error(tmp_path: Path) -> None:
    status, out, err = run_cli("export", "--format", "csv", tmp_path=tmp_path)
    assert (status, out) == (2, "")
    assert "--table" in err
