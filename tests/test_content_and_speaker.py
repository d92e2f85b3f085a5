"""Answers from the cells' own words, who is speaking, both tables for a process, codes in words,
and suggestions that never dead-end."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest

from assistant.conversation.dialogue import Conversation
from assistant.conversation.engine import Engine
from assistant.understanding.direction import Side

from .judge import load_yaml

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"


def rows(answer: object) -> set[str]:
    return {c.row for c in answer.citations}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does production help with testing?", {"SPE.AC5+AC6+AC7"}),
        ("is production represented on the SCCB?", {"SCM.AB1"}),
        ("what training should production attend?", {"RM.AB4", "SPP.AB4"}),
        ("who do I talk to about backups?", {"computer-network-operations"}),
        ("where are run schedules?", {"computer-network-operations"}),
        ("what are the naming conventions about?", {"configuration-management"}),
        ("do we have to approve the software development plan?", {"SPTO.AB1"}),
        ("how do we coordinate the SEPG and ITIL assessment action plans?", {"OPF.AC1+AC2+AC3"}),
    ],
)
def test_content_questions_reach_their_rows(engine: Engine, question: str, expected: set[str]) -> None:
    answer = Conversation(engine).ask(question)
    assert answer.status == "answered", answer.text
    assert expected <= rows(answer), (question, rows(answer))


def test_fund_and_staff_is_answered_by_the_participation_bullet(engine: Engine) -> None:
    answer = Conversation(engine).ask("how should we fund and staff the CMM and ITIL initiatives?")
    assert answer.status == "answered"
    assert "need-participation" in rows(answer), rows(answer)


def test_a_weak_word_match_is_unknown_with_rows_offered(engine: Engine) -> None:
    answer = Conversation(engine).ask("anything about the weather in the tables?")
    assert answer.status == "unknown"
    assert not answer.citations
    weak = Conversation(engine).ask("what part does operations play in handling things on my project?")
    assert weak.status == "unknown" and not weak.citations
    assert weak.suggestions, weak.text
    assert all(Conversation(engine).ask(s).status == "answered" for s in weak.suggestions)


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("what do we send dev for problem mgmt", "output"),  # operations speaking
        ("what does problem management give dev?", "output"),
        ("what does dev hand to problem mgmt?", "input"),
        ("what do we get from ops for change management?", "output"),  # development speaking
        ("what do we get from dev for change management?", "input"),  # operations speaking
        ("what does customer relationship mgmt get from us", "input"),
        ("who gets escalated application incidents?", "output"),
        ("we run the service desk. what do we send for helpdesk?", "output"),
    ],
)
def test_direction_is_read_from_the_speaker(engine: Engine, question: str, side: str) -> None:
    answer = Conversation(engine).ask(question)
    assert answer.status == "answered", answer.text
    gives = answer.text.split(":")[0].lower()
    assert ("gives development" in gives) == (side == "output"), (question, answer.text)


def test_we_alone_asks_who_we_are_unless_the_role_is_set(engine: Engine) -> None:
    question = "what do we send for problem management?"
    unsure = Conversation(engine).ask(question)
    assert unsure.status == "clarify"
    for option in unsure.suggestions:
        assert Conversation(engine).ask(option).status == "answered"
    ops = Conversation(engine, speaker=Side.PRODUCTION).ask(question)
    assert ops.text.startswith("Problem Management gives development")
    dev = Conversation(engine, speaker=Side.DEVELOPMENT).ask(question)
    assert dev.text.startswith("Development gives Problem Management")


def test_a_process_question_shows_both_tables_and_the_other_table_switches(engine: Engine) -> None:
    conversation = Conversation(engine)
    both = conversation.ask("which cmm practices touch helpdesk?")
    assert "helpdesk-incident-management" in rows(both)
    assert {"RM.AB4", "SPP.AC5", "SPE.AC8", "SPE.AC9", "IC.AC1"} <= rows(both)
    assert "In the ITIL-to-CMM table" in both.text and "In the CMM-to-ITIL tables" in both.text
    other = conversation.ask("and in the other table?")
    assert other.status == "answered"
    assert rows(other) == {"RM.AB4", "SPP.AC5", "SPE.AC8", "SPE.AC9", "IC.AC1"}


def test_a_new_question_with_its_own_words_does_not_borrow_rows(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.ask("which practices map to Capacity?")
    fresh = conversation.ask("does production help with testing?")
    assert "SPE.AC5+AC6+AC7" in rows(fresh)
    assert not rows(fresh) & {"SPP.AC11", "SCM.AC3"}
    assert not (fresh.explain or {}).get("query", "").endswith("previous rows)")


def test_codes_are_said_in_words(engine: Engine) -> None:
    answer = Conversation(engine).ask("SPP AC11")
    assert "Software Project Planning (Level 2), Activity 11" in answer.text
    legend = Conversation(engine).ask("what do the codes mean?")
    assert legend.status == "answered" and "Ability to Perform" in legend.text
    level = Conversation(engine).ask("what is level 2?")
    assert "Software Project Planning" in level.text and "Peer Reviews" not in level.text
    assert Conversation(engine).ask("what is AB?").text.startswith("AB stands for Ability to Perform")


def test_cm_asks_which(engine: Engine) -> None:
    answer = Conversation(engine).ask("CM")
    assert answer.status == "clarify"
    assert all(Conversation(engine).ask(s).status == "answered" for s in answer.suggestions)


def bank_questions() -> list[str]:
    files = sorted(glob.glob(str(Path(__file__).parent / "bank" / "holdout1*.yaml")))
    files += [str(p) for p in SHARED.glob("dev-*.yaml")]
    out = []
    for name in files:
        for item in load_yaml(Path(name).read_text(encoding="utf-8")):
            out.extend(t["q"] for t in item.get("turns") or [item])
    return out


def test_every_suggestion_is_answered_and_never_the_question_itself(engine: Engine) -> None:
    checked: dict[str, str] = {}
    for question in bank_questions():
        answer = Conversation(engine).ask(question)
        for suggestion in answer.suggestions:
            assert suggestion.strip().lower() != question.strip().lower(), question
            if suggestion not in checked:
                checked[suggestion] = Conversation(engine).ask(suggestion).status
            assert checked[suggestion] == "answered", (question, suggestion)
    assert len(checked) > 50
