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
  assistant/commands.py) and their output is expected like an answer's. Other `/` commands
  (those that write files or change settings) are errors in a transcript.
* A question with no expected output fails ("no expected output"); so does a file or a
  conversation with no question: nothing passes silently.

`record_command` runs a question script (the `crosswalk run` format; its `#` comments become the
header of the conversation they are in) and writes the transcript atomically. `check_command`
replays files (or every `*.t` in a directory) and prints a unified diff per mismatching question;
`--update` rewrites only the answers that changed, keeping comments, spacing and the `(re)` lines
that still match. Exit status: 0 all match (or were updated), 1 some answer differs, 2 a file is
missing, unreadable or malformed. The pytest plugin (`pytest_transcripts.py`) shares all of this.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from .commands import CommandError, ReplState, dispatch
from .dialogue import Conversation
from .engine import Engine
from .environment import Environment
from .files import FileProblem, read_text, write_atomic
from .render import render_text
from .text import safe_for_terminal

SUFFIX = ".t"
WIDTH = 100
PROMPT = "> "
SEPARATOR = "---"
REGEX_MARK = " (re)"
# REPL commands a transcript may replay: the ones that only print (or forget the context).
COMMANDS = ("/why", "/sources", "/clear", "/help")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class TranscriptError(Exception):
    """A transcript or script that cannot be read or replayed; the message names file and line."""


@dataclass
class Turn:
    """One question and the lines expected after it (trailing blank lines dropped)."""

    question: str
    expected: list[str] = field(default_factory=list)
    line: int = field(default=0, compare=False)  # 1-based line of the `> ` line (0: not from a file)


@dataclass
class Block:
    """One conversation: its header (comments, blank lines inside it) and its turns."""

    header: list[str] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    line: int = field(default=0, compare=False)  # 1-based first line of the conversation


@dataclass
class Transcript:
    path: str
    conversations: list[Block]

    @property
    def questions(self) -> int:
        return sum(len(b.turns) for b in self.conversations)


# -- parsing and formatting -----------------------------------------------------------------------


