"""`crosswalk run`: the contract's batch format, read into conversations and answered in order.

A blank line ends a conversation; `#` lines are comments. The text output is the transcript
format (a `> ` line per question, then the answer), so `run` output can be kept as a transcript;
Markdown and HTML are handouts, titled and sectioned by the script's comments.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

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
        write_handout(engine, text, fmt, env, env.width or 100)
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


def write_handout(engine: Engine, script: str, fmt: str, env: Environment, width: int = 100) -> None:
    """A question script as a handout, written section by section as each conversation is
    answered (a reader such as `head` need not wait for the whole), the legend last."""
    from . import handout

    renderer = _renderer(fmt)
    draft = handout.outline(engine, script)
    args = (width,) if fmt == "markdown" else ()
    env.write(renderer.head(draft.title, draft.lead, *args))
    done = []
    for number, part in enumerate(draft.sections, 1):
        env.write(renderer.section(part, number, *args))
        env.stdout.flush()
        done.append(part)
    env.write(renderer.tail(handout.legend(engine.kb, handout.text_of(draft.title, draft.lead, done)), *args))
    env.stdout.flush()


def handout_text(engine: Engine, script: str, fmt: str, width: int = 100) -> str:
    """A question script as a handout: Markdown folded to `width`, or one self-contained HTML page."""
    from . import handout

    document = handout.from_script(engine, script)
    renderer = _renderer(fmt)
    return renderer.render(document, width) if fmt == "markdown" else renderer.render(document)


def _renderer(fmt: str) -> Any:
    if fmt == "html":
        from . import handout_html

        return handout_html
    from . import handout_markdown

    return handout_markdown
