"""`crosswalk run`: the contract's batch format, read into conversations and answered in order.

A blank line ends a conversation; `#` lines are comments. The text output is the transcript
format (a `> ` line per question, then the answer), so `run` output can be kept as a transcript;
Markdown and HTML are handouts, titled and sectioned by the script's comments.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..base import sanitize
from ..base.stream import turns
from ..conversation.dialogue import Conversation
from ..conversation.engine import Engine
from ..rendering.render import render_json, render_turn
from ..understanding.direction import Side
from .environment import Environment
from .status import ExitStatus


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
    *,
    explain: bool = False,
    speaker: Side | None = None,
) -> int:
    """Answer every question as soon as its line is read (`text` may be an endless stream of lines);
    exit 0 when every line was read, whatever the answers. Stops early, still 0, when the reader of
    standard output has gone."""
    if fmt in ("markdown", "html"):  # a handout (handout.py): the whole script, then the document
        write_handout(engine, text if isinstance(text, str) else "\n".join(text), fmt, env, env.width or 100)
        return ExitStatus.OK
    lines = text.splitlines() if isinstance(text, str) else text
    conversation = Conversation(engine, speaker=speaker)
    for number, turn, question in turns(lines):
        if turn == 1:
            conversation = Conversation(engine, speaker=speaker)
            if fmt == "text" and number > 1:
                env.write("---\n")
        answer = conversation.ask(question)
        if fmt == "jsonl":
            env.write(render_json(answer, explain=explain, extra={"conversation": number, "turn": turn}) + "\n")
        else:
            env.write(render_turn(answer, fmt, env.width or 100, explain=explain))
        if env.output_closed:
            break
    return ExitStatus.OK


def write_handout(engine: Engine, script: str, fmt: str, env: Environment, width: int = 100) -> None:
    """A question script as a handout, written section by section as each conversation is
    answered (a reader such as `head` need not wait for the whole), the legend last."""
    from ..transcripts import handout

    renderer = _renderer(fmt)
    draft = handout.outline(engine, script)
    args = (width,) if fmt == "markdown" else ()
    safe = _safe(fmt)
    env.write(safe(renderer.head(draft.title, draft.lead, *args)))  # knowledge text shown, never obeyed
    done = []
    for number, part in enumerate(draft.sections, 1):
        env.write(safe(renderer.section(part, number, *args)))
        if env.stdout is not None:
            env.stdout.flush()
        if env.output_closed:
            return
        done.append(part)
    env.write(safe(renderer.tail(handout.legend(engine.kb, handout.text_of(draft.title, draft.lead, done)), *args)))
    if env.stdout is not None:
        env.stdout.flush()


def handout_text(engine: Engine, script: str, fmt: str, width: int = 100) -> str:
    """A question script as a handout: Markdown folded to `width`, or one self-contained HTML page."""
    from ..transcripts import handout

    document = handout.from_script(engine, script)
    renderer = _renderer(fmt)
    return _safe(fmt)(renderer.render(document, width) if fmt == "markdown" else renderer.render(document))


def _safe(fmt: str) -> Callable[[str], str]:
    """The sanitiser for a handout: Markdown shows controls and no HTML; the HTML page escapes its
    own text, so only controls are made visible."""
    return sanitize.markdown if fmt == "markdown" else sanitize.visible


def _renderer(fmt: str) -> Any:
    if fmt == "html":
        from ..transcripts import handout_html

        return handout_html
    from ..transcripts import handout_markdown

    return handout_markdown
