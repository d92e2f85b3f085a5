"""A question script as a handout for a new hire: what `run --format markdown|html` prints.

A script's `#` comments say what each part of the tour is for; here they become the handout's
title (the first comment: "Onboarding for a developer: what CMM asks of you, ...") and each
section's heading and introduction. Each answer appears under the question it resolved to (a
follow-up such as "and AC13?" is shown as "SPP AC13?", restate.py), quotes the document once,
marks its citations with numbers that a References list closes the section with, and the
handout ends with a legend of the practice codes, KPAs and abbreviations it uses. Suggestions
("Try: ...") are for the screen, not for print. The renderers are handout_markdown.py and
handout_html.py; this module only decides what the handout says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..answers.answer import Answer, Table
from ..base.text import safe_for_terminal
from ..conversation.dialogue import Conversation
from ..conversation.engine import Engine
from ..kb.schema import Citation, KnowledgeBase
from .format import Block, parse_script
from .restate import Restater

DEFAULT_TITLE = "crosswalk: questions and answers"
# What each table is called in a reference, in the words of the document's own structure.
TABLE_NAMES = {
    "models": "Comparison table",
    "observations": "The document's prose",
    "itil_to_cmm": "ITIL-to-CMM table",
    "cmm_to_itil": "CMM-to-ITIL table",
    "vocabulary": "Vocabulary",
    "defects": "Known defect",
}
EXCERPT = 70  # characters of a passage quoted in its reference, to tell passages apart


@dataclass(frozen=True)
class Reference:
    number: int
    citation: Citation
    description: str  # "CMM-to-ITIL table, Level 2 SPP AC11"

    @property
    def key(self) -> str:
        c = self.citation
        return f"{c.table}:{c.row}" + (f"/{c.dimension}" if c.dimension else "")


@dataclass(frozen=True)
class Entry:
    """One question and its answer, as printed."""

    heading: str  # the question it resolved to
    typed: str | None  # what was typed, when it leaned on the conversation (a follow-up)
    answer: Answer
    table: Table | None  # the answer's table without the rows its text already quotes
    marks: tuple[int, ...]  # the numbers of the references it cites


@dataclass(frozen=True)
class Section:
    heading: str | None
    intro: tuple[str, ...]  # paragraphs
    entries: tuple[Entry, ...]
    references: tuple[Reference, ...]


Legend = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # (group, ((code, meaning), ...))


@dataclass(frozen=True)
class Handout:
    title: str
    lead: tuple[str, ...]
    sections: tuple[Section, ...]
    legend: Legend


# -- building ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outline:
    """A handout as it is produced: the title and lead at once, then each section as its
    conversation is answered (so `run --format markdown | head` does not wait for the whole)."""

    title: str
    lead: tuple[str, ...]
    sections: Iterator[Section]


def outline(engine: Engine, script: str) -> Outline:
    """The handout of a question script (the `crosswalk run` format), each conversation asked in a
    fresh session, as `run` asks it, when its section is wanted."""
    blocks = parse_script(script)
    title: str = DEFAULT_TITLE
    lead: tuple[str, ...] = ()
    intros = [paragraphs(b.header) for b in blocks]
    if intros and intros[0]:
        title, lead = title_of(intros[0][0])
        intros[0] = intros[0][1:]
    parts = ((intro, _ask(engine, block)) for intro, block in zip(intros, blocks, strict=True))
    return Outline(title, lead, _sections(engine, parts))


def from_script(engine: Engine, script: str) -> Handout:
    """The whole handout of a question script, legend included."""
    return complete(engine.kb, outline(engine, script))


def from_conversations(engine: Engine, groups: list[list[Answer]], title: str = DEFAULT_TITLE) -> Handout:
    """The handout of conversations already held (the REPL's /export): no comments, so no intros."""
    return complete(engine.kb, Outline(title, (), _sections(engine, (([], answers) for answers in groups))))


def complete(kb: KnowledgeBase, draft: Outline) -> Handout:
    """Every section of an outline, and the legend of what they use."""
    sections = tuple(draft.sections)
    return Handout(draft.title, draft.lead, sections, legend(kb, text_of(draft.title, draft.lead, sections)))


def _ask(engine: Engine, block: Block) -> list[Answer]:
    conversation = Conversation(engine)
    return [conversation.ask(turn.question) for turn in block.turns]


def _sections(engine: Engine, parts: Iterable[tuple[list[str], list[Answer]]]) -> Iterator[Section]:
    for intro, answers in parts:
        heading, rest = heading_of(intro[0]) if intro else (None, "")
        paras = tuple(p for p in (rest, *intro[1:]) if p)
        yield _section(engine, heading, paras, answers)


def _section(engine: Engine, heading: str | None, intro: tuple[str, ...], answers: list[Answer]) -> Section:
    """One conversation: its entries, and its citations numbered in order of first use."""
    restater = Restater(engine)
    numbers: dict[tuple[str, str, str | None], int] = {}
    references: list[Reference] = []
    entries = []
    for answer in answers:
        shown, leaned = restater.resolve(answer)
        marks = []
        for c in answer.citations if answer.status == "answered" else ():
            if c.key() not in numbers:
                numbers[c.key()] = len(numbers) + 1
                references.append(Reference(numbers[c.key()], c, describe(engine.kb, c)))
            marks.append(numbers[c.key()])
        table = unquoted(answer.table, " ".join([answer.text, *answer.notes])) if answer.table else None
        typed = safe_for_terminal(answer.question) if leaned else None  # never echo the input's escapes
        entries.append(Entry(safe_for_terminal(shown), typed, answer, table, tuple(dict.fromkeys(marks))))
    return Section(heading, intro, tuple(entries), tuple(references))


# -- the script's comments -------------------------------------------------------------------------


def paragraphs(header: list[str]) -> list[str]:
    """A conversation's `#` comment lines as paragraphs (a bare `#` or a blank line ends one)."""
    out: list[str] = []
    current: list[str] = []
    for line in [*header, ""]:
        body = safe_for_terminal(line.lstrip("#"))
        if body:
            current.append(body)
        elif current:
            out.append(" ".join(current))
            current = []
    return out


def _first_sentence(text: str) -> tuple[str, str]:
    match = re.search(r"(?<=[.!?])\s+(?=\S)", text)
    return (text[: match.start()], text[match.end() :]) if match else (text, "")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def heading_of(paragraph: str) -> tuple[str, str]:
    """A comment paragraph as (heading, the rest): its first sentence is the heading, or the part
    of it before a colon ("Practice codes: a KPA abbreviation and a code." → "Practice codes")."""
    sentence, rest = _first_sentence(paragraph)
    head, colon, tail = sentence.partition(": ")
    if colon:
        return head.strip(), " ".join(p for p in (_capital(tail.strip()), rest) if p)
    return sentence.rstrip(".").strip(), rest


def title_of(paragraph: str) -> tuple[str, tuple[str, ...]]:
    """The script's first comment as the handout's title and lead paragraph."""
    head, rest = heading_of(paragraph)
    return head, (rest,) if rest else ()


# -- what is printed -----------------------------------------------------------------------------


QUOTE = 25  # a cell this long that the answer's text holds is a quote of it, not a name or a count


def unquoted(table: Table, text: str) -> Table | None:
    """The table without the rows that only repeat what the answer's text quotes (the quote once):
    every cell after the key is in the text, and one of them is a quotation, not just a name or a
    number (a ranking keeps its top row even when the text names the winner and its count)."""

    def repeated(row: tuple[str, ...]) -> bool:
        cells = row[1:]
        return all(c and c in text for c in cells) and any(len(c) >= QUOTE for c in cells)

    rows = tuple(r for r in table.rows if not repeated(r))
    return Table(table.headers, rows) if rows else None


def describe(kb: KnowledgeBase, c: Citation) -> str:
    """A reference in words: which table, which row, and for prose the passage's opening words."""
    where = TABLE_NAMES.get(c.table, c.table)
    if c.table == "models" and c.row in kb.index.model:
        m = kb.model(c.row)
        return f"{where}, {m.full_name}" + (f", {c.dimension}" if c.dimension else "")
    if c.table == "itil_to_cmm" and c.row in kb.index.itil_row:
        return f"{where}, {kb.index.itil_row[c.row].process}"
    if c.table == "cmm_to_itil" and c.row in kb.index.cmm_row:
        r = kb.index.cmm_row[c.row]
        return f"{where}, Level {r.level} {r.kpa} " + (r.practices_printed or "(the KPA's one row)")
    if c.table == "observations" and c.row in kb.index.observation:
        return f"{where}: “{_excerpt(kb.index.observation[c.row].text)}”"
    if c.table == "defects":
        found = next((d for d in kb.defects if d.row == c.row), None)
        return f"{where}: {_excerpt(found.text)}" if found else where
    return f"{where}, {c.label or c.row}"


def _excerpt(text: str) -> str:
    """A passage's opening words, enough to tell it from the others without quoting it twice."""
    return text if len(text) <= EXCERPT else text[:EXCERPT].rsplit(" ", 1)[0] + " …"


def legend(kb: KnowledgeBase, text: str) -> Legend:
    """The practice codes, the KPAs by level, and every other abbreviation the handout uses."""
    features = tuple((f.abbr, f"{f.name} (practice codes {f.abbr}1, {f.abbr}2, …)") for f in kb.features)
    kpas = tuple((k.abbr, f"{k.name} (Level {k.level})") for k in sorted(kb.kpas, key=lambda k: k.level))
    known = {f.abbr for f in kb.features} | {k.abbr for k in kb.kpas}
    used = tuple(
        (a.abbr, a.meaning)
        for a in sorted(kb.abbreviations, key=lambda a: a.abbr.lower())
        if a.abbr not in known and re.search(rf"(?<![\w&]){re.escape(a.abbr)}(?![\w&])", text)
    )
    groups = [("Practice codes", features), ("Key Process Areas (CMM)", kpas), ("Other abbreviations", used)]
    return tuple((name, items) for name, items in groups if items)


def text_of(title: str, lead: tuple[str, ...], sections: Iterable[Section]) -> str:
    """All the words a handout prints, to find the abbreviations its legend must explain."""
    parts = [title, *lead]
    for s in sections:
        parts += [s.heading or "", *s.intro]
        for e in s.entries:
            parts += [e.heading, e.answer.text, *e.answer.notes]
            if e.table:
                parts += [c for row in e.table.rows for c in row]
    return " ".join(parts)


def runs(numbers: tuple[int, ...]) -> list[tuple[int, int]]:
    """Reference numbers as (first, last) runs: (1, 2, 3, 5) → [(1, 3), (5, 5)]; a run of two stays
    two numbers, since "1, 2" reads better than "1–2"."""
    groups: list[list[int]] = []
    for n in sorted(set(numbers)):
        if groups and n == groups[-1][-1] + 1:
            groups[-1].append(n)
        else:
            groups.append([n])
    out: list[tuple[int, int]] = []
    for g in groups:
        out += [(g[0], g[-1])] if len(g) > 2 else [(n, n) for n in g]
    return out


def marks(numbers: tuple[int, ...]) -> str:
    """Reference numbers as printed after an answer: "1", "1, 3", "3–11" for a run."""
    return ", ".join(f"{a}–{b}" if b != a else str(a) for a, b in runs(numbers))
