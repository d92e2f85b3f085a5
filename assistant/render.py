"""Answer → text, Markdown or JSON. The only module that knows about color and width.

Plain text is what pipes, transcripts and the REPL without color get: deterministic for a given
width, so recorded transcripts replay byte for byte. rich draws the tables (imported only when an
answer has one, to keep `crosswalk ask --format json` fast to start).
"""

from __future__ import annotations

import io
import json
import re
import textwrap
from typing import Any

from . import sanitize
from .answer import Answer, Table
from .schema import Citation
from .text import safe_for_terminal

FORMATS = ("text", "markdown", "json")


def citation_key(c: Citation) -> str:
    return f"{c.table}:{c.row}" + (f"/{c.dimension}" if c.dimension else "")


def _wrap(text: str, width: int, indent: str = "") -> str:
    return textwrap.fill(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def render_table(table: Table, width: int, color: bool) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table as RichTable

    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
    )
    grid = RichTable(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold" if color else "")
    for i, header in enumerate(table.headers):
        grid.add_column(header, style="cyan" if color and i == 0 else None, overflow="fold")
    for row in table.rows:
        grid.add_row(*row)
    console.print(grid)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines()).strip("\n")


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def render_text(answer: Answer, width: int = 100, color: bool = False, explain: bool = False) -> str:
    answer = sanitize.answer(answer)  # knowledge and question text shown, never obeyed, by the terminal
    lines = [_wrap(answer.text, width)]
    lines += [_wrap(n, width) for n in answer.notes]
    if answer.table and answer.table.rows:
        lines.append(render_table(answer.table, width, color))
    if answer.status == "answered":
        if answer.citations:
            keys = " ".join(f"[{citation_key(c)}]" for c in answer.citations)
            lines.append(_paint(_wrap("Sources: " + keys, width), "36", color))
        if answer.suggestions:
            lines.append(_paint(_wrap("Try: " + " | ".join(answer.suggestions), width), "2", color))
    else:
        lines += [f"  - {s}" for s in answer.suggestions]
    if explain and answer.explain:
        lines.append(render_explain(answer.explain, width))
    return "\n".join(lines) + "\n"


def render_explain(explain: dict[str, Any], width: int = 100) -> str:
    parts = [f"Parse: intent={explain.get('intent')} score={explain.get('score')}"]
    if explain.get("query"):
        parts.append(_wrap(f"  query: {explain['query']}", width))
    for e in explain.get("entities", []):
        parts.append(f"  entity {e['kind']}={e['id']} matched {e['text']!r} score {e['score']}")
    for c in explain.get("codes", []):
        parts.append(f"  code {c['code']} of {c['kpa'] or '(no KPA)'} matched {c['text']!r}")
    if explain.get("cues"):
        parts.append(_wrap("  cues: " + ", ".join(explain["cues"]), width))
    runner = explain.get("runner_up")
    parts.append(f"  runner-up: {runner['intent']} score {runner['score']}" if runner else "  runner-up: none")
    return "\n".join(parts)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def _md_table(headers: tuple[str, ...], rows: list[tuple[str, ...]] | tuple[tuple[str, ...], ...]) -> list[str]:
    out = ["| " + " | ".join(_md_cell(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
    return [*out, ""]


def render_markdown(answer: Answer, heading: str | None = None, explain: bool = False) -> str:
    """A handout section: the question as a heading, the answer, the cited rows as a table."""
    answer = sanitize.answer(answer, for_markdown=True)  # no escape codes, no HTML
    out = []
    if heading:
        out.append(f"### {_md_escape(heading)}\n")
    out.append(answer.text + "\n")
    out += [f"> {note}\n" for note in answer.notes]
    if answer.table and answer.table.rows:
        out += _md_table(answer.table.headers, answer.table.rows)
    if answer.citations:
        if answer.table and answer.table.rows:
            out.append("Sources: " + ", ".join(f"`{citation_key(c)}`" for c in answer.citations) + "\n")
        else:
            out += _md_table(
                ("source", "in the document's words"),
                [(f"`{citation_key(c)}`", c.text or c.label) for c in answer.citations],
            )
    if answer.suggestions:
        label = "Try" if answer.status == "answered" else "You could ask"
        out.append(f"*{label}:* " + " · ".join(answer.suggestions) + "\n")
    if explain and answer.explain:
        out.append("```\n" + render_explain(answer.explain) + "\n```\n")
    return "\n".join(out)


# json.dumps escapes C0 only; also escape DEL, C1, bidi controls, U+2028/9 and lone surrogates
_JSON_ESCAPES = sanitize.JSON_ESCAPES


def render_json(answer: Answer, explain: bool = False, extra: dict[str, Any] | None = None) -> str:
    data = answer.as_json(with_explain=explain)
    if extra:
        data.update(extra)
    return json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)


def render_turn(answer: Answer, fmt: str, width: int = 100, explain: bool = False) -> str:
    """One question and its answer as `crosswalk run` prints it: a transcript turn ("> question",
    then the plain-text answer) or a handout section (the question as a heading)."""
    shown = safe_for_terminal(answer.question)  # never echo the input's escapes
    if fmt == "markdown":
        return render_markdown(answer, heading=shown, explain=explain) + "\n"
    return f"> {shown}\n" + render_text(answer, width, False, explain)


def render(answer: Answer, fmt: str, width: int = 100, color: bool = False, explain: bool = False) -> str:
    if fmt == "json":
        return render_json(answer, explain) + "\n"
    if fmt == "markdown":
        return render_markdown(answer, explain=explain)
    return render_text(answer, width, color, explain)
