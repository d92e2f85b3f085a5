"""The query model and its executor, checked against figures computed straight from the YAML, and
the composer's reading of each connective."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.answers.execute import Executor
from assistant.conversation.engine import Engine
from assistant.understanding.query import (
    And,
    AtLevel,
    Cites,
    Count,
    Every,
    Group,
    HasFeature,
    InKpa,
    MapsTo,
    Not,
    Or,
    Predicate,
    Query,
    Source,
    Top,
    YesNo,
)

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
RAW_CMM = yaml.safe_load((KNOWLEDGE / "cmm_to_itil.yaml").read_text(encoding="utf-8"))
RAW_ITIL = yaml.safe_load((KNOWLEDGE / "itil_to_cmm.yaml").read_text(encoding="utf-8"))
PROCESSES = sorted({p for r in RAW_CMM for p in r["itil"]})
KPAS = sorted({r["kpa"] for r in RAW_CMM})


@pytest.fixture(scope="module")
def executor(engine: Engine) -> Executor:
    return Executor(engine.kb)


def rows_of(executor: Executor, where: Predicate, source: Source = Source.CMM_TO_ITIL) -> set[str]:
    return {r.row for r in executor.run(Query(source, where)).rows}


def test_every_pair_of_processes_intersects_as_the_yaml_says(executor: Executor) -> None:
    for a, b in combinations(PROCESSES, 2):
        expected = {r["row"] for r in RAW_CMM if a in r["itil"] and b in r["itil"]}
        assert rows_of(executor, And((MapsTo(a), MapsTo(b)))) == expected, (a, b)


def test_every_kpa_by_process_count_matches_the_yaml(executor: Executor) -> None:
    for kpa in KPAS:
        for p in PROCESSES:
            expected = [r["row"] for r in RAW_CMM if r["kpa"] == kpa and p in r["itil"]]
            result = executor.run(Query(Source.CMM_TO_ITIL, And((InKpa((kpa,)), MapsTo(p))), Count()))
            assert [r.row for r in result.rows] == expected
            assert {c.row for c in result.draft.citations} == set(expected)


def test_a_superlative_cites_the_winning_groups_rows(executor: Executor) -> None:
    sc_d = "software-control-distribution"
    per_kpa: dict[str, list[str]] = {}
    for r in RAW_CMM:
        if sc_d in r["itil"]:
            per_kpa.setdefault(r["kpa"], []).append(r["row"])
    best = max(len(v) for v in per_kpa.values())
    expected = {row for rows in per_kpa.values() if len(rows) == best for row in rows}
    result = executor.run(Query(Source.CMM_TO_ITIL, MapsTo(sc_d), Top(Group.KPA)))
    assert {c.row for c in result.draft.citations} == expected


def test_every_row_of_a_kpa_reads_never(executor: Executor) -> None:
    change = "change-management"
    expected_kpas = {k for k in KPAS if all(change not in r["itil"] for r in RAW_CMM if r["kpa"] == k)}
    result = executor.run(Query(Source.CMM_TO_ITIL, Not(MapsTo(change)), Every(Group.KPA)))
    assert {c.row.split(".")[0] for c in result.draft.citations} == expected_kpas


def test_yes_no_cites_the_rows_that_settle_it(executor: Executor) -> None:
    yes = executor.run(Query(Source.CMM_TO_ITIL, MapsTo("service-level-management"), YesNo(InKpa(("SSM",)))))
    assert yes.draft.text.startswith("Yes")
    no = executor.run(Query(Source.ITIL_TO_CMM, Cites(level=3), YesNo(MapsTo("capacity-management"))))
    assert no.draft.text.startswith("No")
    assert [c.row for c in no.draft.citations] == ["capacity-management"]


def test_cites_only_reads_every_reference(executor: Executor) -> None:
    expected = {r["row"] for r in RAW_ITIL if r["cmm_refs"] and all(ref["level"] == 3 for ref in r["cmm_refs"])}
    assert rows_of(executor, Cites(level=3, every=True), Source.ITIL_TO_CMM) == expected


LEAVES = st.one_of(
    st.sampled_from(PROCESSES).map(MapsTo),
    st.sampled_from(KPAS).map(lambda k: InKpa((k,))),
    st.sampled_from([2, 3]).map(AtLevel),
    st.sampled_from(["AC", "AB", "CO", "VE", "ME"]).map(HasFeature),
)
TREES = st.recursive(
    LEAVES,
    lambda inner: st.one_of(st.tuples(inner, inner).map(And), st.tuples(inner, inner).map(Or), inner.map(Not)),
    max_leaves=6,
)


@pytest.mark.slow  # 150 random query pairs
@settings(max_examples=150, deadline=None)
@given(a=TREES, b=TREES)
def test_connectives_obey_set_laws(engine: Engine, a: Predicate, b: Predicate) -> None:
    ex = Executor(engine.kb)
    ra = rows_of(ex, a)
    assert rows_of(ex, And((a, b))) <= ra
    assert rows_of(ex, Or((a, b))) >= ra
    assert not rows_of(ex, Not(a)) & ra


@pytest.mark.parametrize(
    ("question", "query"),
    [
        ("which practices map to both Capacity and SLM?", "maps_to(capacity-management) and maps_to(service-level"),
        ("which practices map to Problem Mgnt. or Helpdesk?", "maps_to(problem-management) or maps_to(helpdesk"),
        ("which practices map to Capacity but not to Change Mgnt.?", "and not maps_to(change-management)"),
        ("which rows map to SLM and nothing else?", "maps_only_to(service-level-management)"),
        ("which ITIL processes cite nothing but SCM practices?", "itil_to_cmm where cites_only(SCM)"),
        ("which ITIL processes cite exactly 2 CMM practices?", "count_is(2)"),
        ("which KPA has the most rows mapped to SC&D?", "then most by kpa"),
        ("which KPA has the fewest rows in the CMM to ITIL tables?", "then fewest by kpa"),
        ("how many level 2 rows map to SLM?", "then count"),
        ("does TP AC6 touch SLM?", "yes/no over practice(TP.AC6)"),
        ("which rows mention the Technical Service Requirements?", "mentions('Technical Service Requirements')"),
        ("Give me the Subcontract Management rows and the Peer Reviews rows together.", "kpa(SSM) or kpa(PR)"),
    ],
)
def test_each_connective_reads_as_a_query(engine: Engine, question: str, query: str) -> None:
    answer, _ = engine.answer(question)
    assert answer.status == "answered", answer.text
    assert answer.explain and query in (answer.explain.get("query") or ""), answer.explain


def test_a_follow_up_refines_the_previous_query(engine: Engine) -> None:
    from assistant.conversation.dialogue import Conversation

    conversation = Conversation(engine, strict=True)
    conversation.ask("Which practices are mapped to SLM?")
    narrowed = conversation.ask("keep just the Defined-level ones")
    assert narrowed.explain and "level(3)" in narrowed.explain["query"]
    assert "previous turn" in narrowed.explain["query"]
    counted = conversation.ask("so how many are left?")
    assert counted.explain and counted.explain["query"].split(" (from")[0].endswith("then count")
    fresh = conversation.ask("which practices map to Capacity but not to Change Mgnt.?")
    assert fresh.explain and "previous turn" not in fresh.explain["query"]


def test_clarify_readings_are_questions_that_are_answered(engine: Engine) -> None:
    """A clarify offers plain questions; each, asked back, is answered (no internal strings)."""
    from assistant.conversation.ask_back import as_question
    from assistant.understanding.parse import Reading

    for reading in [
        Reading("itil_process", 0.9, {"process": "problem-management"}),
        Reading("itil_practices", 0.9, {"process": "capacity-management", "level": 3}),
        Reading("kpa_cited_by", 0.9, {"kpa": "SPE"}),
        Reading("list_rows", 0.9, {"kpa": "TP"}),
        Reading("model_dimension", 0.9, {"models": ["itil"], "dimension": "audience"}),
        Reading("query", 0.9, query=Query(Source.CMM_TO_ITIL, And((MapsTo("capacity-management"), AtLevel(2))))),
    ]:
        question = as_question(reading, engine.kb)
        assert question and "_" not in question, question
        answer, _ = engine.answer(question)
        assert answer.status == "answered", (question, answer.text)
