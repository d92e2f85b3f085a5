"""The matrix, density and gaps reports, checked against figures counted straight from the YAML.

The expected numbers are computed here from the knowledge files with yaml.safe_load, never via
assistant.answers.views, so a bug in the analytics cannot hide behind the same bug in its test.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.conversation.engine import Engine
from assistant.faces import report
from assistant.faces.cli import build_parser, main
from assistant.faces.environment import Environment
from assistant.kb.schema import KnowledgeBase
from assistant.understanding.loading import default_directory

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

KNOWLEDGE = default_directory()


def _yaml(name: str) -> Any:
    return yaml.load(
        (KNOWLEDGE / name).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )


CMM: list[dict[str, Any]] = _yaml("cmm_to_itil.yaml")
ITIL: list[dict[str, Any]] = _yaml("itil_to_cmm.yaml")
VOCABULARY: dict[str, Any] = _yaml("vocabulary.yaml")
ABBR = {f["feature"]: f["abbr"] for f in VOCABULARY["common_features"]}
LEVEL = {k["abbr"]: k["level"] for k in VOCABULARY["kpas"]}
PROCESSES = [p["row"] for p in VOCABULARY["itil_processes"]]


def _env(color: bool = False, width: int = 100) -> Environment:
    return Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdout_isatty=color, color=color, width=width)


def _report(kb: KnowledgeBase, *argv: str, color: bool = False) -> str:
    """One report through the real argument parser, on the session's knowledge base."""
    env = _env(color)
    assert report.run(build_parser().parse_args(list(argv)), kb, env) == 0
    return env.stdout.getvalue()


def _json(kb: KnowledgeBase, *argv: str) -> Any:
    return json.loads(_report(kb, *argv, "--format", "json"))


def _refs() -> list[tuple[str, dict[str, Any]]]:
    return [(row["row"], ref) for row in ITIL for ref in row["cmm_refs"]]


def _targets(ref: dict[str, Any]) -> list[dict[str, Any]]:
    """The CMM-to-ITIL rows a reference points at: its KPA's rows listing the code (or all, for a KPA)."""
    rows = [r for r in CMM if r["kpa"] == ref["kpa"]]
    if ref["feature"] == "kpa":
        return rows
    code = f"{ABBR[ref['feature']]}{ref['number']}"
    return [r for r in rows if code in r["practices"]]


def _key(itil_row: str, ref: dict[str, Any]) -> tuple[Any, ...]:
    return (itil_row, ref["level"], ref["kpa"], ref["feature"], ref["number"])


# -- matrix -------------------------------------------------------------------------------------


def test_matrix_column_totals_equal_rows_per_process(kb: KnowledgeBase) -> None:
    data = _json(kb, "matrix")
    expected = Counter(slug for r in CMM for slug in set(r["itil"]))
    assert set(data["processes"]) == set(PROCESSES)
    assert data["column_totals"] == {p: expected.get(p, 0) for p in data["processes"]}
    assert data["column_totals"]["cost-management"] == 2


def test_matrix_cells_and_row_totals_per_kpa(kb: KnowledgeBase) -> None:
    data = _json(kb, "matrix")
    assert data["kpas"] == sorted(LEVEL, key=lambda k: LEVEL[k])  # every KPA, Level 2 first
    cells = {(c["kpa"], c["itil"]): c["count"] for c in data["cells"]}
    for kpa in LEVEL:
        rows = [r for r in CMM if r["kpa"] == kpa]
        for slug in PROCESSES:
            assert cells[(kpa, slug)] == sum(slug in r["itil"] for r in rows), (kpa, slug)
        assert data["row_totals"][kpa] == sum(len(set(r["itil"])) for r in rows)
    assert data["row_totals"]["SQA"] == 0
    assert all(c["level"] == LEVEL[c["kpa"]] for c in data["cells"])
    assert data["total"] == sum(data["row_totals"].values()) == sum(data["column_totals"].values())


