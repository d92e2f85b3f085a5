"""Hostile questions and broken knowledge: a well-formed answer or one clear error, never a traceback.

Issue 7 ("Hardening") and issue 3 ("Bad input"). Two halves:

* property tests over any text up to 10,000 characters (control characters, NUL, lone surrogates,
  ANSI and OSC escape sequences, right-to-left marks, emoji): the engine always answers with a
  well-formed answer, and every rendering (text, Markdown, JSON, and the batch formats) is safe
  for a terminal: no escape character or other C0/C1 control character except the newline, and
  nothing a strict UTF-8 encoder refuses;
* a corpus of broken knowledge directories, made here from the shipped one: each gives exit 2
  with lines that start with "crosswalk:" and name the file, quickly, never a traceback.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.conversation.engine import Engine
from assistant.faces.batch import conversations, run_script
from assistant.faces.cli import main
from assistant.faces.environment import Environment
from assistant.kb.schema import KNOWLEDGE_FILES
from assistant.rendering.render import render_json, render_markdown, render_text
from assistant.understanding.loading import default_directory

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

# Reuse compiled byte code between the test's processes (outside the source tree), even where
# PYTHONDONTWRITEBYTECODE is set: each start would otherwise compile every module again.
PYCACHE = os.path.join(tempfile.gettempdir(), "crosswalk-tests-pycache")

STATUSES = {"answered", "clarify", "unknown"}

# ------------------------------------------------------------------------------------------------
# hostile text

HOSTILE_PIECES = [
    "\x1b[31m",  # SGR colour
    "\x1b[2J\x1b[H",  # clear screen, cursor home
    "\x1b]0;pwned\x07",  # OSC window title, BEL-terminated
    "\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\",  # OSC 8 hyperlink, ST-terminated
    "\x1b]52;c;SGVsbG8=\x07",  # OSC 52: write the clipboard
    "\x1bP1$r\x1b\\",  # DCS
    "\x9b31m",  # 8-bit CSI (C1)
    "\x9d0;title\x9c",  # 8-bit OSC ... ST
    "\x1b",  # a lone ESC
    "\x00",
    "\x07\x08\x7f",
    "\r",
    "\t",
    "\x0b\x0c",
    "\ud800",  # lone high surrogate
    "\udfff",  # lone low surrogate
    "\udcff",  # what surrogateescape makes of byte 0xff
    "\u202e",  # right-to-left override
    "\u200f\u200e",  # RTL / LTR marks
    "\u2066\u2069",  # isolates
    "\u061c",  # Arabic letter mark
    "\ufeff",  # BOM / zero-width no-break space
    "\u200b\u200d",  # zero-width space, joiner
    "\u2028\u2029",  # line / paragraph separators
    "שלום עולם",  # Hebrew
    "مرحبا",  # Arabic
    "🤖👍🏽🏳️‍🌈",  # emoji with modifiers and ZWJ
    "\U0010ffff",  # last code point (unassigned, private)
    "SPP AC11?",
    "what does dev give problem mgmt?",
    "ITIL vs CMM",
    "AC11",
    "and level 3?",
    "?",
    "\n",
]

segment = st.one_of(
    st.text(max_size=200),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=50),
    st.text(st.characters(categories=["Cc", "Cf", "Cs", "Zl", "Zp"]), max_size=20),
    st.sampled_from(HOSTILE_PIECES),
)
hostile_text = st.one_of(
    st.text(st.characters(codec=None, exclude_categories=()), max_size=10_000),
    st.lists(segment, max_size=60).map("".join),
    # hypothesis keeps drawn text short; repeat a hostile mix to reach the 10,000-character bound
    st.builds(
        lambda parts, n: ("".join(parts) * n)[:10_000],
        st.lists(segment, min_size=1, max_size=8),
        st.integers(min_value=1, max_value=5_000),
    ),
).map(lambda s: s[:10_000])


def unsafe(text: str) -> list[str]:
    """Characters a terminal must not receive from us: C0/C1 controls (but newline), DEL, surrogates."""
    return [
        f"U+{ord(ch):04X}"
        for ch in text
        if ch != "\n" and (unicodedata.category(ch) in ("Cc", "Cs") or ord(ch) == 0x1B)
    ]


def assert_terminal_safe(text: str, what: str) -> None:
    bad = unsafe(text)
    assert not bad, f"{what} carries raw control characters {bad[:8]}: {text[:200]!r}"
    text.encode("utf-8")  # a strict encoder (PYTHONIOENCODING=utf-8, a UTF-8 locale) must accept it


def assert_well_formed(answer, question: str) -> None:
    data = answer.as_json()
    assert data["status"] in STATUSES
    assert isinstance(data["intent"], str) and data["intent"]
    assert 0.0 <= data["confidence"] <= 1.0
    assert isinstance(data["answer"], str) and data["answer"].strip()
    assert isinstance(data["citations"], list)
    for c in data["citations"]:
        assert isinstance(c, dict) and isinstance(c.get("table"), str) and isinstance(c.get("row"), str)
    assert isinstance(data["suggestions"], list) and all(isinstance(s, str) for s in data["suggestions"])
    if data["status"] == "unknown":
        assert data["citations"] == []
    assert data["question"] == question


def check_renderings(answer) -> None:
    for explain in (False, True):
        assert_terminal_safe(render_text(answer, 100, explain=explain), "text")
        assert_terminal_safe(render_markdown(answer, explain=explain), "markdown")
        line = render_json(answer, explain=explain, extra={"conversation": 1, "turn": 1})
        assert "\n" not in line
        assert_terminal_safe(line, "JSON")
        back = json.loads(line)
        assert back["status"] == answer.status
        assert _pairs(back["question"]) == _pairs(answer.question)  # escaped, never lost


def _pairs(text: str) -> str:
    """Join surrogate pairs ("\\ud800\\udc00" is U+10000 once through JSON); lone ones stay."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(question=hostile_text)
