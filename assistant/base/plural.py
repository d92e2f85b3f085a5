"""Counted nouns, their verbs and places: "1 row maps", "2 rows map", "4th", never "1 rows" or "process(es)".

Answers and reports count rows, processes and KPAs everywhere; one helper keeps the grammar in
one place, so a new sentence cannot reintroduce "1 CMM key practice rows". Only English
inflection lives here, no domain words: the nouns come from the callers.
"""

from __future__ import annotations

from collections.abc import Sequence

_SIBILANTS = ("s", "x", "z", "ch", "sh")


def plural_of(noun: str) -> str:
    """The regular English plural of a noun or of a phrase's last word ("ITIL process" → "ITIL processes")."""
    head, _, last = noun.rpartition(" ")
    lead = f"{head} " if head else ""
    if last.endswith(_SIBILANTS):
        return f"{lead}{last}es"
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        return f"{lead}{last[:-1]}ies"
    return f"{lead}{last}s"


def noun(n: int, singular: str, plural: str | None = None) -> str:
    """The noun for a count of n, without the number: "row" for 1, "rows" otherwise (0 included)."""
    return singular if n == 1 else (plural or plural_of(singular))


def count(n: int, singular: str, plural: str | None = None) -> str:
    """A number and its noun: count(1, "row") == "1 row", count(3, "ITIL process") == "3 ITIL processes"."""
    return f"{n} {noun(n, singular, plural)}"


def verb(n: int, singular: str, plural: str) -> str:
    """A present-tense verb agreeing with a count: verb(1, "maps", "map") == "maps"."""
    return singular if n == 1 else plural


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st: a place in a ranking."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def and_list(items: Sequence[str], word: str = "and") -> str:
    """ "A", "A and B", "A, B and C" (or "or")."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]
