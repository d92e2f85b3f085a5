"""Conversation transcripts: recorded Q&A that reads as documentation and replays as a test.

The format (files end in `.t`, as cram's do; pytest collects `transcripts/*.t`)::

    # Comments open a conversation: they say what it shows.
    > what is cmm?
    SEI CMM: “Collection of best practices ...
    Sources: [models:cmm]

    > and itil?
    IT Infrastructure Library (ITIL): ...
    ---
    # A new conversation: nothing carried over from the one above.
    > SPP AC11?
    ...

The rules, line by line:

* `> QUESTION` is what the user types. Every line after it, up to the next `> ` line or `---`,
  is the expected output, exactly as the plain-text renderer prints it (width 100, no color).
  Trailing blank lines of a block are not significant, nor is trailing whitespace on a line.
* `---` (alone on its line) starts a new conversation: it is replayed in a fresh session, with
  no context from the conversations above it.
* `#` lines are comments only in a conversation's header: before its first `> ` line (at the
  top of the file or directly after a `---`, blank lines allowed). Inside an answer a `#` line
  is expected output like any other, so an answer can never be mistaken for a comment. Put the
  narrative of a conversation, follow-ups included, in its header.
* A line of expected output that ends in ` (re)` is a regular expression (Python `re`, matched
  with `fullmatch` against the whole line), so a volatile part can be loosened on purpose:
  `Sources: \\[models:cmm\\].* (re)`. Recording writes an output line that would read as a
  question, a `---` or a regular expression the same way (escaped, ending in ` (re)`).
* `/why`, `/sources`, `/clear` and `/help` run as the REPL runs them (the same command registry,
  assistant/faces/commands.py) and their output is expected like an answer's. Other `/` commands
  (those that write files or change settings) are errors in a transcript.
* A question with no expected output fails ("no expected output"); so does a file or a
  conversation with no question: nothing passes silently.

`record_command` runs a question script (the `crosswalk run` format; its `#` comments become the
header of the conversation they are in) and writes the transcript atomically. `check_command`
replays files (or every `*.t` in a directory) and prints a unified diff per mismatching question;
`--update` rewrites only the answers that changed, keeping comments, spacing and the `(re)` lines
that still match. Exit status: 0 all match (or were updated), 1 some answer differs, 2 a file is
missing, unreadable or malformed. The pytest plugin (`plugin.py`) shares all of this.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from ..base.files import FileProblem, write_atomic
from ..base.plural import count, verb
from ..base.sanitize import visible
from ..base.stream import read_text
from ..base.text import safe_for_terminal
from ..conversation.dialogue import Conversation
from ..conversation.engine import Engine
from ..faces.commands import CommandError, ReplState, dispatch
from ..faces.environment import Environment
from ..faces.status import ExitStatus
from ..rendering.render import render_text
from .format import (  # noqa: F401 - the format's names, re-exported for callers of this module
    PROMPT,
    REGEX_MARK,
    SEPARATOR,
    SUFFIX,
    WIDTH,
    Block,
    Transcript,
    TranscriptError,
    Turn,
    escape_line,
    format_transcript,
    is_regex,
    line_matches,
    lines_match,
    merge_update,
    output_lines,
    parse_script,
    parse_transcript,
    regex_alignment,
)

# REPL commands a transcript may replay: the ones that only print (or forget the context).
COMMANDS = ("/why", "/sources", "/clear", "/help")


# -- replay ------------------------------------------------------------------------------------------


def session(engine: Engine) -> ReplState:
    """A fresh REPL session at the transcripts' fixed width, without color."""
    env = Environment(stdout_isatty=False, color=False, width=WIDTH)
    return ReplState(engine, env, Conversation(engine))


def run_turn(state: ReplState, question: str) -> str:
    """What the user would see after typing `question` in the REPL: an answer, or the output of
    one of the REPL's own commands (the same registry, so transcripts and the REPL agree)."""
    if question.startswith("/"):
        command = question.split()[0].lower()
        if command not in COMMANDS:
            raise TranscriptError(f"unsupported command {command} (transcripts support {', '.join(COMMANDS)})")
        try:
            return dispatch(state, question)
        except CommandError as exc:
            return f"{exc}\n"
    return render_text(state.ask(question), WIDTH)


@dataclass
class TurnResult:
    turn: Turn
    actual: list[str] | None  # None when the turn could not be replayed
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def updatable(self) -> bool:
        return self.actual is not None and bool(self.actual)


def replay_block(engine: Engine, block: Block) -> list[TurnResult]:
    """Replay one conversation in a fresh session and compare every turn."""
    state = session(engine)
    results: list[TurnResult] = []
    for turn in block.turns:
        try:
            actual = output_lines(run_turn(state, turn.question))
        except TranscriptError as exc:
            results.append(TurnResult(turn, None, str(exc)))
            continue
        if not turn.expected:
            results.append(TurnResult(turn, actual, "no expected output"))
        elif not lines_match(turn.expected, actual):
            bad = [e for e in turn.expected if is_regex(e) and _bad_regex(e)]
            problem = "answer differs" + (f" (bad regular expression: {bad[0]})" if bad else "")
            results.append(TurnResult(turn, actual, problem))
        else:
            results.append(TurnResult(turn, actual))
    return results


def _bad_regex(line: str) -> bool:
    try:
        re.compile(line.rstrip()[: -len(REGEX_MARK)])
    except re.error:
        return True
    return False


