"""Stage three: score candidate readings (intent + slots) of an analyzed question, pick one.

Each rule (rules.py) looks at the entities and cue words an `Analysis` holds and proposes
readings with a score in [0, 1]. The best reading wins unless it scores under `THRESHOLD` (then the
assistant says it does not know, offering near misses), or the runner-up with a different
answer is within `AMBIGUITY_THRESHOLD` (then it asks which was meant), in the manner of Rasa's
FallbackClassifier.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .analysis import Analysis, Analyzer
from .reading import EVIDENCE_QUOTES as EVIDENCE_QUOTES  # re-exported: callers read these here
from .reading import QUERY_INTENT as QUERY_INTENT
from .reading import RULES as RULES
from .reading import Reading as Reading
from .reading import Rule as Rule
from .reading import rule as rule

THRESHOLD = 0.55
"""Below this score the best reading is not trusted: answer `unknown` (with did-you-mean)."""

AMBIGUITY_THRESHOLD = 0.04
"""If the two best readings (with different answers) are closer than this: ask, `clarify`."""


COMPOSED_MINIMUM = 2
"""A composed query needs two parts (two entities, or an entity and a connective or aggregate);
one part alone is a plain look-up, which the intent rules word better."""

COMPOSED_BASE = 0.94
"""A query using two or more parts of the question outranks every one-entity reading (≤ 0.93)."""


@dataclass(frozen=True)
class Parse:
    analysis: Analysis
    readings: tuple[Reading, ...]

    @property
    def best(self) -> Reading | None:
        return self.readings[0] if self.readings else None

    @property
    def runner_up(self) -> Reading | None:
        return self.readings[1] if len(self.readings) > 1 else None


class Parser:
    """Runs the analysis stages and the rules; the one place the thresholds are applied."""

    def __init__(self, analyzer: Analyzer, threshold: float = THRESHOLD, ambiguity: float = AMBIGUITY_THRESHOLD):
        from . import rules  # noqa: F401 - importing registers the rules
        from .compose import Composer

        self.analyzer = analyzer
        self.composer = Composer(analyzer.kb, analyzer)
        self.threshold = threshold
        self.ambiguity_threshold = ambiguity

    def parse(self, question: str) -> Parse:
        analysis = self.analyzer.analyze(question)
        return self.parse_analysis(analysis)

    def parse_analysis(self, analysis: Analysis) -> Parse:
        readings: list[Reading] = []
        for fn in RULES:
            readings.extend(fn(analysis, self.analyzer))
        composed = self.composer.compose(analysis)
        if composed is not None and composed.structure >= COMPOSED_MINIMUM:
            score = min(0.99, COMPOSED_BASE + 0.01 * composed.structure)
            readings.append(Reading(QUERY_INTENT, score, why="a composed query", query=composed.query))
        readings = self._ranked_evidence(readings)
        readings.sort(key=lambda r: -r.score)
        return Parse(analysis, tuple(readings))

    def _ranked_evidence(self, readings: list[Reading]) -> list[Reading]:
        """A word match ranks below every structured reading that clears the threshold, unless
        it quotes a cell outright (score ≥ EVIDENCE_QUOTES)."""
        structured = max((r.score for r in readings if not r.is_evidence), default=0.0)
        if structured < self.threshold:
            return readings
        ceiling = structured - self.ambiguity_threshold - 0.01
        return [
            replace(r, score=min(r.score, ceiling)) if r.is_evidence and r.score < EVIDENCE_QUOTES else r
            for r in readings
        ]

    def is_ambiguous(self, parse: Parse) -> bool:
        best, second = parse.best, parse.runner_up
        if not best or not second or best.intent == second.intent:
            return False
        if best.is_evidence or second.is_evidence:
            return False  # a word match is a last resort: it answers or yields, it never asks
        if second.score < self.threshold:
            return False
        return best.score - second.score < self.ambiguity_threshold
