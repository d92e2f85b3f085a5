"""Per-intent precision and recall of the parser, in the style of `rasa test nlu`.

    python bench/nlu_report.py [CASES.yaml]

Reads labeled questions (default: tests/cases/intents.yaml: question, intent, status, rows),
answers each in a fresh conversation, and prints a table of precision, recall and F1 per intent,
then every failure with what was predicted.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.conversation.engine import Engine  # noqa: E402
from assistant.kb.load import load_knowledge  # noqa: E402
from assistant.understanding.analysis import Analyzer  # noqa: E402
from tests.judge import parse_key, rows_ok  # noqa: E402

UNCHECKED_ROWS = {"density", "gaps", "defects"}


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else ROOT / "tests" / "cases" / "intents.yaml"
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    kb = load_knowledge()
    engine = Engine(kb, Analyzer.build(kb))
    true_pos: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    actual: Counter[str] = Counter()
    failures = []
    for case in cases:
        answer, _ = engine.answer(case["q"])
        want, got = case["intent"], answer.intent
        actual[want] += 1
        predicted[got] += 1
        status_ok = answer.status == case.get("status", "answered")
        checked = status_ok and (
            answer.status != "answered"
            or want in UNCHECKED_ROWS
            or rows_ok([c.as_dict() for c in answer.citations], [parse_key(k) for k in case["rows"]])
        )
        if got == want:
            true_pos[want] += 1
        if got != want or not checked:
            cited = [f"{c.table}:{c.row}" for c in answer.citations][:4]
            failures.append(
                f"  {case['q']!r}: expected {want}, got {got} ({answer.status}, {answer.confidence}) {cited}"
            )
    print(f"{'intent':<20}{'precision':>10}{'recall':>8}{'f1':>7}{'support':>9}")
    for intent in sorted(actual | predicted):
        p = true_pos[intent] / predicted[intent] if predicted[intent] else 0.0
        r = true_pos[intent] / actual[intent] if actual[intent] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{intent:<20}{p:>10.2f}{r:>8.2f}{f1:>7.2f}{actual[intent]:>9}")
    accuracy = sum(true_pos.values()) / len(cases)
    print(f"\nintent accuracy {accuracy:.1%} over {len(cases)} questions; {len(failures)} failures")
    print("\n".join(failures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
