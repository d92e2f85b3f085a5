"""The REPL's slash commands: one registry, filled by a decorator (as litecli keeps its special
commands), from which /help, Tab completion and the documentation test are all generated.

A handler takes the session's `ReplState` and the text after the command name and returns what
to print; a `CommandError` becomes one line on stderr. Nothing here imports prompt-toolkit, so the
commands can be driven and tested without a terminal.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..answers.answer import Answer, Table
from ..base.files import write_atomic
from ..base.plural import count
from ..base.sanitize import visible
from ..conversation.dialogue import Conversation
from ..conversation.engine import Engine
from ..kb.schema import Citation, KnowledgeBase
from ..rendering.render import FORMATS, citation_key, render_explain, render_table, render_turn
from ..rendering.wrap import wrap
from ..transcripts.format import WIDTH as TRANSCRIPT_WIDTH
from .environment import Environment

PREFIX = "/"


class CommandError(Exception):
    """A command used wrongly (unknown name, bad argument, unwritable file): one line to stderr."""


@dataclass
class ReplState:
    """What the commands may look at and change: the conversation, the output format, the log."""

    engine: Engine
    env: Environment
    conversation: Conversation
    format: str = "text"
    running: bool = True
    # Every answered question, grouped by conversation: /clear starts a new group, so an export
    # replays as `crosswalk run` would (a `---` line between conversations).
    log: list[list[Answer]] = field(default_factory=lambda: [[]])
    terminal_width: int | None = None  # the REPL's current terminal width, when it has one

    def ask(self, question: str) -> Answer:
        answer = self.conversation.ask(question)
        self.log[-1].append(answer)
        return answer

    def clear(self) -> None:
        self.conversation.clear()
        if self.log[-1]:
            self.log.append([])

    @property
    def width(self) -> int:
        return self.terminal_width or self.env.width or 100


Handler = Callable[[ReplState, str], str]


@dataclass(frozen=True)
class Command:
    name: str
    args: str
    help: str
    handler: Handler
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()  # the argument's possible values, for completion
    takes_path: bool = False  # complete the argument as a file name
    bare: tuple[str, ...] = ()  # names that also work typed alone, without the slash ("quit")

    @property
    def synopsis(self) -> str:
        return f"{PREFIX}{self.name}" + (f" {self.args}" if self.args else "")


REGISTRY: dict[str, Command] = {}
BARE: dict[str, Command] = {}  # words that are commands when typed alone, without the slash


def command(
    name: str,
    args: str = "",
    *,
    help: str,
    aliases: tuple[str, ...] = (),
    choices: tuple[str, ...] = (),
    takes_path: bool = False,
    bare: tuple[str, ...] = (),
) -> Callable[[Handler], Handler]:
    """Register a handler as `/name`; `help` is the one line /help prints for it; `bare` names
    are also commands when typed alone without the slash (as pgcli's `quit`)."""

    def register(handler: Handler) -> Handler:
        cmd = Command(name, args, help, handler, aliases, choices, takes_path, bare)
        for key in (name, *aliases):
            if key in REGISTRY:
                raise ValueError(f"command {PREFIX}{key} registered twice")
            REGISTRY[key] = cmd
        for key in bare:
            if key in BARE:
                raise ValueError(f"bare command {key} registered twice")
            BARE[key] = cmd
        return handler

    return register


def commands() -> list[Command]:
    """Each registered command once, in registration order."""
    return list({id(c): c for c in REGISTRY.values()}.values())


def is_command(line: str) -> bool:
    return line.lstrip().startswith(PREFIX)


def lookup(name: str) -> Command | None:
    return REGISTRY.get(name.lstrip(PREFIX).lower())


def bare_command(line: str) -> Command | None:
    """The command a line is when it is one of the bare words alone ("quit", "exit"); else None:
    any other line without the slash is a question."""
    return BARE.get(line.strip().lower())


def dispatch(state: ReplState, line: str) -> str:
    """Run one `/command args` line; raises CommandError for an unknown command or bad use."""
    name, _, arg = line.strip().partition(" ")
    cmd = lookup(name)
    if cmd is None:
        raise CommandError(f"unknown command {name}{_did_you_mean(name)}; type {PREFIX}help for the list")
    return cmd.handler(state, arg.strip())


def _did_you_mean(name: str) -> str:
    from rapidfuzz import fuzz, process

    best = process.extractOne(name.lstrip(PREFIX).lower(), list(REGISTRY), scorer=fuzz.ratio, score_cutoff=60)
    return f" (did you mean {PREFIX}{REGISTRY[best[0]].name}?)" if best else ""


# -- the commands -------------------------------------------------------------------------------


@command("help", "[COMMAND]", help="list the commands, or show one command's help", aliases=("?",))
def cmd_help(state: ReplState, arg: str) -> str:
    if arg:
        cmd = lookup(arg)
        if cmd is None:
            raise CommandError(f"no command {arg}; type {PREFIX}help for the list")
        also = f" (also {', '.join(PREFIX + a for a in cmd.aliases)})" if cmd.aliases else ""
        return f"{cmd.synopsis}{also}\n  {cmd.help}\n"
    return help_text(state.width)


def help_text(width: int = 100) -> str:
    """The command list, generated from the registry, and the keys worth knowing."""
    rows = [
        (c.synopsis, c.help + (f" (also {', '.join(PREFIX + a for a in c.aliases)})" if c.aliases else ""))
        for c in commands()
    ]
    pad = max(len(s) for s, _ in rows) + 4
    if pad > width // 2:  # a narrow screen: each command's help under it, not beside it
        listed = [wrap(f"{s}", width, "  ") + "\n" + wrap(h, width, "      ") for s, h in rows]
    else:
        listed = [wrap(h, width, f"  {s}".ljust(pad), " " * pad) for s, h in rows]
    lines = [
        wrap(
            'Ask a question in plain words. A short follow-up ("and ...?", "what about ...?") '
            f"reuses the last question's subject until {PREFIX}clear.",
            width,
        ),
        "",
        *listed,
        "",
        wrap(
            "Keys: Tab completes names and commands; Up, Down and Ctrl-R search the history; Right arrow "
            "accepts the grey suggestion; Ctrl-C clears the line or stops an answer; Ctrl-D quits.",
            width,
        ),
    ]
    return "\n".join(lines) + "\n"


@command("why", help="how the last question was read: intent, entities with matched text and scores, runner-up")
def cmd_why(state: ReplState, arg: str) -> str:
    answer = state.conversation.last_answer
    if answer is None:
        raise CommandError(f"nothing to explain yet: ask a question first ({PREFIX}clear forgets the last one)")
    head = wrap(f"{answer.question!r}: {answer.status}, confidence {answer.confidence}", state.width, "", "  ")
    if not answer.explain:
        return head + "\n"
    lines = [head, render_explain(answer.explain, state.width)]
    slots = answer.explain.get("slots")
    if slots:
        lines.append(
            wrap("slots: " + "; ".join(f"{k}={_slot(v)}" for k, v in slots.items()), state.width, "  ", "      ")
        )
    return visible("\n".join(lines)) + "\n"  # slots quote the knowledge base


@command("sources", help="the full rows the last answer cites, every column")
def cmd_sources(state: ReplState, arg: str) -> str:
    answer = state.conversation.last_answer
    if answer is None:
        raise CommandError("no answer yet: ask a question first")
    if not answer.citations:
        return "The last answer cites no rows.\n"
    kb = state.engine.kb
    blocks = []
    for citation in answer.citations:
        title = visible(
            wrap(f"[{citation_key(citation)}]" + (f" {citation.label}" if citation.label else ""), state.width)
        )
        fields = [(name, visible(value)) for name, value in source_fields(kb, citation)]
        if not fields:
            blocks.append(f"{title}\n  (row not found in the knowledge base)")
            continue
        table = Table(("column", "value"), tuple((k, v) for k, v in fields))
        blocks.append(title + "\n" + render_table(table, state.width, bool(state.env.color)))
    return "\n\n".join(blocks) + "\n"


def source_fields(kb: KnowledgeBase, citation: Citation) -> list[tuple[str, str]]:
    """Every non-empty column of the cited row (or the one cell, for a model dimension)."""
    record = _record(kb, citation)
    if record is None:
        return []
    if citation.dimension and hasattr(record, "cell"):
        return [
            ("row", citation.row),
            ("name", str(getattr(record, "name", ""))),
            (citation.dimension, record.cell(citation.dimension)),
        ]
    out = []
    for f in dataclasses.fields(record):
        value = record.cell(f.name) if f.name == "granularity" and hasattr(record, "cell") else getattr(record, f.name)
        text = _plain(value)
        if text:
            out.append((f.name, text))
    return out


def _slot(value: Any) -> str:
    """A reading's slot value as typed: a (KPA, code) pair as "SPTO AC13", lists by commas."""
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, (list, tuple)) for v in value):
            return ", ".join(" ".join(str(x) for x in v if x) for v in value)
        return ", ".join(str(v) for v in value)
    return str(value)


