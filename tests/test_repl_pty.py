"""End to end: the real program in a pseudo-terminal, driven by pexpect as a person would type."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

pexpect = pytest.importorskip("pexpect")

PROMPT = "crosswalk>"  # prompt-toolkit moves the cursor over the trailing space instead of printing it
ROOT = Path(__file__).resolve().parent.parent


def test_a_session_in_a_terminal(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "TERM": "xterm",
        "NO_COLOR": "1",
        "COLUMNS": "100",
        "LINES": "40",
        "PAGER": "",
        "PROMPT_TOOLKIT_NO_CPR": "1",  # pexpect does not answer cursor-position requests
    }
    env.pop("CROSSWALK_KNOWLEDGE", None)
    started = time.monotonic()
    child = pexpect.spawn(
        sys.executable,
        ["-m", "assistant", "repl"],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=10,
        dimensions=(40, 100),
    )
    try:
        child.expect_exact("/help")
        child.expect_exact(PROMPT)
        assert time.monotonic() - started < 5

        child.sendline("SPTO AB1?")
        child.expect_exact("[cmm_to_itil:SPTO.AB1]")
        child.expect_exact(PROMPT)

        child.sendline("and AC13?")  # a follow-up: the KPA comes from the last question
        child.expect_exact("[cmm_to_itil:SPTO.AC13+VE1+VE2]")
        child.expect_exact(PROMPT)

        child.send("what does dev hand to chan")
        child.send("\t")  # the menu opens with the first completion inserted
        child.expect(r"ITIL process\s")
        child.send("\r")  # take the completion
        child.send("\r")  # send the line
        child.expect_exact("[itil_to_cmm:change-management]")
        child.expect_exact(PROMPT)

        child.sendline("/help")
        child.expect_exact("/export FILE")
        child.expect_exact(PROMPT)

        child.send("a line I change my mind about")
        child.sendcontrol("c")  # clears the line; the prompt survives
        child.expect_exact(PROMPT)
        child.sendline("SPP AC11?")
        child.expect_exact("[cmm_to_itil:SPP.AC11]")
        child.expect_exact(PROMPT)

        child.sendcontrol("d")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    history = (tmp_path / "state" / "crosswalk" / "history").read_text(encoding="utf-8")
    assert "+and AC13?" in history
    assert "a line I change my mind about" not in history