def _trim_blank(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def parse_transcript(text: str, path: str = "<transcript>") -> Transcript:
    """The conversations of a transcript; TranscriptError ("PATH:LINE: why") when malformed."""
    blocks: list[Block] = []
    block: Block | None = None
    turn: Turn | None = None

    def close_turn() -> None:
        if turn is not None:
            while turn.expected and not turn.expected[-1].strip():
                turn.expected.pop()

    def close_block(number: int) -> None:
        if block is None:
            return
        close_turn()
        block.header = _trim_blank(block.header)
        if not block.turns:
            raise TranscriptError(f"{path}:{block.line or number}: conversation with no question")
        blocks.append(block)

    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if line == SEPARATOR:
            close_block(number)
            block, turn = None, None
            continue
        if raw.startswith(PROMPT):
            close_turn()
            question = raw[len(PROMPT) :].strip()
            if not question:
                raise TranscriptError(f"{path}:{number}: empty question after '> '")
            if block is None:
                block = Block(line=number)
            turn = Turn(question, [], number)
            block.turns.append(turn)
            continue
        if turn is not None:
            turn.expected.append(line)  # leading blank lines are significant, trailing ones are not
            continue
        if not line or line.startswith("#"):
            if block is None:
                if not line:
                    continue
                block = Block(line=number)
            block.header.append(line)
            continue
        raise TranscriptError(
            f"{path}:{number}: text outside an answer (expected '> question', '# comment' or '---'): {line[:60]}"
        )
    close_block(len(text.splitlines()) + 1)
    if not blocks:
        raise TranscriptError(f"{path}:1: no questions in this transcript")
    return Transcript(path, blocks)


def format_transcript(conversations: list[Block]) -> str:
    """The canonical text: header, then each `> question` and its output, a blank line between turns."""
    out: list[str] = []
    for i, block in enumerate(conversations):
        if i:
            out.append(SEPARATOR)
        out += _trim_blank(block.header)
        for j, turn in enumerate(block.turns):
            if j:
                out.append("")
            out.append(PROMPT + turn.question)
            out += turn.expected
        if i < len(conversations) - 1:
            out.append("")
    return "\n".join(out) + "\n"


def parse_script(text: str) -> list[Block]:
    """A question script (the `crosswalk run` format) as conversations without expected output.

    Conversations split as in `batch.conversations` (a blank line after a question ends one);
    every `#` comment becomes part of the header of the conversation it falls in, in order.
    """
    blocks: list[Block] = []
    current = Block()
    for number, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if not stripped:
            if current.turns:
                blocks.append(current)
                current = Block()
            elif current.header and current.header[-1]:
                current.header.append("")
            continue
        if stripped.startswith("#"):
            current.header.append(stripped)
            continue
        current.turns.append(Turn(stripped, [], number))
    if current.turns:
        blocks.append(current)
    for block in blocks:
        block.header = _trim_blank(block.header)
    return blocks


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
    return render_text(state.ask(question), WIDTH, False)


def output_lines(text: str) -> list[str]:
    """Rendered output as transcript lines: right-stripped, trailing blank lines dropped."""
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def escape_line(line: str) -> str:
    """An output line as the transcript must hold it: literal, unless it would read as syntax."""
    if line.startswith(PROMPT) or line.rstrip() == SEPARATOR or line.endswith(REGEX_MARK):
        escaped = re.escape(line)
        if escaped.startswith(">"):
            escaped = "\\" + escaped
        return escaped + REGEX_MARK
    return line


def is_regex(line: str) -> bool:
    return line.rstrip().endswith(REGEX_MARK)


def line_matches(expected: str, actual: str) -> bool:
    expected, actual = expected.rstrip(), actual.rstrip()
    if expected.endswith(REGEX_MARK):
        try:
            return re.fullmatch(expected[: -len(REGEX_MARK)], actual) is not None
        except re.error:
            return False
    return expected == actual


def _regex_alignment(expected: list[str], actual: list[str]) -> dict[int, int]:
    """Which actual line each still-matching (re) line stands for: same index, or same distance
    from the end (so a line added or removed above it does not unmatch it)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    shift = len(actual) - len(expected)
    for i, line in enumerate(expected):
        if not is_regex(line):
            continue
        for j in (i, i + shift):
            if 0 <= j < len(actual) and j not in used and line_matches(line, actual[j]):
                pairs[i] = j
                used.add(j)
                break
    return pairs


def lines_match(expected: list[str], actual: list[str]) -> bool:
    return len(expected) == len(actual) and all(line_matches(e, a) for e, a in zip(expected, actual, strict=True))


def merge_update(expected: list[str], actual: list[str]) -> list[str]:
    """The new expected block: the actual lines, keeping each (re) line that still matches."""
    merged = [escape_line(a) for a in actual]
    for i, j in _regex_alignment(expected, actual).items():
        merged[j] = expected[i].rstrip()
    return merged


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
    for i, j in _regex_alignment(expected, result.actual).items():
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
        return EXIT_USAGE
    if not blocks:
        env.error(f"crosswalk: {script_path}: no questions to record")
        return EXIT_USAGE
    text = format_transcript(blocks)
    if output_path == "-":
        env.write(text)
        return EXIT_OK
    try:
        write_atomic(output_path, text)
    except OSError as exc:
        env.error(f"crosswalk: cannot write {output_path}: {exc.strerror or exc}")
        return EXIT_USAGE
    questions = sum(len(b.turns) for b in blocks)
    env.write(f"recorded {output_path}: {questions} questions in {len(blocks)} conversations\n")
    return EXIT_OK


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
    status = EXIT_OK
    try:
        names = _expand(files)
    except TranscriptError as exc:
        env.error(f"crosswalk: {exc}")
        return EXIT_USAGE
    for name in names:
        try:
            text = _read(name)
            transcript = parse_transcript(text, name)
        except TranscriptError as exc:
            env.error(f"crosswalk: {exc}")
            status = max(status, EXIT_USAGE)
            continue
        results = [r for block in transcript.conversations for r in replay_block(engine, block)]
        failures = [r for r in results if not r.ok]
        total = f"{len(results)} questions in {len(transcript.conversations)} conversations"
        if not failures:
            env.write(f"ok {name}: {total}\n")
            continue
        if update:
            fixable = [r for r in failures if r.updatable]
            if fixable:
                try:
                    write_atomic(name, apply_updates(text, fixable))
                except OSError as exc:
                    env.error(f"crosswalk: cannot write {name}: {exc.strerror or exc}")
                    status = max(status, EXIT_USAGE)
                    continue
                env.write(f"updated {name}: {len(fixable)} of {len(results)} questions changed\n")
                for r in fixable:
                    env.write(f"  {name}:{r.turn.line}: > {safe_for_terminal(r.turn.question)}\n")
            failures = [r for r in failures if not r.updatable]
            if not failures:
                continue
        for r in failures:
            env.write(describe_failure(name, r))
        env.write(f"FAILED {name}: {len(failures)} of {len(results)} questions differ\n")
        status = max(status, EXIT_FAILED)
    return status
