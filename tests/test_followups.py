"""Follow-ups carry the previous question's intent and entities; a new conversation does not."""

from __future__ import annotations

import pytest

from assistant.conversation.dialogue import Conversation
from assistant.conversation.engine import Engine


def rows(answer) -> list[str]:
    return [c.row + (f"/{c.dimension}" if c.dimension else "") for c in answer.citations]


@pytest.mark.parametrize(
    ("first", "then", "intent", "expected"),
    [
        ("What does problem management give dev?", "and to change management?", "itil_process", ["change-management"]),
        ("SPTO AB1?", "and AC13?", "cmm_practice", ["SPTO.AC13+VE1+VE2"]),
        ("What is ITIL's granularity?", "and ISO's?", "model_dimension", ["iso9000/granularity"]),
        (
            "Which CMM practices map to helpdesk?",
            "what about level 3?",
            "itil_practices",
            ["SPE.AC8", "SPE.AC9", "IC.AC1"],
        ),
        (
            "which ITIL processes does SPP touch?",
            "the same for SSM",
            "kpa_processes",
            ["SSM.AB3", "SSM.AC2", "SSM.VE1+VE2"],
        ),
        (
            "What does Software Control & Distribution send to dev?",
            "and which CMM practices is it tied to?",
            "itil_process",
            ["software-control-distribution"],
        ),
        ("who is ITIL written for?", "and its focus?", "model_dimension", ["itil/focus"]),
    ],
)
def test_follow_up(engine: Engine, first: str, then: str, intent: str, expected: list[str]) -> None:
    conversation = Conversation(engine)
    assert conversation.ask(first).status == "answered"
    answer = conversation.ask(then)
    assert answer.status == "answered", answer.text
    assert answer.intent == intent
    assert rows(answer) == expected


def test_clear_forgets_the_context(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.ask("SPTO AB1?")
    conversation.clear()
    assert conversation.ask("and AC13?").status == "clarify"


def test_complete_question_is_not_read_as_follow_up(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.ask("what does Baldrige focus on?")
    assert rows(conversation.ask("ITIL vs CMM")) == ["itil", "cmm"]


def test_why_and_show_me_the_rows_are_about_the_last_answer(engine: Engine) -> None:
    conversation = Conversation(engine, strict=True)
    conversation.ask("SPP AC11?")
    why = conversation.ask("why?")
    assert why.intent == "why_previous" and rows(why) == ["SPP.AC11"]
    shown = conversation.ask("show me the rows")
    assert shown.intent == "show_sources" and rows(shown) == ["SPP.AC11"]
    assert "SPP AC11?" in shown.text


def test_explained_follow_ups_render_as_json(engine: Engine) -> None:
    import json

    from assistant.rendering.render import render_json

    conversation = Conversation(engine, strict=True)
    for question in ("SPP AC11?", "why?", "show me the rows", "and AC13?"):
        json.loads(render_json(conversation.ask(question), explain=True))
