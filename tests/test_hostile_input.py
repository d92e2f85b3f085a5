"""Issue 13, input that streams: `run` answers each line as it arrives (a pipe that stays open, a
FIFO), stops on Ctrl-C with 130 however much input is coming, caps the line length; a BOM, UTF-16
and lines of control characters are read as a person meant them; knowledge and transcript paths
that are FIFOs or devices are refused at once instead of hanging or reading forever."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.base.files import TooLarge, read_bytes
from assistant.base.stream import MAX_LINE_CHARS, encoding_of, read_text, turns

from .hostile import SHARED_XDG_CACHE, TIMEOUT, child_env, in_process, knowledge_copy, one_line, with_timeout

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

QUESTION = b"SPP AC11?\n"


@pytest.fixture(scope="module")
def warm() -> Path:
    """The shared warm cache ($XDG_CACHE_HOME), so the processes below start fast."""
    return SHARED_XDG_CACHE


def start(args: list[str], tmp: Path, cache: Path, stdin: int | None = subprocess.PIPE) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", *args],
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(tmp, cache),
        cwd=tmp,
    )


def read_line(proc: subprocess.Popen[bytes], seconds: float = 15) -> bytes:
    """One line of the process's output, or fail after `seconds` (the stream must not wait for EOF)."""
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], seconds)
    assert ready, f"no answer within {seconds} s while the input stays open"
    return proc.stdout.readline()


def finish(proc: subprocess.Popen[bytes]) -> tuple[bytes, bytes]:
    try:
        return proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise


def test_run_answers_each_line_while_the_pipe_stays_open(tmp_path: Path, warm: Path) -> None:
    """`tail -f questions | crosswalk run -`: the answer to a line comes before the next line."""
    proc = start(["run", "-", "--format", "jsonl"], tmp_path, warm)
    assert proc.stdin is not None
    try:
        for question in (b"SPP AC11?\n", b"and AC13?\n", b"\n", b"ITIL vs CMM\n"):
            proc.stdin.write(question)
            proc.stdin.flush()
            if question.strip():
                answer = json.loads(read_line(proc))
                assert answer["question"] == question.decode().strip()
        proc.stdin.close()
        proc.wait(timeout=TIMEOUT)
        out, err = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and out == b"", err


