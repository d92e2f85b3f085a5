"""The query model: what a question means, as a typed value over the knowledge base's tables.

A question becomes a `Query`: *from* one table, *where* a combination (`And`, `Or`, `Not`) of
predicates over that table's rows, *then* an optional aggregate (count, most / fewest per group,
"every row of the group", yes / no, what the rows share), *showing* the column that was asked.
Predicates that cross to the other table (`CitedBy`, `CitesRowOf`, `NamedInMappings`) are the
join between the two touch-point tables. The parser builds queries, follow-ups refine them and
the executor (`execute.py`) answers them; this module is the one contract between the three.

Each predicate names the `Slot` it fills, so a follow-up can say what it replaces ("and for
SC&D?" swaps the process, "what about level 3?" the level) without branching on query shapes.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, replace
from enum import Enum
from typing import Any, dataclass_transform


class Value:
    """Equality, hashing, printing and immutability shared by every query part. A frozen
    dataclass builds these methods with exec for each of the ~25 classes at import (about 1 ms
    each), and `crosswalk ask` pays for every import; here they are written once."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in self.__dict__:  # set once, by __init__; never changed after
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((type(self), *self.__dict__.values()))

    def __repr__(self) -> str:
        values = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({values})"


@dataclass_transform(frozen_default=True)
def value(cls: type[Any]) -> type[Any]:
    """A frozen dataclass whose comparison, hash and repr come from `Value`."""
    return dataclass(eq=False, repr=False)(cls)


class Source(Enum):
    """The table a query reads (values are the contract's table names)."""

    CMM_TO_ITIL = "cmm_to_itil"
    ITIL_TO_CMM = "itil_to_cmm"


class Slot(Enum):
    """What a predicate is about: a follow-up naming another entity of the same slot swaps it."""

    PROCESS = "process"
    KPA = "kpa"
    LEVEL = "level"
    FEATURE = "feature"
    PRACTICE = "practice"
    WORDS = "words"
    SHAPE = "shape"  # empty mapping, "only", "exactly N", joins: not swapped by an entity


class Column(Enum):
    """The column an answer shows beside each row."""

    ROW = "row"
    MAPPING = "mapping"
    PRODUCTION = "production"
    DESCRIPTION = "description"
    REFERENCES = "references"


class Group(Enum):
    """What rows are grouped by for "which KPA has the most", "which row maps to the most"."""

    KPA = "kpa"
    PROCESS = "process"  # CMM rows grouped by each process their mapping names
    ROW = "row"  # each row on its own, measured by the size of its mapping / reference list
    CITED_PRACTICE = "cited practice"  # ITIL rows grouped by the practice they cite


# -- predicates ----------------------------------------------------------------------------------


@value
class MapsTo(Value):
    """A CMM row whose "Mapping to ITIL" cell names the process."""

    process: str
    slot = Slot.PROCESS


@value
class MapsOnlyTo(Value):
    """A CMM row whose mapping names these processes and nothing else."""

    processes: tuple[str, ...]
    slot = Slot.SHAPE


@value
class EmptyMapping(Value):
    """A CMM row with nothing in its mapping cell."""

    slot = Slot.SHAPE


@value
class InKpa(Value):
    """A CMM row of one of these KPAs (several when the printed heading covers two blocks)."""

    kpas: tuple[str, ...]
    slot = Slot.KPA


@value
class AtLevel(Value):
    """A CMM row of this maturity level."""

    level: int
    slot = Slot.LEVEL


@value
class HasFeature(Value):
    """A CMM row with a practice of this common feature (AC, AB, CO, ME, VE)."""

    feature: str
    slot = Slot.FEATURE


@value
class IsPractice(Value):
    """The CMM row that holds this practice code of this KPA."""

    kpa: str
    code: str
    slot = Slot.PRACTICE


@value
class IsProcess(Value):
    """The ITIL-to-CMM row of this process."""

    process: str
    slot = Slot.PROCESS


@value
class Cites(Value):
    """An ITIL row whose CMM column cites a practice matching every given part
    (`every`: all of its references match, "draws only on level 3")."""

    kpa: str | None = None
    level: int | None = None
    code: str | None = None
    every: bool = False

    @property
    def slot(self) -> Slot:
        if self.code:
            return Slot.PRACTICE
        return Slot.KPA if self.kpa else Slot.LEVEL


