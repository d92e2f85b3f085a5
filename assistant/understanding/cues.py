"""Cue-phrase matching: which groups of cue words (knowledge/cues.yaml) a question contains."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz.distance import DamerauLevenshtein

from ..base.text import Tokens, phrase_words, stem
from ..kb.schema import Cues


class CueHit(NamedTuple):
    group: str
    phrase: str
    start: int
    end: int


@dataclass(frozen=True, repr=False, eq=False)  # big indexes: no use comparing or printing them
class CueMatcher:
    """Cue phrases indexed by first word, so matching costs one dict look-up per question word."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    dimension_weight: dict[tuple[str, ...], tuple[tuple[str, float], ...]]

    @classmethod
    def build(cls, cues: Cues, strong: float = 1.0, weak: float = 0.4) -> CueMatcher:
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for group, phrases in cues.groups.items():
            for phrase in phrases:
                words = tuple(stem(w) for w in phrase_words(phrase))
                if words and (words, group) not in by_first[words[0]]:
                    by_first[words[0]].append((words, group))
        dimension_weight: dict[tuple[str, ...], list[tuple[str, float]]] = defaultdict(list)
        for dim, spec in cues.dimensions.items():
            for strength, weight in (("strong", strong), ("weak", weak)):
                for phrase in spec.get(strength, ()):
                    words = tuple(stem(w) for w in phrase_words(phrase))
                    if words and (dim, weight) not in dimension_weight[words]:
                        if (words, f"dim:{dim}") not in by_first[words[0]]:
                            by_first[words[0]].append((words, f"dim:{dim}"))
                        dimension_weight[words].append((dim, weight))
        return cls(
            {k: tuple(v) for k, v in by_first.items()},
            {k: tuple(v) for k, v in dimension_weight.items()},
        )

    def find(self, tokens: Tokens) -> list[CueHit]:
        words = tuple(stem(w) for w in tokens.words)
        hits = []
        for i, word in enumerate(words):
            for phrase, group in self.by_first.get(word, ()):
                if words[i : i + len(phrase)] == phrase:
                    hits.append(CueHit(group, " ".join(phrase), i, i + len(phrase)))
        return hits

    def fuzzy_dimension_hits(self, tokens: Tokens, skip: set[int], stopwords: frozenset[str]) -> list[CueHit]:
        """Dimension cue words typed with one slip ("focs", "audiance", "fial"), for words that
        are not already an entity, a stop word or another cue."""
        hits = []
        singles = [w for w in self.dimension_weight if len(w) == 1 and len(w[0]) >= 4]
        for i, word in enumerate(tokens.words):
            if i in skip or word in stopwords or len(word) < 4 or not word.isalpha():
                continue
            for (cue,) in singles:
                if cue[0] == word[0] and DamerauLevenshtein.distance(word, cue, score_cutoff=1) <= 1:
                    group = f"dim:{self.dimension_weight[(cue,)][0][0]}"
                    hits.append(CueHit(group, cue, i, i + 1))
                    break
        return hits

    def is_strong(self, phrase: str) -> bool:
        """Whether a dimension cue names its dimension outright ("level of abstraction")."""
        return any(weight >= 1.0 for _, weight in self.dimension_weight.get(tuple(phrase.split(" ")), ()))

    def dimension_scores(self, hits: list[CueHit]) -> dict[str, float]:
        """Per dimension, the summed weight of its distinct cue phrases found."""
        scores: dict[str, float] = defaultdict(float)
        seen: set[str] = set()
        for hit in hits:
            if hit.group.startswith("dim:") and hit.phrase not in seen:
                seen.add(hit.phrase)
                best: dict[str, float] = {}
                for dim, weight in self.dimension_weight.get(tuple(hit.phrase.split(" ")), ()):
                    best[dim] = max(best.get(dim, 0.0), weight)
                for dim, weight in best.items():
                    scores[dim] += weight
        return dict(scores)
