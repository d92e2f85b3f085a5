"""A handout as Markdown: headings, prose folded to the width, pipe tables, numbered references.

Only the layout lives here; what the handout says is decided in handout.py. Paragraphs are folded
between words to the width (a soft line break changes nothing when the file is rendered, and the
raw file reads well in a terminal). A table whose rows fit the width is a pipe table; a wider one
becomes one record per row, since a pipe table's row cannot be folded.
"""

from __future__ import annotations

from ..rendering.mdtable import escape, table
from ..rendering.wrap import wrap
from .handout import Entry, Handout, Legend, Section, marks

WIDTH = 100


_escape = escape


def _para(text: str, width: int, first: str = "", rest: str | None = None) -> str:
    return wrap(text, width, first, rest)


def _entry(entry: Entry, width: int) -> list[str]:
    answer = entry.answer
    out = [f"### {_escape(entry.heading)}", ""]
    if entry.typed:
        out += [_para(f"*Asked as a follow-up: “{_escape(entry.typed)}”*", width), ""]
    cited = f" [{marks(entry.marks)}]" if entry.marks else ""
    out += [_para(_escape(answer.text) + cited, width), ""]
    for note in answer.notes:
        out += [_para(_escape(note), width, "> "), ""]
    if entry.table:
        out += [*table(entry.table, width), ""]
    if answer.status != "answered" and answer.suggestions:
        out += ["You could ask:", ""]
        out += [_para(_escape(s), width, "- ", "  ") for s in answer.suggestions]
        out.append("")
    return out


def head(title: str, lead: tuple[str, ...], width: int = WIDTH) -> str:
    """The title and the lead paragraphs."""
    out = [f"# {_escape(title)}", ""]
    for paragraph in lead:
        out += [_para(_escape(paragraph), width), ""]
    return "\n".join(out) + "\n"


def section(part: Section, number: int, width: int = WIDTH) -> str:
    """One conversation: numbered when it has a heading, after a rule when it has none."""
    out: list[str] = []
    if part.heading:
        out += [f"## {number}. {_escape(part.heading)}", ""]
    elif number > 1:
        out += ["---", ""]
    for paragraph in part.intro:
        out += [_para(_escape(paragraph), width), ""]
    for entry in part.entries:
        out += _entry(entry, width)
    if part.references:
        out += ["#### References", ""]
        out += [_para(f"{r.number}. {_escape(r.description)} (`{r.key}`)", width, "", "   ") for r in part.references]
        out.append("")
    return "\n".join(out) + "\n"


def tail(legend: Legend, width: int = WIDTH) -> str:
    """The legend of codes, KPAs and abbreviations, and the document's end."""
    out: list[str] = []
    if legend:
        out += ["## Legend", ""]
        for name, items in legend:
            out += [f"**{_escape(name)}**", ""]
            out += [_para(f"**{_escape(code)}**: {_escape(meaning)}", width, "- ", "  ") for code, meaning in items]
            out.append("")
    return "\n".join(out)


def render(handout: Handout, width: int = WIDTH) -> str:
    """The whole handout as one Markdown document."""
    parts = [head(handout.title, handout.lead, width)]
    parts += [section(s, i, width) for i, s in enumerate(handout.sections, 1)]
    parts.append(tail(handout.legend, width))
    return "".join(parts).rstrip("\n") + "\n"
