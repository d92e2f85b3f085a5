"""Handouts (issue 14): `run --format markdown|html` turns an onboarding script into a document worth
giving a new hire, and the three shipped handouts in transcripts/handouts/ are exactly what the
scripts produce today (`pytest --update-transcripts` rewrites them, like the transcripts)."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from assistant.conversation.dialogue import Conversation
from assistant.conversation.engine import Engine
from assistant.faces.batch import handout_text
from assistant.faces.cli import main
from assistant.faces.environment import Environment
from assistant.transcripts.handout import from_script, marks, unquoted

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "transcripts" / "scripts"
HANDOUTS = ROOT / "transcripts" / "handouts"
ONBOARDING = ("onboarding_developer", "onboarding_operations", "onboarding_process_improvement")
SUFFIX = {"markdown": ".md", "html": ".html"}


@pytest.mark.parametrize("fmt", sorted(SUFFIX))
@pytest.mark.parametrize("name", ONBOARDING)
def test_shipped_handouts_are_regenerated_identically(
    engine: Engine, request: pytest.FixtureRequest, name: str, fmt: str
) -> None:
    shipped = HANDOUTS / f"{name}{SUFFIX[fmt]}"
    fresh = handout_text(engine, (SCRIPTS / f"{name}.txt").read_text(encoding="utf-8"), fmt)
    if request.config.getoption("update_transcripts") and shipped.read_text(encoding="utf-8") != fresh:
        shipped.write_text(fresh, encoding="utf-8")
    assert shipped.read_text(encoding="utf-8") == fresh, f"regenerate {shipped.name}: pytest --update-transcripts"


def test_run_prints_the_handout(tmp_path: Path) -> None:
    for fmt in SUFFIX:
        out = io.StringIO()
        env = Environment(stdout=out, stderr=io.StringIO(), stdout_isatty=False, cache_dir=tmp_path)
        assert main(["run", str(SCRIPTS / "onboarding_developer.txt"), "--format", fmt], env) == 0
        assert out.getvalue() == (HANDOUTS / f"onboarding_developer{SUFFIX[fmt]}").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ONBOARDING)
def test_a_handout_reads_as_a_document(engine: Engine, name: str) -> None:
    script = (SCRIPTS / f"{name}.txt").read_text(encoding="utf-8")
    handout = from_script(engine, script)
    first = script.splitlines()[0].lstrip("# ")
    assert handout.title == first.split(":")[0]  # titled from the script's first comment
    text = (HANDOUTS / f"{name}.md").read_text(encoding="utf-8")
    letters = _letters(text)
    comments = [line.lstrip("#").strip() for line in script.splitlines() if line.startswith("#")]
    for sentence in re.split(r"(?<=[.?!])\s+", " ".join(comments)):  # every comment kept, in words
        assert _letters(sentence) in letters, sentence
    assert all(s.heading and _letters(s.heading) in _letters(" ".join(comments)) for s in handout.sections)
    assert "Conversation 1" not in text and "Try:" not in text and "in the document's words" not in text
    assert text.count("#### References") == sum(1 for s in handout.sections if s.references)
    assert "## Legend" in text
    for f in engine.kb.features:
        assert f"**{f.abbr}**" in text
    for k in engine.kb.kpas:
        assert f"**{k.abbr}**: {k.name}" in text


def _letters(text: str) -> str:
    """Only the letters, lower case: headings, escapes and line breaks do not count."""
    return re.sub(r"[^a-z]", "", text.lower())


@pytest.mark.parametrize("name", ONBOARDING)
def test_each_heading_is_a_question_that_gets_the_same_answer_alone(engine: Engine, name: str) -> None:
    handout = from_script(engine, (SCRIPTS / f"{name}.txt").read_text(encoding="utf-8"))
    followups = 0
    for section in handout.sections:
        for entry in section.entries:
            alone = Conversation(engine).ask(entry.heading)
            assert (alone.text, alone.citations) == (entry.answer.text, entry.answer.citations), entry.heading
            followups += entry.typed is not None
    assert followups >= 1


def test_follow_up_headings_in_the_developer_handout(engine: Engine) -> None:
    text = (HANDOUTS / "onboarding_developer.md").read_text(encoding="utf-8")
    assert "### SPP AC13?\n\n*Asked as a follow-up: “and AC13?”*" in text
    assert "### What does ITIL focus on?" in text and "### and ITIL?" not in text


@pytest.mark.parametrize("name", ONBOARDING)
def test_citations_are_numbered_references_per_section(engine: Engine, name: str) -> None:
    handout = from_script(engine, (SCRIPTS / f"{name}.txt").read_text(encoding="utf-8"))
    for section in handout.sections:
        numbers = [r.number for r in section.references]
        assert numbers == list(range(1, len(numbers) + 1))
        keyed = {r.citation.key(): r.number for r in section.references}
        for entry in section.entries:
            if entry.answer.status == "answered":
                assert entry.marks == tuple(dict.fromkeys(keyed[c.key()] for c in entry.answer.citations))
            if entry.table:  # the quote once: no row only repeats what the answer already quotes
                assert unquoted(entry.table, " ".join([entry.answer.text, *entry.answer.notes])) == entry.table


def test_reference_marks_collapse_runs() -> None:
    assert marks((1,)) == "1" and marks((1, 3)) == "1, 3" and marks((4, 5, 6, 7)) == "4–7" and marks((2, 3)) == "2, 3"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.tags: list[str] = []
        self.outside: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in ("meta", "br", "hr", "link", "img", "input"):
            self.open.append(tag)
        for name, value in attrs:
            if name in ("src", "href") and value and not value.startswith("#"):
                self.outside.append(value)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, (tag, self.open[-3:])
        self.open.pop()


@pytest.mark.parametrize("name", ONBOARDING)
def test_html_handout_is_one_self_contained_printable_page(name: str) -> None:
    page = (HANDOUTS / f"{name}.html").read_text(encoding="utf-8")
    parser = _Page()
    parser.feed(page)
    assert parser.open == [] and parser.outside == []  # well nested; nothing fetched from elsewhere
    assert "script" not in parser.tags and "@media print" in page and "@page" in page
    assert page.count("<h2") == page.count("</h2>") and re.search(r"<h1>[^<]+</h1>", page)
    for anchor in re.findall(r'href="#(ref-\d+-\d+)"', page):
        assert f'id="{anchor}"' in page


def test_the_quote_once_drops_quotations_not_names_or_counts() -> None:
    from assistant.answers.answer import Table

    quote = "Main focus on processes, customers, quality of deliverables"
    text = f"CMM, focus: “{quote}”. Change Management is the densest: 59 rows, 6 references."
    table = Table(("key", "a", "b"), (("focus", "focus", quote), ("Change Management", "59", "6"), ("x", "y", "z")))
    assert unquoted(table, text) == Table(table.headers, table.rows[1:])
