"""The contract's scoring rule (as in ../shared/eval/score.py), for tests and the NLU report."""

from __future__ import annotations

from typing import Any

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


def rows_ok(citations: list[dict[str, Any]], expected: list[dict[str, Any]]) -> bool:
    """Every expected row cited, and at least half of the cited (scored) rows expected."""
    cited = [c for c in citations if c.get("table") in SCORED_TABLES]
    if not expected:
        return not cited
    hit = all(any(covers(c, e) for c in cited) for e in expected)
    useful = [c for c in cited if any(covers(c, e) for e in expected)]
    return hit and bool(cited) and len(useful) / len(cited) >= 0.5


def judge_turn(turn: dict[str, Any], answer: dict[str, Any]) -> bool:
    """One bank turn, judged as ../shared/eval/score.py judges it."""
    expected = list(turn.get("expect") or [])
    want = turn.get("status", "answered")
    cited = [c for c in answer.get("citations") or [] if c.get("table") in SCORED_TABLES]
    if want == "unknown":
        return answer.get("status") == "unknown" and not cited
    if want == "clarify":
        return answer.get("status") == "clarify"
    if answer.get("status") != "answered":
        return False
    hit = all(any(covers(c, e) for c in cited) for e in expected)
    useful = [c for c in cited if any(covers(c, e) for e in expected)]
    precision = len(useful) / len(cited) if cited else (1.0 if not expected else 0.0)
    return hit and precision >= 0.5
