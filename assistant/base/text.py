"""Text normalization shared by the lexicon, the cue matcher and the parser.

Questions arrive with typos, curly quotes, control characters and escape sequences; everything
downstream works on one clean form: lower-case word tokens, with the raw-case form kept beside
them (a lower-case "me" is a pronoun, an upper-case "ME" is a CMM common feature).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

MAX_PARSE_CHARS = 600
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")
_WORD = re.compile(r"[a-z0-9]+(?:&[a-z0-9]+)*|&")
_IS_CONTRACTION = re.compile(r"\b(what|who|where|how|that|it|there|here|which)['’]s\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(\w)['’]s\b")
_APOSTROPHE = re.compile(r"(\w)['’](\w)")
_ARROWS = re.compile(r"-+>|→|=>|<-+|←")


def clean(text: str) -> str:
    """Remove escape sequences, control and format characters and lone surrogates; keep the rest."""
    text = _ESCAPES.sub(" ", text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
            out.append(" " if ch in "\t\n\r" else "")
        else:
            out.append(ch)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def safe_for_terminal(text: str) -> str:
    """What may be echoed back to a terminal: printable text without escapes, one line."""
    return clean(text)


class Tokens(NamedTuple):
    """A question as word tokens: lower-case `words`, and `raw` with the user's own case."""

    words: tuple[str, ...]
    raw: tuple[str, ...]

    def text(self, start: int, end: int) -> str:
        return " ".join(r for r in self.raw[start:end] if r)


def tokenize(text: str) -> Tokens:
    """Split into word tokens; "SC&D" stays one token, "ITIL->CMM" reads "itil to cmm"."""
    text = unicodedata.normalize("NFKC", clean(text))[:MAX_PARSE_CHARS]
    text = _ARROWS.sub(" to ", text)
    text = _IS_CONTRACTION.sub(r"\1 is", text)
    text = _POSSESSIVE.sub(r"\1", text)
    text = _APOSTROPHE.sub(r"\1\2", text)
    raw: list[str] = []
    for match in re.finditer(r"[A-Za-z0-9]+(?:&[A-Za-z0-9]+)*", text):
        raw.append(match.group(0))
    return Tokens(words=tuple(w.lower() for w in raw), raw=tuple(raw))


def expand(tokens: Tokens, shorthand: Mapping[str, str]) -> Tokens:
    """Tokens with typed shorthand spelled out ("chg mgmt" → "change management"); an expansion
    of several words keeps the user's word on its first piece."""
    if not shorthand or not any(w in shorthand for w in tokens.words):
        return tokens
    words: list[str] = []
    raw: list[str] = []
    for word, original in zip(tokens.words, tokens.raw, strict=True):
        pieces = shorthand.get(word, word).split(" ")
        words.extend(pieces)
        raw.extend([original] + [""] * (len(pieces) - 1))
    return Tokens(tuple(words), tuple(raw))


def phrase_words(phrase: str) -> tuple[str, ...]:
    """The word tokens of a lexicon or cue phrase (same rules as questions)."""
    return tokenize(phrase).words


# British spellings folded into American ones, so "synchronise" meets the keyword "synchronize".
_BRITISH = (
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ise", "ize"),
    ("ises", "izes"),
    ("amme", "am"),
)


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A crude English stem, enough to match "granularities" with "granularity", "broader" with
    "broadest", "audited" with "audit" and "focuses" with "focus"."""
    if len(word) <= 3:
        return word
    for british, american in _BRITISH:
        if word.endswith(british) and len(word) > len(british) + 3:
            word = word[: -len(british)] + american
            break
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes", "uses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "est", "ed", "er", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
