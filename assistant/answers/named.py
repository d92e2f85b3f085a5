"""Which ITIL processes a passage of the document names, in the order it names them.

The document's claim reads "the area of Configuration and Change Management": two processes, the
first with its last word left to the second. A name counts as named when it is printed whole
("Change Management") or when its first words are followed, through "and", "or" or a comma and a
few words, by its last word ("Configuration ... and Change Management"). The names and printed
spellings come from the vocabulary; only this reading of English coordination lives here.
"""

from __future__ import annotations

import re

from ..kb.schema import KnowledgeBase

_LINK = r"(?:\s*,\s*|\s+(?:and|or)\s+)"  # "A and B Management", "A, B or C Management"
_WORD = r"[\w&/]+"


def _pattern(spelling: str) -> re.Pattern[str] | None:
    words = spelling.split()
    if not words:
        return None
    whole = r"\s+".join(re.escape(w) for w in words)
    if len(words) == 1:
        return re.compile(rf"(?<!\w){whole}(?!\w)")
    head = r"\s+".join(re.escape(w) for w in words[:-1])
    shared = rf"{head}(?:{_LINK}{_WORD}(?:\s+{_WORD}){{0,2}}?)+\s+{re.escape(words[-1])}"
    return re.compile(rf"(?<!\w)(?:{whole}|{shared})(?!\w)")


def named_processes(kb: KnowledgeBase, text: str) -> list[str]:
    """The slugs of the ITIL processes `text` names, by where it first names each."""
    found: dict[str, int] = {}
    for process in kb.processes:
        for spelling in dict.fromkeys((process.name, *process.spellings)):
            pattern = _pattern(spelling)
            match = pattern.search(text) if pattern else None
            if match and (process.row not in found or match.start() < found[process.row]):
                found[process.row] = match.start()
    return sorted(found, key=lambda slug: found[slug])