def _record(kb: KnowledgeBase, citation: Citation) -> Any:
    index = kb.index
    tables: dict[str, Any] = {
        "models": index.model,
        "observations": index.observation,
        "itil_to_cmm": index.itil_row,
        "cmm_to_itil": index.cmm_row,
        "vocabulary": index.abbreviation,
        "defects": {d.row: d for d in kb.defects},
    }
    return tables.get(citation.table, {}).get(citation.row)


def _plain(value: Any) -> str:
    """A cell as one line of text: lists joined, citations as keys, nested records by label."""
    if value is None:
        return ""
    if isinstance(value, Citation):
        return citation_key(value)
    if isinstance(value, (list, tuple)):
        return "; ".join(t for t in (_plain(v) for v in value) if t)
    if isinstance(value, dict):
        return ", ".join(f"{k}={_plain(v)}" for k, v in value.items())
    label = getattr(value, "label", None)
    if callable(label):
        return str(label())
    if dataclasses.is_dataclass(value):
        return "; ".join(t for t in (_plain(getattr(value, f.name)) for f in dataclasses.fields(value)) if t)
    return str(value)


HANDOUTS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


@command(
    "export",
    "FILE",
    help="write the conversation so far to FILE: a transcript, or a handout if FILE ends in .md or .html",
    takes_path=True,
)
def cmd_export(state: ReplState, arg: str) -> str:
    if not arg:
        raise CommandError(f"usage: {PREFIX}export FILE (a transcript, or a handout when FILE ends in .md or .html)")
    groups = [g for g in state.log if g]
    if not groups:
        raise CommandError("nothing to export yet: ask a question first")
    path = Path(arg.strip("'\"")).expanduser()
    handout = HANDOUTS.get(path.suffix.lower())
    if handout:
        text = handout_text(state.engine, groups, handout)
    else:  # at the width `transcript check` replays it at, whatever the terminal's
        text = export_text(groups)
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from None
    turns = sum(len(g) for g in groups)
    kind = {"markdown": "Markdown handout", "html": "HTML handout"}.get(handout or "", "transcript")
    return f"Wrote {count(turns, 'question')} to {visible(str(path))} ({kind}).\n"


