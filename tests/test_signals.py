"""Pipes, signals and exit codes (issue 7): a closed pipe ends quietly, Ctrl-C exits 130 with a short
note, and `ask` exits 0 answered, 1 unknown or clarify, 2 usage."""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

# Reuse compiled byte code between the test's processes (outside the source tree), even where
# PYTHONDONTWRITEBYTECODE is set: each start would otherwise compile every module again.
PYCACHE = os.path.join(tempfile.gettempdir(), "crosswalk-tests-pycache")

QUESTIONS = [
    "SPP AC11?",
    "what does dev give problem management?",
    "ITIL vs CMM",
    "and ISO?",
    "which CMM practices touch change management?",
    "",
    "list level 2 practices",
    "what does SC&D stand for?",
    "",
]

NOISE = ("Traceback", "BrokenPipeError", "Exception ignored", "Errno 32")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if not k.startswith("CROSSWALK_") and k != "PYTHONDONTWRITEBYTECODE"}
    out["PYTHONPYCACHEPREFIX"] = PYCACHE
    out.update(XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_STATE_HOME=str(tmp_path / "state"), NO_COLOR="1")
    return out


def script(path: Path, turns: int) -> Path:
    lines, n = [], 0
    while n < turns:
        for q in QUESTIONS:
            lines.append(q)
            n += bool(q)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def piped(args: str, reader: str, tmp: Path, env: dict[str, str], stdin: Path | None = None) -> tuple[int, str, str]:
    """`crosswalk ARGS 2>ERR | READER` in bash: (crosswalk's exit status, the reader's output, crosswalk's stderr)."""
    err = tmp / "stderr.txt"
    source = f" < {shlex.quote(str(stdin))}" if stdin else ""
    command = (
        f"{shlex.quote(sys.executable)} -m assistant {args}{source} 2>{shlex.quote(str(err))} | {reader}; "
        'echo "exit=${PIPESTATUS[0]}"'
    )
    proc = subprocess.run(["bash", "-c", command], capture_output=True, text=True, env=env, cwd=tmp, timeout=60)
    *shown, status = proc.stdout[:-1].split("\n")  # only the status line's newline: a blank last line counts
    assert status.startswith("exit="), proc.stdout[-300:]
    return int(status[5:]), "\n".join(shown), err.read_text(encoding="utf-8", errors="replace")


def assert_quiet(code: int, stderr: str) -> None:
    for noise in NOISE:
        assert noise not in stderr, stderr
    assert stderr.strip() == "", f"stderr should be empty after the reader left: {stderr!r}"
    assert code in (0, 141), f"exit {code}"  # 141 = 128 + SIGPIPE would also be a quiet ending


@pytest.mark.parametrize(
    "args",
    [
        "export --format csv --table cmm_to_itil",
        "export --format json",
        "export --format markdown",
    ],
)
def test_export_into_head_ends_quietly(tmp_path: Path, env: dict[str, str], args: str) -> None:
    code, shown, stderr = piped(args, "head -1", tmp_path, env)
    assert shown.strip(), "head printed nothing"
    assert_quiet(code, stderr)


@pytest.mark.parametrize("fmt", ["text", "jsonl", "markdown"])
def test_run_into_head_ends_quietly(tmp_path: Path, env: dict[str, str], fmt: str) -> None:
    big = script(tmp_path / "big.txt", 3000)
    started = time.perf_counter()
    code, shown, stderr = piped(f"run {big.name} --format {fmt}", "head", tmp_path, env)
    elapsed = time.perf_counter() - started
    assert len(shown.split("\n")) == 10
    assert_quiet(code, stderr)
    assert elapsed < 10, f"took {elapsed:.1f} s: it should stop soon after head leaves"


def test_piped_stdin_into_head_ends_quietly(tmp_path: Path, env: dict[str, str]) -> None:
    big = script(tmp_path / "big.txt", 3000)
    code, shown, stderr = piped("", "head -3", tmp_path, env, stdin=big)  # no command: `run -`
    assert len(shown.splitlines()) == 3
    assert_quiet(code, stderr)


def test_sigint_during_a_long_run_exits_130_with_a_short_note(tmp_path: Path, env: dict[str, str]) -> None:
    big = script(tmp_path / "big.txt", 50_000)
    out_path = tmp_path / "out.jsonl"
    with out_path.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "assistant", "run", str(big), "--format", "jsonl"],
            stdout=out,
            stderr=subprocess.PIPE,
            env=env,
            cwd=tmp_path,
        )
        started = time.monotonic()
        while proc.poll() is None and time.monotonic() < started + 20:
            # about a second in, and once it is answering (output is flushed in blocks)
            if out_path.stat().st_size > 0 and time.monotonic() > started + 1.0:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "finished 50,000 questions before the signal: make the script longer"
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    stderr = err.decode("utf-8", "replace")
    assert proc.returncode == 130, f"exit {proc.returncode}: {stderr}"
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and len(lines[0]) < 120 and "interrupt" in lines[0].lower(), stderr
    answered = out_path.read_text(encoding="utf-8").splitlines()
    assert 0 < len(answered) < 50_000
    for line in answered:
        json.loads(line)  # every line written is whole: no torn JSON at the cut


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["ask", "SPP AC11?"], 0),
        (["ask", "--format", "json", "what does dev give problem management?"], 0),
        (["ask", "tell me a joke"], 1),
        (["ask", "--format", "json", "tell me a joke"], 1),
        (["ask", "AC11"], 1),  # a code with no KPA: clarify
        (["ask"], 2),
        (["ask", "--format", "nope", "SPP AC11?"], 2),
    ],
    ids=["answered", "answered-json", "unknown", "unknown-json", "clarify", "no-question", "bad-format"],
)
def test_ask_exit_codes(tmp_path: Path, env: dict[str, str], args: list[str], code: int) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=30
    )
    assert proc.returncode == code, f"{args}: exit {proc.returncode}\n{proc.stdout[:300]}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr
    if code < 2:
        assert proc.stdout.strip() and proc.stderr == ""
    if "json" in args and code < 2:
        assert json.loads(proc.stdout)["status"] == {0: "answered", 1: "unknown"}[code]


def test_run_exits_0_whatever_the_answers(tmp_path: Path, env: dict[str, str]) -> None:
    path = tmp_path / "mixed.txt"
    path.write_text("tell me a joke\nAC11\nSPP AC11?\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "run", str(path), "--format", "jsonl"],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["status"] for line in proc.stdout.splitlines()] == ["unknown", "clarify", "answered"]
