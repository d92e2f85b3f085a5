"""One test per way a knowledge directory can be broken, with the message a user would read.

Teams load their own crosswalk, so a broken directory must come back as one clear line per
problem naming the file (and the row and line where there is one), never as a traceback.
Each test breaks a copy of the shipped directory in tmp_path.
"""

from __future__ import annotations

import io
import shutil
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.faces.cli import main
from assistant.faces.environment import Environment
from assistant.kb.errors import KnowledgeError
from assistant.kb.load import load_knowledge
from assistant.understanding.loading import default_directory

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

ALIAS_BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n" for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    """A fresh copy of the shipped knowledge directory, to break."""
    directory = tmp_path / "knowledge"
    shutil.copytree(default_directory(), directory)
    return directory


@pytest.fixture(autouse=True)
def deadline() -> Iterator[None]:
    """An alias bomb must be refused, not expanded: fail instead of hanging the whole run."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError("loading took more than 20 s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(20)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def edit(directory: Path, name: str, old: str, new: str) -> int:
    """Replace the first `old` in one file; return the 1-based line where it starts."""
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {name} any more: update this test"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def problems(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(directory)
    lines = [str(p) for p in info.value.problems]
    assert str(info.value) == "\n".join(lines)
    return lines


# --- unreadable files ----------------------------------------------------------------------------


def test_yaml_syntax_error(knowledge: Path) -> None:
    line = edit(knowledge, "models.yaml", "  name: CMM\n", "  name: [CMM\n")
    [message] = problems(knowledge)
    assert message.startswith(f"models.yaml:{line + 1}: YAML syntax error: ")  # found on the next line


def test_empty_file(knowledge: Path) -> None:
    (knowledge / "observations.yaml").write_text("")
    assert problems(knowledge) == ["observations.yaml: is empty"]


def test_file_with_only_comments(knowledge: Path) -> None:
    (knowledge / "itil_to_cmm.yaml").write_text("# nothing here yet\n")
    assert problems(knowledge) == ["itil_to_cmm.yaml: is empty (it holds only comments or a null)"]


def test_missing_file(knowledge: Path) -> None:
    (knowledge / "defects.yaml").unlink()
    assert problems(knowledge) == ["defects.yaml: is missing"]


def test_every_unreadable_file_is_reported_at_once(knowledge: Path) -> None:
    (knowledge / "defects.yaml").unlink()
    (knowledge / "cues.yaml").write_text("")
    assert problems(knowledge) == ["defects.yaml: is missing", "cues.yaml: is empty"]


def test_directory_where_a_file_belongs(knowledge: Path) -> None:
    (knowledge / "cues.yaml").unlink()
    (knowledge / "cues.yaml").mkdir()
    assert problems(knowledge) == ["cues.yaml: is a directory, expected a YAML file"]


def test_knowledge_directory_that_does_not_exist(tmp_path: Path) -> None:
    assert problems(tmp_path / "nowhere") == [f"{tmp_path / 'nowhere'}: knowledge directory does not exist"]


def test_non_utf8_byte(knowledge: Path) -> None:
    path = knowledge / "observations.yaml"
    raw = path.read_bytes()
    at = raw.index(b"questions")
    path.write_bytes(raw[:at] + b"quest\xffions" + raw[at + len(b"questions") :])
    line = raw[:at].count(b"\n") + 1
    assert problems(knowledge) == [f"observations.yaml:{line}: is not UTF-8 (byte 0xff)"]


def test_alias_bomb(knowledge: Path) -> None:
    (knowledge / "cues.yaml").write_text(ALIAS_BOMB)
    [message] = problems(knowledge)
    assert message.startswith("cues.yaml:")
    assert "refusing a possible alias bomb" in message


def test_recursive_alias(knowledge: Path) -> None:
    (knowledge / "defects.yaml").write_text("- &row {row: x, text: y, cites: [*row]}\n")
    assert problems(knowledge) == ["defects.yaml:1: a YAML alias refers to itself (recursive data)"]


def test_too_many_aliases(knowledge: Path) -> None:
    (knowledge / "defects.yaml").write_text("x: &x 1\ny: [" + ", ".join(["*x"] * 101) + "]\n")
    [message] = problems(knowledge)
    assert message.startswith("defects.yaml: uses 101 YAML aliases, more than the 100 allowed")


# --- wrong shapes and types ------------------------------------------------------------------


def test_list_where_a_mapping_belongs(knowledge: Path) -> None:
    (knowledge / "vocabulary.yaml").write_text("- levels\n- kpas\n")
    assert problems(knowledge) == ["vocabulary.yaml: vocabulary must be a mapping, found a list"]