def test_run_reads_a_fifo_as_it_is_written(tmp_path: Path, warm: Path) -> None:
    fifo = tmp_path / "questions"
    os.mkfifo(fifo)
    proc = start(["run", str(fifo), "--format", "jsonl"], tmp_path, warm, stdin=subprocess.DEVNULL)
    try:
        with os.fdopen(_open_writer(fifo), "wb", buffering=0) as writer:
            writer.write(QUESTION)
            assert json.loads(read_line(proc))["status"] == "answered"
        _, err = finish(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err


def _open_writer(fifo: Path, seconds: float = 15) -> int:
    """The FIFO's write end, once the process has opened it for reading (never blocks the test)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # ENXIO: no reader yet
            assert time.monotonic() < deadline, "the FIFO was never opened for reading"
            time.sleep(0.05)
            continue
        os.set_blocking(fd, True)
        return fd


def test_endless_input_stops_on_ctrl_c_with_130_and_bounded_memory(tmp_path: Path, warm: Path) -> None:
    """`yes "SPP AC11?" | crosswalk run -`, interrupted once it is answering."""
    feeder = subprocess.Popen(["yes", "SPP AC11?"], stdout=subprocess.PIPE)
    try:
        proc = start(["run", "-", "--format", "jsonl"], tmp_path, warm, stdin=feeder.stdout.fileno())  # type: ignore[union-attr]
        feeder.stdout.close()  # type: ignore[union-attr]
        answered = [read_line(proc) for _ in range(5)]
        assert all(json.loads(line)["status"] == "answered" for line in answered)
        time.sleep(0.5)
        rss = _rss_kib(proc.pid)
        proc.send_signal(signal.SIGINT)
        started = time.monotonic()
        drain = threading.Thread(target=lambda: proc.stdout.read(), daemon=True)  # type: ignore[union-attr]
        drain.start()
        proc.wait(timeout=TIMEOUT)
        assert time.monotonic() - started < 5
        err = proc.stderr.read().decode("utf-8", "replace")  # type: ignore[union-attr]
    finally:
        feeder.kill()
        feeder.wait()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert "interrupted" in one_line(err)
    assert rss < 400_000, f"{rss} KiB after a second of endless input"


def test_ctrl_c_while_waiting_for_the_next_line_exits_130(tmp_path: Path, warm: Path) -> None:
    proc = start(["run", "-", "--format", "jsonl"], tmp_path, warm)
    assert proc.stdin is not None
    try:
        proc.stdin.write(QUESTION)
        proc.stdin.flush()
        read_line(proc)  # answered: now it waits for a line that does not come
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=TIMEOUT)
        err = proc.stderr.read().decode("utf-8", "replace")  # type: ignore[union-attr]
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130 and "interrupted" in one_line(err)


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def test_a_line_longer_than_the_cap_is_one_clear_error() -> None:
    result = in_process("run", "-", "--format", "jsonl", stdin=QUESTION + b"x" * (MAX_LINE_CHARS + 10))
    assert result.code == 2
    assert "<stdin>:2: a line longer than" in one_line(result.err)
    assert len(result.out.splitlines()) == 1  # the line before it was answered


SCRIPT = "# a comment, not a question\nSPP AC11?\n\x00\x00\x00\n\x1b[31m\x1b]0;x\x07\nand AC13?\n\nITIL vs CMM\n"


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(SCRIPT.encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + SCRIPT.encode("utf-8"), id="utf-8-bom"),
        pytest.param(SCRIPT.encode("utf-16"), id="utf-16-bom"),
        pytest.param(b"\xfe\xff" + SCRIPT.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(SCRIPT.encode("utf-16-le"), id="utf-16-le-no-bom"),
        pytest.param(SCRIPT.replace("\n", "\r\n").encode("utf-16"), id="utf-16-crlf"),
    ],
)
def test_bom_utf16_and_control_lines(tmp_path: Path, encoded: bytes) -> None:
    """The same three questions in two conversations, however the file was saved; a BOM does not
    turn the first comment into a question, and lines of NULs or escapes are no questions."""
    result = in_process("run", "-", "--format", "jsonl", stdin=encoded)
    assert result.code == 0, result.err
    answers = [json.loads(line) for line in result.out.splitlines()]
    assert [(a["question"], a["conversation"], a["turn"]) for a in answers] == [
        ("SPP AC11?", 1, 1),
        ("and AC13?", 1, 2),
        ("ITIL vs CMM", 2, 1),
    ]
    script = tmp_path / "script.txt"
    script.write_bytes(encoded)
    assert read_text(script).lstrip("\ufeff").startswith("# a comment")
    recorded = in_process("transcript", "record", str(script), "-o", "-")
    assert recorded.code == 0, recorded.err
    assert recorded.out.startswith("# a comment, not a question\n> SPP AC11?\n"), recorded.out[:80]
    assert recorded.out.count("\n> ") == 3 and "\n---\n" in recorded.out


def test_encoding_guesses() -> None:
    stray = b"\xff\xfe SPP AC11?\n\x80\n\x1b[31m\x1b]0;pwned\x07\n\x00\n\n\xc3\x28 ITIL?\n"
    assert encoding_of(stray) == "utf-8"  # bytes that only start like a BOM are not UTF-16
    assert encoding_of("上上\n".encode("utf-16")) == "utf-16"
    assert encoding_of(b"\x00\x00\x00\n") == "utf-8"
    assert list(turns(["\ufeff# c", "\x00", "q1", "", "", "q2"])) == [(1, 1, "q1"), (2, 1, "q2")]


# -- knowledge and transcript files that are not regular files -------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "directory"])
def test_knowledge_file_that_is_a_fifo_or_a_device_is_refused_at_once(tmp_path: Path, kind: str) -> None:
    directory = knowledge_copy(tmp_path)
    target = directory / "cues.yaml"
    target.unlink()
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "dev-zero":
        target.symlink_to("/dev/zero")
    else:
        target.mkdir()
    expected = {"fifo": "is a FIFO", "dev-zero": "is a character device", "directory": "is a directory"}[kind]
    for args in (["ask", "SPP AC11?"], ["check"]):
        result = with_timeout(10, in_process, "--knowledge", str(directory), *args)  # must not block or read forever
        assert result.code == 2, result.err  # type: ignore[attr-defined]
        line = one_line(result.err)  # type: ignore[attr-defined]
        assert "cues.yaml" in line and expected in line, line


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_transcript_and_script_that_are_fifos_or_devices_are_refused(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "conversation.t"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    for args in (["transcript", "check", str(path)], ["transcript", "record", str(path), "-o", "-"]):
        result = with_timeout(10, in_process, *args)
        assert result.code == 2, result.err  # type: ignore[attr-defined]
        assert "expected a regular file" in one_line(result.err)  # type: ignore[attr-defined]
    if kind == "dev-zero":
        result = with_timeout(10, in_process, "run", str(path))
        assert result.code == 2 and "character device" in one_line(result.err)  # type: ignore[attr-defined]


def test_byte_cap_does_not_trust_the_size_stat_reports(tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.write_bytes(b"x" * 100)
    with pytest.raises(TooLarge):
        read_bytes(big, limit=10)
    proc_file = Path("/proc/self/maps")  # a regular file whose size says 0
    if proc_file.exists() and proc_file.stat().st_size == 0:
        with pytest.raises(TooLarge):
            read_bytes(proc_file, limit=10)
    assert read_bytes(big, limit=100) == b"x" * 100
