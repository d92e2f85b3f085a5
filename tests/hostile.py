"""Helpers for the hostile corpus (tests/test_hostile_*.py, issue 13): a real `crosswalk` process
with a hard timeout, an in-process run with string streams, a knowledge copy to spoil, and the
checks every answer to an attack must pass (one line on stderr, nothing a terminal would obey)."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.faces.cli import main
from assistant.faces.environment import Environment
from assistant.understanding.loading import default_directory

# Reuse compiled byte code between the test's processes (as test_signals.py does).
PYCACHE = os.path.join(tempfile.gettempdir(), "crosswalk-tests-pycache")
# One warm cache for the corpus's processes, as $XDG_CACHE_HOME (private and keyed by content, so
# sharing it between runs is safe, and it keeps every process here from building the knowledge anew).
SHARED_XDG_CACHE = Path(tempfile.gettempdir()) / "crosswalk-tests-xdg-cache"
SHARED_CACHE = SHARED_XDG_CACHE / "crosswalk"
SPARE_UID = 65534  # "nobody": another local user, for files planted by someone else
TIMEOUT = 20  # no subprocess may hang the suite

# What a terminal would obey: C0 but newline and tab, DEL, C1, bidi controls, line separators.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
OUR_COLOURS = re.compile(r"\x1b\[[0-9;]*m")  # SGR codes the renderers add on a colour terminal

needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root (chown, mknod)")


def child_env(tmp: Path, cache: Path | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CROSSWALK_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        PYTHONPYCACHEPREFIX=PYCACHE,
        XDG_CACHE_HOME=str(cache or SHARED_XDG_CACHE),
        XDG_STATE_HOME=str(tmp / "state"),
        PYTHONIOENCODING="utf-8",
        NO_COLOR="1",
    )
    env.update(extra)
    return env


def crosswalk(
    *args: str,
    tmp: Path,
    stdin: bytes | None = None,
    cache: Path | None = None,
    shell_redirect: str = "",
    env: dict[str, str] | None = None,
    timeout: float = TIMEOUT,
) -> subprocess.CompletedProcess[bytes]:
    """`python -m assistant ARGS` in a fresh process; `shell_redirect` (say ">&-") is applied by
    bash, for standard streams that are closed or point at a device."""
    argv: list[str] = [sys.executable, "-m", "assistant", *args]
    if shell_redirect:
        argv = ["bash", "-c", f'exec "$@" {shell_redirect}', "bash", *argv]
    return subprocess.run(
        argv,
        input=stdin,
        capture_output=True,
        env=env or child_env(tmp, cache),
        cwd=tmp,
        timeout=timeout,
    )


@dataclass
class Run:
    code: int
    out: str
    err: str


def in_process(*args: str, stdin: bytes = b"", cache: Path | None = SHARED_CACHE, color: bool = False) -> Run:
    """main(ARGS) with byte-backed string streams (so `run -` reads bytes, as from a pipe)."""
    out, err = io.StringIO(), io.StringIO()
    env = Environment(
        stdin=io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"),
        stdout=out,
        stderr=err,
        stdin_isatty=False,
        stdout_isatty=color,
        color=color,
        width=100,
        cache_dir=cache,
        state_dir=None,
    )
    code = main(list(args), env)
    return Run(code, out.getvalue(), err.getvalue())


def one_line(stderr: str | bytes) -> str:
    """The single "crosswalk: ..." line an error must be, shown safely."""
    text = stderr.decode("utf-8", "replace") if isinstance(stderr, bytes) else stderr
    assert "Traceback" not in text and "Exception ignored" not in text, text
    lines = text.strip("\n").splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("crosswalk:"), text
    assert not UNSAFE.search(lines[0]), repr(lines[0])
    return lines[0]


def assert_safe(text: str, what: str, colour: bool = False) -> None:
    """Nothing in `text` a terminal would obey (our own colour codes allowed when `colour`)."""
    shown = OUR_COLOURS.sub("", text) if colour else text
    found = UNSAFE.search(shown)
    assert found is None, (
        f"{what}: raw {found.group(0)!r} at {found.start()}: {shown[max(0, found.start() - 60) :][:120]!r}"
    )


def knowledge_copy(tmp: Path, name: str = "knowledge") -> Path:
    target = tmp / name
    shutil.copytree(default_directory(), target)
    return target


def edit(directory: Path, file: str, old: str, new: str) -> None:
    path = directory / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {file} any more: update the hostile case"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def with_timeout(seconds: float, function: object, *args: object) -> object:
    """Call `function(*args)` in a daemon thread; fail (not hang) if it has not returned in time."""
    import threading

    result: list[object] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            result.append(function(*args))  # type: ignore[operator]
        except BaseException as exc:  # reported to the test below
            errors.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{getattr(function, '__name__', function)} still blocked after {seconds} s"
    if errors:
        raise errors[0]
    return result[0]


def lines_of(output: str) -> Sequence[str]:
    return [line for line in output.splitlines() if line.strip()]