def test_mapping_where_a_list_belongs(knowledge: Path) -> None:
    (knowledge / "models.yaml").write_text("cmm: {name: CMM}\n")
    assert problems(knowledge) == ["models.yaml: models must be a list of rows, found a mapping"]


def test_text_where_a_row_belongs(knowledge: Path) -> None:
    (knowledge / "defects.yaml").write_text("- just a sentence\n")
    assert problems(knowledge) == ["defects.yaml: defects item 1 must be a mapping, found text"]


def test_wrong_type(knowledge: Path) -> None:
    line = edit(knowledge, "cmm_to_itil.yaml", '- row: "RM.AB4"\n  level: 2\n', '- row: "RM.AB4"\n  level: "two"\n')
    assert problems(knowledge) == [
        f"cmm_to_itil.yaml:{line}: row RM.AB4: field 'level' must be a whole number, found 'two'"
    ]


def test_missing_required_field(knowledge: Path) -> None:
    line = edit(knowledge, "itil_to_cmm.yaml", '  process: "Problem Management"\n', "")
    assert problems(knowledge) == [f"itil_to_cmm.yaml:{line - 1}: row problem-management: missing field 'process'"]


# --- keys ----------------------------------------------------------------------------------------


def test_duplicate_yaml_key(knowledge: Path) -> None:
    line = edit(knowledge, "models.yaml", "  name: CMM\n", "  name: CMM\n  name: SEI CMM\n")
    assert problems(knowledge) == [f"models.yaml:{line + 1}: duplicate key 'name'"]


def test_duplicate_row_key(knowledge: Path) -> None:
    line = edit(knowledge, "itil_to_cmm.yaml", "- row: problem-management\n", "- row: helpdesk-incident-management\n")
    assert problems(knowledge) == [
        f"itil_to_cmm.yaml:{line}: duplicate ITIL process row 'helpdesk-incident-management'"
    ]


def test_cmm_row_key_must_match_its_codes(knowledge: Path) -> None:
    line = edit(knowledge, "cmm_to_itil.yaml", '- row: "RM.AB4"\n', '- row: "RM.AB5"\n')
    assert problems(knowledge) == [
        f"cmm_to_itil.yaml:{line}: row RM.AB5: row key should be 'RM.AB4' "
        "(KPA, a dot, the practice codes joined with +)"
    ]


def test_dangling_itil_slug_in_cmm_to_itil(knowledge: Path) -> None:
    edit(
        knowledge,
        "cmm_to_itil.yaml",
        'itil: ["computer-network-operations", "helpdesk-incident-management"]',
        'itil: ["computer-network-operations", "help-desk"]',
    )
    assert problems(knowledge) == ["cmm_to_itil.yaml: row RM.AB4: maps to unknown ITIL process 'help-desk'"]


def test_dangling_kpa_in_itil_to_cmm(knowledge: Path) -> None:
    edit(
        knowledge,
        "itil_to_cmm.yaml",
        "{level: 2, kpa: SPTO, feature: activity, number: 9}",
        "{level: 2, kpa: XYZ, feature: activity, number: 9}",
    )
    assert problems(knowledge) == ["itil_to_cmm.yaml: row problem-management: cites unknown KPA 'XYZ'"]


def test_kpa_cited_at_the_wrong_level(knowledge: Path) -> None:
    edit(
        knowledge,
        "itil_to_cmm.yaml",
        "{level: 2, kpa: SPTO, feature: activity, number: 9}",
        "{level: 3, kpa: SPTO, feature: activity, number: 9}",
    )
    assert problems(knowledge) == ["itil_to_cmm.yaml: row problem-management: cites SPTO at level 3, but it is level 2"]


def test_alias_claimed_by_two_entities(knowledge: Path) -> None:
    edit(
        knowledge,
        "vocabulary.yaml",
        "aliases: [help desk, service desk,",
        "aliases: [help desk, service desk, change control,",
    )
    assert problems(knowledge) == [
        "vocabulary.yaml: alias 'change control' is claimed by ITIL process change-management and "
        "ITIL process helpdesk-incident-management; list it under ambiguous_aliases if that is meant"
    ]


def test_alias_marked_ambiguous_is_allowed(knowledge: Path) -> None:
    edit(
        knowledge,
        "vocabulary.yaml",
        "aliases: [help desk, service desk,",
        "aliases: [help desk, service desk, change control,",
    )
    edit(knowledge, "vocabulary.yaml", "ambiguous_aliases: []", "ambiguous_aliases: [change control]")
    assert load_knowledge(knowledge).index.process["helpdesk-incident-management"].aliases[2] == "change control"


