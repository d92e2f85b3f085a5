"""Terminal conventions (issue 14): NO_COLOR only when non-empty, a pager that passes short output
through and never swallows an answer, `/export` at the width `transcript check` replays at."""

from __future__ import annotations

import io

import pytest

from assistant.faces.environment import Environment


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


# -- /export then `transcript check` ---------------------------------------------------------------


def test_export_from_a_narrow_terminal_replays_with_transcript_check(engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A 60-column session exports at the transcripts' fixed width, so the check passes line for line."""
    from assistant.conversation.dialogue import Conversation
    from assistant.faces.commands import ReplState, dispatch
    from assistant.transcripts.replay import check_command

    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdout_isatty=False, color=False, width=60)
    state = ReplState(engine, env, Conversation(engine), terminal_width=60)
    for question in ("which ITIL processes does SCM touch?", "and AC13?", "SPP AC11?", "and AC13?"):
        state.ask(question)
    target = tmp_path / "x.t"
    dispatch(state, f"/export {target}")
    report = Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdout_isatty=False, color=False)
    assert check_command(engine, [str(target)], False, report) == 0, report.stdout.getvalue()
    assert max(len(line) for line in target.read_text(encoding="utf-8").splitlines()) > 60


# -- the pager ---------------------------------------------------------------------------------------


@pytest.fixture
def tall(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A 20-line screen, 60 columns wide."""
    import os

    monkeypatch.setattr("shutil.get_terminal_size", lambda fallback=(80, 24): os.terminal_size((60, 20)))
    return "\n".join(f"line {i}" for i in range(40)) + "\n"


def _tty_env() -> Environment:
    return Environment(stdout=_Tty(), stderr=io.StringIO(), stdout_isatty=True, color=False, width=60)


def test_a_failing_pager_still_shows_the_answer(monkeypatch: pytest.MonkeyPatch, tall: str) -> None:
    from assistant.faces.repl import show

    monkeypatch.setenv("PAGER", "false")
    env = _tty_env()
    show(env, tall, live=True)
    assert env.stdout.getvalue().startswith("line 0\n") and "line 39" in env.stdout.getvalue()


def test_a_missing_pager_still_shows_the_answer(monkeypatch: pytest.MonkeyPatch, tall: str) -> None:
    from assistant.faces.repl import show

    monkeypatch.setenv("PAGER", "no-such-pager-anywhere")
    env = _tty_env()
    show(env, tall, live=True)
    assert "line 39" in env.stdout.getvalue()


def test_an_answer_that_fits_the_screen_is_not_paged(monkeypatch: pytest.MonkeyPatch, tall: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assistant.faces.repl import show

    marker = tmp_path / "paged"
    monkeypatch.setenv("PAGER", f"cat > {marker}")
    env = _tty_env()
    show(env, "one\ntwo\nthree\n", live=True)
    assert not marker.exists() and env.stdout.getvalue() == "one\ntwo\nthree\n\n"
    show(env, tall, live=True)
    assert marker.read_text().startswith("line 0")  # taller than the screen: paged


def test_long_lines_count_as_the_screen_lines_they_take() -> None:
    from assistant.faces.repl import screen_lines

    assert screen_lines("x" * 130, 60) == 3
    assert screen_lines("\x1b[1mbold\x1b[0m\nplain", 60) == 2


def test_a_bare_less_lets_short_output_through(monkeypatch: pytest.MonkeyPatch) -> None:
    """`less -FRX` by default; `PAGER=less` gets LESS=FRX (as git sets it) unless LESS is set."""
    from assistant.faces.repl import pager_command

    monkeypatch.delenv("PAGER", raising=False)
    monkeypatch.delenv("LESS", raising=False)
    assert pager_command()[0] == "less -FRX"
    monkeypatch.setenv("PAGER", "less")
    assert pager_command()[1]["LESS"] == "FRX"
    monkeypatch.setenv("LESS", "-S")
    assert pager_command()[1]["LESS"] == "-S"


# -- JSON in the REPL ------------------------------------------------------------------------------------


def test_json_is_pretty_in_the_repl_and_one_line_for_programs(engine) -> None:  # type: ignore[no-untyped-def]
    import json

    from assistant.conversation.dialogue import Conversation
    from assistant.rendering.render import render

    answer = Conversation(engine).ask("SPP AC11?")
    one_line, pretty = render(answer, "json"), render(answer, "json", pretty=True)
    assert one_line.count("\n") == 1 and pretty.count("\n") > 10
    assert json.loads(one_line) == json.loads(pretty)
