"""Layout at any width from 40 columns (issue 14): every line fits, no word is cut in two, tables
that cannot keep their words whole at the width become one record per row."""

from __future__ import annotations

import re

import pytest

from assistant.conversation.dialogue import Conversation
from assistant.conversation.engine import Engine
from assistant.faces.commands import ReplState, dispatch, help_text
from assistant.faces.environment import Environment
from assistant.faces.repl import banner
from assistant.rendering.render import render_text
from assistant.rendering.wrap import wrap

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

WIDTHS = (40, 60, 120)
QUESTIONS = [
    "what is cmm?",
    "ITIL vs CMM",
    "compare the four models",
    "which ITIL processes does SCM touch?",
    "which CMM practices touch change management?",
    "how many rows touch change management?",
    "which references have no matching row?",
    "which is most holistic?",
    "is there overlap or redundancy?",
    "which should we adopt first?",
    "SPP AC11?",
    "what does SC&D stand for?",
]


def words(text: str) -> set[str]:
    return set(text.split())


def assert_fits_whole(text: str, source: str, width: int) -> None:
    """Every line within the width, and every word of `source` that can fit on a line shown whole."""
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= width, max(lines, key=len)
    shown = words(text)
    cut = [w for w in words(source) if len(w) <= width - 8 and w not in shown]
    assert cut == [], cut[:5]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("question", QUESTIONS)
def test_answers_fit_any_width_without_cutting_words(engine: Engine, question: str, width: int) -> None:
    answer = Conversation(engine).ask(question)
    cells = " ".join(c for row in answer.table.rows for c in row) if answer.table else ""
    source = " ".join([answer.text, *answer.notes, cells])
    assert_fits_whole(render_text(answer, width), source, width)


def test_a_narrow_table_becomes_records(engine: Engine) -> None:
    answer = Conversation(engine).ask("which ITIL processes does SCM touch?")
    narrow = render_text(answer, 60)
    assert "\nSCM.AB1\n  key practice  " in narrow  # the row's key as a title, its cells beside their headers
    assert "production involvement  mapping to ITIL" not in narrow
    assert "production involvement" in render_text(answer, 100).splitlines()[3]  # wide enough: columns


@pytest.mark.parametrize("width", WIDTHS)
def test_banner_help_and_why_fold_between_words(engine: Engine, width: int) -> None:
    text = banner(engine, width) + help_text(width)
    assert_fits_whole(text, text.replace("\n", " "), width)
    assert "Baldrige" in words(banner(engine, width))
    state = ReplState(engine, Environment(stdout_isatty=False, color=False, width=width), Conversation(engine))
    state.terminal_width = width
    state.ask("what are the roles and responsibilities of production in software configuration management?")
    why = dispatch(state, "/why")
    assert max(len(line) for line in why.splitlines()) <= width


def test_wrap_indents_like_textwrap_but_never_inside_a_word() -> None:
    text = "responsibilities " * 6
    folded = wrap(text.strip(), 30, "  - ", "    ").splitlines()
    assert folded[0].startswith("  - responsibilities") and all(x.startswith("    ") for x in folded[1:])
    assert all(re.fullmatch(r" *(- )?(responsibilities ?)+", x) for x in folded)
    assert wrap("x" * 50, 20).splitlines() == ["x" * 20, "x" * 20, "x" * 10]  # only a word wider than the line folds


@pytest.mark.parametrize("question", ["which ITIL processes does SCM touch?", "what is cmm?", "SPP AC11?"])
def test_markdown_at_a_narrow_width_fits_too(engine: Engine, question: str) -> None:
    """`/format markdown` on a 60-column screen: prose folded, a wide table written as records."""
    from assistant.faces.repl import wrap_markdown
    from assistant.rendering.render import render_markdown

    answer = Conversation(engine).ask(question)
    text = wrap_markdown(render_markdown(answer, width=60), 60)
    assert max(len(line) for line in text.splitlines()) <= 60


@pytest.mark.parametrize("width", [40, 60])
@pytest.mark.parametrize("command", ["density", "gaps"])
def test_reports_fit_a_narrow_screen(engine: Engine, command: str, width: int) -> None:
    import io

    from assistant.faces.cli import main

    out = io.StringIO()
    assert main([command], Environment(stdout=out, stdout_isatty=False, color=False, width=width)) == 0
    text = out.getvalue()
    names = " ".join(p.name for p in engine.kb.processes)
    assert_fits_whole(text, names, width)


@pytest.mark.parametrize("width", [40, 60])
def test_sources_fit_a_narrow_screen(engine: Engine, width: int) -> None:
    state = ReplState(engine, Environment(stdout_isatty=False, color=False, width=width), Conversation(engine))
    state.terminal_width = width
    state.ask("which CMM practices map to Capacity at level 2?")
    text = dispatch(state, "/sources")
    assert max(len(line) for line in text.splitlines()) <= width