def test_any_text_gets_a_well_formed_terminal_safe_answer(engine: Engine, question: str) -> None:
    answer, _ = engine.answer(question)
    assert_well_formed(answer, question)
    check_renderings(answer)


def batch_env() -> Environment:
    return Environment(stdin=io.StringIO(), stdout=io.StringIO(), stderr=io.StringIO(), width=100, color=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(script=st.lists(segment, max_size=25).map("".join))
def test_any_script_runs_in_every_batch_format(engine: Engine, script: str) -> None:
    expected = sum(len(c) for c in conversations(script))
    for fmt in ("jsonl", "text", "markdown", "html"):
        env = batch_env()
        assert run_script(engine, script, fmt, env) == 0
        out = env.stdout.getvalue()
        assert_terminal_safe(out, f"run --format {fmt}")
        if fmt == "jsonl":
            lines = out.splitlines()
            assert len(lines) == expected
            for line in lines:
                data = json.loads(line)
                assert data["status"] in STATUSES and data["conversation"] >= 1 and data["turn"] >= 1


@pytest.mark.parametrize(
    "question",
    [
        "",
        "   ",
        "?",
        "\x00",
        "\x00" * 1000,
        "\x1b[2J\x1b[H\x1b]0;pwned\x07",
        "\ud800",
        "\u202e?",
        "🤖" * 500,
        "?" * 10_000,
    ],
    ids=["empty", "blank", "lone-?", "NUL", "NULs", "escapes-only", "surrogate", "rtl-?", "emoji", "many-?"],
)
def test_nothing_to_answer_is_unknown(engine: Engine, question: str) -> None:
    answer, _ = engine.answer(question)
    assert_well_formed(answer, question)
    assert answer.status == "unknown"
    check_renderings(answer)


@pytest.mark.parametrize(
    "question",
    [
        "\x1b[31mSPP AC11\x1b[0m?",
        "SPP\x00 AC11?",
        "\u202eSPP AC11?",
        "\u200fSPP AC11\u200e?",
        "SPP AC11? 🤖",
        "\ufeffSPP AC11?",
        "\x9b31mSPP AC11?",
        "\udcffSPP AC11?",
        "\x1b]8;;https://evil.example\x1b\\SPP AC11\x1b]8;;\x1b\\?",
    ],
    ids=["ansi", "nul", "rlo", "marks", "emoji", "bom", "c1-csi", "surrogateescape", "osc8"],
)
def test_noise_around_a_real_question_is_ignored(engine: Engine, question: str) -> None:
    answer, _ = engine.answer(question)
    assert_well_formed(answer, question)
    assert answer.status == "answered"
    assert ("cmm_to_itil", "SPP.AC11") in [(c.table, c.row) for c in answer.citations]
    check_renderings(answer)


def test_100_kb_of_text_is_answered_quickly(engine: Engine) -> None:
    words = ["the", "of", "process", "ITIL", "CMM", "change", "management", "level", "activity"]
    words += ["and", "software", "what", "how", "why", "which"]
    text = " ".join(words[i * 7 % len(words)] for i in range(20_000))[:100_000]
    assert len(text) >= 99_000
    for question in (text, "x" * 100_000, "SPP AC11? " + text, "\x1b[31m" * 15_000):
        started = time.perf_counter()
        answer, _ = engine.answer(question)
        elapsed = time.perf_counter() - started
        assert_well_formed(answer, question)
        check_renderings(answer)
        assert elapsed < 1.0, f"{elapsed:.2f} s for {len(question):,} characters"


# ------------------------------------------------------------------------------------------------
# standard input that is not UTF-8


def test_run_stdin_with_non_utf8_bytes(tmp_path: Path) -> None:
    raw = b"\xff\xfe SPP AC11?\n\x80\n"
    stdin = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    env = Environment(
        stdin=stdin,
        stdout=out,
        stderr=err,
        stdin_isatty=False,
        stdout_isatty=False,
        cache_dir=tmp_path / "cache",
        state_dir=tmp_path / "state",
    )
    code = main(["run", "-", "--format", "jsonl"], env)
    assert code == 0, err.getvalue()
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["status"] == "answered"
    assert {"table": "cmm_to_itil", "row": "SPP.AC11"}.items() <= first["citations"][0].items()
    assert second["status"] == "unknown" and second["citations"] == []
    assert [(a["conversation"], a["turn"]) for a in (first, second)] == [(1, 1), (1, 2)]
    assert_terminal_safe(out.getvalue(), "run - output")
    assert err.getvalue() == ""


def cli(
    *args: str | bytes, stdin: bytes | None = None, tmp: Path, knowledge: Path | None = None, timeout: float = 30
) -> tuple[subprocess.CompletedProcess, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CROSSWALK_") and k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = PYCACHE
    env.update(
        XDG_CACHE_HOME=str(tmp / "cache"), XDG_STATE_HOME=str(tmp / "state"), PYTHONIOENCODING="utf-8", NO_COLOR="1"
    )
    argv: list[str | bytes] = [sys.executable, "-m", "assistant"]
    if knowledge is not None:
        argv += ["--knowledge", str(knowledge)]
    started = time.perf_counter()
    proc = subprocess.run([*argv, *args], input=stdin, capture_output=True, env=env, timeout=timeout)
    return proc, time.perf_counter() - started


def test_run_stdin_non_utf8_in_a_real_process(tmp_path: Path) -> None:
    raw = b"\xff\xfe SPP AC11?\n\x80\n\x1b[31m\x1b]0;pwned\x07\n\x00\n\n\xc3\x28 ITIL?\n"
    proc, _ = cli("run", "-", "--format", "jsonl", stdin=raw, tmp=tmp_path)
    stdout, stderr = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr
    answers = [json.loads(line) for line in stdout.splitlines()]
    # the escape-only line and the NUL line are no questions (issue 13): skipped, not answered
    assert len(answers) == 3
    assert [(a["conversation"], a["turn"]) for a in answers] == [(1, 1), (1, 2), (2, 1)]
    assert_terminal_safe(stdout, "run - output")


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_ask_with_undecodable_argv_and_escapes(tmp_path: Path, fmt: str) -> None:
    """Bytes that are not UTF-8 in argv become lone surrogates (surrogateescape); a strict UTF-8
    stdout (PYTHONIOENCODING=utf-8, or a UTF-8 locale other than C.UTF-8) must still get output."""
    proc, _ = cli("ask", "--format", fmt, b"\xff\xfe SPP AC11? \x1b[31m\xc2\x9b31m\x1b]0;pwned\x07", tmp=tmp_path)
    stderr = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert proc.returncode == 0, stderr
    assert_terminal_safe(proc.stdout.decode("utf-8"), f"ask --format {fmt}")


# ------------------------------------------------------------------------------------------------
# broken knowledge


def _edit(name: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(directory: Path) -> None:
        path = directory / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is not in {name} any more: update the broken-knowledge case"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return apply


def _write(name: str, data: bytes) -> Callable[[Path], None]:
    def apply(directory: Path) -> None:
        (directory / name).write_bytes(data)

    return apply


def _remove(name: str) -> Callable[[Path], None]:
    def apply(directory: Path) -> None:
        (directory / name).unlink()

    return apply


def _non_utf8(name: str) -> Callable[[Path], None]:
    def apply(directory: Path) -> None:
        path = directory / name
        raw = path.read_bytes()
        middle = raw.index(b"\n", len(raw) // 2) + 1
        path.write_bytes(raw[:middle] + b"# caf\xe9 \xff\xfe\n" + raw[middle:])

    return apply


def _huge(name: str, size: int = 20_000_000) -> Callable[[Path], None]:
    def apply(directory: Path) -> None:
        path = directory / name
        raw = path.read_bytes()
        path.write_bytes(raw * (size // len(raw) + 1))

    return apply


ALIAS_BOMB = b"""\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""

BROKEN = {
    # case: (how to break the shipped directory, the file the message must name)
    "bad-yaml-syntax": (_edit("models.yaml", "  name: CMM\n", "  name: [CMM\n"), "models.yaml"),
    "bad-yaml-tabs": (_write("defects.yaml", b"- row: x\n\ttext: y\n"), "defects.yaml"),
    "empty-file": (_write("observations.yaml", b""), "observations.yaml"),
    "only-comments": (_write("itil_to_cmm.yaml", b"# nothing here\n"), "itil_to_cmm.yaml"),
    "missing-file": (_remove("defects.yaml"), "defects.yaml"),
    "list-for-mapping": (_write("vocabulary.yaml", b"- levels\n- kpas\n"), "vocabulary.yaml"),
    "mapping-for-list": (_write("models.yaml", b"cmm: {name: CMM}\n"), "models.yaml"),
    "scalar-file": (_write("cues.yaml", b"just a sentence\n"), "cues.yaml"),
    "duplicate-key": (_edit("models.yaml", "  name: CMM\n", "  name: CMM\n  name: SEI CMM\n"), "models.yaml"),
    "duplicate-row": (
        _edit("itil_to_cmm.yaml", "- row: problem-management\n", "- row: helpdesk-incident-management\n"),
        "itil_to_cmm.yaml",
    ),
    "dangling-itil": (
        _edit("cmm_to_itil.yaml", 'itil: ["configuration-management",', 'itil: ["no-such-process",'),
        "cmm_to_itil.yaml",
    ),
    "dangling-kpa": (
        _edit(
            "itil_to_cmm.yaml",
            "{level: 2, kpa: SCM, feature: activity, number: 5}",
            "{level: 2, kpa: XYZ, feature: activity, number: 5}",
        ),
        "itil_to_cmm.yaml",
    ),
    "wrong-type": (_edit("cmm_to_itil.yaml", "  level: 2\n", "  level: two\n"), "cmm_to_itil.yaml"),
    "non-utf8-byte": (_non_utf8("observations.yaml"), "observations.yaml"),
    "alias-bomb": (_write("cues.yaml", ALIAS_BOMB), "cues.yaml"),
    "deep-nesting": (_write("defects.yaml", b"[" * 5000 + b"]" * 5000 + b"\n"), "defects.yaml"),
    "very-large-file": (_huge("cmm_to_itil.yaml"), "cmm_to_itil.yaml"),
    "binary-file": (_write("models.yaml", bytes(range(256)) * 64), "models.yaml"),
    "directory-for-file": (lambda d: ((d / "cues.yaml").unlink(), (d / "cues.yaml").mkdir()), "cues.yaml"),
}

KNOWLEDGE_BOUND_S = 3.0  # the issue asks for "within a second"; generous here against a loaded CI machine


@pytest.fixture(scope="module")
def broken_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("broken-knowledge")
    out = {}
    for case, (breaker, _) in BROKEN.items():
        directory = root / case
        shutil.copytree(default_directory(), directory)
        breaker(directory)
        out[case] = directory
    return out


def assert_clear_knowledge_error(
    proc: subprocess.CompletedProcess, elapsed: float, file: str, what: str, names: tuple[str, ...] = KNOWLEDGE_FILES
) -> None:
    stderr = proc.stderr.decode("utf-8", "replace")
    print(f"{what}: exit {proc.returncode} in {elapsed * 1000:.0f} ms: {stderr.strip()[:200]}")
    assert proc.returncode == 2, f"{what}: exit {proc.returncode}\n{stderr}"
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert lines, f"{what}: nothing on stderr"
    for line in lines:
        assert line.startswith("crosswalk:"), f"{what}: {line!r}"
        assert any(n in line for n in names), f"{what}: the line names no file: {line!r}"
        assert len(line) < 400, f"{what}: not one clear line: {line[:400]!r}..."
    assert file in lines[0], f"{what}: the first line should name {file}: {lines[0]!r}"
    assert proc.stdout.strip() == b"", f"{what}: wrote to stdout on error: {proc.stdout[:200]!r}"
    assert elapsed < KNOWLEDGE_BOUND_S, f"{what}: {elapsed:.2f} s"


@pytest.mark.parametrize("case", list(BROKEN))
@pytest.mark.parametrize("command", [("check",), ("ask", "x")], ids=["check", "ask"])
def test_broken_knowledge_is_one_clear_error(
    broken_dirs: dict[str, Path], tmp_path: Path, case: str, command: tuple[str, ...]
) -> None:
    proc, elapsed = cli(*command, tmp=tmp_path, knowledge=broken_dirs[case])
    assert_clear_knowledge_error(proc, elapsed, BROKEN[case][1], f"{case} / {command[0]}")


@pytest.mark.parametrize("case", ["nonexistent", "a-file"])
def test_knowledge_that_is_not_a_directory(tmp_path: Path, case: str) -> None:
    target = tmp_path / "nope"
    if case == "a-file":
        target.write_text("models: []\n")
    proc, elapsed = cli("check", tmp=tmp_path, knowledge=target)
    assert_clear_knowledge_error(proc, elapsed, str(target), case, names=(str(target),))


def test_check_passes_on_the_shipped_knowledge(tmp_path: Path) -> None:
    proc, _ = cli("check", tmp=tmp_path, knowledge=default_directory())
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr == b""
