"""Passage overlap: which cells and rows a question paraphrases.

People often ask with the document's own words ("who sends development the data classification
tables?", "does Baldrige delve into the details?"). Every quotable passage (a model cell, an
observation, an ITIL row's output or input cell, a CMM row's description or production cell) is
indexed by word stems and adjacent-word pairs; a question scores each passage by the stems and
pairs they share. The inverted index keeps the cost to the passages that share a word.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass

from ..base.text import phrase_words, stem
from ..kb.schema import DIMENSIONS, KnowledgeBase

# (kind, row, part): ("cell", "cmm", "approach"), ("itil", slug, "output") ...
PassageKey = tuple[str, str, str]
COMMON_SHARE = 0.25  # words in more than this share of passages are not scored...
COMMON_MINIMUM = 40  # ...unless the index is so small that every word is in a few


def _features(words: tuple[str, ...], stopwords: frozenset[str]) -> tuple[set[str], set[tuple[str, str]]]:
    stems = [stem(w) for w in words]
    unigrams = {s for w, s in zip(words, stems, strict=True) if w not in stopwords and len(w) > 2}
    pairs = {
        (stems[i], stems[i + 1])
        for i in range(len(stems) - 1)
        if not (words[i] in stopwords and words[i + 1] in stopwords)
    }
    return unigrams, pairs


@dataclass(frozen=True, repr=False, eq=False)  # big indexes: no use comparing or printing them
class PassageIndex:
    keys: tuple[PassageKey, ...]
    unigrams: dict[str, tuple[int, ...]]
    pairs: dict[tuple[str, str], tuple[int, ...]]
    stopwords: frozenset[str]
    size: int

    @classmethod
    def build(cls, kb: KnowledgeBase, stopwords: frozenset[str]) -> PassageIndex:
        texts: list[tuple[PassageKey, str]] = []
        for m in kb.models:
            texts += [(("cell", m.row, d), m.cell(d)) for d in DIMENSIONS]
        texts += [(("observation", o.row, "text"), o.text) for o in kb.observations]
        for r in kb.itil_to_cmm:
            texts.append((("itil", r.row, "output"), " ; ".join(r.output_to_development)))
            texts.append((("itil", r.row, "input"), " ; ".join(r.input_from_development)))
        for c in kb.cmm_to_itil:
            texts.append((("cmm", c.row, "practice"), c.practice or c.note))
            texts.append((("cmm", c.row, "production"), c.production))
        unigrams: dict[str, list[int]] = defaultdict(list)
        pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, (_, text) in enumerate(texts):
            uni, pair = _features(phrase_words(text), stopwords)
            for u in uni:
                unigrams[u].append(i)
            for p in pair:
                pairs[p].append(i)
        return cls(
            tuple(k for k, _ in texts),
            {k: tuple(v) for k, v in unigrams.items()},
            {k: tuple(v) for k, v in pairs.items()},
            stopwords,
            len(texts),
        )

    def score(self, words: tuple[str, ...], skip: set[int], limit: int = 40) -> list[tuple[PassageKey, float]]:
        """Passages sharing words with the question (tokens in `skip` ignored), best first.

        Each shared stem or word pair counts its rarity (log inverse passage frequency), so
        "naming conventions" outweighs "process" and "development"."""
        kept = tuple(w for i, w in enumerate(words) if i not in skip)
        uni, pair = _features(kept, self.stopwords)
        scores: dict[int, float] = defaultdict(float)
        common = max(COMMON_MINIMUM, self.size * COMMON_SHARE)
        for feature, index in [(u, self.unigrams) for u in uni] + [(p, self.pairs) for p in pair]:
            holders = index.get(feature, ())  # type: ignore[arg-type]  # a unigram or a pair, each in its own index
            if holders and len(holders) <= common:  # a word in most passages tells none apart
                weight = math.log(1 + self.size / len(holders))
                for i in holders:
                    scores[i] += weight
        ranked = heapq.nlargest(limit, scores.items(), key=lambda kv: kv[1])
        return [(self.keys[i], round(n, 2)) for i, n in ranked]

    def words_of(self, key: PassageKey) -> frozenset[str]:
        """The stems one passage holds (for how much of a question a passage covers)."""
        if not hasattr(self, "_words"):
            inverted: dict[PassageKey, set[str]] = defaultdict(set)
            for word, holders in self.unigrams.items():
                for i in holders:
                    inverted[self.keys[i]].add(word)
            object.__setattr__(self, "_words", {k: frozenset(v) for k, v in inverted.items()})
        words: dict[PassageKey, frozenset[str]] = self._words  # type: ignore[attr-defined]
        return words.get(key, frozenset())
