"""Issue 13, `check` as the gate a team runs before sharing its crosswalk: an alias that only looks
different (full width, punctuation, spacing) is still a clash, rows that cite themselves or go round a cycle,
misspelt field names and control characters are each one line naming the file (and line, row)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.conversation.engine import Engine
from assistant.kb.errors import KnowledgeError
from assistant.kb.load import load_knowledge
from assistant.understanding.analysis import Analyzer

from .hostile import UNSAFE, edit, in_process, knowledge_copy

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane


def problems(directory: Path, strict: bool = False) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(directory, strict=strict)
    return [str(p) for p in caught.value.problems]


TRAINING = "{abbr: TP, level: 3, name: Training Program, spellings: [Training Program], aliases: [training programme,"


@pytest.mark.parametrize("alias", ["ＳＰＰ", "spp!", "Software  Project-Planning", "ｓｏｆｔｗａｒｅ project planning"])
def test_alias_that_the_parser_reads_as_another_kpas_is_a_clash(tmp_path: Path, alias: str) -> None:
    """Before, only .lower() was compared: "ＳＰＰ" on Training Program passed and hijacked "SPP AC11"."""
    directory = knowledge_copy(tmp_path)
    edit(directory, "vocabulary.yaml", TRAINING, TRAINING.replace("aliases: [", f'aliases: ["{alias}", '))
    found = problems(directory)
    assert len(found) == 1, found
    assert "is claimed by KPA SPP and KPA TP" in found[0] and repr(alias) in found[0], found[0]


def test_the_clash_it_prevents(tmp_path: Path) -> None:
    """What the clash would do: with "ＳＰＰ" also naming TP and marked ambiguous, "SPP AC11" is no
    longer read as a Software Project Planning practice alone."""
    directory = knowledge_copy(tmp_path)
    edit(directory, "vocabulary.yaml", TRAINING, TRAINING.replace("aliases: [", 'aliases: ["ＳＰＰ", '))
    edit(directory, "vocabulary.yaml", "ambiguous_aliases: []", "ambiguous_aliases: [spp]")
    kb = load_knowledge(directory)
    analysis = Analyzer.build(kb).analyze("SPP AC11?")
    assert "TP" in analysis.ids("kpa")


OBSERVATION = "- row: question-overlap\n  section: opening-questions\n"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "  answered_by: [duplication-small]\n",
            "  answered_by: [question-overlap]\n",
            "row question-overlap: field 'answered_by' refers to the row itself",
        ),
        (
            OBSERVATION,
            OBSERVATION + "  parent: question-overlap\n",
            "row question-overlap: field 'parent' refers to the row itself",
        ),
        (
            OBSERVATION,
            OBSERVATION + "  see_also: [{table: observations, row: question-overlap}]\n",
            "row question-overlap: field 'see_also' refers to the row itself",
        ),
    ],
    ids=["answered-by-itself", "own-parent", "sees-itself"],
)
def test_rows_citing_themselves(tmp_path: Path, old: str, new: str, message: str) -> None:
    directory = knowledge_copy(tmp_path)
    edit(directory, "observations.yaml", old, new)
    assert any(message in p for p in problems(directory)), problems(directory)


def test_parent_cycle(tmp_path: Path) -> None:
    directory = knowledge_copy(tmp_path)
    edit(directory, "observations.yaml", OBSERVATION, OBSERVATION + "  parent: question-relate\n")
    relate = "- row: question-relate\n  section: opening-questions\n"
    edit(directory, "observations.yaml", relate, relate + "  parent: question-overlap\n")
    found = problems(directory)
    assert any("goes round a cycle: question-" in p and "parent" in p for p in found), found
    assert len([p for p in found if "cycle" in p]) == 1  # one cycle, reported once


def test_unknown_field_names_the_file_line_and_a_guess(tmp_path: Path) -> None:
    directory = knowledge_copy(tmp_path)
    edit(
        directory,
        "cmm_to_itil.yaml",
        '  kpa: "RM"\n  heading: "Requirements Management"\n  practices: ["AB4"]',
        '  kpaz: "RM"\n  kpa: "RM"\n  heading: "Requirements Management"\n  practices: ["AB4"]',
    )
    edit(directory, "vocabulary.yaml", "ambiguous_aliases: []", "ambiguous_alias: []")
    edit(directory, "models.yaml", "    kind: Specific\n", "    kind: Specific\n    knid: typo\n")
    found = problems(directory)
    assert "cmm_to_itil.yaml:14: row RM.AB4: unknown field 'kpaz' (did you mean 'kpa'?)" in found, found
    assert any(p.startswith("vocabulary.yaml") and "unknown field 'ambiguous_alias'" in p for p in found), found
    assert any(p.startswith("models.yaml") and "unknown field 'knid' (did you mean 'kind'?)" in p for p in found)


def test_control_characters_are_refused_by_check_and_shown_by_ask(tmp_path: Path) -> None:
    directory = knowledge_copy(tmp_path)
    edit(
        directory,
        "models.yaml",
        'audience: "Specifically developed for software',
        'audience: "Specifically\\e]0;pwned\\a developed for software',
    )
    edit(directory, "defects.yaml", 'text: "The Level 3 table stops', 'text: "The Level 3\\u202e table stops')
    found = problems(directory, strict=True)
    defects = (directory / "defects.yaml").read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(defects, 1) if "row: level3-table-truncated" in text)
    assert found == [
        "models.yaml:4: row cmm: field 'audience' holds the control character U+001B; "
        "knowledge text must be plain text",
        f"defects.yaml:{line}: row level3-table-truncated: field 'text' holds the control character U+202E; "
        "knowledge text must be plain text",
    ]
    checked = in_process("--knowledge", str(directory), "check")
    assert checked.code == 2 and len(checked.err.splitlines()) == 2 and not UNSAFE.search(checked.err)
    asked = in_process("--knowledge", str(directory), "ask", "who is CMM for?", cache=None)
    assert asked.code == 0 and "Specifically␛]0;pwned␇ developed" in asked.out


def test_the_shipped_knowledge_passes_the_strict_check() -> None:
    kb = load_knowledge(None, strict=True)
    engine = Engine(kb, Analyzer.build(kb))
    assert engine.answer("SPP AC11?")[0].status == "answered"
