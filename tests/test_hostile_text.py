"""Issue 13, knowledge text that cannot drive the terminal: escape sequences (window title, clear
screen, OSC 52 clipboard), C1 controls, NUL, a right-to-left override, raw HTML and spreadsheet
formulas are injected into every text field of a knowledge copy, and every output format of every
command is checked: nothing raw reaches the reader, the injected text is still shown (visibly),
JSON keeps the data exact, Markdown carries no HTML, CSV no formula; `check` refuses the copy with
one safe line per problem, naming file and line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from assistant.conversation.dialogue import Conversation
from assistant.conversation.engine import Engine
from assistant.faces.commands import ReplState, dispatch
from assistant.faces.completion import CrosswalkCompleter
from assistant.faces.environment import Environment
from assistant.faces.repl import banner, handle
from assistant.understanding.loading import load_analyzer

from .hostile import UNSAFE, assert_safe, crosswalk, in_process, knowledge_copy

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

ATTACK = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;SGVsbG8=\x07\u202e<script>alert(1)</script>\x9b31m\x00\x7f"
SHOWN = "␛]0;pwned␇␛[2J"  # how the start of the attack must appear in text output
FORMULAS = ("=cmd|' /C calc'!A0 ", "@SUM(1+1) ", "+1+1 ", "-2+3 ")

# Display text of every file (identifiers and the parser's cue words stay intact, so the copy
# still loads and answers): file -> {path of a field: which formula to put in front, or None}.
FIELDS: dict[str, dict[str, int | None]] = {
    "models.yaml": {
        "name": None,
        "full_name": None,
        "abstraction": 0,
        "audience": 1,
        "approach": 2,
        "focus": 3,
        "focus_areas": None,
        "granularity.text": 0,
        "granularity.note": None,
    },
    "observations.yaml": {"text": 0, "section": None},
    "itil_to_cmm.yaml": {"process": 1, "output_to_development": 0, "input_from_development": 2, "cmm_printed": 3},
    "cmm_to_itil.yaml": {
        "heading": 1,
        "practices_printed": None,
        "practice": 0,
        "production": 2,
        "mapping_printed": 3,
        "note": 0,
    },
    "defects.yaml": {"text": 3},
    "vocabulary.yaml": {
        "kpas.name": None,
        "itil_processes.name": 0,
        "abbreviations.meaning": 1,
        "levels.name": None,
        "common_features.name": None,
    },
    "cues.yaml": {"examples.*": None},
}

QUESTIONS = (
    "SPP AC11?",
    "what does dev give problem mgmt?",
    "ITIL vs CMM",
    "what is ITIL?",
    "is there overlap or redundancy?",
    "what does SC&D stand for?",
    "what's wrong with the document?",
    "which KPAs have no touch points?",
    "which CMM practices touch change management?",
    "tell me a joke",
)


def spoil(value: Any, formula: int | None) -> Any:
    if isinstance(value, list):
        return [spoil(v, formula) for v in value]
    if isinstance(value, str) and value:
        return (FORMULAS[formula] if formula is not None else "") + value + " " + ATTACK
    return value


def spoil_field(node: Any, path: list[str], formula: int | None) -> None:
    if isinstance(node, list):
        for item in node:
            spoil_field(item, path, formula)
        return
    if not isinstance(node, dict):
        return
    head, rest = path[0], path[1:]
    keys = list(node) if head == "*" else [head] if head in node else []
    for key in keys:
        if rest:
            spoil_field(node[key], rest, formula)
        else:
            node[key] = spoil(node[key], formula)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge copy with the attack in every display field, and a warm cache beside it."""
    root = tmp_path_factory.mktemp("hostile")
    directory = knowledge_copy(root)
    for file, fields in FIELDS.items():
        path = directory / file
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for field, formula in fields.items():
            spoil_field(data, field.split("."), formula)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")
    load_analyzer(directory, root / "cache")  # the copy loads (only `check` refuses it) and is cached
    return directory