def test_every_reference_problem_is_reported_at_once(knowledge: Path) -> None:
    edit(knowledge, "cmm_to_itil.yaml", '"helpdesk-incident-management"]', '"help-desk"]')
    edit(
        knowledge,
        "itil_to_cmm.yaml",
        "kpa: SPTO, feature: activity, number: 9",
        "kpa: XYZ, feature: activity, number: 9",
    )
    found = problems(knowledge)
    assert len(found) == 2
    assert {line.split(":")[0] for line in found} == {"cmm_to_itil.yaml", "itil_to_cmm.yaml"}


# --- the command line ------------------------------------------------------------------------


def run_cli(*argv: str, tmp_path: Path) -> tuple[int, str, str]:
    env = Environment(stdin=io.StringIO(), stdout=io.StringIO(), stderr=io.StringIO(), cache_dir=tmp_path / "cache")
    status = main(list(argv), env)
    return status, env.stdout.getvalue(), env.stderr.getvalue()  # type: ignore[attr-defined]


def _syntax(d: Path) -> None:
    edit(d, "models.yaml", "  name: CMM\n", "  name: [CMM\n")


def _two_dangling(d: Path) -> None:
    edit(d, "cmm_to_itil.yaml", '"helpdesk-incident-management"]', '"help-desk"]')
    edit(d, "itil_to_cmm.yaml", "kpa: SPTO, feature: activity, number: 9", "kpa: XYZ, feature: activity, number: 9")


def _vocabulary_list(d: Path) -> None:
    (d / "vocabulary.yaml").write_text("- levels\n")


def _bomb(d: Path) -> None:
    (d / "cues.yaml").write_text(ALIAS_BOMB)


def _non_utf8(d: Path) -> None:
    (d / "models.yaml").write_bytes((d / "models.yaml").read_bytes() + b"# caf\xe9\n")


def _missing_and_directory(d: Path) -> None:
    (d / "defects.yaml").unlink()
    (d / "cues.yaml").unlink()
    (d / "cues.yaml").mkdir()


CLI_CASES: dict[str, tuple[Callable[[Path], None], list[str]]] = {
    # case: (how to break the copy, the files the error lines name, in order)
    "syntax-error": (_syntax, ["models.yaml"]),
    "two-dangling-references": (_two_dangling, ["itil_to_cmm.yaml", "cmm_to_itil.yaml"]),
    "list-for-mapping": (_vocabulary_list, ["vocabulary.yaml"]),
    "alias-bomb": (_bomb, ["cues.yaml"]),
    "non-utf8": (_non_utf8, ["models.yaml"]),
    "missing-and-directory": (_missing_and_directory, ["defects.yaml", "cues.yaml"]),
}


@pytest.mark.parametrize("case", list(CLI_CASES))
def test_check_reports_one_line_per_problem(knowledge: Path, tmp_path: Path, case: str) -> None:
    breaker, files = CLI_CASES[case]
    breaker(knowledge)
    status, out, err = run_cli("--knowledge", str(knowledge), "check", tmp_path=tmp_path)
    assert status == 2
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == len(files)
    for line, file in zip(lines, files, strict=True):
        assert line.startswith(f"crosswalk: knowledge error: {file}"), line


def test_check_reads_the_environment_variable(knowledge: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _vocabulary_list(knowledge)
    monkeypatch.setenv("CROSSWALK_KNOWLEDGE", str(knowledge))
    status, _, err = run_cli("check", tmp_path=tmp_path)
    assert (status, err) == (
        2,
        "crosswalk: knowledge error: vocabulary.yaml: vocabulary must be a mapping, found a list\n",
    )


def test_export_of_a_broken_directory_fails_cleanly(knowledge: Path, tmp_path: Path) -> None:
    _syntax(knowledge)
    status, out, err = run_cli("--knowledge", str(knowledge), "export", tmp_path=tmp_path)
    assert (status, out) == (2, "")
    assert err.startswith("crosswalk: knowledge error: models.yaml:")


def test_check_passes_on_the_shipped_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CROSSWALK_KNOWLEDGE", raising=False)
    status, out, err = run_cli("check", tmp_path=tmp_path)
    assert (status, err) == (0, "")
    assert out.count("\n") == 1
    assert out.startswith(f"ok: {default_directory()}: 4 models, ")
    assert "83 CMM-to-ITIL rows (34 at level 2, 49 at level 3)" in out


def test_check_passes_on_an_unbroken_copy(knowledge: Path, tmp_path: Path) -> None:
    status, out, _ = run_cli("--knowledge", str(knowledge), "check", tmp_path=tmp_path)
    assert status == 0
    assert out.startswith(f"ok: {knowledge}: ")
