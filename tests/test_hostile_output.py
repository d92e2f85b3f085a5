"""Issue 13, writes and statuses: `-o` and `/export` never rename over a FIFO, a device, a directory
or a read-only file; a full disk is exit 2 with one line, never a file cut short with status 0;
closed or odd standard streams, over-long and unreadable paths and non-UTF-8 encodings end with
the documented status and one line, never a traceback; the status survives a reader that went away."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.base import files
from assistant.conversation.dialogue import Conversation
from assistant.conversation.engine import Engine
from assistant.faces.commands import CommandError, ReplState, dispatch
from assistant.faces.environment import Environment
from assistant.kb import load as knowledge
from assistant.understanding.analysis import Analyzer

from .hostile import SHARED_XDG_CACHE, TIMEOUT, child_env, crosswalk, in_process, needs_root, one_line, with_timeout

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane


@pytest.fixture(scope="module")
def warm() -> Path:
    """The shared warm cache ($XDG_CACHE_HOME), so the processes below start fast."""
    return SHARED_XDG_CACHE


def temporaries(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.endswith(".tmp")]


# -- -o and /export ---------------------------------------------------------------------------------


def test_output_onto_a_fifo_is_refused_and_the_fifo_kept(tmp_path: Path) -> None:
    fifo = tmp_path / "reader"
    os.mkfifo(fifo)
    for args in (["matrix", "-o", str(fifo)], ["transcript", "record", str(_script(tmp_path)), "-o", str(fifo)]):
        result = with_timeout(10, in_process, *args)  # refused before opening: no wait for a reader
        assert result.code == 2  # type: ignore[attr-defined]
        assert "it is a FIFO, not a regular file" in one_line(result.err)  # type: ignore[attr-defined]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and temporaries(tmp_path) == []


@needs_root
def test_output_onto_a_device_node_writes_the_device_and_keeps_it(tmp_path: Path, warm: Path) -> None:
    """As root a rename would turn the device into a regular file; it is written in place instead."""
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
    proc = crosswalk("matrix", "-o", str(node), tmp=tmp_path, cache=warm)
    assert proc.returncode == 0, proc.stderr
    result = in_process("transcript", "record", str(_script(tmp_path)), "-o", str(node))
    assert result.code == 0, result.err
    assert stat.S_ISCHR(os.lstat(node).st_mode), "the device was replaced"
    assert temporaries(tmp_path) == []


def _script(tmp: Path) -> Path:
    script = tmp / "script.txt"
    script.write_text("SPP AC11?\n", encoding="utf-8")
    return script


def test_output_onto_dev_full_is_one_line_and_exit_2() -> None:
    result = in_process("matrix", "-o", "/dev/full")
    assert result.code == 2
    assert "cannot write /dev/full: No space left on device" in one_line(result.err)


def test_read_only_target_and_directory_are_refused(tmp_path: Path) -> None:
    target = tmp_path / "kept.txt"
    target.write_text("keep me\n")
    target.chmod(0o444)
    for path, reason in ((target, "it is read-only"), (tmp_path, "it is a directory")):
        with pytest.raises(OSError) as caught:
            files.write_atomic(path, "new text")
        assert caught.value.strerror == reason
    assert target.read_text() == "keep me\n" and temporaries(tmp_path) == []
    result = in_process("matrix", "-o", str(target))
    assert result.code == 2 and "it is read-only" in one_line(result.err)


def test_failing_write_leaves_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old\n")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        files.write_atomic(target, "x" * 100_000)
    assert target.read_text() == "old\n" and temporaries(tmp_path) == []


def test_repl_export_onto_a_fifo_is_a_command_error(engine: Engine, tmp_path: Path) -> None:
    fifo = tmp_path / "reader.md"
    os.mkfifo(fifo)
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdout_isatty=False, color=False, state_dir=None)
    state = ReplState(engine, env, Conversation(engine))
    state.ask("SPP AC11?")
    with pytest.raises(CommandError, match="it is a FIFO"):
        dispatch(state, f"/export {fifo}")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


# -- standard streams -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "stdin"),
    [(["export"], None), (["run", "-"], b"SPP AC11?\n" * 200), (["ask", "ITIL vs CMM"], None)],
    ids=["export", "run", "ask"],
)
def test_stdout_on_a_full_disk_is_exit_2_with_one_line(
    tmp_path: Path, warm: Path, args: list[str], stdin: bytes | None
) -> None:
    proc = crosswalk(*args, tmp=tmp_path, cache=warm, stdin=stdin, shell_redirect=">/dev/full")
    assert proc.returncode == 2, proc.stderr
    assert "cannot write to standard output: No space left on device" in one_line(proc.stderr)


@pytest.mark.parametrize(
    ("args", "redirect", "code", "message"),
    [
        (["ask", "SPP AC11?"], ">&-", 2, "cannot write to standard output: it is closed"),
        (["run", "-"], "<&-", 2, "cannot read standard input: it is closed"),
        ([], "<&-", 2, "cannot read standard input: it is closed"),
        (["ask", "SPP AC11?"], "2>&-", 0, None),
        (["ask", "tell me a joke"], "2>&- >/dev/null", 1, None),
        (["ask"], "2>&-", 2, None),
        (["--knowledge", "/nowhere", "ask", "x"], "2>&-", 2, None),
    ],
    ids=[
        "stdout-closed",
        "stdin-closed",
        "no-command-stdin-closed",
        "stderr-closed-answered",
        "stderr-closed-unknown",
        "stderr-closed-usage",
        "stderr-closed-knowledge",
    ],
)
def test_closed_standard_streams(
    tmp_path: Path, warm: Path, args: list[str], redirect: str, code: int, message: str | None
) -> None:
    proc = crosswalk(*args, tmp=tmp_path, cache=warm, shell_redirect=redirect)
    assert proc.returncode == code, proc.stderr
    if message:
        assert message in one_line(proc.stderr)
    else:
        assert b"Traceback" not in proc.stderr


def _into_gone_reader(args: list[str], tmp: Path, cache: Path) -> subprocess.CompletedProcess[bytes]:
    """Run with standard output a pipe whose reader has already gone."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [sys.executable, "-m", "assistant", *args],
            stdout=write,
            stderr=subprocess.PIPE,
            env=child_env(tmp, cache),
            cwd=tmp,
            timeout=TIMEOUT,
        )
    finally:
        os.close(write)


