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
