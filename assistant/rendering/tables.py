"""An answer's table as terminal text: columns when every word fits, one record per row when not.

rich fits columns to the width by wrapping cells, and when a column gets narrower than its longest
word it folds that word ("responsibilitie" / "s"). On a 60-column terminal a four-column table of
sentences always gets there. So the table is measured first: when its narrowest layout (every
column as wide as its longest word) does not fit, each row is printed as a record instead, its
first cell as a title and the other cells under it beside their headers (or, when even that would
cut words, under them), the way psql's expanded display does.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from ..answers.answer import Table

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

INDENT = 2  # a record's fields, under its title
UNBOUNDED = 10_000  # measure as if the screen had no edge: rich clamps a measurement to the width
# Columns only when they get a quarter more than their narrowest width: a column of sentences at
# one or two words a line reads worse than the same row as a record.
SLACK = 1.25


def console(width: int, color: bool, file: io.StringIO) -> Console:
    from rich.console import Console

    return Console(
        file=file,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )


def _columns(table: Table, color: bool) -> RenderableType:
    from rich import box
    from rich.table import Table as RichTable

    grid = RichTable(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold" if color else "")
    for i, header in enumerate(table.headers):
        grid.add_column(header, style="cyan" if color and i == 0 else None, overflow="fold")
    for row in table.rows:
        grid.add_row(*row)
    return grid


def _fields(table: Table, row: tuple[str, ...], beside: bool, color: bool) -> RenderableType:
    """One row's cells after the first, each under or beside its header."""
    from rich.padding import Padding
    from rich.table import Table as RichTable
    from rich.text import Text

    label = "bold" if color else ""
    pairs = [(h, c) for h, c in zip(table.headers[1:], row[1:], strict=False) if c]
    if beside:
        grid = RichTable.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, style=label, min_width=max(len(h) for h in table.headers))  # labels never wrap
        grid.add_column(overflow="fold")
        for header, cell in pairs:
            grid.add_row(header, cell)
        return Padding(grid, (0, 0, 0, INDENT))
    stack = RichTable.grid()
    stack.add_column(overflow="fold")
    for header, cell in pairs:
        stack.add_row(Text(header, style=label))
        stack.add_row(Padding(Text(cell), (0, 0, 0, INDENT)))
    return Padding(stack, (0, 0, 0, INDENT))


def _fits(out: Console, renderable: RenderableType, width: int, slack: float = 1.0) -> bool:
    """Whether the renderable's narrowest layout (each column as wide as its longest word), with
    `slack` times that room to spare, fits the width; a table that fits unwrapped always does."""
    measured = out.measure(renderable, options=out.options.update_width(UNBOUNDED))
    return measured.maximum <= width or measured.minimum * slack <= width


def render(table: Table, width: int, color: bool) -> str:
    """The table at `width` columns without a word cut in two (unless one word is wider than the screen)."""
    from rich.console import Group
    from rich.text import Text

    buffer = io.StringIO()
    out = console(width, color, buffer)
    grid = _columns(table, color)
    if _fits(out, grid, width, SLACK):
        out.print(grid)
    else:
        beside = all(_fits(out, _fields(table, row, True, color), width, SLACK) for row in table.rows)
        records: list[RenderableType] = []
        for i, row in enumerate(table.rows):
            if i:
                records.append(Text(""))
            records.append(Text(row[0] if row else "", style="bold cyan" if color else ""))
            records.append(_fields(table, row, beside, color))
        out.print(Group(*records))
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()).strip("\n")