def test_matrix_level_filter_keeps_only_that_level(kb: KnowledgeBase) -> None:
    data = _json(kb, "matrix", "--level", "3")
    assert data["kpas"] == [k for k in LEVEL if LEVEL[k] == 3]
    level3 = Counter(slug for r in CMM if r["level"] == 3 for slug in set(r["itil"]))
    assert data["column_totals"] == {p: level3.get(p, 0) for p in data["processes"]}


def test_matrix_csv_matches_the_yaml(kb: KnowledgeBase) -> None:
    lines = list(csv.DictReader(io.StringIO(_report(kb, "matrix", "--format", "csv"))))
    totals = lines[-1]
    assert totals["kpa"] == "total"
    expected = Counter(slug for r in CMM for slug in set(r["itil"]))
    assert {p: int(totals[p]) for p in PROCESSES} == {p: expected.get(p, 0) for p in PROCESSES}
    by_kpa = {line["kpa"]: line for line in lines[:-1]}
    assert int(by_kpa["SPP"]["total"]) == sum(len(set(r["itil"])) for r in CMM if r["kpa"] == "SPP")


def test_matrix_text_plain_is_deterministic_and_colorless(kb: KnowledgeBase) -> None:
    text = _report(kb, "matrix")
    assert "\x1b" not in text
    assert text == _report(kb, "matrix")
    for kpa in LEVEL:
        assert kpa in text
    for process in kb.processes:  # the legend spells every column out
        assert process.name.split()[0] in text
    assert str(sum(len(set(r["itil"])) for r in CMM)) in text.split()  # the grand total


def test_matrix_text_on_a_color_terminal_is_a_heat_map(kb: KnowledgeBase) -> None:
    text = _report(kb, "matrix", color=True)
    assert "\x1b[" in text and "48;" in text  # background colors


def test_matrix_svg_is_a_picture(kb: KnowledgeBase) -> None:
    root = ET.fromstring(_report(kb, "matrix", "--format", "svg"))
    assert root.tag.endswith("svg")


def test_matrix_html_is_a_page(kb: KnowledgeBase) -> None:
    html = _report(kb, "matrix", "--format", "html")
    assert "<html" in html.lower() and "background-color" in html


def test_cli_matrix_json_through_main(tmp_path: Path) -> None:
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdout_isatty=False, cache_dir=tmp_path)
    assert main(["matrix", "--format", "json"], env) == 0
    assert json.loads(env.stdout.getvalue())["cells"]


def test_cli_matrix_output_file_is_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "m.svg"
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdout_isatty=False, cache_dir=tmp_path / "c")
    assert main(["matrix", "--format", "svg", "-o", str(target)], env) == 0
    assert env.stdout.getvalue() == ""
    assert ET.parse(target).getroot().tag.endswith("svg")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["m.svg"]  # no temporary left


def test_cli_matrix_output_into_missing_directory_is_a_usage_error(tmp_path: Path) -> None:
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdout_isatty=False, cache_dir=tmp_path)
    assert main(["matrix", "-o", str(tmp_path / "no" / "such.txt")], env) == 2
    assert "cannot write" in env.stderr.getvalue()


# -- density ------------------------------------------------------------------------------------


def test_density_counts_rows_and_references(kb: KnowledgeBase) -> None:
    data = _json(kb, "density")
    refs = {row["row"]: len(row["cmm_refs"]) for row in ITIL}
    by_process = {p["process"]: p for p in data["processes"]}
    assert set(by_process) == set(PROCESSES)
    for slug, p in by_process.items():
        assert p["cmm_to_itil_rows"] == [r["row"] for r in CMM if slug in r["itil"]]
        assert p["itil_to_cmm_references"] == refs.get(slug, 0)
    counts = [len(p["cmm_to_itil_rows"]) for p in data["processes"]]
    assert counts == sorted(counts, reverse=True)
    top = max(PROCESSES, key=lambda s: sum(s in r["itil"] for r in CMM))
    assert data["densest"]["by_cmm_to_itil_rows"] == [top]


