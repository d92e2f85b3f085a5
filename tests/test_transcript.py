"""Transcripts: the format, record and check from the command line, --update, atomic writes, the
pytest plugin, and the shipped transcripts (every intent covered, each in step with its script)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.conversation.dialogue import Conversation
from assistant.conversation.engine import Engine
from assistant.faces.batch import conversations
from assistant.faces.cli import main
from assistant.faces.environment import Environment
from assistant.transcripts import replay as tr

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "transcripts"

SCRIPT = """\
# Models first.
what is cmm?
what does it focus on?

# A practice, then a follow-up that keeps the KPA.
SPP AC11?
and AC13?
"""

BALDRIGE = "Malcolm Baldrige's granularity is “7 criteria”: 7 criteria, perceived as Holistic."


def run_cli(argv: list[str], tmp_path: Path) -> tuple[int, str, str]:
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), cache_dir=tmp_path / "cache")
    status = main(argv, env)
    return status, env.stdout.getvalue(), env.stderr.getvalue()  # type: ignore[attr-defined]


def env_for() -> Environment:
    return Environment(stdout=io.StringIO(), stderr=io.StringIO())


def out(env: Environment) -> str:
    return env.stdout.getvalue()  # type: ignore[attr-defined]


def err(env: Environment) -> str:
    return env.stderr.getvalue()  # type: ignore[attr-defined]


def record_text(engine: Engine, script: str = SCRIPT) -> str:
    return tr.format_transcript(tr.record(engine, script))


# -- the format ------------------------------------------------------------------------------------


CANONICAL = """\
# A header comment.
#
# Another paragraph of it.
> first question
answer line one
  # not a comment: inside an answer
# nor this one

> second question
answer two

