"""Stage one and two of parsing: a question's entities, codes, levels and cue words.

`Analyzer.analyze` runs the stages in order (normalize, recognize entities, recognize codes and
levels, find cue words, score observations and model cells) and returns an `Analysis` that the
intent rules in `parse.py` read. Each stage can be tested on its own.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any, NamedTuple

from rapidfuzz.distance import DamerauLevenshtein

from ..base.text import Tokens, expand, phrase_words, stem, tokenize
from ..kb.schema import DIMENSIONS, KnowledgeBase
from .cues import CueHit, CueMatcher
from .lexicon import Lexicon, Mention
from .passages import PassageIndex, PassageKey
from .patterns import Code, CodeRecognizer

QUALIFIER_GROUPS = frozenset({"cmm_refs", "itil_to_cmm_table", "cmm_to_itil_table", "itil_word", "kpa_word"})
# Cue words about the tables' structure, not their content: left out of passage overlap.
STRUCTURE_GROUPS = QUALIFIER_GROUPS | {"models_word", "list", "define", "which_model", "compare", "cite_verbs"}


@cache
def _cell_words(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Typed words → the cells' words: the synonyms, and abbreviations that name no model, KPA or
    feature (those are entities, not words to search for). Built once per knowledge base."""
    table = dict(kb.search_synonyms)
    named = {a.lower() for m in kb.models for a in (m.name, *m.aliases)}
    named |= {k.abbr.lower() for k in kb.kpas} | {f.abbr.lower() for f in kb.features}
    table.update({a.abbr.lower(): a.meaning.lower() for a in kb.abbreviations if a.abbr.lower() not in named})
    return {typed: phrase_words(said) for typed, said in table.items()}


def token_span(spans: Iterable[Any]) -> set[int]:
    """The token positions covered by mentions, cue hits or codes (anything with start and end)."""
    return {i for s in spans for i in range(s.start, s.end)}


class PracticeRef(NamedTuple):
    """A practice code tied to a KPA (kpa None when the question names no KPA)."""

    kpa: str | None
    code: str
    text: str


@dataclass(frozen=True)
class Analysis:
    question: str
    tokens: Tokens
    mentions: tuple[Mention, ...]
    practices: tuple[PracticeRef, ...]
    cues: tuple[CueHit, ...]
    dims: dict[str, float]
    observations: tuple[tuple[str, float], ...]
    content: tuple[str, ...]
    groups: frozenset[str] = field(default_factory=frozenset)
    passages: tuple[tuple[PassageKey, float], ...] = ()
    qualified: tuple[Mention, ...] = ()  # model names read as table qualifiers ("ITIL processes")
    codes: tuple[Code, ...] = ()  # the practice codes found, with their token spans

    def best_passages(self, kind: str, rows: list[str] | None = None) -> list[tuple[PassageKey, float]]:
        """Passages of one kind (optionally of given rows) the question overlaps, best first."""
        return [(k, n) for k, n in self.passages if k[0] == kind and (rows is None or k[1] in rows)]

    def role_worded(self, m: Mention) -> bool:
        """A process named only by a word that also names the production side ("ops",
        "operations"): the people unless the question speaks of mappings or lists processes."""
        return m.kind == "itil" and any(
            r.kind == "role" and (r.start, r.end) == (m.start, m.end) for r in self.mentions
        )

    def process_ids(self) -> list[str]:
        return list(self._process_ids)

    @cached_property
    def _process_ids(self) -> tuple[str, ...]:
        """Processes the question names as processes: role words count only in a table's
        context ("mapped to Operations", "Operations as well as Helpdesk")."""
        tabled = self.has("cmm_to_itil_table", "itil_word", "itil_to_cmm_table")
        listed = [m for m in self.mentions if m.kind == "itil" and not self.role_worded(m)]

        joiners = {"and", "or", "as", "well", "plus", "also", "nor", "minus", "but", "not", "except", "vs", "versus"}

        def in_a_list(m: Mention) -> bool:  # "Operations as well as Helpdesk", "config + operations"
            def between(x: Mention, y: Mention) -> set[str]:
                return set(self.tokens.words[x.end : y.start])

            return any(
                (o.start >= m.end and between(m, o) <= joiners) or (m.start >= o.end and between(o, m) <= joiners)
                for o in listed
            )

        cited = [h.end for h in self.cues if h.group == "cite_verbs"]

        def named_by_a_cite_verb(m: Mention) -> bool:  # "which of those also list Operations?"
            return any(0 <= m.start - end <= 1 for end in cited)

        return tuple(
            dict.fromkeys(
                m.id
                for m in self.mentions
                if m.kind == "itil" and (tabled or not self.role_worded(m) or in_a_list(m) or named_by_a_cite_verb(m))
            )
        )

    def has(self, *groups: str) -> bool:
        return any(g in self.groups for g in groups)

    def ids(self, kind: str) -> list[str]:
        """Distinct entity ids of one kind, in order of appearance (processes as `process_ids`)."""
        return list(self._ids_by_kind.get(kind, ()))

    @cached_property
    def _ids_by_kind(self) -> dict[str, tuple[str, ...]]:
        """Every kind's ids, found once: the rules ask for them many times per question."""
        by_kind: dict[str, dict[str, None]] = {}
        for m in self.mentions:
            by_kind.setdefault(m.kind, {})[m.id] = None
        found = {kind: tuple(ids) for kind, ids in by_kind.items()}
        found["itil"] = self._process_ids
        return found

    def first_position(self, kind: str) -> int | None:
        return next((m.start for m in self.mentions if m.kind == kind), None)

    def cue_positions(self, group: str) -> list[int]:
        return [h.start for h in self.cues if h.group == group]

    def best_dimension(self, minimum: float = 0.4) -> str | None:
        if not self.dims:
            return None
        dim, score = max(self.dims.items(), key=lambda kv: (kv[1], -DIMENSIONS.index(kv[0])))
        return dim if score >= minimum else None


