"""Tab completion for the REPL: the knowledge base's names and the slash commands.

Every name comes from the knowledge base (models, ITIL processes, KPAs, practice codes, glossary
abbreviations), matched against all of an entity's spellings and aliases but offered once, under
its canonical name, with its kind in the menu. Ranking follows pgcli: an exact prefix first, then
a word inside the name, then rapidfuzz's score for a misspelling.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from prompt_toolkit.completion import CompleteEvent, Completer, Completion, PathCompleter
from prompt_toolkit.document import Document
from rapidfuzz import fuzz

from ..base.sanitize import visible
from ..kb.schema import KnowledgeBase
from .commands import PREFIX, Command, commands, lookup

MODEL, PROCESS, KPA, PRACTICE, ABBREVIATION, COMMAND = (
    "model",
    "ITIL process",
    "CMM KPA",
    "practice",
    "abbreviation",
    "command",
)
FUZZY_CUTOFF = 80.0
MIN_FUZZY = 3  # shorter fragments match too much to be worth a typo-tolerant guess
_CODE = re.compile(r"([A-Za-z]+)(\d+)$")
_WORD_BREAK = re.compile(r"[\s/&-]+")


@dataclass(frozen=True)
class Entry:
    """One completion: the text inserted, its kind, and every spelling it is matched against."""

    text: str
    meta: str
    names: tuple[str, ...]  # lower-cased; names[0] is the text itself
    rank: int  # order among kinds when scores tie


def domain_entries(kb: KnowledgeBase) -> list[Entry]:
    """Models, ITIL processes, KPAs (name and abbreviation) and glossary abbreviations, once each."""
    entries: list[Entry] = []
    seen: set[str] = set()

    def add(text: str, meta: str, rank: int, *names: str) -> None:
        text = visible(text)  # a name from the knowledge base, shown in the menu and typed into the line
        if text.lower() in seen:
            return
        seen.add(text.lower())
        entries.append(Entry(text, meta, tuple(dict.fromkeys(n.lower() for n in (text, *names) if n)), rank))

    for m in kb.models:
        add(m.name, MODEL, 0, m.full_name, *m.aliases)
    for p in kb.processes:
        add(p.name, PROCESS, 1, *p.spellings, *p.aliases)
    for k in kb.kpas:
        add(k.name, KPA, 2, *k.spellings, *k.aliases)
    for k in kb.kpas:
        add(k.abbr, KPA, 2)
    for a in kb.abbreviations:
        add(a.abbr, ABBREVIATION, 3)
    return entries


def practice_codes(kb: KnowledgeBase) -> dict[str, list[str]]:
    """Each KPA's practice codes that some row of either table cites, in the model's order."""
    order = {f.abbr: i for i, f in enumerate(kb.features)}
    codes: dict[str, set[str]] = {}
    for kpa, rows in kb.index.cmm_by_kpa.items():
        for row in rows:
            codes.setdefault(kpa, set()).update(row.practices)
    for kpa, code in kb.index.itil_by_code:
        codes.setdefault(kpa, set()).add(code)

    def key(code: str) -> tuple[int, str, int]:
        m = _CODE.match(code)
        return (order.get(m.group(1).upper(), len(order)), m.group(1), int(m.group(2))) if m else (len(order), code, 0)

    return {kpa: sorted(found, key=key) for kpa, found in codes.items()}


def kpa_names(kb: KnowledgeBase) -> dict[str, str]:
    """Every way of writing a KPA (lower-cased) → its abbreviation."""
    out: dict[str, str] = {}
    for k in kb.kpas:
        for name in (k.abbr, k.name, *k.spellings, *k.aliases):
            out.setdefault(name.lower(), k.abbr)
    return out


class CrosswalkCompleter(Completer):
    """Completes the phrase before the cursor: a command, a practice code after a KPA, or a name.

    `context_kpa`, when given, names the KPA the conversation is about, so that a follow-up such as
    "and AC" completes that KPA's codes.
    """

    def __init__(self, kb: KnowledgeBase, context_kpa: Callable[[], str | None] | None = None) -> None:
        self.entries = domain_entries(kb)
        self.codes = practice_codes(kb)
        self.kpa_names = kpa_names(kb)
        self.features = {f.abbr.upper() for f in kb.features}
        self.max_words = max(len(n.split()) for e in self.entries for n in e.names)
        self.context_kpa = context_kpa
        self.paths = PathCompleter(expanduser=True)

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        before = document.text_before_cursor
        if before.lstrip().startswith(PREFIX):
            yield from self._commands(before.lstrip(), complete_event)
            return
        if not before.strip():
            return
        codes = self._practices(before)
        if codes is not None:
            yield from codes
            return
        yield from self._names(before)

    # -- slash commands -------------------------------------------------------------------------

    def _commands(self, text: str, event: CompleteEvent) -> Iterator[Completion]:
        name, space, arg = text.partition(" ")
        if not space:
            typed = name[len(PREFIX) :].lower()
            ranked = sorted(commands(), key=lambda c: (not c.name.startswith(typed), -fuzz.ratio(typed, c.name)))
            for c in ranked:
                if c.name.startswith(typed) or (len(typed) >= 2 and fuzz.partial_ratio(typed, c.name) >= FUZZY_CUTOFF):
                    # A command that takes an argument gets its space, so typing goes straight on.
                    text = PREFIX + c.name + (" " if c.args else "")
                    yield Completion(text, -len(name), display=c.synopsis, display_meta=COMMAND)
            return
        cmd = lookup(name)
        if cmd is not None:
            yield from self._argument(cmd, arg, event)

    def _argument(self, cmd: Command, arg: str, event: CompleteEvent) -> Iterator[Completion]:
        if cmd.choices:
            for choice in cmd.choices:
                if choice.startswith(arg.lower()):
                    yield Completion(choice, -len(arg), display_meta=f"{PREFIX}{cmd.name}")
        elif cmd.takes_path:
            yield from self.paths.get_completions(Document(arg, len(arg)), event)
        elif cmd.name == "help":
            for c in commands():
                if c.name.startswith(arg.lstrip(PREFIX).lower()):
                    yield Completion(c.name, -len(arg), display_meta=COMMAND)

    # -- practice codes ---------------------------------------------------------------------------

    def _practices(self, before: str) -> Iterator[Completion] | None:
        """Codes of the KPA just before the cursor ("SPP AC1"), or None when no KPA is there."""
        m = re.search(r"(?:^|\s)([A-Za-z]{0,2}\d*)$", before)
        if m is None:
            return None
        typed = m.group(1)
        head = before[: m.start(1)].rstrip()
        kpa = self._kpa_at_end(head)
        if kpa is None and self.context_kpa is not None and typed[:2].upper() in self.features:
            kpa = self.context_kpa()
        if kpa is None:
            return None
        found = [c for c in self.codes.get(kpa, []) if c.lower().startswith(typed.lower())]
        if not found:
            return None if typed else iter(())
        return (Completion(c, -len(typed), display_meta=PRACTICE) for c in found)

    def _kpa_at_end(self, text: str) -> str | None:
        words = text.split()
        for n in range(min(len(words), self.max_words), 0, -1):
            tail = " ".join(words[-n:]).lower().strip("\"'(,")
            if tail in self.kpa_names:
                return self.kpa_names[tail]
        return None

    # -- domain names -----------------------------------------------------------------------------

    def _names(self, before: str) -> Iterator[Completion]:
        """Names matching the longest phrase tail before the cursor, best first."""
        if before[-1].isspace():
            return
        starts = [m.start() for m in re.finditer(r"(?:^|(?<=\s))\S", before)][-self.max_words :]
        scored: dict[str, tuple[tuple[bool, int, int, float, int, int, str], Completion]] = {}
        for start in starts:
            tail = before[start:]
            lowered = tail.lower()
            n_words = len(tail.split())
            for entry in self.entries:
                tier, score = _match(lowered, entry.names)
                if tier is None:
                    continue
                # Exact matches before misspellings; among them the longest phrase (the most the user
                # typed), then name before alias before a word inside, then score, kind, length.
                rank = (tier == 3, -n_words, tier, -score, entry.rank, len(entry.text), entry.text.lower())
                if entry.text not in scored or rank < scored[entry.text][0]:
                    completion = Completion(entry.text, -len(tail), display_meta=entry.meta)
                    scored[entry.text] = (rank, completion)
        for _, completion in sorted(scored.values(), key=lambda pair: pair[0]):
            yield completion


def _match(typed: str, names: tuple[str, ...]) -> tuple[int | None, float]:
    """The tier of the best match (0 a prefix of the name itself, 1 of another spelling or alias,
    2 of a word inside a name, 3 a close spelling) and its rapidfuzz score."""
    if names[0].startswith(typed):
        return 0, 100.0
    if any(n.startswith(typed) for n in names[1:]):
        return 1, 100.0
    if len(typed) >= 2 and any(w.startswith(typed) for n in names for w in _WORD_BREAK.split(n)[1:]):
        return 2, 100.0
    if len(typed) < MIN_FUZZY:
        return None, 0.0
    # A typo in what is being typed: compare with each name's beginning of the same length.
    score = max(fuzz.ratio(typed, n[: len(typed)]) for n in names)
    if score >= FUZZY_CUTOFF:
        return 3, score
    return None, 0.0
