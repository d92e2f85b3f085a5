"""Answer → text, Markdown or JSON, at a given width, in colour or not.

Colour and width are decided in rendering/ alone (this module, wrap.py, tables.py, heatmap.py):
the faces only say how wide the screen is and whether it takes colour (faces/environment.py).

Plain text is what pipes, transcripts and the REPL without color get: deterministic for a given
width, so recorded transcripts replay byte for byte. rich draws the tables (imported only when an
answer has one, to keep `crosswalk ask --format json` fast to start).
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..answers.answer import Answer, Table
from ..base import sanitize
from ..base.text import safe_for_terminal
from ..kb.schema import Citation
from .wrap import wrap

FORMATS = ("text", "markdown", "json")


def citation_key(c: Citation) -> str:
    return f"{c.table}:{c.row}" + (f"/{c.dimension}" if c.dimension else "")


def _wrap(text: str, width: int, indent: str = "") -> str:
    return wrap(text, width, indent)


def render_table(table: Table, width: int, color: bool) -> str:
    """A table at `width` columns: as columns when they fit, else one record per row (tables.py)."""
    from . import tables

    return tables.render(table, width, color)


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def render_text(answer: Answer, width: int = 100, *, color: bool = False, explain: bool = False) -> str:
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
        lines += [wrap(s, width, "  - ", "    ") for s in answer.suggestions]
    if explain and answer.explain:
        lines.append(render_explain(answer.explain, width))
    return "\n".join(lines) + "\n"


def render_explain(explain: dict[str, Any], width: int = 100) -> str:
    """The parse, one fact a line; a line too long for the width continues indented under it."""
    parts = [f"Parse: intent={explain.get('intent')} score={explain.get('score')}"]
    if explain.get("query"):
        parts.append(_wrap(f"  query: {explain['query']}", width))
    for e in explain.get("entities", []):
        parts.append(f"  entity {e['kind']}={e['id']} matched {e['text']!r} score {e['score']}")
    for c in explain.get("codes", []):
        parts.append(f"  code {c['code']} of {c['kpa'] or '(no KPA)'} matched {c['text']!r}")
    if explain.get("cues"):
        parts.append("  cues: " + ", ".join(explain["cues"]))
    runner = explain.get("runner_up")
    parts.append(f"  runner-up: {runner['intent']} score {runner['score']}" if runner else "  runner-up: none")
    return "\n".join(wrap(part.lstrip(), width, part[: len(part) - len(part.lstrip())], "      ") for part in parts)


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def render_markdown(answer: Answer, heading: str | None = None, explain: bool = False, width: int | None = None) -> str:
    """One answer in Markdown: the question as a heading, the answer, the cited rows as a table
    (given a width, a table too wide for it is written one record per row)."""
    from .mdtable import table as md_table

    answer = sanitize.answer(answer, for_markdown=True)  # no escape codes, no HTML
    out = []
    if heading:
        out.append(f"### {_md_escape(heading)}\n")
    out.append(answer.text + "\n")
    out += [f"> {note}\n" for note in answer.notes]
    if answer.table and answer.table.rows:
        out += [*md_table(answer.table, width), ""]
    if answer.citations:
        if answer.table and answer.table.rows:
            out.append("Sources: " + ", ".join(f"`{citation_key(c)}`" for c in answer.citations) + "\n")
        else:
            sources = Table(
                ("source", "in the document's words"),
                tuple((f"`{citation_key(c)}`", c.text or c.label) for c in answer.citations),
            )
            out += [*md_table(sources, width), ""]
    if answer.suggestions:
        label = "Try" if answer.status == "answered" else "You could ask"
        out.append(f"*{label}:* " + " · ".join(answer.suggestions) + "\n")
    if explain and answer.explain:
        out.append("```\n" + render_explain(answer.explain) + "\n```\n")
    return "\n".join(out)


# json.dumps escapes C0 only; also escape DEL, C1, bidi controls, U+2028/9 and lone surrogates
_JSON_ESCAPES = sanitize.JSON_ESCAPES


def render_json(
    answer: Answer, *, explain: bool = False, extra: dict[str, Any] | None = None, pretty: bool = False
) -> str:
    """The contract's JSON answer: one line (for pipes and JSON Lines), or indented to read on a screen."""
    data = answer.as_json(with_explain=explain)
    if extra:
        data.update(extra)
    return json.dumps(data, ensure_ascii=False, default=str, indent=2 if pretty else None).translate(_JSON_ESCAPES)


def render_turn(answer: Answer, fmt: str, width: int = 100, *, explain: bool = False) -> str:
    """One question and its answer as `crosswalk run` prints it: a transcript turn ("> question",
    then the plain-text answer) or a handout section (the question as a heading)."""
    shown = safe_for_terminal(answer.question)  # never echo the input's escapes
    if fmt == "markdown":
        return render_markdown(answer, heading=shown, explain=explain) + "\n"
    return f"> {shown}\n" + render_text(answer, width, explain=explain)


def render(
    answer: Answer, fmt: str, width: int = 100, *, color: bool = False, explain: bool = False, pretty: bool = False
) -> str:
    """One answer in a format; `pretty` indents JSON for a person (the REPL), not a program."""
    if fmt == "json":
        return render_json(answer, explain=explain, pretty=pretty) + "\n"
    if fmt == "markdown":
        return render_markdown(answer, explain=explain)
    return render_text(answer, width, color=color, explain=explain)
