"""`crosswalk run`: the contract's batch format, read into conversations and answered in order.

A blank line ends a conversation; `#` lines are comments. The text output is the transcript
format (a `> ` line per question, then the answer), so `run` output can be kept as a transcript;
Markdown and HTML are handouts, titled and sectioned by the script's comments.
"""

from __future__ import annotations

from collections.abc import Iterator

from .dialogue import Conversation
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


def run_script(engine: Engine, text: str, fmt: str, env: Environment, explain: bool = False) -> int:
    """Answer every question; exit 0 when every line was read, whatever the answers. Markdown and
    HTML are handouts (handout.py): the whole script is answered before the document is written."""
    out = env.stdout
    if fmt in ("markdown", "html"):
        out.write(handout_text(engine, text, fmt, env.width or 100))
        out.flush()
        return 0
    first = True
    for number, questions in enumerate(conversations(text), 1):
        conversation = Conversation(engine)
        if fmt == "text" and not first:
            out.write("---\n")
        first = False
        for turn, question in enumerate(questions, 1):
            answer = conversation.ask(question)
            if fmt == "jsonl":
                out.write(render_json(answer, explain, {"conversation": number, "turn": turn}) + "\n")
            else:
                out.write(render_turn(answer, fmt, env.width or 100, explain))
    out.flush()
    return 0


def handout_text(engine: Engine, script: str, fmt: str, width: int = 100) -> str:
    """A question script as a handout: Markdown folded to `width`, or one self-contained HTML page."""
    from . import handout

    document = handout.from_script(engine, script)
    if fmt == "html":
        from . import handout_html

        return handout_html.render(document)
    from . import handout_markdown

    return handout_markdown.render(document, width)
