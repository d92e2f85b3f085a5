"""The KPA-by-process matrix as a heat map (terminal, SVG, HTML), a plain table, CSV or JSON.

The document says its densest touch point is "documented in the graph below" and the graph is
missing; this draws it from the rows. rich is imported inside the functions so that commands
which never draw a table do not pay for it at start-up.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from ..answers import views as analytics
from ..kb.schema import KnowledgeBase

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.table import Table as RichTable

# Yellow to orange to dark red: light cells stay readable in dark text, dark cells in white.
GRADIENT: tuple[tuple[int, int, int], ...] = ((255, 237, 160), (253, 141, 60), (189, 0, 38))
EMPTY = "·"
MARK = "*"  # beside a cell's count: the ITIL-to-CMM table also cites the KPA for the process
REFS = "Refs"
CAPTION = (
    f"Key: each number counts the CMM-to-ITIL rows of the KPA that map to the ITIL process; {MARK} marks a "
    f"process whose ITIL-to-CMM row cites the KPA; {REFS} counts the ITIL-to-CMM references to each KPA "
    "(right) and in each process's row (below)."
)
UNBOUNDED = 10_000  # measure as if the screen had no edge


def column_keys(kb: KnowledgeBase, slugs: tuple[str, ...]) -> dict[str, str]:
    """Short, unique column headers, so fifteen processes fit a 100-column terminal.

    The document's own short spelling ("SC&D", "CRM") where it prints one, otherwise the
    capitalised initials of the name; names that would share initials get more letters of
    their first word until they differ. Everything comes from the vocabulary, nothing is listed here.
    """
    words = {s: [w for w in re.findall(r"[A-Za-z]+", kb.process(s).name) if w[0].isupper()] or [s] for s in slugs}
    printed = {s: next((x for x in kb.process(s).spellings if len(x) <= 4 and " " not in x), None) for s in slugs}
    keys = {s: printed[s] or "".join(w[0] for w in words[s]) for s in slugs}
    for extra in range(1, 8):
        clash = Counter(keys.values())
        crowded = [s for s in slugs if clash[keys[s]] > 1 and not printed[s]]
        if not crowded:
            break
        for s in crowded:
            first, rest = words[s][0], words[s][1:]
            keys[s] = first[: 1 + extra] + "".join(w[0] for w in rest)
    clash = Counter(keys.values())
    return {s: keys[s] if clash[keys[s]] == 1 else s for s in slugs}


def heat(fraction: float) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """(foreground, background) for a cell holding `fraction` of the busiest cell's count."""
    t = max(0.0, min(1.0, fraction)) * (len(GRADIENT) - 1)
    i = min(int(t), len(GRADIENT) - 2)
    a, b = GRADIENT[i], GRADIENT[i + 1]
    f = t - i
    bg = (round(a[0] + (b[0] - a[0]) * f), round(a[1] + (b[1] - a[1]) * f), round(a[2] + (b[2] - a[2]) * f))
    fg = (0, 0, 0) if fraction < 0.5 else (255, 255, 255)
    return fg, bg