def test_density_sets_the_documents_claim_beside_the_numbers(kb: KnowledgeBase) -> None:
    cues = {c.lower() for c in _yaml("cues.yaml")["groups"]["density"]}
    claims = [o for o in _yaml("observations.yaml") if cues & {k.lower() for k in o.get("keywords", [])}]
    assert claims
    data = _json(kb, "density")
    assert data["claim"]["table"] == "observations"
    assert data["claim"]["row"] in {o["row"] for o in claims}
    assert data["claim"]["text"] == next(o["text"] for o in claims if o["row"] == data["claim"]["row"])
    for fmt in ("text", "markdown"):
        out = _report(kb, "density", "--format", fmt)
        assert data["claim"]["row"] in out and "SPP.AC11" in out


# -- gaps ---------------------------------------------------------------------------------------


def test_gaps_lists_every_unmatched_reference(kb: KnowledgeBase) -> None:
    expected = {_key(row, ref) for row, ref in _refs() if not _targets(ref)}
    data = _json(kb, "gaps")
    got = {_key(i["itil_row"], i["reference"]) for i in data["unmatched_references"]}
    assert got == expected
    assert ("helpdesk-incident-management", 2, "SCM", "activity", 5) in got
    for item in data["unmatched_references"]:  # both sides: the citing row and the KPA's rows
        assert item["kpa_rows"] == [r["row"] for r in CMM if r["kpa"] == item["reference"]["kpa"]]


def test_gaps_lists_references_that_do_not_map_back(kb: KnowledgeBase) -> None:
    expected = {
        _key(row, ref): [r["row"] for r in _targets(ref)]
        for row, ref in _refs()
        if _targets(ref) and not any(row in r["itil"] for r in _targets(ref))
    }
    data = _json(kb, "gaps")
    got = {_key(i["itil_row"], i["reference"]): i["cmm_rows"] for i in data["not_mapped_back"]}
    assert got == expected


def test_gaps_lists_every_one_sided_process(kb: KnowledgeBase) -> None:
    mapped = {slug for r in CMM for slug in r["itil"]}
    tabled = {row["row"] for row in ITIL}
    data = _json(kb, "gaps")
    only_cmm = {i["process"]: i for i in data["only_in_cmm_to_itil"]}
    assert set(only_cmm) == mapped - tabled == {"cost-management"}
    assert only_cmm["cost-management"]["cmm_rows"] == [r["row"] for r in CMM if "cost-management" in r["itil"]]
    only_itil = {i["process"]: i for i in data["only_in_itil_to_cmm"]}
    assert set(only_itil) == tabled - mapped
    assert all(i["itil_row"] == slug for slug, i in only_itil.items())


def test_gaps_lists_kpas_and_empty_mappings(kb: KnowledgeBase) -> None:
    data = _json(kb, "gaps")
    untouched = {k for k in LEVEL if not any(r["itil"] for r in CMM if r["kpa"] == k)}
    assert {i["kpa"] for i in data["kpas_without_touch_points"]} == untouched
    assert "SQA" in untouched
    cited = {ref["kpa"] for _, ref in _refs()}
    assert {i["kpa"] for i in data["kpas_never_cited"]} == set(LEVEL) - cited
    empty = [r["row"] for r in CMM if r["practices"] and not r["itil"]]
    assert [i["row"] for i in data["empty_mappings"]] == empty


def test_gaps_text_and_markdown_name_both_sides(kb: KnowledgeBase) -> None:
    for fmt in ("text", "markdown"):
        out = _report(kb, "gaps", "--format", fmt)
        assert "Helpdesk / Incident Management" in out and "SCM Activity 5" in out
        assert not any(p.row in out for p in kb.processes if "-" in p.row)  # names for people, not slugs
        assert "(es)" not in out and "1 process only" in out
        assert "SCM.AB1" in out  # the CMM-to-ITIL side of the same item
        assert kb.process("cost-management").name in out
    assert "\x1b" not in _report(kb, "gaps")


