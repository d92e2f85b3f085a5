"""`crosswalk run`: the contract's batch format, read into conversations and answered in order.

A blank line ends a conversation; `#` lines are comments. The text output is the transcript
format (a `> ` line per question, then the answer), so `run` output can be kept as a transcript.
"""

from __future__ import annotations

from collections.abc import Iterator

from .dialogue import Conversation
from .direction import Side
from .engine import Engine
from .environment import Environment
from .render import render_json, render_turn


def conversations(text: str) -> Iterator[list[str]]:
    """Questions grouped into conversations (blank line = new conversation, # = comment)."""
    current: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            if current:
                yield current
                current = []
            continue
        if stripped.startswith("#"):
            continue
        current.append(stripped)
    if current:
        yield current


def run_script(
    engine: Engine, text: str, fmt: str, env: Environment, explain: bool = False, *, speaker: Side | None = None
) -> int:
    """Answer every question; exit 0 when every line was read, whatever the answers."""
    out = env.stdout
    first = True
    if fmt == "markdown":
        out.write("# crosswalk: questions and answers\n\n")
    for number, questions in enumerate(conversations(text), 1):
        conversation = Conversation(engine, speaker=speaker)
        if fmt == "text" and not first:
            out.write("---\n")
        if fmt == "markdown":
            out.write(f"## Conversation {number}\n\n")
        first = False
        for turn, question in enumerate(questions, 1):
            answer = conversation.ask(question)
            if fmt == "jsonl":
                out.write(render_json(answer, explain, {"conversation": number, "turn": turn}) + "\n")
            else:
                out.write(render_turn(answer, fmt, env.width or 100, explain))
    out.flush()
    return 0
