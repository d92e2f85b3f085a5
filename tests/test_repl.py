"""The REPL driven in-process: prompt-toolkit's pipe input stands in for the keyboard and
DummyOutput for the screen, while answers and errors land in the Environment's string streams."""

from __future__ import annotations

import dataclasses
import io
import json
import threading
import time
from pathlib import Path

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from assistant.conversation.dialogue import Conversation
from assistant.conversation.engine import Engine
from assistant.faces import commands as registry
from assistant.faces.completion import CrosswalkCompleter
from assistant.faces.environment import Environment
from assistant.faces.repl import _FileHistory, banner, run_repl, wrap_markdown
from assistant.rendering.render import render_json, render_markdown, render_text

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

ENTER, TAB, UP, RIGHT, CTRL_C, CTRL_D = "\r", "\t", "\x1b[A", "\x1b[C", "\x03", "\x04"
WIDTH = 100


def make_env(state_dir: Path) -> Environment:
    return Environment(
        stdout=io.StringIO(),
        stderr=io.StringIO(),
        stdin_isatty=True,
        stdout_isatty=False,
        color=False,
        width=WIDTH,
        state_dir=state_dir,
    )


def drive(engine: Engine, env: Environment, *lines: str, end: str = CTRL_D) -> int:
    """Type each line followed by Enter (a line may hold its own keys), then `end`."""
    with create_pipe_input() as pipe:
        pipe.send_text("".join(line + ENTER for line in lines) + end)
        return run_repl(engine, env, input=pipe, output=DummyOutput())


def drive_paced(engine: Engine, env: Environment, *chunks: str, pause: float = 0.3) -> int:
    """Send key chunks with a pause between them, for keys that depend on work prompt-toolkit does
    in the background (loading history, computing completions), which a typist never outruns."""
    with create_pipe_input() as pipe:

        def feed() -> None:
            for chunk in chunks:
                time.sleep(pause)
                pipe.send_text(chunk)

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        code = run_repl(engine, env, input=pipe, output=DummyOutput())
        feeder.join()
    return code


def answers_of(engine: Engine, *questions: str) -> list:
    conversation = Conversation(engine)
    return [conversation.ask(q) for q in questions]


@pytest.fixture
def env(tmp_path: Path) -> Environment:
    return make_env(tmp_path / "state")


def out(env: Environment) -> str:
    return env.stdout.getvalue()


def err(env: Environment) -> str:
    return env.stderr.getvalue()


def complete(engine: Engine, text: str, context_kpa: str | None = None) -> list:
    completer = CrosswalkCompleter(engine.kb, (lambda: context_kpa) if context_kpa else None)
    return list(completer.get_completions(Document(text), CompleteEvent(completion_requested=True)))


# -- start, questions, follow-ups, stop ----------------------------------------------------------


def test_banner_has_the_three_examples_and_help(engine: Engine, env: Environment) -> None:
    assert drive(engine, env) == 0
    text = out(env)
    examples = engine.kb.cues.example("banner")
    assert len(examples) == 3
    for example in examples:
        assert example in text
    assert "/help" in text
    assert text.startswith(banner(engine))
    assert err(env) == ""


def test_a_question_is_answered_in_plain_text(engine: Engine, env: Environment) -> None:
    question = engine.kb.cues.example("banner")[1]
    assert drive(engine, env, question) == 0
    (expected,) = answers_of(engine, question)
    assert render_text(expected, WIDTH, color=False) in out(env)
    assert "\x1b[" not in out(env)


def test_a_follow_up_borrows_the_kpa(engine: Engine, env: Environment) -> None:
    drive(engine, env, "SPTO AB1?", "and AC13?")
    text = out(env)
    assert "[cmm_to_itil:SPTO.AB1]" in text
    assert "[cmm_to_itil:SPTO.AC13+VE1+VE2]" in text


