"""Command-line misuse: exit 2, one line on stderr with the usage hint, never a traceback (issue 7)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from assistant.faces.cli import main
from assistant.faces.environment import Environment

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

# Reuse compiled byte code between the test's processes (outside the source tree), even where
# PYTHONDONTWRITEBYTECODE is set: each start would otherwise compile every module again.
PYCACHE = os.path.join(tempfile.gettempdir(), "crosswalk-tests-pycache")


def crosswalk(*args: str, tmp: Path, stdin: str = "") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CROSSWALK_") and k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = PYCACHE
    env.update(XDG_CACHE_HOME=str(tmp / "cache"), XDG_STATE_HOME=str(tmp / "state"), NO_COLOR="1")
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp,
        timeout=30,
    )


def in_process(*args: str, tmp: Path) -> subprocess.CompletedProcess:
    """main() with captured streams, shaped like a finished subprocess (an exception fails the test)."""
    out, err = io.StringIO(), io.StringIO()
    env = Environment(
        stdin=io.StringIO(""),
        stdout=out,
        stderr=err,
        stdin_isatty=False,
        stdout_isatty=False,
        cache_dir=tmp / "cache",
        state_dir=tmp / "state",
    )
    code = main(list(args), env)
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def assert_usage_error(proc: subprocess.CompletedProcess, *, hint: bool = True) -> str:
    assert proc.returncode == 2, f"exit {proc.returncode}\nstdout: {proc.stdout[:300]}\nstderr: {proc.stderr}"
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{proc.stderr}"
    assert lines[0].startswith("crosswalk"), lines[0]
    if hint:
        assert "--help" in lines[0], f"no usage hint: {lines[0]!r}"
    assert proc.stdout == "", f"wrote to stdout on a usage error: {proc.stdout[:300]!r}"
    return lines[0]


@pytest.fixture
def questions(tmp_path: Path) -> Path:
    path = tmp_path / "questions.txt"
    path.write_text("SPP AC11?\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["--bogus"],
        ["--bogus", "ask", "what is ITIL?"],
        ["ask", "--bogus", "what is ITIL?"],
        ["run", "-", "--frobnicate"],
        ["export", "--table", "nope"],
        ["frobnicate"],
        ["ask"],
        ["run"],
        ["--knowledge"],
        ["ask", "--format", "xml", "what is ITIL?"],
        ["run", "--format", "yaml", "-"],
        ["export", "--format", "xlsx"],
        ["ask", "--format"],
        ["export", "--format", "csv"],  # CSV needs --table
    ],
    ids=[
        "unknown-flag",
        "unknown-global-flag",
        "unknown-ask-flag",
        "unknown-run-flag",
        "unknown-table",
        "unknown-command",
        "ask-without-question",
        "run-without-file",
        "knowledge-without-dir",
        "unknown-ask-format",
        "unknown-run-format",
        "unknown-export-format",
        "format-without-value",
        "csv-without-table",
    ],
)
def test_misuse_is_one_line_with_the_usage_hint(tmp_path: Path, args: list[str]) -> None:
    assert_usage_error(in_process(*args, tmp=tmp_path))


@pytest.mark.parametrize(
    "args",
    [["--bogus"], ["frobnicate"], ["run", "nope.txt"], ["ask", "--format", "xml", "x"], ["run", "."]],
    ids=["unknown-flag", "unknown-command", "missing-file", "unknown-format", "directory"],
)
def test_misuse_in_a_real_process(tmp_path: Path, args: list[str]) -> None:
    assert_usage_error(crosswalk(*args, tmp=tmp_path))


def test_missing_file(tmp_path: Path) -> None:
    line = assert_usage_error(in_process("run", str(tmp_path / "nope.txt"), tmp=tmp_path))
    assert "nope.txt" in line


def test_directory_where_a_file_belongs(tmp_path: Path) -> None:
    (tmp_path / "adir").mkdir()
    line = assert_usage_error(in_process("run", str(tmp_path / "adir"), tmp=tmp_path))
    assert "adir" in line


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_unreadable_file(tmp_path: Path, questions: Path) -> None:
    questions.chmod(0)
    try:
        if os.access(questions, os.R_OK):
            pytest.skip("this user (root?) can read a mode-000 file; see test_unreadable_file_in_process")
        line = assert_usage_error(crosswalk("run", str(questions), tmp=tmp_path))
        assert "questions.txt" in line
    finally:
        questions.chmod(0o644)


def test_unreadable_file_in_process(tmp_path: Path, questions: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same as test_unreadable_file, for users a mode-000 file cannot stop (root, CI containers)."""
    real = os.open

    def refuse(path: str | os.PathLike[str], flags: int, *args: object, **kwargs: object) -> int:
        if os.fspath(path).endswith("questions.txt"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    line = assert_usage_error(in_process("run", str(questions), tmp=tmp_path))
    assert "questions.txt" in line and "ermission" in line


def test_knowledge_option_pointing_at_a_file(tmp_path: Path, questions: Path) -> None:
    line = assert_usage_error(
        in_process("--knowledge", str(questions), "ask", "what is ITIL?", tmp=tmp_path), hint=False
    )
    assert "questions.txt" in line


def test_help_and_version_are_not_errors(tmp_path: Path) -> None:
    for args in (["--help"], ["ask", "--help"], ["run", "--help"], ["--version"]):
        proc = crosswalk(*args, tmp=tmp_path)
        assert proc.returncode == 0, (args, proc.stderr)
        assert proc.stdout.strip() and proc.stderr == ""
    assert "exit status" in crosswalk("--help", tmp=tmp_path).stdout