def build_table(
    kb: KnowledgeBase, m: analytics.Matrix, color: bool, processes: tuple[str, ...] | None = None, sides: bool = True
) -> RichTable:
    """The matrix as a rich table: KPAs grouped by level, both tables' totals on the right and at the
    bottom. `processes` draws only those columns (one band of a matrix too wide for the screen);
    `sides` adds the Total and Refs columns (the last band's).

    In color every cell is padded to its column's width by hand, so its background fills the
    whole cell and the map reads as blocks; the plain table keeps rich's padding and no style.
    """
    from rich import box
    from rich.color import Color
    from rich.style import Style
    from rich.table import Table
    from rich.text import Text

    shown = m.processes if processes is None else processes
    keys = column_keys(kb, m.processes)
    peak = max(m.counts.values(), default=0)
    totals = {p: m.column_total(p) for p in shown}
    cited = {p: m.column_references(p) for p in shown}
    title = "KPAs × ITIL processes" + (f", Level {kb.kpa(m.kpas[0]).level}" if _one_level(kb, m) else "")
    table = Table(
        title=title,
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
        padding=(0, 0) if color else (0, 1),
        header_style="bold" if color else "",
        title_style="bold" if color else "",
    )

    def label(n: int, refs: int) -> str:
        return f"{n or EMPTY}{MARK if refs else ' '}"

    def fit(text: str, width: int, style: Style | str = "") -> Text:
        return Text(" " + text.rjust(width), style=style) if color else Text(text, style=style)

    def width_of(p: str) -> int:
        cells = [label(m.counts.get((k, p), 0), m.references.get((k, p), 0)) for k in m.kpas]
        return max(len(keys[p]), len(str(totals[p])) + 1, len(str(cited[p])) + 1, *(len(c) for c in cells))

    widths = {p: width_of(p) for p in shown}
    side = max(len("Total"), len(str(sum(m.counts.values()))))
    refs_side = max(len(REFS), len(str(sum(m.references.values()))))
    table.add_column(fit("Level", 0))
    table.add_column(fit("KPA", 0), style="bold cyan" if color else None)
    for slug in shown:
        table.add_column(fit(keys[slug], widths[slug]), justify="right")
    if sides:
        table.add_column(fit("Total", side), justify="right", style="bold" if color else None)
        table.add_column(fit(REFS, refs_side), justify="right", style="italic" if color else None)

    def cell(n: int, refs: int, width: int) -> Text:
        text = label(n, refs)
        if not color:
            return Text(text)
        if not n:
            out = fit(text, width, "dim")
        else:
            fg, bg = heat(n / peak)
            out = fit(text, width, Style(color=Color.from_rgb(*fg), bgcolor=Color.from_rgb(*bg)))
        if refs:  # the mark stands out, most where the other table has no row at all
            out.stylize("bold" if n else "bold cyan", len(out) - 1)
        return out

    level = None
    for kpa in m.kpas:
        this = kb.kpa(kpa).level
        if level is not None and this != level:
            table.add_section()
        shown_level = str(this) if this != level else ""
        level = this
        counts = (cell(m.counts.get((kpa, p), 0), m.references.get((kpa, p), 0), widths[p]) for p in shown)
        ends = [fit(str(m.row_total(kpa)), side), fit(str(m.row_references(kpa)), refs_side)] if sides else []
        table.add_row(fit(shown_level, 0), fit(kpa, 0), *counts, *ends)
    table.add_section()
    bottom = [fit(f"{totals[p]} ", widths[p]) for p in shown]
    ends = [fit(str(sum(m.counts.values())), side), fit("", refs_side)] if sides else []
    table.add_row(fit("", 0), fit("Total", 0), *bottom, *ends)
    below = [fit(f"{cited[p]} ", widths[p], "italic" if color else "") for p in shown]
    ends = [fit("", side), fit(str(sum(m.references.values())), refs_side)] if sides else []
    table.add_row(fit("", 0), fit(REFS, 0), *below, *ends)
    return table