---
# Second conversation.
> third question (re)
x (re)
"""


def test_parse_reads_questions_expected_lines_and_line_numbers() -> None:
    t = tr.parse_transcript(CANONICAL, "demo.t")
    assert len(t.conversations) == 2
    first, second = t.conversations
    assert first.header == ["# A header comment.", "#", "# Another paragraph of it."]
    assert [turn.question for turn in first.turns] == ["first question", "second question"]
    assert first.turns[0].expected == ["answer line one", "  # not a comment: inside an answer", "# nor this one"]
    assert [turn.line for turn in first.turns] == [4, 9]
    assert second.line == 13  # its first line is the header's
    assert second.header == ["# Second conversation."]
    assert second.turns[0].question == "third question (re)"
    assert second.turns[0].expected == ["x (re)"]
    assert t.questions == 3


def test_format_and_parse_round_trip() -> None:
    t = tr.parse_transcript(CANONICAL)
    assert tr.format_transcript(t.conversations) == CANONICAL
    again = tr.parse_transcript(tr.format_transcript(t.conversations))
    assert again.conversations == t.conversations


def test_trailing_blank_lines_and_whitespace_are_not_significant() -> None:
    loose = "> q\n\nfirst   \nsecond\n\n\n\n---\n\n\n> r\nthird\n\n"
    t = tr.parse_transcript(loose)
    assert t.conversations[0].turns[0].expected == ["", "first", "second"]  # a leading blank line counts
    assert t.conversations[1].turns[0].expected == ["third"]
    assert tr.lines_match(["first   "], ["first"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no questions"),
        ("# only a comment\n", "conversation with no question"),
        ("> q\nanswer\n---\n# nothing here\n", "conversation with no question"),
        ("stray text\n> q\nanswer\n", "text outside an answer"),
        (">  \n", "empty question"),
    ],
)
def test_malformed_transcripts_name_file_and_line(text: str, message: str) -> None:
    with pytest.raises(tr.TranscriptError, match=message) as info:
        tr.parse_transcript(text, "bad.t")
    assert str(info.value).startswith("bad.t:")


def test_script_conversations_match_the_batch_format() -> None:
    script = "# intro\n\n# more\nq1\n# mid\nq2\n\n\n#c\nq3\n\n# trailing comment only\n"
    blocks = tr.parse_script(script)
    assert [[t.question for t in b.turns] for b in blocks] == list(conversations(script))
    assert blocks[0].header == ["# intro", "", "# more", "# mid"]
    assert blocks[1].header == ["#c"]


def test_output_lines_that_read_as_syntax_are_escaped() -> None:
    for line in ["> looks like a question", "---", "ends like a regex (re)", "a.b*c (re)"]:
        escaped = tr.escape_line(line)
        assert escaped.endswith(" (re)")
        assert tr.line_matches(escaped, line)
        assert not escaped.startswith("> ")
        assert escaped != "---"
    assert tr.escape_line("plain line") == "plain line"
    text = tr.format_transcript([tr.Block(turns=[tr.Turn("q", [tr.escape_line("> x"), tr.escape_line("---")])])])
    turn = tr.parse_transcript(text).conversations[0].turns[0]
    assert tr.lines_match(turn.expected, ["> x", "---"])


def test_crosswalk_run_text_output_reads_as_a_transcript(engine: Engine, tmp_path: Path) -> None:
    from assistant.faces.batch import run_script

    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), width=100)
    run_script(engine, SCRIPT, "text", env)
    path = tmp_path / "run.t"
    path.write_text(out(env))
    assert tr.check_command(engine, [str(path)], False, env_for()) == 0


# -- replay and compare -------------------------------------------------------------------------------


def test_regex_lines_match_with_fullmatch() -> None:
    assert tr.line_matches("score=0\\.\\d+ (re)", "score=0.87")
    assert not tr.line_matches("score=0\\.\\d (re)", "score=0.87")  # fullmatch, not search
    assert not tr.line_matches("score=0.87", "score=0.88")
    assert not tr.line_matches("([ (re)", "([")  # a bad regular expression never matches


def test_record_then_check_is_green(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "demo.t"
    path.write_text(record_text(engine))
    env = env_for()
    assert tr.check_command(engine, [str(path)], False, env) == 0
    assert out(env) == f"ok {path}: 4 questions in 2 conversations\n"


def test_changing_one_word_fails_with_a_diff_showing_both_words(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "demo.t"
    path.write_text(record_text(engine, "baldrige granularity\n"))
    path.write_text(path.read_text().replace("perceived as Holistic", "perceived as Specific"))
    env = env_for()
    assert tr.check_command(engine, [str(path)], False, env) == 1
    report = out(env)
    assert f"--- {path}:1 expected\n+++ actual\n" in report
    assert "-" + BALDRIGE.replace("Holistic", "Specific") + "\n" in report
    assert "+" + BALDRIGE + "\n" in report
    assert f"{path}:1: > baldrige granularity: answer differs" in report
    assert report.endswith(f"FAILED {path}: 1 of 1 question differs\n")


def test_a_regex_line_loosens_a_volatile_part(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "demo.t"
    text = record_text(engine, "baldrige granularity\n/why\n")
    assert "Parse: intent=model_dimension score=" in text
    loose = "\n".join(
        "Parse: intent=model_dimension score=0\\.\\d+ (re)" if line.startswith("Parse:") else line
        for line in text.splitlines()
    )
    path.write_text(loose.replace("perceived as Holistic", "perceived as Specific") + "\n")
    env = env_for()
    assert tr.check_command(engine, [str(path)], False, env) == 1
    report = out(env)
    assert "(re)" not in report  # the matching regex line is no difference
    assert "Specific" in report and ":1: > baldrige granularity" in report
    path.write_text(loose.replace("score=0\\.\\d+ (re)", "score=1\\.\\d+ (re)") + "\n")
    env = env_for()
    assert tr.check_command(engine, [str(path)], False, env) == 1
    assert "-Parse: intent=model_dimension score=1\\.\\d+ (re)" in out(env)


def test_a_question_without_expected_output_fails(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "demo.t"
    path.write_text("# A question nobody wrote the answer for.\n> what is cmm?\n\n")
    env = env_for()
    assert tr.check_command(engine, [str(path)], False, env) == 1
    assert f"{path}:2: > what is cmm?: no expected output" in out(env)
    assert "+Sources: [models:cmm]" in out(env)


def test_slash_commands_run_as_in_the_repl(engine: Engine) -> None:
    state = tr.session(engine)
    assert tr.run_turn(state, "/why").startswith("nothing to explain yet")
    tr.run_turn(state, "what is cmm?")
    why = tr.run_turn(state, "/why")
    assert "Parse: intent=model_define" in why
    assert "models:cmm" in tr.run_turn(state, "/sources")
    assert tr.run_turn(state, "/clear") == "Context cleared.\n"
    assert state.conversation.context.reading is None
    assert tr.run_turn(state, "/why").startswith("nothing to explain yet")
    with pytest.raises(tr.TranscriptError, match="unsupported command /nope"):
        tr.run_turn(state, "/nope")
    with pytest.raises(tr.TranscriptError, match="unsupported command /export"):
        tr.run_turn(state, "/export x.t")


def test_each_conversation_replays_in_a_fresh_session(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "demo.t"
    path.write_text(record_text(engine, "what is cmm?\n\nwhat does it focus on?\n"))
    text = path.read_text()
    assert "[models:cmm/focus]" not in text.split("---")[1]  # no context carried over
    assert tr.check_command(engine, [str(path)], False, env_for()) == 0


# -- --update ------------------------------------------------------------------------------------------


def test_update_rewrites_changed_answers_and_keeps_comments_and_regex_lines(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "demo.t"
    recorded = record_text(engine, "# Keep me.\nbaldrige granularity\nwhat is cmm?\n\n# Second.\nSPP AC11?\n")
    loosened = recorded.replace("Sources: [models:cmm]", "Sources: \\[models:cmm\\] (re)")
    broken = loosened.replace("perceived as Holistic", "perceived as Specific").replace(
        "Sources: [cmm_to_itil:SPP.AC11]", "Sources: [cmm_to_itil:SPP.AC12]"
    )
    path.write_text(broken)
    env = env_for()
    assert tr.check_command(engine, [str(path)], True, env) == 0
    assert out(env) == (
        f"updated {path}: 2 of 3 questions changed\n"
        f"  {path}:2: > baldrige granularity\n"
        f"  {path}:{broken.splitlines().index('> SPP AC11?') + 1}: > SPP AC11?\n"
    )
    assert path.read_text() == loosened
    env = env_for()
    assert tr.check_command(engine, [str(path)], False, env) == 0


def test_update_fills_a_question_without_expected_output(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "demo.t"
    path.write_text("# Written by hand.\n> SPP AC11?\n\n> and AC13?\n")
    assert tr.check_command(engine, [str(path)], True, env_for()) == 0
    assert path.read_text() == record_text(engine, "# Written by hand.\nSPP AC11?\nand AC13?\n")


def test_update_leaves_matching_files_untouched(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "demo.t"
    path.write_text(record_text(engine) + "\n\n")
    before = path.stat().st_mtime_ns, path.read_bytes()
    assert tr.check_command(engine, [str(path)], True, env_for()) == 0
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before


# -- atomic record -----------------------------------------------------------------------------------------


def test_record_writes_atomically_and_replaces_the_old_file(engine: Engine, tmp_path: Path) -> None:
    script = tmp_path / "demo.txt"
    script.write_text(SCRIPT)
    target = tmp_path / "demo.t"
    target.write_text("old\n")
    env = env_for()
    assert tr.record_command(engine, str(script), str(target), env) == 0
    assert out(env) == f"recorded {target}: 4 questions in 2 conversations\n"
    assert target.read_text() == record_text(engine)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.t", "demo.txt"]


@pytest.mark.parametrize("failure", [RuntimeError("engine broke"), KeyboardInterrupt()])
def test_a_failing_record_keeps_the_old_file(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    script = tmp_path / "demo.txt"
    script.write_text(SCRIPT)
    target = tmp_path / "demo.t"
    target.write_text("old transcript\n")
    asked: list[str] = []
    real_ask = Conversation.ask

    def ask(self: Conversation, question: str):  # type: ignore[no-untyped-def]
        asked.append(question)
        if len(asked) == 3:
            raise failure
        return real_ask(self, question)

    monkeypatch.setattr(Conversation, "ask", ask)
    with pytest.raises(type(failure)):
        tr.record_command(engine, str(script), str(target), env_for())
    assert len(asked) == 3
    assert target.read_text() == "old transcript\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.t", "demo.txt"]


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_write_failing_midway_leaves_no_temporary_file(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    script = tmp_path / "demo.txt"
    script.write_text(SCRIPT)
    target = tmp_path / "demo.t"
    target.write_text("old transcript\n")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, step, fail)
    env = env_for()
    assert tr.record_command(engine, str(script), str(target), env) == 2
    assert err(env) == f"crosswalk: cannot write {target}: No space left on device\n"
    assert target.read_text() == "old transcript\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.t", "demo.txt"]


def test_an_interrupted_record_from_the_command_line_exits_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "demo.txt"
    script.write_text(SCRIPT)
    target = tmp_path / "demo.t"
    target.write_text("old transcript\n")

    def interrupt(self: Conversation, question: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Conversation, "ask", interrupt)
    status, _, stderr = run_cli(["transcript", "record", str(script), "-o", str(target)], tmp_path)
    assert status == 130 and stderr == "crosswalk: interrupted\n"
    assert target.read_text() == "old transcript\n"
    assert not list(tmp_path.glob(".demo.t.*"))


def test_record_keeps_the_file_mode(engine: Engine, tmp_path: Path) -> None:
    script = tmp_path / "demo.txt"
    script.write_text(SCRIPT)
    target = tmp_path / "demo.t"
    target.write_text("old\n")
    target.chmod(0o640)
    assert tr.record_command(engine, str(script), str(target), env_for()) == 0
    assert target.stat().st_mode & 0o777 == 0o640


# -- the command line -------------------------------------------------------------------------------------


def test_cli_record_and_check_exit_codes(tmp_path: Path) -> None:
    script = tmp_path / "demo.txt"
    script.write_text(SCRIPT)
    target = tmp_path / "demo.t"
    status, stdout, stderr = run_cli(["transcript", "record", str(script), "-o", str(target)], tmp_path)
    assert (status, stderr) == (0, "")
    assert stdout == f"recorded {target}: 4 questions in 2 conversations\n"

    status, stdout, _ = run_cli(["transcript", "check", str(target)], tmp_path)
    assert status == 0 and stdout.startswith("ok ")

    recorded = target.read_text()
    target.write_text(recorded.replace("CMM, focus: “Main focus", "CMM, focus: “Chief focus"))
    status, stdout, _ = run_cli(["transcript", "check", str(target)], tmp_path)
    assert status == 1
    assert "-CMM, focus: “Chief focus" in stdout and "+CMM, focus: “Main focus" in stdout
    line = recorded.splitlines().index("> what does it focus on?") + 1
    assert f"{target}:{line}: > what does it focus on?: answer differs" in stdout

    status, stdout, _ = run_cli(["transcript", "check", "--update", str(target)], tmp_path)
    assert status == 0 and stdout.endswith(f"1 of 4 questions changed\n  {target}:{line}: > what does it focus on?\n")
    assert target.read_text() == recorded
    assert run_cli(["transcript", "check", str(target)], tmp_path)[0] == 0


def test_cli_missing_files_are_one_line_errors(tmp_path: Path) -> None:
    missing = tmp_path / "nope.t"
    status, stdout, stderr = run_cli(["transcript", "check", str(missing)], tmp_path)
    assert (status, stdout, stderr) == (2, "", f"crosswalk: no such file: {missing}\n")
    status, _, stderr = run_cli(["transcript", "record", str(tmp_path / "nope.txt"), "-o", str(missing)], tmp_path)
    assert status == 2 and stderr.count("\n") == 1 and "no such file" in stderr
    assert not missing.exists()


def test_cli_check_a_missing_file_beside_a_good_one(tmp_path: Path, engine: Engine) -> None:
    good = tmp_path / "good.t"
    good.write_text(record_text(engine))
    status, stdout, stderr = run_cli(["transcript", "check", str(good), str(tmp_path / "nope.t")], tmp_path)
    assert status == 2 and stdout.startswith("ok ") and "no such file" in stderr


def test_cli_check_a_directory_and_a_malformed_file(tmp_path: Path, engine: Engine) -> None:
    (tmp_path / "a.t").write_text(record_text(engine))
    status, stdout, _ = run_cli(["transcript", "check", str(tmp_path)], tmp_path)
    assert status == 0 and stdout.count("ok ") == 1
    (tmp_path / "b.t").write_text("no prompt here\n")
    status, _, stderr = run_cli(["transcript", "check", str(tmp_path)], tmp_path)
    assert status == 2 and f"{tmp_path / 'b.t'}:1: text outside an answer" in stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    status, _, stderr = run_cli(["transcript", "check", str(empty)], tmp_path)
    assert status == 2 and "no *.t transcripts" in stderr


def test_cli_record_an_unsupported_command_fails_without_writing(tmp_path: Path) -> None:
    script = tmp_path / "demo.txt"
    script.write_text("what is cmm?\n/history\n")
    target = tmp_path / "demo.t"
    status, _, stderr = run_cli(["transcript", "record", str(script), "-o", str(target)], tmp_path)
    assert status == 2 and f"{script}:2: unsupported command /history" in stderr
    assert not target.exists()


def test_cli_record_to_standard_output(tmp_path: Path, engine: Engine) -> None:
    script = tmp_path / "demo.txt"
    script.write_text(SCRIPT)
    status, stdout, _ = run_cli(["transcript", "record", str(script), "-o", "-"], tmp_path)
    assert status == 0 and stdout == record_text(engine)


# -- the pytest plugin --------------------------------------------------------------------------------------


def run_pytest(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "assistant.transcripts.plugin", "-p", "no:cacheprovider", *args],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def test_pytest_collects_one_item_per_conversation_and_updates(engine: Engine, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.pytest.ini_options]\n")
    folder = tmp_path / "transcripts"
    folder.mkdir()
    path = folder / "demo.t"
    good = record_text(engine, SCRIPT + "\nbaldrige granularity\n")
    path.write_text(good.replace("perceived as Holistic", "perceived as Specific"))

    result = run_pytest(tmp_path, "-q", "transcripts")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 failed, 2 passed" in result.stdout
    assert "--- transcripts/demo.t:" in result.stdout and " expected\n+++ actual" in result.stdout
    assert "-" + BALDRIGE.replace("Holistic", "Specific") in result.stdout
    assert "+" + BALDRIGE in result.stdout

    result = run_pytest(tmp_path, "-q", "transcripts", "--update-transcripts")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "updated 1 transcript answers in 1 files" in result.stdout
    assert "transcripts/demo.t:" in result.stdout and "> baldrige granularity" in result.stdout
    assert path.read_text() == good

    result = run_pytest(tmp_path, "-q", "transcripts")
    assert result.returncode == 0 and "3 passed" in result.stdout


def test_pytest_reports_a_malformed_transcript_and_an_empty_answer(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.pytest.ini_options]\n")
    folder = tmp_path / "transcripts"
    folder.mkdir()
    (folder / "bad.t").write_text("stray\n")
    (folder / "empty.t").write_text("> what is cmm?\n")
    result = run_pytest(tmp_path, "-q", "transcripts/bad.t")
    assert result.returncode == 2  # a collection error
    assert "transcripts/bad.t:1: text outside an answer" in result.stdout
    result = run_pytest(tmp_path, "-q", "transcripts/empty.t")
    assert result.returncode == 1
    assert "transcripts/empty.t:1: > what is cmm?: no expected output" in result.stdout
    assert "+Sources: [models:cmm]" in result.stdout


# -- the shipped transcripts --------------------------------------------------------------------------------

EVERY_INTENT = {
    "model_define", "model_dimension", "model_compare", "model_select", "itil_process", "itil_practices",
    "cmm_practice", "practice_cited_by", "kpa_processes", "kpa_cited_by", "list_rows", "no_touch_points",
    "empty_mappings", "observation", "glossary", "density", "gaps", "practice_links", "process_links",
    "defects", "help",
}  # fmt: skip


def shipped() -> list[Path]:
    return sorted(SHIPPED.glob("*.t"))


def test_shipped_transcripts_cover_every_intent_and_the_hard_cases(engine: Engine) -> None:
    assert len(shipped()) >= 6
    intents: set[str] = set()
    statuses: set[str] = set()
    questions: list[str] = []
    for path in shipped():
        for block in tr.parse_transcript(path.read_text(), str(path)).conversations:
            state = tr.session(engine)
            for turn in block.turns:
                tr.run_turn(state, turn.question)
                questions.append(turn.question)
                if not turn.question.startswith("/"):
                    assert state.conversation.last_answer is not None
                    intents.add(state.conversation.last_answer.intent)
                    statuses.add(state.conversation.last_answer.status)
    assert intents >= EVERY_INTENT, sorted(EVERY_INTENT - intents)
    assert statuses == {"answered", "clarify", "unknown"}
    for needed in ["which should we adopt first?", "AC1?", "tell me a joke", "baldridge granularity", "/why"]:
        assert needed in questions


@pytest.mark.parametrize("path", shipped(), ids=lambda p: p.name)
def test_shipped_transcripts_follow_their_scripts(path: Path) -> None:
    script = SHIPPED / "scripts" / (path.stem + ".txt")
    assert script.is_file(), f"{path.name} has no script in transcripts/scripts/"
    from_script = [[t.question for t in b.turns] for b in tr.parse_script(script.read_text())]
    from_transcript = [[t.question for t in b.turns] for b in tr.parse_transcript(path.read_text()).conversations]
    assert from_transcript == from_script


@pytest.mark.parametrize("name", ["onboarding_developer", "onboarding_operations", "onboarding_process_improvement"])
def test_onboarding_conversations_have_8_to_15_questions_with_follow_ups(name: str) -> None:
    t = tr.parse_transcript((SHIPPED / f"{name}.t").read_text())
    assert 8 <= t.questions <= 15
    follow_ups = [
        turn.question for b in t.conversations for turn in b.turns if turn.question.startswith(("and ", "what about"))
    ]
    assert follow_ups
