"""A handout as one self-contained HTML page, styled to read on screen and to print.

No scripts, fonts, images or links outside the file: it opens from a mail attachment or a file
share and prints as a document (A4 or Letter margins, sections kept together where they fit,
references after each section, the legend at the end). Every piece of text is escaped here; what
the handout says is decided in handout.py.
"""

from __future__ import annotations

from html import escape

from ..answers.answer import Table
from .handout import Entry, Handout, Legend, Section, marks, runs

STYLE = """
:root { color-scheme: light; }
body { font: 11pt/1.5 Georgia, "Times New Roman", serif; color: #1d1d1d; max-width: 46em;
  margin: 2.5em auto; padding: 0 1.5em; }
h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 .3em; }
.lead { font-size: 1.15em; color: #444; margin-top: 0; }
h2 { font-size: 1.35em; margin: 2em 0 .4em; padding-bottom: .2em; border-bottom: 1px solid #bbb; }
h3 { font-size: 1.05em; margin: 1.6em 0 .3em; font-family: "Helvetica Neue", Arial, sans-serif; }
.typed { margin: 0 0 .4em; color: #666; font-size: .9em; font-style: italic; }
.note { border-left: 3px solid #c9a227; background: #fbf7e9; margin: .6em 0; padding: .3em .8em; }
sup.cite { font-size: .75em; line-height: 0; }
sup.cite a { color: #2a5d9f; text-decoration: none; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: .85em;
  font-family: "Helvetica Neue", Arial, sans-serif; }
th, td { border: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td:first-child { white-space: nowrap; font-weight: 600; }
.references { font-size: .85em; color: #333; margin-top: 1.2em; }
.references h4 { font-size: 1em; margin: 0 0 .3em; font-family: "Helvetica Neue", Arial, sans-serif; }
.references ol { margin: 0; padding-left: 2em; }
code { font-family: Menlo, Consolas, monospace; font-size: .9em; color: #555; white-space: nowrap; }
.legend dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .3em 0 1em; }
.legend dt { font-weight: 700; font-family: "Helvetica Neue", Arial, sans-serif; }
.legend dd { margin: 0; }
.legend h3 { margin-top: 1em; }
.entry { break-inside: avoid-page; }
@media print {
  @page { margin: 2cm 2.2cm; }
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid-page; }
  h3 { break-after: avoid-page; }
  table { break-inside: auto; }
  tr { break-inside: avoid; }
  sup.cite a { color: inherit; }
}
"""


WORD_JOINER = "\u2060"  # keeps a citation mark on the line of the word it follows


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in table.headers)
    rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in table.rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _entry(entry: Entry, number: int) -> str:
    answer = entry.answer
    out = [f'<div class="entry"><h3>{escape(entry.heading)}</h3>']
    if entry.typed:
        out.append(f'<p class="typed">Asked as a follow-up: “{escape(entry.typed)}”</p>')
    cited = ""
    if entry.marks:
        links = ", ".join(
            f'<a href="#ref-{number}-{a}">{a}' + (f"–{b}" if b != a else "") + "</a>" for a, b in runs(entry.marks)
        )
        cited = f'<sup class="cite" title="{escape(marks(entry.marks))}">[{links}]</sup>'
    out.append(f"<p>{escape(answer.text)}{WORD_JOINER if cited else ''}{cited}</p>")
    out += [f'<p class="note">{escape(note)}</p>' for note in answer.notes]
    if entry.table:
        out.append(_table(entry.table))
    if answer.status != "answered" and answer.suggestions:
        items = "".join(f"<li>{escape(s)}</li>" for s in answer.suggestions)
        out.append(f"<p>You could ask:</p><ul>{items}</ul>")
    out.append("</div>")
    return "\n".join(out)


def head(title: str, lead: tuple[str, ...]) -> str:
    """The page's head, its style, the title and the lead paragraphs."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n" + "".join(f'<p class="lead">{escape(p)}</p>\n' for p in lead)
    )


def section(part: Section, number: int) -> str:
    """One conversation: numbered when it has a heading, after a rule when it has none."""
    out = ["<section>"]
    if part.heading:
        out.append(f'<h2 id="part-{number}">{number}. {escape(part.heading)}</h2>')
    elif number > 1:
        out.append("<hr>")
    out += [f"<p>{escape(p)}</p>" for p in part.intro]
    out += [_entry(e, number) for e in part.entries]
    if part.references:
        items = "".join(
            f'<li id="ref-{number}-{r.number}" value="{r.number}">'
            f"{escape(r.description)} <code>{escape(r.key)}</code></li>"
            for r in part.references
        )
        out.append(f'<div class="references"><h4>References</h4><ol>{items}</ol></div>')
    out.append("</section>")
    return "\n".join(out) + "\n"


def tail(legend: Legend) -> str:
    """The legend of codes, KPAs and abbreviations, and the page's end."""
    out = ""
    if legend:
        groups = []
        for name, items in legend:
            entries = "".join(f"<dt>{escape(code)}</dt><dd>{escape(meaning)}</dd>" for code, meaning in items)
            groups.append(f"<h3>{escape(name)}</h3><dl>{entries}</dl>")
        out = '<section class="legend" id="legend"><h2>Legend</h2>' + "".join(groups) + "</section>\n"
    return out + "</body>\n</html>\n"


def render(handout: Handout) -> str:
    """The whole handout as one HTML document."""
    parts = [head(handout.title, handout.lead)]
    parts += [section(s, i) for i, s in enumerate(handout.sections, 1)]
    parts.append(tail(handout.legend))
    return "".join(parts)
