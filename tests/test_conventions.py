"""Terminal conventions (issue 14): NO_COLOR only when non-empty, a pager that passes short output
through and never swallows an answer, `/export` at the width `transcript check` replays at."""

from __future__ import annotations

import io

import pytest

from assistant.environment import Environment


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("value", "color"), [(None, True), ("", True), ("1", False), ("0", False)])
def test_no_color_only_when_set_to_a_non_empty_value(
    monkeypatch: pytest.MonkeyPatch, value: str | None, color: bool
) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    if value is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", value)
    assert Environment(stdout=_Tty(), width=100).color is color