@dataclass(frozen=True, repr=False, eq=False)  # big indexes: no use comparing or printing them
class Analyzer:
    kb: KnowledgeBase
    lexicon: Lexicon
    cue_matcher: CueMatcher
    codes: CodeRecognizer
    observation_keywords: dict[tuple[str, ...], tuple[tuple[str, float], ...]]
    passage_index: PassageIndex
    single_keywords: tuple[str, ...]  # one-word keywords long enough to be matched despite a slip

    @classmethod
    def build(cls, kb: KnowledgeBase) -> Analyzer:
        holders: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for obs in kb.observations:
            for keyword in obs.keywords:
                words = tuple(stem(w) for w in phrase_words(keyword))
                if words:
                    holders[words].add(obs.row)
        keywords = {
            words: tuple((row, (1.0 + 0.6 * (len(words) - 1)) / math.sqrt(len(rows))) for row in sorted(rows))
            for words, rows in holders.items()
        }
        lexicon = Lexicon.build(kb)
        passages = PassageIndex.build(kb, lexicon.stopwords)
        singles = tuple(k[0] for k in keywords if len(k) == 1 and len(k[0]) >= 6)
        return cls(kb, lexicon, CueMatcher.build(kb.cues), CodeRecognizer.build(kb), keywords, passages, singles)

    def analyze(self, question: str) -> Analysis:
        tokens = expand(tokenize(question), self.kb.word_abbreviations)
        codes = self.codes.find(tokens)
        code_tokens = frozenset(i for c in codes for i in range(c.start, c.end))
        mentions = tuple(self.lexicon.recognize(tokens, skip=code_tokens))
        practices = tuple(self._attach_kpas(codes, mentions))
        hits = self.cue_matcher.find(tokens)
        all_mentions = mentions
        mentions = self._drop_qualifiers(mentions, hits)
        qualified = tuple(m for m in all_mentions if m not in mentions and m.kind == "model")
        inside = token_span(m for m in mentions if m.kind in ("itil", "kpa"))
        hits = [h for h in hits if h.group == "stopwords" or not inside & token_span([h])]
        mentioned = token_span(mentions) | code_tokens
        taken = mentioned | token_span(h for h in hits if h.group != "stopwords")
        hits += self.cue_matcher.fuzzy_dimension_hits(tokens, taken, self.lexicon.stopwords)
        covered = mentioned | token_span(h for h in hits if not h.group.startswith("dim:"))
        named = token_span(m for m in mentions if m.kind != "role")
        named |= token_span(h for h in hits if h.group in STRUCTURE_GROUPS)
        stopwords = self.lexicon.stopwords
        content = tuple(w for i, w in enumerate(tokens.words) if i not in covered and w not in stopwords)
        return Analysis(
            question=question,
            tokens=tokens,
            mentions=mentions,
            practices=practices,
            cues=tuple(hits),
            dims=self.cue_matcher.dimension_scores(hits),
            observations=self._score_observations(tokens, inside),
            content=content,
            groups=frozenset(h.group for h in hits),
            passages=self._passages(tokens, named | code_tokens, hits),
            qualified=qualified,
            codes=tuple(codes),
        )

    def _passages(self, tokens: Tokens, skip: set[int], hits: list[CueHit]) -> tuple[tuple[PassageKey, float], ...]:
        """Cells and rows the question overlaps. Observations are scored without the dimension
        words, which the comparison's lead-in sentence names all at once."""
        ranked = self._score_with_synonyms(tokens.words, skip)
        dims = token_span(h for h in hits if h.group.startswith("dim:") and self.cue_matcher.is_strong(h.phrase))
        prose = self.passage_index.score(tokens.words, skip | dims) if dims else ranked  # prose: as typed
        merged = [p for p in ranked if p[0][0] != "observation"] + [p for p in prose if p[0][0] == "observation"]
        merged.sort(key=lambda p: -p[1])
        return tuple(merged[:40])

    def _score_with_synonyms(self, words: tuple[str, ...], skip: set[int]) -> list[tuple[PassageKey, float]]:
        """Passages scored on the question as typed and, when it uses words the cells say otherwise
        ("sign off" → "approves", "SCCB" → its meaning), on the question in the cells' words; each
        passage keeps its better score."""
        ranked = self.passage_index.score(words, skip)
        swapped, kept = self._in_cell_words(words, skip)
        if swapped == words:
            return ranked
        best = dict(ranked)
        for key, n in self.passage_index.score(swapped, kept):
            if key[0] in ("cmm", "itil"):  # the rows' cells; prose and model cells as typed
                best[key] = max(best.get(key, 0.0), n)
        return sorted(best.items(), key=lambda kv: -kv[1])[: len(ranked) or 40]

    def _in_cell_words(self, words: tuple[str, ...], skip: set[int]) -> tuple[tuple[str, ...], set[int]]:
        """The question with synonyms and abbreviations replaced by the cells' words; the skip set
        follows the words that stayed (a replaced abbreviation is searched, not skipped)."""
        table = _cell_words(self.kb)
        out: list[str] = []
        kept: set[int] = set()
        i = 0
        while i < len(words):
            for size in (3, 2, 1):
                phrase = " ".join(words[i : i + size])
                if len(words[i : i + size]) == size and phrase in table:
                    out.extend(table[phrase])
                    i += size
                    break
            else:
                if i in skip:
                    kept.add(len(out))
                out.append(words[i])
                i += 1
        return tuple(out), kept

    @staticmethod
    def _drop_qualifiers(mentions: tuple[Mention, ...], hits: list[CueHit]) -> tuple[Mention, ...]:
        """A model name inside a cue phrase ("CMM practices", "mapping to ITIL") names a table
        column or a kind of row, not the model itself."""
        spans = [(h.start, h.end) for h in hits if h.group in QUALIFIER_GROUPS and h.end - h.start > 1]
        return tuple(
            m
            for m in mentions
            if not (m.kind in ("model", "abbr") and any(s <= m.start and m.end <= e for s, e in spans))
        )

    def _attach_kpas(self, codes: list[Code], mentions: tuple[Mention, ...]) -> list[PracticeRef]:
        kpas = [m for m in mentions if m.kind == "kpa"]
        out = []
        for code in codes:
            if not kpas:
                out.append(PracticeRef(None, code.code, code.text))
                continue

            def distance(m: Mention, code: Code = code) -> tuple[int, int]:
                before = code.start - m.end if m.end <= code.start else None
                after = m.start - code.end if m.start >= code.end else None
                gap = min(x for x in (before, after) if x is not None) if (before, after) != (None, None) else 0
                return (gap, 0 if before is not None else 1)

            nearest = min(kpas, key=distance)
            out.append(PracticeRef(nearest.id, code.code, code.text))
        return out

    def _score_observations(self, tokens: Tokens, named: set[int]) -> tuple[tuple[str, float], ...]:
        """Observations whose keywords the question uses (words inside an entity name excluded)."""
        stems = tuple("" if i in named else stem(w) for i, w in enumerate(tokens.words))
        scores: dict[str, float] = defaultdict(float)
        seen: set[tuple[str, ...]] = set()
        for i in range(len(stems)):
            for size in (4, 3, 2, 1):
                words = stems[i : i + size]
                if len(words) == size and "" not in words and words in self.observation_keywords and words not in seen:
                    seen.add(words)
                    for row, weight in self.observation_keywords[words]:
                        scores[row] += weight
        used = {w for key in seen for w in key}
        for i, word in enumerate(stems):  # a keyword typed with one slip: "redundnacy"
            if len(word) >= 6 and word not in used and tokens.words[i] not in self.lexicon.stopwords:
                for key in self.single_keywords:
                    if key[0] == word[0] and DamerauLevenshtein.distance(word, key, score_cutoff=1) <= 1:
                        for row, weight in self.observation_keywords[(key,)]:
                            scores[row] += weight * 0.8
                        break
        return tuple(sorted(scores.items(), key=lambda kv: -kv[1]))

    def passages_of_kpa(self, analysis: Analysis, kpa: str) -> list[tuple[PassageKey, float]]:
        """A KPA's rows the question overlaps ("subcontractor selection in SSM")."""
        named = token_span(m for m in analysis.mentions if m.kind != "role")
        by_row: dict[str, float] = defaultdict(float)
        for (kind, row, _), n in self.passage_index.score(analysis.tokens.words, named, limit=400):
            if kind == "cmm" and (row == kpa or row.startswith(f"{kpa}.")):
                by_row[row] += n  # a row's description and production cells together
        return [(("cmm", row, "row"), n) for row, n in sorted(by_row.items(), key=lambda kv: -kv[1])]

    def cell_hits(
        self, analysis: Analysis, models: list[str] | None = None, dimension: str | None = None
    ) -> list[tuple[tuple[str, str], float]]:
        """Model cells the question overlaps (shared stems and word pairs), best first."""
        return [
            ((row, dim), n) for (_, row, dim), n in analysis.best_passages("cell", models) if dimension in (None, dim)
        ]
