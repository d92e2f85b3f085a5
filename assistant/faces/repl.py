"""The interactive prompt: a prompt-toolkit loop around one `Conversation`.

History persists in the XDG state directory (Up/Down, Ctrl-R, grey suggestions from it), Tab
completes from the knowledge base, and lines starting with "/" run the commands registered in
`commands.py`. Only this module and `completion.py` import prompt-toolkit, and only the REPL
imports them, so `crosswalk ask` does not pay for it.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from prompt_toolkit import PromptSession
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.filters import completion_is_selected
from prompt_toolkit.history import History, InMemoryHistory
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.styles import Style

from .. import __version__
from ..base.sanitize import visible
from ..conversation.dialogue import Conversation
from ..conversation.engine import Engine
from ..rendering.render import render, render_markdown
from ..rendering.wrap import wrap
from .commands import CommandError, ReplState, bare_command, dispatch, is_command
from .completion import CrosswalkCompleter
from .environment import Environment, pager_command
from .history import PrivateFileHistory, read_private
from .status import ExitStatus

PROMPT = "crosswalk> "
HISTORY_FILE = "history"


class _FileHistory(PrivateFileHistory):
    """A private FileHistory (history.py) that, if the file stops being writable mid-session, warns
    once and keeps the rest of the session's history in memory instead of failing the prompt."""

    def __init__(self, path: Path, warn: Callable[[str], None]) -> None:
        super().__init__(str(path))
        self._warn = warn
        self._broken = False

    def store_string(self, string: str) -> None:
        if self._broken:
            return
        try:
            super().store_string(string)
        except OSError as exc:
            self._broken = True
            self._warn(
                f"cannot write the history file {os.fsdecode(self.filename)}: {exc.strerror or exc}; "
                "history is kept in memory for this session"
            )


def open_history(env: Environment) -> History:
    """The persistent history, or (after one warning on stderr) an in-memory one."""
    if env.state_dir is None:
        _warn(env, "no state directory ($XDG_STATE_HOME and $HOME unset): history is kept in memory")
        return InMemoryHistory()
    path = Path(env.state_dir) / HISTORY_FILE
    try:
        data = read_private(path)  # 0600 in a 0700 folder of ours, never through a link or a FIFO
        if b"\0" in data:
            raise ValueError("it holds binary data")
        data.decode("utf-8")
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or (
            "it is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else str(exc)
        )
        _warn(env, f"cannot use the history file {path}: {reason}; history is kept in memory for this session")
        return InMemoryHistory()
    return _FileHistory(path, lambda message: _warn(env, message))


def _warn(env: Environment, message: str) -> None:
    env.error(f"crosswalk: warning: {message}", paint="33")


def banner(engine: Engine, width: int = 100) -> str:
    """Name, what it knows about, three example questions from the knowledge base, and /help,
    folded to the terminal between words."""
    kb = engine.kb
    names = [m.name for m in kb.models]
    models = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)
    lines = [wrap(f"crosswalk {__version__}: ask how {models} relate; every answer cites its rows.", width), "Try:"]
    lines += [wrap(q, width, "  ", "    ") for q in kb.cues.example("banner")]
    lines.append(wrap("Tab completes, Up and Ctrl-R search history, /help lists commands, Ctrl-D quits.", width))
    return visible("\n".join(lines)) + "\n\n"


def context_kpa(conversation: Conversation) -> str | None:
    """The KPA the conversation is about, for completing a follow-up's practice code."""
    reading = getattr(conversation.context, "reading", None)
    if reading is None:
        return None
    slots = reading.slots
    for kpa, _code in slots.get("practices", ()):
        if kpa:
            return str(kpa)
    kpa = slots.get("kpa")
    return kpa if isinstance(kpa, str) else None


def _width(env: Environment, live: bool) -> int:
    """The answer width: the terminal's current width if it is one (it may have been resized)."""
    return env.current_width() if live else env.width or 100


def handle(state: ReplState, line: str, *, live: bool = False) -> None:
    """One accepted line: a command, or a question answered and printed in the current format."""
    env = state.env
    state.terminal_width = _width(env, live)
    if is_command(line) or bare_command(line) is not None:
        try:
            out = dispatch(state, line if is_command(line) else "/" + line)
        except CommandError as exc:
            env.error(str(exc), paint="31")
            return
        if out:
            show(env, out, live=live)
        return
    answer = state.ask(line)
    if state.format == "markdown":  # folded to the screen; a table too wide for it as records
        text = wrap_markdown(render_markdown(answer, width=state.width), state.width)
    else:
        text = render(answer, state.format, state.width, color=bool(env.color), pretty=True)
        if state.format == "json":
            text = fold_json(text, state.width)
    show(env, text, live=live)