def handout_text(engine: Engine, groups: list[list[Answer]], fmt: str) -> str:
    """The conversations as a handout (handout.py): each a section, follow-ups as the questions
    they resolved to, references and a legend. Markdown is folded to the transcripts' width."""
    from ..transcripts import handout, handout_html, handout_markdown

    document = handout.from_conversations(engine, groups)
    return handout_html.render(document) if fmt == "html" else handout_markdown.render(document, TRANSCRIPT_WIDTH)


def export_text(groups: list[list[Answer]], width: int = TRANSCRIPT_WIDTH) -> str:
    """The `crosswalk run` output for these conversations: replayable as a transcript."""
    parts = []
    for i, answers in enumerate(groups):
        if i:
            parts.append("---\n")
        parts.extend(render_turn(answer, "text", width) for answer in answers)
    return "".join(parts)


@command(
    "format",
    "text|markdown|json",
    help="how answers are printed (no argument: show the current format)",
    choices=FORMATS,
)
def cmd_format(state: ReplState, arg: str) -> str:
    if not arg:
        return f"Answers are printed as {state.format}.\n"
    choice = arg.lower()
    if choice not in FORMATS:
        raise CommandError(f"unknown format {arg!r}: choose {', '.join(FORMATS)}")
    state.format = choice
    return f"Answers are now printed as {choice}.\n"


@command("clear", help="forget the conversation's context: the next question is read on its own")
def cmd_clear(state: ReplState, arg: str) -> str:
    state.clear()
    return "Context cleared.\n"


@command("quit", help="leave crosswalk (Ctrl-D does too)", aliases=("exit", "q"), bare=("quit", "exit"))
def cmd_quit(state: ReplState, arg: str) -> str:
    state.running = False
    return ""


@command(
    "role", "[dev|ops|spi]", help="who 'we' are in your questions (no argument: show it)", choices=("dev", "ops", "spi")
)
def cmd_role(state: ReplState, arg: str) -> str:
    from ..understanding.direction import side_named

    conversation = state.conversation
    if not arg:
        said = conversation.speaker.value if conversation.speaker else "not set (spi or none: neither side)"
        return f"role: {said}\n"
    side = side_named(arg, state.engine.kb.roles)
    if side is None and arg.strip().lower() not in ("spi", "none"):
        raise CommandError(f"no role {arg}; use dev, ops or spi")
    conversation.speaker = side
    conversation.context.speaker = side
    said = f"'we' is the {side.value} side" if side else "'we' is neither side: a question that depends on it asks"
    return f"role: {said}\n"


@command("legend", help="the key to the codes: common features (AC, AB, CO, VE, ME) and KPAs")
def cmd_legend(state: ReplState, arg: str) -> str:
    from ..answers.legend import legend_text

    return wrap(legend_text(state.engine.kb), state.width) + "\n"
