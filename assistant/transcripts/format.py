"""The transcript format: parse a transcript file, format one, and match expected lines.

See `transcript.py` for the format's rules and the record/check commands; this module only knows
the text (no engine, no REPL), so the pytest plugin and the commands share one reading of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..base.stream import classify

SUFFIX = ".t"
WIDTH = 100
PROMPT = "> "
SEPARATOR = "---"
REGEX_MARK = " (re)"


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
        kind, stripped = classify(raw)  # as `crosswalk run` reads it: no BOM, no line of NULs
        if kind == "noise":
            continue
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


def regex_alignment(expected: list[str], actual: list[str]) -> dict[int, int]:
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
    for i, j in regex_alignment(expected, actual).items():
        merged[j] = expected[i].rstrip()
    return merged
