"""Markdown's inline escaping and its tables, shared by the answer renderer and the handouts.

A pipe table's row cannot be folded, so on a screen narrower than its rows (a 60-column REPL in
`/format markdown`, a handout read in a terminal) the table is written as one record per row
instead: its first cell in bold and a list item per other cell (a two-column row is one item).
Rendered, both read as Markdown; raw, the records fit the width.
"""

from __future__ import annotations

import re

from ..answers.answer import Table
from .wrap import wrap


def escape(text: str) -> str:
    """Inline text as literal Markdown: characters that would start markup are escaped (an
    underscore inside a word, as in a row key, starts nothing and is left alone)."""
    return re.sub(r"[\\`*\[\]|]|(?<!\w)_|_(?!\w)", lambda m: "\\" + m.group(0), text)  # "<": sanitize.markdown


def cell(text: str) -> str:
    """A table cell's text: only what would break the table is escaped (cells may hold `code`)."""
    return text.replace("|", "\\|").replace("\n", " ")


def table(t: Table, width: int | None = None) -> list[str]:
    """The table's lines: a pipe table when every row fits `width` (or no width is given),
    otherwise one record per row."""
    rows = ["| " + " | ".join(cell(h) for h in t.headers) + " |", "|" + "---|" * len(t.headers)]
    rows += ["| " + " | ".join(cell(c) for c in row) + " |" for row in t.rows]
    if width is None or max(len(r) for r in rows) <= width:
        return rows
    if len(t.headers) == 2:  # a name and its value: one list item each
        return [wrap(f"**{cell(a)}**: {cell(b)}", width, "- ", "  ") for a, b in t.rows]
    out: list[str] = []
    for row in t.rows:
        out += [f"**{cell(row[0])}**", ""]
        out += [
            wrap(f"*{cell(header)}:* {cell(value)}", width, "- ", "  ")
            for header, value in zip(t.headers[1:], row[1:], strict=False)
            if value
        ]
        out.append("")
    return out[:-1]
