"""The matrix shows both tables and every number at any width from 40 columns (issue 14).

Expected figures come from the YAML files (yaml.safe_load), never from assistant.answers.views."""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

import pytest
import yaml

from assistant.faces.cli import main
from assistant.faces.environment import Environment
from assistant.rendering import heatmap
from assistant.understanding.loading import default_directory

pytestmark = pytest.mark.slow  # subprocesses or every width of the matrix: not in the fast lane

KNOWLEDGE = default_directory()


def _yaml(name: str) -> Any:
    return yaml.load(
        (KNOWLEDGE / name).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )


CMM = _yaml("cmm_to_itil.yaml")
ITIL = _yaml("itil_to_cmm.yaml")
VOCABULARY = _yaml("vocabulary.yaml")
KPAS = [k["abbr"] for k in sorted(VOCABULARY["kpas"], key=lambda k: k["level"])]
ORDER = [r["row"] for r in ITIL] + [
    p["row"] for p in VOCABULARY["itil_processes"] if p["row"] not in {r["row"] for r in ITIL}
]
COUNTS = Counter((r["kpa"], slug) for r in CMM for slug in set(r["itil"]))
REFS = Counter((ref["kpa"], r["row"]) for r in ITIL for ref in r["cmm_refs"])


def matrix(width: int, *argv: str) -> str:
    out = io.StringIO()
    assert main(["matrix", *argv], Environment(stdout=out, stdout_isatty=False, color=False, width=width)) == 0
    return out.getvalue()


def row_tokens(text: str, label: str) -> list[str]:
    """Every token after `label` on the lines where it is the KPA column's value, across bands."""
    tokens: list[str] = []
    for line in text.splitlines():
        words = line.split()
        if label in words[:2] and not line.startswith("Key"):
            tokens += words[words.index(label) + 1 :]
    return tokens


def cell(kpa: str, process: str) -> str:
    n, refs = COUNTS[(kpa, process)], REFS[(kpa, process)]
    return f"{n or heatmap.EMPTY}{heatmap.MARK if refs else ''}"


@pytest.mark.parametrize("width", [40, 60, 100, 120])
def test_every_number_of_both_tables_is_visible(width: int) -> None:
    text = matrix(width)
    assert "…" not in text
    assert max(len(line) for line in text.splitlines()) <= width
    for kpa in KPAS:
        total = sum(COUNTS[(kpa, p)] for p in ORDER)
        refs = sum(REFS[(kpa, p)] for p in ORDER)
        assert row_tokens(text, kpa) == [*(cell(kpa, p) for p in ORDER), str(total), str(refs)], kpa
    assert row_tokens(text, "Total") == [
        *(str(sum(COUNTS[(k, p)] for k in KPAS)) for p in ORDER),
        str(sum(COUNTS.values())),
    ]
    assert row_tokens(text, heatmap.REFS)[-1] == str(sum(REFS.values()))
    assert row_tokens(text, heatmap.REFS)[:-1] == [str(sum(REFS[(k, p)] for k in KPAS)) for p in ORDER]


def test_processes_only_the_itil_to_cmm_table_cites_are_not_zero() -> None:
    """Security, Contingency Planning and Business IT Alignment: no CMM-to-ITIL row maps to them,
    but their ITIL-to-CMM rows cite 2 or 3 practices; the Refs row and the marks say so."""
    text = matrix(100)
    never_mapped = [p for p in ORDER if not any(COUNTS[(k, p)] for k in KPAS)]
    cited = [p for p in never_mapped if any(REFS[(k, p)] for k in KPAS)]
    assert len(cited) == 3
    refs = dict(zip(ORDER, row_tokens(text, heatmap.REFS), strict=False))
    for p in cited:
        assert int(refs[p]) >= 2
    assert "ITIL-to-CMM row cites the KPA" in text  # the key explains the mark


@pytest.mark.parametrize("fmt", ["svg", "html"])
def test_pictures_carry_the_marks_and_the_key(fmt: str) -> None:
    import html

    picture = html.unescape(matrix(100, "--format", fmt)).replace("\xa0", " ")  # SVG spells spaces &#160;
    assert heatmap.REFS in picture and "ITIL-to-CMM row cites the KPA" in picture
    assert picture.count(heatmap.MARK) >= sum(1 for v in REFS.values() if v)


def test_json_holds_the_references_too() -> None:
    import json

    data = json.loads(matrix(100, "--format", "json"))
    got = {(c["kpa"], c["itil"]): c["itil_to_cmm_references"] for c in data["cells"]}
    assert {k: v for k, v in got.items() if v} == {k: v for k, v in REFS.items() if k[0] in KPAS}
    assert data["references"] == sum(REFS.values())
