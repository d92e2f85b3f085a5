"""One test per labeled question: the parser picks the intended reading and the answer cites
the right rows (tests/cases/intents.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.conversation.engine import Engine

from .judge import load_yaml, parse_key, rows_ok

CASES = load_yaml((Path(__file__).parent / "cases" / "intents.yaml").read_text(encoding="utf-8"))
UNCHECKED_ROWS = {"density", "gaps", "defects"}


@pytest.mark.parametrize("case", CASES, ids=[c["q"] for c in CASES])
def test_question_reads_as_labeled(engine: Engine, case: dict) -> None:
    answer, _ = engine.answer(case["q"])
    assert answer.status == case.get("status", "answered"), answer.text
    assert answer.intent == case["intent"]
    if answer.status != "answered":
        assert not answer.citations
    elif case["intent"] in UNCHECKED_ROWS:
        assert answer.citations
    else:
        expected = [parse_key(k) for k in case["rows"]]
        assert rows_ok([c.as_dict() for c in answer.citations], expected), [c.as_dict() for c in answer.citations]