@value
class CountIs(Value):
    """A row whose mapping (CMM rows) or reference list (ITIL rows) has `size` entries (`at_least`:
    that many or more)."""

    size: int
    at_least: bool = False
    slot = Slot.SHAPE


@value
class Mentions(Value):
    """A row whose own words contain one of the phrases (stemmed words, in order); `column`
    "output" or "input" searches only that cell of an ITIL row (what it sends or gets)."""

    phrases: tuple[tuple[str, ...], ...]
    label: str
    column: str = ""
    slot = Slot.WORDS


@value
class CitedBy(Value):
    """Join: a CMM row that an ITIL row matching `inner` cites."""

    inner: Predicate
    slot = Slot.SHAPE


@value
class CitesRowOf(Value):
    """Join: an ITIL row that cites a CMM row matching `inner`."""

    inner: Predicate
    slot = Slot.SHAPE


@value
class NamedInMappings(Value):
    """Join: an ITIL row whose process is named in some CMM row's mapping cell."""

    slot = Slot.SHAPE


@value
class RowIn(Value):
    """Rows by key: the rows of an earlier answer ("those three"), or the rows whose words a
    question uses (`label`: those words)."""

    rows: tuple[str, ...]
    label: str = ""
    slot = Slot.SHAPE


@value
class And(Value):
    parts: tuple[Predicate, ...]


@value
class Or(Value):
    parts: tuple[Predicate, ...]


@value
class Not(Value):
    part: Predicate


@value
class Everything(Value):
    """Every row of the table."""


Leaf = (
    MapsTo
    | MapsOnlyTo
    | EmptyMapping
    | InKpa
    | AtLevel
    | HasFeature
    | IsPractice
    | IsProcess
    | Cites
    | CountIs
    | Mentions
    | CitedBy
    | CitesRowOf
    | NamedInMappings
    | RowIn
)
Predicate = Leaf | And | Or | Not | Everything


def conjoin(*parts: Predicate) -> Predicate:
    """`And` of the parts, flattened, with `Everything` dropped."""
    flat: list[Predicate] = []
    for p in parts:
        if isinstance(p, And):
            flat.extend(p.parts)
        elif not isinstance(p, Everything) and p not in flat:
            flat.append(p)
    if not flat:
        return Everything()
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def disjoin(*parts: Predicate) -> Predicate:
    flat: list[Predicate] = []
    for p in parts:
        for q in p.parts if isinstance(p, Or) else (p,):
            if q not in flat:
                flat.append(q)
    return flat[0] if len(flat) == 1 else Or(tuple(flat))


def leaves(p: Predicate) -> list[Leaf]:
    """The leaf predicates of a tree, in order (negated ones included)."""
    if isinstance(p, And | Or):
        return [leaf for part in p.parts for leaf in leaves(part)]
    if isinstance(p, Not):
        return leaves(p.part)
    if isinstance(p, Everything):
        return []
    return [p]


def swap(p: Predicate, new: Leaf) -> tuple[Predicate, bool]:
    """`p` with the first positive leaf of `new`'s slot replaced by `new` (and whether one was)."""
    if isinstance(p, And):
        out, done = [], False
        for part in p.parts:
            if not done:
                part, done = swap(part, new)
            out.append(part)
        return And(tuple(out)), done
    if isinstance(p, Or):
        same = [q for q in p.parts if getattr(q, "slot", None) == new.slot]
        if same and len(same) == len(p.parts):
            return new, True
        return p, False
    if not isinstance(p, Not | Everything) and p.slot == new.slot and type(p) is type(new):
        return new, True
    return p, False


def entity_keys(leaf: Leaf) -> list[str]:
    """The entities a leaf names, as "slot:value" keys shared with the look-up intents' slots."""
    match leaf:
        case MapsTo(process) | IsProcess(process):
            return [f"process:{process}"]
        case MapsOnlyTo(processes):
            return [f"process:{p}" for p in processes]
        case InKpa(kpas):
            return [f"kpa:{k}" for k in kpas]
        case IsPractice(kpa, code):
            return [f"practice:{kpa}.{code}", f"kpa:{kpa}"]
        case Cites(kpa, level, code, _):
            return [f"practice:{kpa}.{code}"] if kpa and code else [f"kpa:{kpa}"] if kpa else [f"level:{level}"]
        case AtLevel(level):
            return [f"level:{level}"]
        case Mentions(_, label, _):
            return [f"words:{label.lower()}"]
        case RowIn(rows, _):
            return [f"row:{r}" for r in rows]
    return []


