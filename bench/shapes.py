"""Accuracy and latency per question shape: intersection, union, negation, restriction, aggregate,
agreement (both tables), yes / no, word search, and plain look-ups.

    python bench/shapes.py [BANK.yaml ...]      (default: ../shared/eval/dev-compositional.yaml)

Each turn is answered in its conversation (after one warm-up pass), judged with the contract's rule (score.py's `judge`,
through run.py), timed, and put in the shape of the query it was read as (from `--explain`'s
query line; a reading that is not a composed query is a "look-up"). Writes nothing; prints a
Markdown table to paste into RESULTS.md.
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import judge, load_bank, pct  # noqa: E402

from assistant.conversation.dialogue import Conversation  # noqa: E402
from assistant.conversation.engine import Engine  # noqa: E402
from assistant.understanding.loading import default_directory, load_analyzer  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "eval" / "dev-compositional.yaml"

# the shape of a query, from its readable form (first match wins)
SHAPES = (
    ("agreement", re.compile(r"cited_by|cites_row_of|itil_to_cmm.*yes/no.*process|map.*back")),
    ("yes/no", re.compile(r"yes/no")),
    ("aggregate", re.compile(r"then (count|most|fewest|every|what they share)")),
    ("negation", re.compile(r"\bnot \w")),
    ("union", re.compile(r"\) or |\w\) or \w|\bor kpa|\bor level|\bor maps_to|\bor practice|\bor process")),
    (
        "intersection",
        re.compile(r"maps_to\([^)]*\) and maps_to|cites\([^)]*\) and cites|maps_only_to|count_is|cites_only"),
    ),
    ("word search", re.compile(r"mentions\(|words_match\(")),
    ("restriction", re.compile(r" and ")),
)


def shape_of(query: str | None) -> str:
    if not query:
        return "look-up"
    for name, pattern in SHAPES:
        if pattern.search(query):
            return name
    return "single predicate"


def main(argv: list[str]) -> int:
    banks = [Path(a) for a in argv] or [DEFAULT]
    analyzer = load_analyzer(default_directory(), None)
    engine = Engine(analyzer.kb, analyzer)
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    times: dict[str, list[float]] = defaultdict(list)
    conversations = [turns for bank in banks for _, turns in load_bank(bank)]
    for turns in conversations:  # a warm-up pass: the lazily built indexes are built once per process
        warm = Conversation(engine)
        for turn in turns:
            warm.ask(turn["q"])
    for turns in conversations:
        conversation = Conversation(engine)
        for turn in turns:
            started = time.perf_counter()
            answer = conversation.ask(turn["q"])
            elapsed = (time.perf_counter() - started) * 1000
            shape = shape_of((answer.explain or {}).get("query"))
            ok, *_ = judge(turn, answer.as_json(), None)
            total[shape] += 1
            right[shape] += int(ok)
            times[shape].append(elapsed)
    print(f"Banks: {', '.join(b.name for b in banks)}\n")
    print("| shape (as read) | turns | correct | p50 ms | p99 ms |")
    print("|---|---:|---:|---:|---:|")
    for shape in sorted(total, key=lambda s: -total[s]):
        rate = 100 * right[shape] / total[shape]
        print(
            f"| {shape} | {total[shape]} | {right[shape]} ({rate:.0f}%) | "
            f"{pct(times[shape], 50):.2f} | {pct(times[shape], 99):.2f} |"
        )
    every = [t for ts in times.values() for t in ts]
    print(f"| all | {len(every)} | {sum(right.values())} | {pct(every, 50):.2f} | {pct(every, 99):.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