# -- the same analyses through the question engine ----------------------------------------------


def _cited(answer: Any, table: str) -> set[str]:
    return {c.row for c in answer.citations if c.table == table}


def test_question_density_is_answered_with_citations(engine: Engine) -> None:
    answer, _ = engine.answer("which ITIL process touches the most CMM practices?")
    assert (answer.status, answer.intent) == ("answered", "density")
    assert _cited(answer, "cmm_to_itil")


def test_question_gaps_is_answered_with_citations(engine: Engine) -> None:
    answer, _ = engine.answer("which references have no matching row?")
    assert (answer.status, answer.intent) == ("answered", "gaps")
    assert _cited(answer, "itil_to_cmm")


def test_question_practice_links_shows_both_tables(engine: Engine) -> None:
    answer, _ = engine.answer("which ITIL processes are linked to SPP activity 11 in either table?")
    assert (answer.status, answer.intent) == ("answered", "practice_links")
    citing = {
        row["row"]
        for row in ITIL
        if any(r["kpa"] == "SPP" and r["feature"] == "activity" and r["number"] == 11 for r in row["cmm_refs"])
    }
    assert citing
    assert "SPP.AC11" in _cited(answer, "cmm_to_itil")
    assert citing <= _cited(answer, "itil_to_cmm")


def test_question_process_links_is_answered_with_the_path(engine: Engine) -> None:
    answer, _ = engine.answer("through which CMM practices are change management and problem management connected?")
    assert (answer.status, answer.intent) == ("answered", "process_links")
    both = {r["row"] for r in CMM if {"change-management", "problem-management"} <= set(r["itil"])}
    assert both <= _cited(answer, "cmm_to_itil")


def test_question_level_kpas_touching_a_process_most(engine: Engine) -> None:
    answer, _ = engine.answer("which level 3 KPAs touch capacity management most?")
    assert (answer.status, answer.intent) == ("answered", "query")
    rows = _cited(answer, "cmm_to_itil")
    assert rows and all(r.split(".")[0] in {k for k in LEVEL if LEVEL[k] == 3} for r in rows)


def test_density_columns_are_labelled_and_the_claim_is_checked_in_words(kb: KnowledgeBase) -> None:
    """Issue 14: no unlabelled "#" columns, and the document's densest touch point is set against the
    ranking: the processes it names, where each ranks, and who ranks above one it names."""
    data = _json(kb, "density")
    assert data["claim"]["names"] == ["configuration-management", "change-management"]
    rows = Counter(slug for r in CMM for slug in set(r["itil"]))
    ranked = sorted(rows.values(), reverse=True)
    place = 1 + ranked.index(rows["configuration-management"])
    assert place == 4
    text = " ".join(_report(kb, "density").split())
    assert " # " not in f" {text} " and "rank (rows)" in text and "rank (refs)" in text
    assert f"Configuration Management ranks {place}th by CMM-to-ITIL rows ({rows['configuration-management']})" in text
    assert "Change Management ranks 1st by CMM-to-ITIL rows" in text
    ahead = [p["name"] for p in VOCABULARY["itil_processes"] if rows[p["row"]] > rows["configuration-management"]]
    assert all(name in text.split("behind", 1)[1] for name in ahead if name != "Change Management")


def test_named_processes_reads_a_shared_last_word(kb: KnowledgeBase) -> None:
    from assistant.answers.named import named_processes

    assert named_processes(kb, "the area of Configuration and Change Management") == [
        "configuration-management",
        "change-management",
    ]
    assert named_processes(kb, "Problem Management, then Capacity Management") == [
        "problem-management",
        "capacity-management",
    ]
    assert named_processes(kb, "a configuration of tools") == []