# -- aggregates ----------------------------------------------------------------------------------


@value
class Count(Value):
    """How many rows."""


@value
class Top(Value):
    """The group with the most (or fewest) rows; ties keep every tied group."""

    group: Group
    most: bool = True


@value
class Every(Value):
    """The groups all of whose rows match ("which KPA never maps to Change Management?")."""

    group: Group


@value
class YesNo(Value):
    """Does any row of `subject` match `where`? `subject` None: does any row at all."""

    subject: Predicate | None = None


@value
class Shared(Value):
    """What the matching rows have in common (processes mapped, practices cited)."""


Aggregate = Count | Top | Every | YesNo | Shared


@value
class Query(Value):
    source: Source
    where: Predicate = Everything()
    aggregate: Aggregate | None = None
    show: Column = Column.ROW
    borrowed: tuple[str, ...] = ()  # what came from the previous turn, for --explain and /why

    def refine(self, extra: Predicate) -> Query:
        """The same rows narrowed by `extra` ("which of those are level 3?")."""
        return replace(self, where=conjoin(self.where, extra), aggregate=None)

    def describe(self) -> str:
        """The query in a readable form: `cmm_to_itil where maps_to(change-management) and level(3)`."""
        text = self.source.value
        if not isinstance(self.where, Everything):
            text += f" where {describe(self.where)}"
        if self.aggregate is not None:
            text += f" then {describe_aggregate(self.aggregate)}"
        if self.show is not Column.ROW:
            text += f" showing {self.show.value}"
        if self.borrowed:
            text += f" (from the previous turn: {', '.join(self.borrowed)})"
        return text


def describe(p: Predicate) -> str:
    match p:
        case And(parts):
            return " and ".join(_bracket(q) for q in parts)
        case Or(parts):
            return " or ".join(_bracket(q) for q in parts)
        case Not(part):
            return f"not {_bracket(part)}"
        case Everything():
            return "every row"
        case MapsTo(process):
            return f"maps_to({process})"
        case MapsOnlyTo(processes):
            return f"maps_only_to({', '.join(processes)})"
        case EmptyMapping():
            return "empty_mapping"
        case InKpa(kpas):
            return f"kpa({' or '.join(kpas)})"
        case AtLevel(level):
            return f"level({level})"
        case HasFeature(feature):
            return f"feature({feature})"
        case IsPractice(kpa, code):
            return f"practice({kpa}.{code})"
        case IsProcess(process):
            return f"process({process})"
        case Cites(kpa, level, code, every):
            named = [x for x in (f"level {level}" if level else None, kpa, code) if x]
            return f"{'cites_only' if every else 'cites'}({' '.join(named)})"
        case CountIs(size, at_least):
            return f"count_{'at_least' if at_least else 'is'}({size})"
        case Mentions(_, label, column):
            return f"mentions({label!r}{', in ' + column if column else ''})"
        case CitedBy(inner):
            return f"cited_by({describe(inner)})"
        case CitesRowOf(inner):
            return f"cites_row_of({describe(inner)})"
        case NamedInMappings():
            return "named_in_mappings"
        case RowIn(rows, label):
            return f"words_match({label!r}: {', '.join(rows)})" if label else f"row_in({', '.join(rows)})"
    return type(p).__name__


def _bracket(p: Predicate) -> str:
    return f"({describe(p)})" if isinstance(p, And | Or) else describe(p)


def describe_aggregate(a: Aggregate) -> str:
    match a:
        case Count():
            return "count"
        case Top(group, most):
            return f"{'most' if most else 'fewest'} by {group.value}"
        case Every(group):
            return f"every row of the {group.value}"
        case YesNo(subject):
            return "yes/no" + (f" over {describe(subject)}" if subject is not None else "")
        case Shared():
            return "what they share"
    return type(a).__name__