def run(hostile: Path, *args: str, stdin: bytes = b"", color: bool = False) -> Any:
    return in_process("--knowledge", str(hostile), *args, stdin=stdin, cache=hostile.parent / "cache", color=color)


def assert_shown(text: str, what: str, colour: bool = False) -> None:
    """Safe, and the attack is visible rather than silently gone."""
    assert_safe(text, what, colour)
    assert "pwned" in text, f"{what}: the injected text vanished instead of being shown"


def test_the_copy_is_spoiled_everywhere(hostile: Path) -> None:
    raw = "".join((hostile / f).read_text(encoding="utf-8") for f in FIELDS)
    assert raw.count("pwned") > 300


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_ask(hostile: Path, fmt: str) -> None:
    for question in QUESTIONS:
        result = run(hostile, "ask", "--format", fmt, "--explain", question)
        assert result.code in (0, 1), result.err
        assert_safe(result.out, f"ask --format {fmt} {question!r}")
        assert result.err == ""
        if fmt == "json":
            data = json.loads(result.out)
            if question == "SPP AC11?":
                assert ATTACK in data["answer"]  # JSON keeps the data exact, escaped
        if fmt == "markdown":
            assert "<script" not in result.out
    colour = run(hostile, "ask", "SPP AC11?", color=True)
    assert_shown(colour.out, "ask on a colour terminal", colour=True)
    assert SHOWN in run(hostile, "ask", "SPP AC11?").out


@pytest.mark.parametrize("fmt", ["text", "markdown", "jsonl"])
def test_run(hostile: Path, fmt: str) -> None:
    script = "\n".join(QUESTIONS[:5]) + "\n\n" + "\n".join(QUESTIONS[5:]) + "\n"
    result = run(hostile, "run", "-", "--format", fmt, stdin=script.encode())
    assert result.code == 0, result.err
    assert_shown(result.out, f"run --format {fmt}")
    if fmt == "markdown":
        assert "<script" not in result.out and "&lt;script>" in result.out
    if fmt == "jsonl":
        assert len([json.loads(line) for line in result.out.splitlines()]) == len(QUESTIONS)


def test_repl_answers_sources_why_and_banner(hostile: Path) -> None:
    analyzer = load_analyzer(hostile, hostile.parent / "cache")
    engine = Engine(analyzer.kb, analyzer)
    for colour in (False, True):
        out, err = io.StringIO(), io.StringIO()
        env = Environment(stdout=out, stderr=err, stdout_isatty=False, color=colour, width=100, state_dir=None)
        state = ReplState(engine, env, Conversation(engine))
        for fmt in ("text", "markdown", "json"):
            state.format = fmt
            for question in QUESTIONS[:4]:
                handle(state, question)
        for command in ("/sources", "/why", "/help", "/format nonsense\x1b]0;pwned\x07", "/nope\x1b[2J"):
            handle(state, command)
        assert_shown(out.getvalue(), f"REPL (colour={colour})", colour=colour)
        assert_safe(err.getvalue(), f"REPL errors (colour={colour})", colour=colour)
        assert "nonsense" in err.getvalue()
    assert_shown(banner(engine), "REPL banner")
    sources = dispatch(state, "/sources")
    assert SHOWN in sources
    completer = CrosswalkCompleter(engine.kb, lambda: None)
    shown = []
    for typed in ("Soft", "Change", "IT", "C", "s"):
        for completion in completer.get_completions(Document(typed), CompleteEvent(completion_requested=True)):
            shown += [completion.text, completion.display_text, completion.display_meta_text]
    assert shown and "pwned" in "".join(shown)
    assert_safe("\n".join(shown), "completion menu")


