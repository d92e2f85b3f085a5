"""Practice codes ("SPP AC11", "activity 11 of SPP", "ability 3") recognized by pattern.

The prefixes and feature words come from the knowledge base's common features, so another
crosswalk with other features needs no code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz.distance import DamerauLevenshtein

from ..base.text import Tokens, phrase_words
from ..kb.schema import KnowledgeBase

_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
# English number words ("activity eleven of SPP"): plain language, not domain vocabulary.
_CARDINAL_WORDS = {
    word: str(n)
    for n, word in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ],
        1,
    )
}
# English ordinal words ("the second ability of IC"): plain language, not domain vocabulary.
_ORDINAL_WORDS = {
    word: str(n)
    for n, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        1,
    )
}


class Code(NamedTuple):
    """A practice code found in the question, e.g. AC11, spanning tokens [start, end)."""

    code: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, repr=False, eq=False)  # big indexes: no use comparing or printing them
class CodeRecognizer:
    prefix_pattern: re.Pattern[str]
    prefixes: dict[str, str]  # lower-case prefix as typed -> canonical abbreviation
    feature_words: dict[tuple[str, ...], str]  # feature word(s) -> abbreviation
    common_words: frozenset[str]  # prefixes that are also ordinary words ("me"): need capitals
    longest: int  # words in the longest feature name ("verifying implementation")

    @classmethod
    def build(cls, kb: KnowledgeBase) -> CodeRecognizer:
        prefixes = {f.abbr.lower(): f.abbr for f in kb.features}
        prefixes.update({typo.lower(): right for typo, right in kb.code_misprints.items()})
        alternatives = "|".join(sorted((re.escape(p) for p in prefixes), key=len, reverse=True))
        pattern = re.compile(rf"^({alternatives})(\d{{1,2}})$")
        feature_words = {}
        for f in kb.features:
            for word in (f.name, *f.aliases):
                words = phrase_words(word)
                if words:
                    feature_words[words] = f.abbr
        common = frozenset(kb.cues.get("stopwords")) & frozenset(prefixes)
        return cls(pattern, prefixes, feature_words, common, max(len(w) for w in feature_words))

    def _near_feature(self, word: str) -> str | None:
        """A feature word typed with one slip ("activty 14")."""
        if len(word) < 6:
            return None
        for words, abbr in self.feature_words.items():
            single = len(words) == 1 and words[0][0] == word[0] and len(words[0]) >= 6
            if single and DamerauLevenshtein.distance(word, words[0], score_cutoff=1) <= 1:
                return abbr
        return None

    def find(self, tokens: Tokens) -> list[Code]:
        words = tokens.words
        found: list[Code] = []
        i = 0
        while i < len(words):
            match = self.prefix_pattern.match(words[i])
            if match:
                code = f"{self.prefixes[match.group(1)]}{int(match.group(2))}"
                found.append(Code(code, i, i + 1, tokens.text(i, i + 1)))
                i += 1
                continue
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if (
                words[i] in self.prefixes
                and nxt.isdigit()
                and len(nxt) <= 2
                and (tokens.raw[i].isupper() or words[i] not in self.common_words)
            ):
                found.append(Code(f"{self.prefixes[words[i]]}{int(nxt)}", i, i + 2, tokens.text(i, i + 2)))
                i += 2
                continue
            ordinal = _ORDINAL.match(words[i]) or _ORDINAL.match(_ORDINAL_WORDS.get(words[i], "") + "th")
            feature = self.feature_words.get(words[i + 1 : i + 2]) if ordinal else None
            if ordinal and feature:
                found.append(Code(f"{feature}{int(ordinal.group(1))}", i, i + 2, tokens.text(i, i + 2)))
                i += 2
                continue
            matched = False
            for size in range(self.longest, 0, -1):
                feature = self.feature_words.get(words[i : i + size]) or (
                    self._near_feature(words[i]) if size == 1 else None
                )
                after = words[i + size] if i + size < len(words) else ""
                if after in ("number", "no") and i + size + 1 < len(words):
                    size, after = size + 1, words[i + size + 1]
                after = _CARDINAL_WORDS.get(after, after)  # "activity eleven"
                if feature and after.isdigit() and len(after) <= 2:
                    found.append(Code(f"{feature}{int(after)}", i, i + size + 1, tokens.text(i, i + size + 1)))
                    i += size + 1
                    matched = True
                    break
            if not matched:
                i += 1
        return found


def number_of(word: str) -> int | None:
    """ "2" or "two" as a number (None for anything else)."""
    if word.isdigit():
        return int(word)
    said = _CARDINAL_WORDS.get(word)
    return int(said) if said else None
