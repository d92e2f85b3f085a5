"""`crosswalk run`: the contract's batch format, read into conversations and answered in order.

A blank line ends a conversation; `#` lines are comments. The text output is the transcript
format (a `> ` line per question, then the answer), so `run` output can be kept as a transcript.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .dialogue import Conversation
from .direction import Side
from .engine import Engine
from .environment import Environment
from .render import render_json, render_turn
from .stream import turns


def conversations(text: str) -> Iterator[list[str]]:
    """Questions grouped into conversations (blank line = new conversation, # = comment)."""
    current: list[str] = []
    for _, turn, question in turns(text.splitlines()):
        if turn == 1 and current:
            yield current
            current = []
        current.append(question)
    if current:
        yield current


def run_script(
    engine: Engine,
    text: str | Iterable[str],
    fmt: str,
    env: Environment,
    explain: bool = False,
    *,
    speaker: Side | None = None,
) -> int:
    """Answer every question as soon as its line is read (`text` may be an endless stream of lines);
    exit 0 when every line was read, whatever the answers. Stops early, still 0, when the reader of
    standard output has gone."""
    lines = text.splitlines() if isinstance(text, str) else text
    conversation = Conversation(engine, speaker=speaker)
    if fmt == "markdown":
        env.write("# crosswalk: questions and answers\n\n")
    for number, turn, question in turns(lines):
        if turn == 1:
            conversation = Conversation(engine, speaker=speaker)
            if fmt == "text" and number > 1:
                env.write("---\n")
            if fmt == "markdown":
                env.write(f"## Conversation {number}\n\n")
        answer = conversation.ask(question)
        conversation.turns.clear()  # an endless stream must not keep every answer
        if fmt == "jsonl":
            env.write(render_json(answer, explain, {"conversation": number, "turn": turn}) + "\n")
        else:
            env.write(render_turn(answer, fmt, env.width or 100, explain))
        if env.output_closed:
            break
    return 0