@pytest.mark.parametrize("fmt", ["text", "csv", "json", "svg", "html"])
def test_matrix(hostile: Path, fmt: str) -> None:
    result = run(hostile, "matrix", "--format", fmt)
    assert result.code == 0, result.err
    assert_safe(result.out, f"matrix --format {fmt}")
    if fmt in ("text", "svg", "html"):
        assert "pwned" in result.out  # the legend names the processes
    if fmt in ("svg", "html"):
        assert "<script" not in result.out
    if fmt == "json":
        assert any(ATTACK in text for text in strings(json.loads(result.out)["names"]))
    colour = run(hostile, "matrix", color=True)
    assert_shown(colour.out, "matrix heat map", colour=True)


def strings(data: Any) -> list[str]:
    """Every string in decoded JSON."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in strings(v)]
    return []


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


@pytest.mark.parametrize("table", ["models", "observations", "itil_to_cmm", "cmm_to_itil"])
def test_export_csv_has_no_formula(hostile: Path, table: str) -> None:
    result = run(hostile, "export", "--table", table, "--format", "csv")
    assert result.code == 0, result.err
    assert_shown(result.out, f"export {table} csv")
    found = cells(result.out)
    risky = [c for c in found if c and c[0] in "=+-@\t\r" and not c.lstrip("+-").replace(".", "").isdigit()]
    assert risky == [], risky[:3]
    assert any(c.startswith("'=") for c in found) or table == "observations" or table == "models"


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_export(hostile: Path, fmt: str) -> None:
    result = run(hostile, "export", "--format", fmt)
    assert result.code == 0, result.err
    assert_safe(result.out, f"export --format {fmt}")
    if fmt == "json":
        assert any(ATTACK in text for text in strings(json.loads(result.out)))  # the data, exact
    else:
        assert "<script" not in result.out and "pwned" in result.out


@pytest.mark.parametrize("command", ["gaps", "density"])
@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_reports(hostile: Path, command: str, fmt: str) -> None:
    result = run(hostile, command, "--format", fmt)
    assert result.code == 0, result.err
    assert_shown(result.out, f"{command} --format {fmt}")
    if fmt == "markdown":
        assert "<script" not in result.out
    if fmt == "text":
        assert_shown(run(hostile, command, color=True).out, f"{command} in colour", colour=True)


def test_transcript_record_and_check(hostile: Path, tmp_path: Path) -> None:
    script = tmp_path / "script.txt"
    script.write_text("# hostile\nSPP AC11?\nwhat is ITIL?\n", encoding="utf-8")
    recorded = run(hostile, "transcript", "record", str(script), "-o", "-")
    assert recorded.code == 0, recorded.err
    assert_shown(recorded.out, "transcript record -o -")
    bad = tmp_path / "bad.t"
    bad.write_text("> SPP AC11?\nnot the answer \x1b]0;pwned\x07\n", encoding="utf-8")
    checked = run(hostile, "transcript", "check", str(bad))
    assert checked.code == 1
    assert_shown(checked.out, "transcript check diff")


def test_check_refuses_it_with_one_safe_line_per_problem(hostile: Path, tmp_path: Path) -> None:
    result = run(hostile, "check")
    assert result.code == 2 and result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 21 and lines[-1].startswith("crosswalk: knowledge error: ... and ")
    for line in lines:
        assert line.startswith("crosswalk: knowledge error: ") and not UNSAFE.search(line), repr(line)
    assert "models.yaml:1: row cmm: field 'name' holds the control character U+001B" in lines[0]
    proc = crosswalk("--knowledge", str(hostile), "check", tmp=tmp_path)  # and in a real process
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr
    assert_safe(proc.stderr.decode("utf-8"), "check in a process")


def test_errors_quoting_a_hostile_argument_are_safe(hostile: Path) -> None:
    for args in (
        ["run", "no-such-\x1b]0;pwned\x07-file"],
        ["--knowledge", "/nowhere/\x1b[2J\u202e", "ask", "x"],
        ["ask", "--format", "\x1b]52;c;SGVsbG8=\x07", "x"],
    ):
        result = in_process(*args)
        assert result.code == 2
        assert_safe(result.err, f"error for {args!r}")
