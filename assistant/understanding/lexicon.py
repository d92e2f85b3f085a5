"""The entity lexicon, built once from the knowledge base, and fuzzy recognition of entities.

Every name, spelling, alias and abbreviation in `knowledge/` becomes a surface form. A question's
word n-gram windows are looked up exactly first; windows that match nothing exactly are compared
with rapidfuzz against surface forms of the same word count, with an edit budget that grows with
length (short names need to be near-exact, long names forgive a typo or two).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from ..base.text import Tokens, phrase_words
from ..kb.schema import KnowledgeBase

MAX_WINDOW = 5


class Mention(NamedTuple):
    """One recognized entity: what kind, which one, the words it matched and how well (0-100)."""

    kind: str  # model | itil | kpa | level | abbr | feature | role
    id: str
    text: str
    start: int
    end: int
    score: float

    @property
    def exact(self) -> bool:
        return self.score >= 100


def initials(phrase: str) -> str:
    """The first letter of each word: the fuzzy look-up's bucket key. A typo rarely changes a
    word's first letter, and the key keeps each comparison to a few names however large the
    lexicon grows ("contingincy planing" is only compared with names initialled "cp")."""
    return "".join(word[0] for word in phrase.split(" ") if word)


def _each_word_close(window: str, surface: str) -> bool:
    """A typo is spread over a name's words one slip at a time: "contingincy planing" is close to
    "contingency planning", but "help dev" is not "help desk" (two edits in one short word)."""
    typed, known = window.split(" "), surface.split(" ")
    if len(typed) != len(known):
        return False
    return all(
        DamerauLevenshtein.distance(t, k, score_cutoff=2) <= (2 if len(k) >= 10 else 1)
        for t, k in zip(typed, known, strict=True)
    )


def edit_budget(length: int) -> int:
    """Edits allowed for a window of this many characters (0 means exact only)."""
    if length <= 3:
        return 1  # only for insertions into four-letter names, see _fuzzy
    if length <= 5:
        return 1
    if length <= 11:
        return 2
    return 3


@dataclass(frozen=True, repr=False, eq=False)  # big indexes: no use comparing or printing them
class Lexicon:
    """Surface forms to entities, indexed for exact look-up and bucketed for fuzzy look-up."""

    exact: dict[tuple[str, ...], tuple[tuple[str, str], ...]]
    buckets: dict[str, tuple[list[int], list[str]]]  # initials ("cp") -> (lengths, surfaces) sorted by length
    stopwords: frozenset[str]
    case_sensitive: frozenset[str]
    display: dict[tuple[str, str], str]

    @classmethod
    def build(cls, kb: KnowledgeBase) -> Lexicon:
        stopwords = frozenset(kb.cues.get("stopwords")) if kb.cues.get("stopwords") else frozenset()
        entries: dict[tuple[str, ...], dict[tuple[str, str], None]] = defaultdict(dict)
        display: dict[tuple[str, str], str] = {}

        def add(kind: str, ident: str, *surfaces: str) -> None:
            for surface in surfaces:
                words = phrase_words(surface)
                if words:
                    entries[words][(kind, ident)] = None

        for m in kb.models:
            add("model", m.row, m.name, m.full_name, *m.aliases)
            display[("model", m.row)] = m.name
        for p in kb.processes:
            add("itil", p.row, p.name, *p.spellings, *p.aliases, p.row.replace("-", " "))
            display[("itil", p.row)] = p.name
        for k in kb.kpas:
            add("kpa", k.abbr, k.abbr, k.name, *k.spellings, *k.aliases)
            display[("kpa", k.abbr)] = f"{k.name} ({k.abbr})"
        for lv in kb.levels:
            add("level", str(lv.level), *lv.aliases, f"level {lv.level}")
            display[("level", str(lv.level))] = f"Level {lv.level} ({lv.name})"
        for f in kb.features:
            add("feature", f.abbr, f.abbr, f.name)
            display[("feature", f.abbr)] = f"{f.abbr} {f.name}"
        for a in kb.abbreviations:
            add("abbr", a.abbr, a.abbr)
            display[("abbr", a.abbr)] = a.abbr
        for role, words in kb.roles.items():
            add("role", role, *words)
            display[("role", role)] = role
        exact = {words: tuple(ids) for words, ids in entries.items()}
        grouped: dict[str, list[str]] = defaultdict(list)
        for words in exact:
            surface = " ".join(words)
            if len(surface) >= 4 and not all(w in stopwords for w in words):
                grouped[initials(surface)].append(surface)
        buckets = {}
        for key, surfaces in grouped.items():
            surfaces.sort(key=len)
            buckets[key] = ([len(s) for s in surfaces], surfaces)
        case_sensitive = frozenset(w[0] for w in exact if len(w) == 1 and w[0] in stopwords)
        return cls(exact, buckets, stopwords, case_sensitive, display)

    def name(self, kind: str, ident: str) -> str:
        return self.display.get((kind, ident), ident)

    def _fuzzy(self, window: str) -> tuple[str, float] | None:
        bucket = self.buckets.get(initials(window))
        if not bucket:
            return None
        lengths, surfaces = bucket
        budget = edit_budget(len(window))
        low = len(window) + 1 if len(window) <= 3 else len(window) - budget
        lo, hi = bisect_left(lengths, low), bisect_right(lengths, len(window) + budget)
        if lo >= hi:
            return None
        # rapidfuzz scans the candidates in C; ties go to the longer surface (fewer edits relative to length)
        found = process.extract(
            window, surfaces[lo:hi], scorer=DamerauLevenshtein.distance, score_cutoff=budget, limit=5
        )
        if not found:
            return None
        found = [f for f in found if _each_word_close(window, f[0])]
        if not found:
            return None
        surface, distance, _ = min(found, key=lambda f: (f[1] / max(len(f[0]), len(window)), -len(f[0])))
        return surface, 100.0 * (1 - distance / max(len(surface), len(window)))

    def recognize(self, tokens: Tokens, skip: frozenset[int] = frozenset()) -> list[Mention]:
        """Entities in the question, longest and best match first, no two overlapping."""
        words = tokens.words
        candidates: list[Mention] = []
        for start in range(len(words)):
            if start in skip:
                continue
            for size in range(min(MAX_WINDOW, len(words) - start), 0, -1):
                span = words[start : start + size]
                if any(i in skip for i in range(start, start + size)):
                    continue
                ids = self.exact.get(span)
                if ids and size == 1 and span[0] in self.case_sensitive and not tokens.raw[start].isupper():
                    ids = None
                score = 100.0
                if not ids:
                    if span[0] in self.stopwords or span[-1] in self.stopwords:
                        continue
                    if any(ch.isdigit() for w in span for ch in w):
                        continue  # numbers are exact: "level 4" is not a typo of "level 2"
                    window = " ".join(span)
                    found = self._fuzzy(window) if len(window) >= 3 else None
                    if not found:
                        continue
                    ids = self.exact[tuple(found[0].split(" "))]
                    score = found[1]
                text = tokens.text(start, start + size)
                candidates.extend(Mention(kind, ident, text, start, start + size, score) for kind, ident in ids)
        candidates.sort(key=lambda m: (-(m.end - m.start), -m.score, m.start))
        taken: set[int] = set()
        chosen: list[Mention] = []
        chosen_spans: set[tuple[int, int]] = set()
        for m in candidates:
            covered = set(range(m.start, m.end))
            if (m.start, m.end) in chosen_spans:
                if all(c.score >= m.score for c in chosen if (c.start, c.end) == (m.start, m.end)) and any(
                    c.score == m.score for c in chosen if (c.start, c.end) == (m.start, m.end)
                ):
                    chosen.append(m)
                continue
            if covered & taken:
                continue
            taken |= covered
            chosen_spans.add((m.start, m.end))
            chosen.append(m)
        chosen.sort(key=lambda m: (m.start, m.kind))
        return chosen

    def near_misses(self, tokens: Tokens, limit: int = 3) -> list[tuple[str, str]]:
        """Entities a looser match would have found: material for "did you mean ...?"."""
        from rapidfuzz import fuzz, process

        words = [w for w in tokens.words if w not in self.stopwords and len(w) >= 4]
        choices = {" ".join(k): v for k, v in self.exact.items()}
        found: dict[tuple[str, str], float] = {}
        for w in words[:30]:
            for surface, score, _ in process.extract(w, list(choices), scorer=fuzz.ratio, limit=2, score_cutoff=70):
                for ident in choices[surface]:
                    found[ident] = max(found.get(ident, 0), score)
        ranked = sorted(found.items(), key=lambda kv: -kv[1])[:limit]
        return [ident for ident, _ in ranked]
