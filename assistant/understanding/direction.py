"""Who gives what to whom: the side of an ITIL-to-CMM row a give / receive question asks for.

"What does Problem Management give dev?" and "what do we send dev for problem mgmt?" (operations
speaking) both ask for the row's "Output TO development"; "what does dev hand to problem mgmt?"
and "what do we get from dev?" (operations speaking) for its "Input FROM development". The party
right after a give verb receives; the party after "from" gives. When the question names only
"we" and a process, the speaker's side decides: said in the question ("we run the service desk"),
or set with `/role` / `--role`; with neither, the direction is left open (`Direction.OPEN`).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from .analysis import Analysis

FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my", "ours"})
SKIP = frozenset({"to", "the", "our", "your", "their", "a", "an", "over", "back", "on"})


class Side(Enum):
    DEVELOPMENT = "development"
    PRODUCTION = "production"


class Direction(Enum):
    OUTPUT = "output"  # the process (operations) gives development
    INPUT = "input"  # development gives the process
    OPEN = "open"  # depends on who "we" are


def side_named(word: str, roles: Mapping[str, tuple[str, ...]]) -> Side | None:
    """The side a role word names ("dev", "ops", "production"), through the roles in
    knowledge/vocabulary.yaml; anything else ("spi", "none") is neither side."""
    word = word.strip().lower()
    for side in Side:
        if word == side.value or word in (w.lower() for w in roles.get(side.value, ())):
            return side
    return None


def party_at(a: Analysis, i: int) -> Side | None:
    """The side named at token i: development, or production (a role word or an ITIL process)."""
    for m in a.mentions:
        if m.start == i:
            if m.kind == "role":
                return Side.DEVELOPMENT if m.id == "development" else Side.PRODUCTION
            if m.kind == "itil":
                return Side.PRODUCTION
    return None


def _next_party(a: Analysis, i: int) -> Side | None:
    words = a.tokens.words
    while i < len(words) and words[i] in SKIP:
        i += 1
    return party_at(a, i) if i < len(words) else None


def speaker_in_question(a: Analysis) -> Side | None:
    """ "we run the service desk", "we're ops", "as a developer": the speaker says who they are."""
    words = a.tokens.words
    for i, w in enumerate(words):
        if w in ("we", "i") or (w == "as" and i + 1 < len(words)):
            for j in range(i + 1, min(i + 4, len(words))):
                side = party_at(a, j)
                if side is not None and words[j - 1] not in ("to", "from"):
                    between = set(words[i + 1 : j])
                    if between <= {"are", "am", "re", "m", "run", "work", "in", "on", "the", "a", "an", "s"}:
                        return side
    return None


def direction(a: Analysis, speaker: Side | None = None) -> Direction | None:
    """The side asked for, or None when the question has no give / receive verb."""
    gives = a.cue_positions("output")
    gets = [p for p in a.cue_positions("receive") if a.tokens.words[p] != "from"]
    words = a.tokens.words
    if not gives and not gets:
        return None
    for p in sorted(gives + gets):
        is_give = p in gives
        receiver = _next_party(a, p + 1) if is_give else None
        if receiver is not None:
            return Direction.OUTPUT if receiver is Side.DEVELOPMENT else Direction.INPUT
        source = next((_next_party(a, i + 1) for i in range(p, len(words)) if words[i] == "from"), None)
        if not is_give and source is not None:
            return Direction.INPUT if source is Side.DEVELOPMENT else Direction.OUTPUT
        subject = next((party_at(a, i) for i in range(p - 1, max(-1, p - 6), -1) if party_at(a, i)), None)
        if subject is not None:  # "what does CRM get from us?": the process receives
            process_gives = (subject is Side.PRODUCTION) == is_give
            return Direction.OUTPUT if process_gives else Direction.INPUT
    first_person = bool(FIRST_PERSON & set(words))
    side = speaker_in_question(a) or speaker
    giving = bool(gives) and (not gets or gives[0] < gets[0])
    if first_person and side is not None:
        ours_out = side is Side.PRODUCTION
        return Direction.OUTPUT if giving == ours_out else Direction.INPUT
    if first_person and _other_party_named(a) is None:
        return Direction.OPEN
    return None


def _other_party_named(a: Analysis) -> Side | None:
    roles = [m for m in a.mentions if m.kind == "role"]
    if not roles:
        return None
    return Side.DEVELOPMENT if roles[0].id == "development" else Side.PRODUCTION