def fold_json(text: str, width: int) -> str:
    """Indented JSON for reading on a screen: a line too long for it (a long string) continues
    between words, indented under its key, instead of being cut by the terminal mid-word. For
    JSON to copy into a program, `crosswalk ask --format json` prints it whole on one line."""
    out = []
    for line in text.split("\n"):
        lead = line[: len(line) - len(line.lstrip())]
        out.append(line if len(line) <= width else wrap(line.lstrip(), width, lead, lead + "    "))
    return "\n".join(out)


_MD_LEAD = re.compile(r"(\s*(?:>\s?|[-*+]\s+|\d+\.\s+)?)")


def wrap_markdown(text: str, width: int) -> str:
    """Markdown's paragraphs folded to the terminal (a soft line break changes nothing in Markdown,
    and quotes and list items keep their marker or indent); table rows, headings and code stay whole."""
    lines = []
    fenced = False
    for line in text.split("\n"):
        if line.startswith("```"):
            fenced = not fenced
        if fenced or len(line) <= width or line.startswith(("|", "#", "    ", "```")):
            lines.append(line)
            continue
        lead = _MD_LEAD.match(line).group(1)  # type: ignore[union-attr]  # the pattern always matches
        rest = lead if lead.strip().startswith(">") else " " * len(lead)
        lines.append(wrap(line[len(lead) :], width, lead, rest))
    return "\n".join(lines)


def show(env: Environment, text: str, *, live: bool = False) -> None:
    """Print an answer or a command's output, then a blank line; paged when taller than the screen."""
    text = text.rstrip("\n") + "\n\n"
    if not (live and env.stdout_isatty and page(env, text)):
        env.write(text)


def screen_lines(text: str, columns: int) -> int:
    """How many lines of the screen the text takes: long lines take several, escapes none."""
    from rich.cells import cell_len

    plain = _ESCAPE.sub("", text)
    return sum(max(1, -(-cell_len(line) // max(1, columns))) for line in plain.split("\n"))


_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


def page(env: Environment, text: str) -> bool:
    """Show an answer taller than the screen through the pager. False when it fits the screen, no
    pager is set, or the pager failed (could not start, or exited with an error, as `PAGER=false`
    does): then the caller prints it, so an answer is never lost."""
    size = env.terminal_size((80, 24))
    command, environ = pager_command()
    if screen_lines(text.rstrip("\n"), size.columns) < size.lines - 1 or not command.strip():
        return False
    if env.stdout is not None:
        env.stdout.flush()
    try:
        pager = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, text=True, errors="replace", env=environ)
    except OSError:
        return False
    try:
        with contextlib.suppress(BrokenPipeError):  # the reader quit early
            if pager.stdin is not None:
                pager.stdin.write(text)
                pager.stdin.close()
    finally:
        while True:  # Ctrl-C belongs to the pager (less scrolls on it); wait until it exits
            try:
                pager.wait()
                break
            except KeyboardInterrupt:
                continue
    return pager.returncode == 0  # not found (127), or failed: print instead


def key_bindings() -> KeyBindings:
    """Tab and Enter as in pgcli: Tab selects the first completion at once (then cycles), and
    Enter on a selected completion takes it instead of sending the line."""
    bindings = KeyBindings()

    @bindings.add("tab")
    def _tab(event: KeyPressEvent) -> None:
        buffer = event.app.current_buffer
        if buffer.complete_state:
            buffer.complete_next()
        else:
            buffer.start_completion(select_first=True)

    @bindings.add("enter", filter=completion_is_selected)
    def _take(event: KeyPressEvent) -> None:
        event.app.current_buffer.complete_state = None

    return bindings


def run_repl(engine: Engine, env: Environment, *, input: Any = None, output: Any = None) -> int:
    """Read questions and commands until Ctrl-D or /quit; always exits 0."""
    state = ReplState(engine, env, Conversation(engine))
    history = open_history(env)
    session: PromptSession[str] = PromptSession(
        history=history,
        auto_suggest=AutoSuggestFromHistory(),
        completer=CrosswalkCompleter(engine.kb, lambda: context_kpa(state.conversation)),
        complete_while_typing=False,
        key_bindings=key_bindings(),
        style=Style.from_dict({"prompt": "bold ansicyan" if env.color else ""}),
        color_depth=None if env.color else ColorDepth.MONOCHROME,
        input=input,
        output=output,
    )
    live = input is None and output is None
    env.write(banner(engine, _width(env, live)))
    if env.stdout is not None:
        env.stdout.flush()
    while state.running:
        try:
            text = session.prompt([("class:prompt", PROMPT)])
        except KeyboardInterrupt:
            continue  # Ctrl-C at the prompt: the line is dropped, the session goes on
        except EOFError:
            break
        # A pasted block arrives as one text: each of its lines is a question of its own.
        for line in (part.strip() for part in text.splitlines()):
            if not line or not state.running:
                continue
            try:
                handle(state, line, live=live)
            except KeyboardInterrupt:
                env.error("Interrupted.", paint="33")
                break
            finally:
                if env.stdout is not None:
                    env.stdout.flush()
    return ExitStatus.OK