def describe_failure(path: str, result: TurnResult) -> str:
    """The report of one failing turn: where, why, and a unified diff expected → actual."""
    turn = result.turn
    head = f"{path}:{turn.line}: > {safe_for_terminal(turn.question)}: {result.problem}\n"
    if result.actual is None:
        return head
    expected = list(turn.expected)
    for i, j in regex_alignment(expected, result.actual).items():
        expected[i] = result.actual[j]  # a matching (re) line is no difference
    diff = difflib.unified_diff(
        expected, result.actual, fromfile=f"{path}:{turn.line} expected", tofile="actual", lineterm=""
    )
    return head + "".join(line + "\n" for line in diff)


def apply_updates(text: str, results: list[TurnResult]) -> str:
    """The transcript text with each failing, replayable turn's block replaced by its new output.

    Only those lines change: comments, questions, spacing and other answers stay byte for byte.
    """
    lines = text.splitlines()
    for result in sorted(results, key=lambda r: r.turn.line, reverse=True):
        if result.ok or not result.updatable or result.actual is None:
            continue
        start = result.turn.line  # the line after `> question` (0-based index = 1-based line)
        end = start + len(result.turn.expected)
        lines[start:end] = merge_update(result.turn.expected, result.actual)
    return "\n".join(lines) + "\n"


# -- files -------------------------------------------------------------------------------------------


def _read(name: str) -> str:
    try:
        return read_text(name)
    except FileProblem as exc:
        raise TranscriptError(str(exc)) from None


def record(engine: Engine, script_text: str, path: str = "<script>") -> list[Block]:
    """Answer every question of a script, each conversation in a fresh session."""
    blocks = parse_script(script_text)
    for block in blocks:
        state = session(engine)
        for turn in block.turns:
            try:
                output = run_turn(state, turn.question)
            except TranscriptError as exc:
                raise TranscriptError(f"{path}:{turn.line}: {exc}") from None
            turn.expected = [escape_line(x) for x in output_lines(output)]
    return blocks


def record_command(engine: Engine, script_path: str, output_path: str, env: Environment) -> int:
    """`crosswalk transcript record SCRIPT -o FILE` (FILE `-` writes to standard output)."""
    try:
        blocks = record(engine, _read(script_path), script_path)
    except TranscriptError as exc:
        env.error(f"crosswalk: {exc}")
        return ExitStatus.USAGE
    if not blocks:
        env.error(f"crosswalk: {script_path}: no questions to record")
        return ExitStatus.USAGE
    text = format_transcript(blocks)
    if output_path == "-":
        env.write(visible(text))  # questions as typed: shown, not obeyed, by a terminal
        return ExitStatus.OK
    try:
        write_atomic(output_path, text)
    except OSError as exc:
        env.error(f"crosswalk: cannot write {output_path}: {exc.strerror or exc}")
        return ExitStatus.USAGE
    questions = sum(len(b.turns) for b in blocks)
    env.write(
        visible(f"recorded {output_path}: {count(questions, 'question')} in {count(len(blocks), 'conversation')}\n")
    )
    return ExitStatus.OK


def _expand(files: list[str]) -> list[str]:
    out: list[str] = []
    for name in files:
        path = Path(name)
        if path.is_dir():
            found = sorted(str(p) for p in path.glob(f"*{SUFFIX}"))
            if not found:
                raise TranscriptError(f"no *{SUFFIX} transcripts in {name}")
            out += found
        else:
            out.append(name)
    return out


def check_command(engine: Engine, files: list[str], update: bool, env: Environment) -> int:
    """`crosswalk transcript check FILE... [--update]`: 0 all match, 1 some differ, 2 unreadable."""
    status = ExitStatus.OK
    try:
        names = _expand(files)
    except TranscriptError as exc:
        env.error(f"crosswalk: {exc}")
        return ExitStatus.USAGE
    for name in names:
        try:
            text = _read(name)
            transcript = parse_transcript(text, name)
        except TranscriptError as exc:
            env.error(f"crosswalk: {exc}")
            status = max(status, ExitStatus.USAGE)
            continue
        results = [r for block in transcript.conversations for r in replay_block(engine, block)]
        failures = [r for r in results if not r.ok]
        total = f"{count(len(results), 'question')} in {count(len(transcript.conversations), 'conversation')}"
        if not failures:
            env.write(visible(f"ok {name}: {total}\n"))
            continue
        if update:
            fixable = [r for r in failures if r.updatable]
            if fixable:
                try:
                    write_atomic(name, apply_updates(text, fixable))
                except OSError as exc:
                    env.error(f"crosswalk: cannot write {name}: {exc.strerror or exc}")
                    status = max(status, ExitStatus.USAGE)
                    continue
                env.write(visible(f"updated {name}: {len(fixable)} of {count(len(results), 'question')} changed\n"))
                for r in fixable:
                    env.write(visible(f"  {name}:{r.turn.line}: > {safe_for_terminal(r.turn.question)}\n"))
            failures = [r for r in failures if not r.updatable]
            if not failures:
                continue
        for r in failures:
            env.write(visible(describe_failure(name, r)))  # expected lines come from the file
        differ = verb(len(failures), "differs", "differ")
        env.write(visible(f"FAILED {name}: {len(failures)} of {count(len(results), 'question')} {differ}\n"))
        status = max(status, ExitStatus.FAILED)
    return status
