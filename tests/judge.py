"""The contract's scoring rule (as in ../shared/eval/score.py), for tests and the NLU report."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the same data as yaml.safe_load, in C when available


def load_yaml(text: str) -> Any:
    """A question bank's YAML (yaml.safe_load's result; libyaml's loader is many times faster,
    which keeps collecting the banks' parametrized tests quick)."""
    return yaml.load(text, Loader=_LOADER)


SCORED_TABLES = {"models", "observations", "itil_to_cmm", "cmm_to_itil"}


def parse_key(key: str) -> dict[str, str]:
    """'models:cmm/audience' -> {table: models, row: cmm, dimension: audience}."""
    table, _, rest = key.partition(":")
    row, _, dimension = rest.partition("/")
    out = {"table": table, "row": row}
    if dimension:
        out["dimension"] = dimension
    return out


def covers(cited: dict[str, Any], expected: dict[str, Any]) -> bool:
    if cited.get("table") != expected.get("table"):
        return False
    if expected.get("row") == "*":
        return True
    if str(cited.get("row")) != str(expected.get("row")):
        return False
    return expected.get("dimension") in (None, cited.get("dimension")) or cited.get("dimension") is None


def judge(turn: dict[str, Any], answer: dict[str, Any]) -> tuple[bool, float, list[Any], list[Any]]:
    """The one scoring rule (../shared/CONTRACT.md, as ../shared/eval/score.py's judge()): the
    status matches, every expected row is cited, and at least half of the cited (scored) rows are
    expected. Returns (correct, F1 of the rows, the expected rows, the cited scored rows); tests,
    bench/run.py and bench/nlu_report.py all judge with this."""
    expected = list(turn.get("expect") or [])
    want, got = turn.get("status", "answered"), answer.get("status")
    cited = [c for c in answer.get("citations") or [] if c.get("table") in SCORED_TABLES]
    if want == "unknown":
        ok = got == "unknown" and not cited
        return ok, float(ok), expected, cited
    if want == "clarify":
        ok = got == "clarify"
        return ok, float(ok), expected, cited
    if got != "answered":
        return False, 0.0, expected, cited
    hit = [e for e in expected if any(covers(c, e) for c in cited)]
    useful = [c for c in cited if any(covers(c, e) for e in expected)]
    recall = len(hit) / len(expected) if expected else 1.0
    precision = len(useful) / len(cited) if cited else (1.0 if not expected else 0.0)
    f1 = 0.0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)
    return recall == 1.0 and precision >= 0.5, f1, expected, cited


def judge_turn(turn: dict[str, Any], answer: dict[str, Any]) -> bool:
    """One bank turn, judged as ../shared/eval/score.py judges it."""
    return judge(turn, answer)[0]


def rows_ok(citations: list[dict[str, Any]], expected: list[dict[str, Any]]) -> bool:
    """An answered reading's rows, judged by the same rule: every expected row cited, and at least
    half of the cited (scored) rows expected (none cited when none is expected)."""
    return judge({"expect": expected}, {"status": "answered", "citations": citations})[0]