def bands(kb: KnowledgeBase, m: analytics.Matrix, width: int, color: bool) -> list[tuple[str, ...]]:
    """The process columns split into as few bands as fit the width, each printed as a table of
    its own (the last with the Total and Refs columns), so no count is ever cut to `…`."""
    probe = _console(io.StringIO(), UNBOUNDED, color)

    def fits(processes: tuple[str, ...]) -> bool:
        table = build_table(kb, m, color, processes, sides=True)
        table.box = None
        return probe.measure(table).maximum <= width

    columns = m.processes
    for count in range(len(columns), 0, -1):
        n = -(-len(columns) // count)  # bands needed at `count` columns a band
        size = -(-len(columns) // n)  # the same columns shared out evenly
        if fits(columns[:size]) or size == 1:
            return [columns[i : i + size] for i in range(0, len(columns), size)]
    return [columns]


def _one_level(kb: KnowledgeBase, m: analytics.Matrix) -> bool:
    return len({kb.kpa(k).level for k in m.kpas}) == 1


def legend(kb: KnowledgeBase, m: analytics.Matrix) -> str:
    keys = column_keys(kb, m.processes)
    return "Columns: " + "; ".join(f"{keys[p]} = {kb.process(p).name}" for p in m.processes) + "."


def key(kb: KnowledgeBase, m: analytics.Matrix, color: bool) -> RenderableType:
    """What a count, the mark and the Refs column mean, then each column's name, an entry never
    split across lines (rich lays the entries out in as many columns as fit)."""
    from rich.columns import Columns
    from rich.console import Group
    from rich.text import Text

    keys = column_keys(kb, m.processes)
    style = "dim" if color else ""
    names = [Text(f"{keys[p]} = {kb.process(p).name}", style=style) for p in m.processes]
    return Group(Text(CAPTION, style=style), Columns(names, padding=(0, 3)))


def _console(file: io.StringIO, width: int, color: bool, record: bool = False) -> Console:
    from rich.console import Console

    return Console(
        file=file,
        width=width,
        record=record,
        force_terminal=color,
        no_color=not color,
        color_system=("truecolor" if record else "256") if color else None,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )


def to_text(kb: KnowledgeBase, m: analytics.Matrix, width: int, color: bool) -> str:
    """A colored heat map on a color terminal, otherwise the same table without any styling; on a
    screen too narrow for every column, the columns in bands, one table under the other."""

    out = io.StringIO()
    console = _console(out, width, color)
    table = build_table(kb, m, color)
    if console.measure(table, options=console.options.update_width(UNBOUNDED)).maximum <= width:
        console.print(table)
    else:
        split = bands(kb, m, width, color)
        for i, processes in enumerate(split):
            band = build_table(kb, m, color, processes, sides=i == len(split) - 1)
            band.box = None  # the header rule and column gaps are the first thing to give on a narrow terminal
            if i:
                band.title = None
                console.print()
            console.print(band)
    console.print(key(kb, m, color))
    if color:
        return out.getvalue()
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines()) + "\n"


def to_picture(kb: KnowledgeBase, m: analytics.Matrix, fmt: str) -> str:
    """SVG or HTML of the colored heat map, recorded at the table's own width."""

    table = build_table(kb, m, color=True)
    probe = _console(io.StringIO(), UNBOUNDED, True)
    width = max(60, probe.measure(table).maximum)
    console = _console(io.StringIO(), width, True, record=True)
    console.print(table)
    console.print(key(kb, m, True))
    if fmt == "svg":
        return console.export_svg(title="crosswalk matrix")
    return console.export_html(inline_styles=True)


def to_csv(kb: KnowledgeBase, m: analytics.Matrix) -> str:
    """One line per KPA, process slugs as column names, a total column and a total line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["level", "kpa", *m.processes, "total"])
    for kpa in m.kpas:
        counts = [m.counts.get((kpa, p), 0) for p in m.processes]
        writer.writerow([kb.kpa(kpa).level, kpa, *counts, m.row_total(kpa)])
    totals = [m.column_total(p) for p in m.processes]
    writer.writerow(["", "total", *totals, sum(totals)])
    return out.getvalue()


def to_json(kb: KnowledgeBase, m: analytics.Matrix) -> str:
    """Every KPA-process pair (zeros included, so a script needs no defaults), totals and names."""
    data: dict[str, Any] = {
        "cells": [
            {
                "kpa": k,
                "level": kb.kpa(k).level,
                "itil": p,
                "count": m.counts.get((k, p), 0),
                "itil_to_cmm_references": m.references.get((k, p), 0),
            }
            for k in m.kpas
            for p in m.processes
        ],
        "kpas": list(m.kpas),
        "processes": list(m.processes),
        "row_totals": {k: m.row_total(k) for k in m.kpas},
        "column_totals": {p: m.column_total(p) for p in m.processes},
        "total": sum(m.counts.values()),
        "row_references": {k: m.row_references(k) for k in m.kpas},
        "column_references": {p: m.column_references(p) for p in m.processes},
        "references": sum(m.references.values()),
        "names": {
            "kpas": {k: kb.kpa(k).name for k in m.kpas},
            "processes": {p: kb.process(p).name for p in m.processes},
        },
        "short": column_keys(kb, m.processes),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(kb: KnowledgeBase, level: int | None, fmt: str, width: int, color: bool) -> str:
    m = analytics.matrix(kb, level)
    if fmt == "csv":
        return to_csv(kb, m)
    if fmt == "json":
        return to_json(kb, m)
    if fmt in ("svg", "html"):
        return to_picture(kb, m, fmt)
    return to_text(kb, m, width, color)