def test_ctrl_d_exits_zero_and_ctrl_c_only_drops_the_line(engine: Engine, env: Environment) -> None:
    code = drive(engine, env, "SPTO AB1" + CTRL_C + "SPP AC11?")
    assert code == 0
    text = out(env)
    assert "[cmm_to_itil:SPP.AC11]" in text
    assert "SPTO.AB1" not in text


def test_ctrl_c_during_an_answer_returns_to_the_prompt(
    engine: Engine, env: Environment, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_ask = Conversation.ask
    calls = []

    def slow_ask(self: Conversation, question: str):  # the first answer is "interrupted"
        calls.append(question)
        if len(calls) == 1:
            raise KeyboardInterrupt
        return real_ask(self, question)

    monkeypatch.setattr(Conversation, "ask", slow_ask)
    assert drive(engine, env, "SPTO AB1?", "SPP AC11?") == 0
    assert "Interrupted." in err(env)
    assert "[cmm_to_itil:SPP.AC11]" in out(env)
    assert "[cmm_to_itil:SPTO.AB1]" not in out(env)


def test_pasted_lines_are_separate_questions(engine: Engine, env: Environment) -> None:
    # Bracketed paste: both lines arrive in one buffer, accepted with one Enter.
    drive(engine, env, "\x1b[200~SPTO AB1?\nand AC13?\x1b[201~")
    assert "[cmm_to_itil:SPTO.AB1]" in out(env)
    assert "[cmm_to_itil:SPTO.AC13+VE1+VE2]" in out(env)


# -- commands --------------------------------------------------------------------------------------


def test_every_command_is_documented_in_help(engine: Engine, env: Environment) -> None:
    cmds = registry.commands()
    assert {c.name for c in cmds} >= {"help", "why", "sources", "export", "format", "clear", "quit"}
    drive(engine, env, "/help")
    text = out(env)
    for cmd in cmds:
        assert cmd.help.strip(), f"/{cmd.name} has no help text"
        assert f"/{cmd.name}" in text
        assert cmd.synopsis in text
    assert err(env) == ""


def test_help_for_one_command(engine: Engine, env: Environment) -> None:
    drive(engine, env, "/help export", "/help nosuch")
    assert registry.lookup("export").help.split()[0] in out(env)
    assert err(env).count("\n") == 1 and "/help" in err(env)


def test_unknown_command_is_one_line_naming_help(engine: Engine, env: Environment) -> None:
    drive(engine, env, "/sorces", "SPP AC11?")
    lines = err(env).splitlines()
    assert len(lines) == 1
    assert "/sorces" in lines[0] and "/help" in lines[0] and "/sources" in lines[0]
    assert "[cmm_to_itil:SPP.AC11]" in out(env)


def test_why_shows_intent_entities_and_runner_up(engine: Engine, env: Environment) -> None:
    drive(engine, env, "/why", "what does dev hand to problem mgmt?", "/why")
    assert "ask a question first" in err(env)
    text = out(env)
    why = text[text.rindex("Parse: ") :]
    answer = answers_of(engine, "what does dev hand to problem mgmt?")[0]
    assert f"intent={answer.intent}" in why
    entity = answer.explain["entities"][0]
    assert f"entity {entity['kind']}={entity['id']} matched {entity['text']!r} score {entity['score']}" in why
    assert "runner-up:" in why


def test_why_after_a_follow_up_shows_the_borrowed_kpa(engine: Engine, env: Environment) -> None:
    drive(engine, env, "SPTO AB1?", "and AC13?", "/why")
    assert "slots: practices=SPTO AC13" in out(env)


def test_sources_prints_every_column_of_the_cited_rows(engine: Engine, env: Environment) -> None:
    drive(engine, env, "/sources", "SPTO AB1?", "/sources")
    assert "ask a question first" in err(env)
    sources = out(env).split("[cmm_to_itil:SPTO.AB1] ", 1)[1]
    row = engine.kb.index.cmm_row["SPTO.AB1"]
    flat = " ".join(sources.split())
    for f in dataclasses.fields(row):
        value = getattr(row, f.name)
        if not value:
            continue
        assert f"\n{f.name} " in sources, f.name  # every non-empty column has a line
        shown = value if isinstance(value, str) else "; ".join(value) if isinstance(value, tuple) else str(value)
        assert " ".join(shown.split()[:4]) in flat


def test_sources_of_a_model_cell_and_of_a_row(engine: Engine, env: Environment) -> None:
    question = engine.kb.cues.example("banner")[2]  # a comparison: model cells
    drive(engine, env, question, "/sources", engine.kb.cues.example("banner")[0], "/sources")
    text = " ".join(out(env).split())
    compared = answers_of(engine, question)[0]
    for citation in compared.citations:
        model = engine.kb.index.model[citation.row]
        assert " ".join(model.cell(citation.dimension).split()[:5]) in text
    itil = answers_of(engine, engine.kb.cues.example("banner")[0])[0].citations[0]
    row = engine.kb.index.itil_row[itil.row]
    assert "input_from_development" in text and "output_to_development" in text
    assert row.cmm_printed in text


def test_export_writes_the_transcript_atomically(engine: Engine, env: Environment, tmp_path: Path) -> None:
    target = tmp_path / "talk.txt"
    drive(engine, env, "SPTO AB1?", "and AC13?", f"/export {target}")
    first, second = answers_of(engine, "SPTO AB1?", "and AC13?")
    expected = "> SPTO AB1?\n" + render_text(first, WIDTH, color=False)
    expected += "> and AC13?\n" + render_text(second, WIDTH, color=False)
    assert target.read_text(encoding="utf-8") == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state", "talk.txt"]  # no temporary left
    assert "Wrote 2 questions" in out(env)


def test_export_markdown_and_clear_separates_conversations(engine: Engine, env: Environment, tmp_path: Path) -> None:
    """A .md export is a handout: one section per conversation (/clear starts one), follow-ups
    under the question they resolved to, numbered references, no suggestions."""
    target = tmp_path / "talk.md"
    drive(engine, env, "SPTO AB1?", "/clear", "SPP AC11?", "and AC13?", f"/export {target}")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# ") and "\n---\n" in text
    assert "### SPTO AB1?" in text and "### SPP AC13?" in text and "“and AC13?”" in text
    assert "#### References" in text and "`cmm_to_itil:SPP.AC13`" in text
    assert "Try:" not in text and "Wrote 3 questions" in out(env) and "Markdown handout" in out(env)


def test_export_html_is_a_handout_page(engine: Engine, env: Environment, tmp_path: Path) -> None:
    target = tmp_path / "talk.html"
    drive(engine, env, "SPP AC11?", f"/export {target}")
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<h3>SPP AC11?</h3>" in page and "1 question" in out(env)


def test_export_errors_are_one_line(engine: Engine, env: Environment, tmp_path: Path) -> None:
    drive(engine, env, "/export", f"/export {tmp_path}/x.txt", "SPP AC11?", f"/export {tmp_path}/no/such/dir.txt")
    lines = err(env).splitlines()
    assert len(lines) == 3
    assert "usage" in lines[0] and "nothing to export" in lines[1] and "cannot write" in lines[2]
    assert not (tmp_path / "x.txt").exists()


def test_format_switches_the_rendering(engine: Engine, env: Environment) -> None:
    drive(engine, env, "/format json", "SPP AC11?", "/format markdown", "SPP AC11?", "/format", "/format yaml")
    text = out(env)
    block = text[text.index("\n{\n") + 1 : text.index("\n}\n") + 2]  # pretty-printed, one field a line
    assert '\n  "question": "SPP AC11?",\n  "status": "answered",\n' in block and '"row": "SPP.AC11"' in block
    assert max(len(line) for line in block.splitlines()) <= WIDTH  # long strings folded between words
    (answer,) = answers_of(engine, "SPP AC11?")
    assert json.loads(" ".join(block.split())) == json.loads(" ".join(render_json(answer, pretty=True).split()))
    (answer,) = answers_of(engine, "SPP AC11?")
    assert wrap_markdown(render_markdown(answer, width=WIDTH), WIDTH) in text
    assert "printed as markdown" in text
    markdown = text[text.index("printed as markdown") :]
    assert all(len(x) <= WIDTH for x in markdown.splitlines())  # folded to the width, tables as records
    assert err(env).count("\n") == 1 and "yaml" in err(env)


def test_markdown_folding_keeps_quotes_lists_tables_and_code() -> None:
    long = " ".join(["word"] * 40)
    text = "\n".join([f"> {long}", f"- {long}", f"| {long} |", "```", long, "```", long])
    folded = wrap_markdown(text, 40).splitlines()
    assert all(x.startswith("> ") for x in folded[: folded.index(next(x for x in folded if x.startswith("- ")))])
    assert f"| {long} |" in folded and long in folded  # the table row and the code line are whole
    assert any(x.startswith("  word") for x in folded)  # a list item's continuation is indented
    assert max(len(x) for x in folded if not x.startswith("|") and x != long) <= 40


def test_clear_forgets_the_context(engine: Engine, env: Environment) -> None:
    drive(engine, env, "SPTO AB1?", "/clear", "and AC13?", "/why")
    text = out(env)
    assert "Context cleared." in text
    assert "SPTO.AC13" not in text
    lone = answers_of(engine, "AC13?")[0]
    assert lone.status != "answered" or "SPTO" not in lone.text


def test_quit_stops_reading(engine: Engine, env: Environment) -> None:
    assert drive(engine, env, "/quit", "SPP AC11?", end="") == 0
    assert "SPP.AC11" not in out(env)
    env2 = make_env(env.state_dir)
    assert drive(engine, env2, "exit", "SPP AC11?", end="") == 0
    assert "SPP.AC11" not in out(env2)


# -- history ----------------------------------------------------------------------------------------


def test_history_persists_and_reloads(engine: Engine, tmp_path: Path) -> None:
    state = tmp_path / "state"
    first = make_env(state)
    drive(engine, first, "SPP AC11?", "SPTO AB1?")
    stored = (state / "history").read_text(encoding="utf-8")
    assert "+SPP AC11?" in stored and "+SPTO AB1?" in stored

    second = make_env(state)
    drive_paced(engine, second, UP + UP + ENTER, CTRL_D)  # two back: the first question of the last session
    assert "[cmm_to_itil:SPP.AC11]" in out(second)

    third = make_env(state)
    drive_paced(engine, third, "SPT" + RIGHT + ENTER, CTRL_D)  # the grey suggestion from history, accepted
    assert "[cmm_to_itil:SPTO.AB1]" in out(third)
    assert err(first) == err(second) == err(third) == ""


def test_unwritable_history_dir_warns_once_and_goes_on(engine: Engine, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the state directory should be\n")
    env = make_env(blocker / "crosswalk")
    assert drive_paced(engine, env, "SPP AC11?" + ENTER, "SPTO AB1?" + ENTER, UP + UP + ENTER, CTRL_D) == 0
    lines = err(env).splitlines()
    assert len(lines) == 1 and "warning" in lines[0] and "history" in lines[0]
    assert out(env).count("[cmm_to_itil:SPP.AC11]") == 2  # in-memory history still works


@pytest.mark.parametrize("spoil", ["directory", "binary"])
def test_corrupt_history_file_warns_once(engine: Engine, tmp_path: Path, spoil: str) -> None:
    state = tmp_path / "state"
    state.mkdir()
    if spoil == "directory":
        (state / "history").mkdir()
    else:
        (state / "history").write_bytes(b"\x00\xff\xfe garbage \x00\n")
    env = make_env(state)
    drive(engine, env, "SPP AC11?")
    assert len(err(env).splitlines()) == 1
    assert "[cmm_to_itil:SPP.AC11]" in out(env)


def test_history_that_fails_mid_session_warns_once(tmp_path: Path) -> None:
    warnings: list[str] = []
    history = _FileHistory(tmp_path, warnings.append)  # a directory: every write fails
    history.store_string("one")
    history.store_string("two")
    assert len(warnings) == 1


# -- completion ----------------------------------------------------------------------------------


def test_chan_completes_change_management_first(engine: Engine) -> None:
    process = next(p for p in engine.kb.processes if p.name.lower().startswith("chan"))
    found = complete(engine, "chan")
    assert found[0].text == process.name
    assert found[0].display_meta_text == "ITIL process"
    assert found[0].start_position == -4


def test_a_kpa_then_a_code_prefix_offers_its_practice_codes(engine: Engine) -> None:
    found = complete(engine, "SPP AC1")
    codes = {c for row in engine.kb.index.cmm_by_kpa["SPP"] for c in row.practices if c.startswith("AC1")}
    assert codes and codes <= {c.text for c in found}
    assert all(c.display_meta_text == "practice" and c.text.startswith("AC1") for c in found)
    assert {"AC11"} <= {c.text for c in complete(engine, "SPP ")}
    kpa = engine.kb.kpa("SPP")
    assert {"AC11"} <= {c.text for c in complete(engine, f"what is {kpa.name} AC")}


def test_a_follow_up_code_completes_from_the_conversation_kpa(engine: Engine) -> None:
    found = {c.text for c in complete(engine, "and AC1", context_kpa="SPTO")}
    assert "AC13" in found
    assert complete(engine, "and AC1") == []


def test_completion_covers_every_kind_of_name(engine: Engine) -> None:
    kb = engine.kb
    model = kb.models[-1]
    kpa = kb.kpas[0]
    abbreviation = next(a for a in kb.abbreviations if all(a.abbr.lower() != k.abbr.lower() for k in kb.kpas))
    cases = [
        (model.name[:4], model.name, "model"),
        (kpa.name[:-3], kpa.name, "CMM KPA"),
        (kpa.abbr, kpa.abbr, "CMM KPA"),
        (abbreviation.abbr, abbreviation.abbr, None),
    ]
    for typed, expected, meta in cases:
        found = {c.text: c.display_meta_text for c in complete(engine, typed)}
        assert expected in found, typed
        if meta:
            assert found[expected] == meta
    assert "abbreviation" in {c.display_meta_text for c in complete(engine, "SO")}


def test_completion_ranks_prefix_before_fuzzy_and_tolerates_typos(engine: Engine) -> None:
    process = next(p for p in engine.kb.processes if p.name.lower().startswith("chan"))
    typo = process.name[:2] + process.name[3] + process.name[2] + process.name[4:6]  # "chnage"
    assert complete(engine, typo.lower())[0].text == process.name
    phrase = complete(engine, "and to " + process.name.lower()[:9])
    assert phrase[0].text == process.name and phrase[0].start_position == -9


def test_slash_completes_every_command_and_format_values(engine: Engine) -> None:
    found = complete(engine, "/")
    assert [c.text.strip() for c in found] == [f"/{c.name}" for c in registry.commands()]
    assert {c.display_meta_text for c in found} == {"command"}
    assert [c.text for c in complete(engine, "/fo")] == ["/format "]  # the space: the argument follows
    assert [c.text for c in complete(engine, "/cl")] == ["/clear"]
    assert [c.text for c in complete(engine, "/format m")] == ["markdown"]


def test_tab_in_the_loop_inserts_the_completion(engine: Engine, env: Environment) -> None:
    # Tab selects the first completion; Enter takes it; a second Enter sends the line.
    drive_paced(engine, env, "what does dev hand to chan" + TAB, ENTER, ENTER, CTRL_D)
    process = next(p for p in engine.kb.processes if p.name.lower().startswith("chan"))
    assert f"[itil_to_cmm:{process.row}]" in out(env)
