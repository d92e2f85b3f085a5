"""Answer wording (issue 14): counts agree with their nouns, yes/no questions about the document's
own questions are answered "Yes"/"No" first, a KPA whose one row is a note says so, and a count of
ITIL processes gives both the model's figure and the tables'."""

from __future__ import annotations

import re

import pytest

from assistant.answers.polar import is_yes_no
from assistant.base.plural import count, noun, plural_of, verb
from assistant.conversation.dialogue import Conversation
from assistant.conversation.engine import Engine


def ask(engine: Engine, question: str):  # type: ignore[no-untyped-def]
    return Conversation(engine, strict=True).ask(question)


@pytest.mark.parametrize(
    ("singular", "plural"),
    [("row", "rows"), ("ITIL process", "ITIL processes"), ("KPA", "KPAs"),
     ("CMM key practice row", "CMM key practice rows"), ("query", "queries"), ("key", "keys"), ("match", "matches")],
)  # fmt: skip
def test_plural_of(singular: str, plural: str) -> None:
    assert plural_of(singular) == plural


def test_count_and_verb_agree() -> None:
    assert count(1, "row") == "1 row" and count(0, "row") == "0 rows" and count(2, "process") == "2 processes"
    assert noun(1, "criterion", "criteria") == "criterion" and noun(7, "criterion", "criteria") == "criteria"
    assert verb(1, "maps", "map") == "maps" and verb(3, "maps", "map") == "map"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which level 3 practices map to availability?", "1 CMM-to-ITIL row mapped to Availability Management"),
        ("how many rows map to availability at level 3?", "1 CMM-to-ITIL row mapped to Availability Management"),
        ("which references have no matching row?", "1 process appears only in the CMM-to-ITIL column"),
    ],
)
def test_a_count_of_one_is_singular(engine: Engine, question: str, expected: str) -> None:
    assert expected in ask(engine, question).text


BANK_QUESTIONS = [
    "which CMM practices map to Capacity at level 2?",
    "which ITIL processes does SCM touch?",
    "which KPAs are in level 2?",
    "list the Training Program rows",
    "which rows have an empty mapping?",
    "which references have no matching row?",
    "which ITIL process touches the most CMM practices?",
    "which ITIL processes cite SPP in the ITIL to CMM table?",
    "how is SPP AC11 linked to ITIL processes through both tables?",
    "what are the mistakes in the document?",
]


@pytest.mark.parametrize("question", BANK_QUESTIONS)
def test_no_count_disagrees_with_its_noun(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    text = " ".join([answer.text, *answer.notes, *(h for h in (answer.table.headers if answer.table else ()))])
    assert "(es)" not in text and "(s)" not in text
    assert not re.search(r"\b1 (?:[A-Za-z-]+ ){0,3}(?:rows|processes|KPAs|practices|references)\b", text), text


@pytest.mark.parametrize(
    "question",
    ["do they contradict each other?", "do CMM and ITIL contradict each other?", "Are CMM and ITIL contradictory?"],
)
def test_a_yes_no_question_on_contradictions_is_answered_no_first(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert answer.text.startswith("No. “")
    assert "no contradiction between the two models" in answer.text
    assert "Are their contradictions?" not in answer.text  # the document's question is not quoted back
    assert "observations" in {c.table for c in answer.citations}


def test_a_yes_no_question_on_overlap_is_answered_yes_first(engine: Engine) -> None:
    answer = ask(engine, "is there overlap or redundancy?")
    assert answer.text.startswith("Yes, ") and "duplication is small" in answer.text


def test_an_open_question_keeps_the_documents_question(engine: Engine) -> None:
    answer = ask(engine, "what does the document say about contradictions?")
    assert not answer.text.startswith(("No", "Yes"))


@pytest.mark.parametrize(
    ("question", "polar"),
    [("do they contradict?", True), ("Is there overlap?", True), ("any contradictions?", True),
     ("Aren't they redundant?", True), ("what about contradictions?", False), ("how do they relate?", False)],
)  # fmt: skip
def test_yes_no_questions_are_recognised(question: str, polar: bool) -> None:
    assert is_yes_no(question) is polar


def test_a_code_of_a_kpa_without_practice_rows_quotes_its_note(engine: Engine) -> None:
    answer = ask(engine, "SQA AC1")
    assert answer.status == "unknown"
    assert "rows: none" not in answer.text
    assert "No significant touch points" in answer.text


def test_how_many_itil_processes_gives_48_and_14_citing_both(engine: Engine) -> None:
    answer = ask(engine, "how many ITIL processes are there?")
    said = " ".join([answer.text, *answer.notes])
    assert "48" in said and "14" in said
    keys = {(c.table, c.row, c.dimension) for c in answer.citations}
    assert ("models", "itil", "granularity") in keys
    assert ("observations", "levels-and-sets", None) in keys  # "fourteen processes in total"
    assert str(len(engine.kb.itil_to_cmm)) in said  # the note's 14 is the table's row count