def test_status_survives_a_reader_that_went_away(tmp_path: Path, warm: Path) -> None:
    bad = tmp_path / "bad.t"
    bad.write_text("> SPP AC11?\nnot the answer\n", encoding="utf-8")
    for args, code in ((["ask", "tell me a joke"], 1), (["transcript", "check", str(bad)], 1), (["export"], 0)):
        proc = _into_gone_reader(args, tmp_path, warm)
        assert proc.returncode == code, (args, proc.stderr)
        assert proc.stderr == b"", proc.stderr


def test_endless_run_into_a_gone_reader_stops(tmp_path: Path, warm: Path) -> None:
    """`yes | crosswalk run - | head -1`: once the reader is gone there is no one to answer."""
    feeder = subprocess.Popen(["yes", "SPP AC11?"], stdout=subprocess.PIPE)
    try:
        proc = subprocess.run(
            f"{sys.executable} -m assistant run - | head -1",
            shell=True,
            stdin=feeder.stdout,
            capture_output=True,
            env=child_env(tmp_path, warm),
            cwd=tmp_path,
            timeout=TIMEOUT,
        )
    finally:
        feeder.kill()
        feeder.wait()
    assert proc.returncode == 0 and proc.stdout.startswith(b"> SPP AC11?") and proc.stderr == b""


@pytest.mark.parametrize(
    ("encoding", "args"), [("ascii", ["ask", "ITIL vs CMM"]), ("latin-1", ["gaps", "--format", "markdown"])]
)
def test_output_encoding_that_is_not_utf8(tmp_path: Path, warm: Path, encoding: str, args: list[str]) -> None:
    env = child_env(tmp_path, warm, PYTHONIOENCODING=encoding)
    proc = crosswalk(*args, tmp=tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    proc.stdout.decode(encoding)


# -- paths that cannot be used -------------------------------------------------------------------


def test_over_long_unreadable_and_looping_knowledge_paths(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    for path, reason in (("/" + "a" * 5000, "File name too long"), (str(loop), "Too many levels of symbolic links")):
        result = in_process("--knowledge", path, "ask", "SPP AC11?")
        assert result.code == 2
        line = one_line(result.err)
        assert reason in line and len(line) < 400


@pytest.mark.parametrize("kind", ["over-long", "a-file", "a-loop", "unwritable"])
def test_cache_path_that_cannot_be_used_is_no_error(
    tmp_path: Path, kind: str, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    place = {
        "over-long": tmp_path / ("c" * 300) / ("c" * 300),
        "a-file": tmp_path / "file" / "crosswalk",
        "a-loop": tmp_path / "loop" / "crosswalk",
        "unwritable": Path("/proc/self/crosswalk"),
    }[kind]
    (tmp_path / "file").write_text("not a folder")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    monkeypatch.setattr(knowledge, "load_knowledge", lambda directory: analyzer.kb)  # only the cache is tested
    monkeypatch.setattr(Analyzer, "build", classmethod(lambda cls, kb: analyzer))
    result = in_process("ask", "SPP AC11?", cache=place)
    assert result.code == 0 and result.err == "" and "SPP.AC11" in result.out
