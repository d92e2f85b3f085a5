"""The knowledge base's typed, immutable records.

Everything the assistant says is quoted from these objects, so they are frozen: nothing
downstream can change a cell by accident. Field names follow the export contract.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar, dataclass_transform


class Record:
    """Value semantics shared by the knowledge records.

    One __eq__, __hash__ and __repr__ here instead of one generated per class: dataclass builds
    each generated method with exec at import time, and `crosswalk ask` pays that on every start.
    """

    __slots__ = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        values = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self))  # type: ignore[arg-type]
        return f"{type(self).__name__}({values})"


_R = TypeVar("_R")


@dataclass_transform(frozen_default=True, eq_default=False, field_specifiers=(field,))
def record(cls: type[_R]) -> type[_R]:
    """A frozen dataclass whose comparison and printing come from `Record`. Declared with
    `dataclass_transform` so that type checkers see the generated __init__ and the frozen fields
    (nothing changes at run time: no methods are generated beyond __init__ and __setattr__)."""
    return dataclass(frozen=True, eq=False, repr=False)(cls)


DIMENSIONS: tuple[str, ...] = ("abstraction", "audience", "approach", "granularity", "focus")
TABLES: tuple[str, ...] = ("models", "observations", "itil_to_cmm", "cmm_to_itil")
KNOWLEDGE_FILES: tuple[str, ...] = (
    "models.yaml",
    "observations.yaml",
    "itil_to_cmm.yaml",
    "cmm_to_itil.yaml",
    "vocabulary.yaml",
    "defects.yaml",
    "cues.yaml",
)


@record
class Citation(Record):
    """A pointer to one row (or one cell of a model row) that an answer rests on."""

    table: str
    row: str
    dimension: str | None = None
    label: str = ""
    text: str = ""  # the cited cell or row, in the document's words (for handouts and --format json)

    def key(self) -> tuple[str, str, str | None]:
        return (self.table, self.row, self.dimension)

    def as_dict(self) -> dict[str, str]:
        out = {"table": self.table, "row": self.row}
        if self.dimension:
            out["dimension"] = self.dimension
        if self.label:
            out["label"] = self.label
        if self.text:
            out["text"] = self.text
        return out


@record
class Granularity(Record):
    text: str
    count: int
    unit: str
    kind: str
    unit_aliases: tuple[str, ...] = ()
    note: str = ""


@record
class Model(Record):
    row: str
    name: str
    full_name: str
    aliases: tuple[str, ...]
    abstraction: str
    audience: str
    approach: str
    granularity: Granularity
    focus: str
    focus_areas: tuple[str, ...] = ()

    def cell(self, dimension: str) -> str:
        """The printed text of one dimension (granularity adds its perceived view)."""
        if dimension == "granularity":
            g = self.granularity
            return f"{g.text} ({g.kind})"
        return str(getattr(self, dimension))


@record
class Observation(Record):
    row: str
    section: str
    text: str
    keywords: tuple[str, ...] = ()
    parent: str | None = None
    answered_by: tuple[str, ...] = ()
    see_also: tuple[Citation, ...] = ()
    reply: str = ""  # a yes/no question of the document's own: its answer, said first ("No.")


@record
class CmmRef(Record):
    """One reference in the ITIL-to-CMM table's "CMM Level and key practice" column."""

    level: int
    kpa: str
    feature: str  # activity | ability | commitment | kpa
    number: int | None

    def code(self, feature_abbr: Mapping[str, str]) -> str | None:
        if self.feature == "kpa" or self.number is None:
            return None
        return f"{feature_abbr[self.feature]}{self.number}"

    def label(self) -> str:
        if self.feature == "kpa":
            return f"L{self.level}: {self.kpa} KPA"
        return f"L{self.level}: {self.kpa} {self.feature.capitalize()} {self.number}"


@record
class ItilRow(Record):
    row: str
    process: str
    output_to_development: tuple[str, ...]
    input_from_development: tuple[str, ...]
    cmm_printed: str
    cmm_refs: tuple[CmmRef, ...]

    def words(self, column: str = "") -> str:
        """The row's own words, for searching them: both development cells, or one ("output",
        "input")."""
        if column:
            return " ".join(self.output_to_development if column == "output" else self.input_from_development)
        return " ".join((*self.output_to_development, *self.input_from_development))


@record
class CmmRow(Record):
    row: str
    level: int
    kpa: str
    heading: str
    practices: tuple[str, ...]
    practices_printed: str
    practice: str
    production: str
    itil: tuple[str, ...]
    mapping_printed: tuple[str, ...]
    note: str = ""

    def words(self, column: str = "") -> str:
        """The row's own words, for searching them: the practice, production's involvement, the note."""
        return f"{self.practice} {self.production} {self.note}"


@record
class Kpa(Record):
    abbr: str
    level: int
    name: str
    spellings: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@record
class Feature(Record):
    abbr: str
    name: str
    feature: str
    aliases: tuple[str, ...] = ()


@record
class ItilProcess(Record):
    row: str
    name: str
    spellings: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@record
class Level(Record):
    level: int
    name: str
    aliases: tuple[str, ...] = ()


@record
class Abbreviation(Record):
    abbr: str
    meaning: str
    spelled_out_in: tuple[Citation, ...] = ()
    used_in: tuple[Citation, ...] = ()


@record
class Defect(Record):
    row: str
    text: str
    kpas: tuple[str, ...] = ()
    itil: tuple[str, ...] = ()
    cites: tuple[Citation, ...] = ()


@dataclass(frozen=True, repr=False, eq=False)  # big indexes: no use comparing or printing them
class Cues:
    """Cue words from knowledge/cues.yaml: named groups of phrases, and per-dimension cues."""

    groups: Mapping[str, tuple[str, ...]]
    dimensions: Mapping[str, Mapping[str, tuple[str, ...]]]
    examples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    connectives: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # and / or / not / only ...

    def get(self, name: str) -> tuple[str, ...]:
        return self.groups.get(name, ())

    def example(self, name: str, **values: str) -> tuple[str, ...]:
        """Example questions of one kind, with {placeholders} filled in."""
        return tuple(e.format(**values) for e in self.examples.get(name, ()))


@dataclass(frozen=True, repr=False, eq=False)  # big indexes: no use comparing or printing them
class KnowledgeBase:
    """The whole crosswalk, validated, with the look-up indexes built once at load."""

    directory: str
    models: tuple[Model, ...]
    observations: tuple[Observation, ...]
    itil_to_cmm: tuple[ItilRow, ...]
    cmm_to_itil: tuple[CmmRow, ...]
    kpas: tuple[Kpa, ...]
    features: tuple[Feature, ...]
    processes: tuple[ItilProcess, ...]
    levels: tuple[Level, ...]
    abbreviations: tuple[Abbreviation, ...]
    defects: tuple[Defect, ...]
    roles: Mapping[str, tuple[str, ...]]
    cues: Cues
    ambiguous_aliases: tuple[str, ...] = ()
    code_misprints: Mapping[str, str] = field(default_factory=dict)
    word_abbreviations: Mapping[str, str] = field(default_factory=dict)
    search_synonyms: Mapping[str, str] = field(default_factory=dict)  # typed phrase -> the cells' words
    ambiguous_abbreviations: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # CM: change or config
    index: Indexes = field(default=None)  # type: ignore[assignment]

    def model(self, row: str) -> Model:
        return self.index.model[row]

    def kpa(self, abbr: str) -> Kpa:
        return self.index.kpa[abbr]

    def process(self, row: str) -> ItilProcess:
        return self.index.process[row]

    def cmm_rows_for(self, ref: CmmRef) -> tuple[CmmRow, ...]:
        """The CMM-to-ITIL rows an ITIL-to-CMM reference points at (a whole KPA's for "KPA")."""
        if ref.feature == "kpa":
            return self.index.cmm_by_kpa.get(ref.kpa, ())
        code = ref.code({f.feature: f.abbr for f in self.features})
        return self.index.cmm_by_code.get((ref.kpa, code or ""), ())


@dataclass(frozen=True, repr=False, eq=False)  # big indexes: no use comparing or printing them
class Indexes:
    """Dictionaries keyed the ways the parser and composer look rows up."""

    model: Mapping[str, Model]
    observation: Mapping[str, Observation]
    itil_row: Mapping[str, ItilRow]
    cmm_row: Mapping[str, CmmRow]
    kpa: Mapping[str, Kpa]
    process: Mapping[str, ItilProcess]
    feature_by_abbr: Mapping[str, Feature]
    level: Mapping[int, Level]
    abbreviation: Mapping[str, Abbreviation]
    cmm_by_kpa: Mapping[str, tuple[CmmRow, ...]]
    cmm_by_level: Mapping[int, tuple[CmmRow, ...]]
    cmm_by_code: Mapping[tuple[str, str], tuple[CmmRow, ...]]
    cmm_by_itil: Mapping[str, tuple[CmmRow, ...]]
    itil_by_kpa: Mapping[str, tuple[ItilRow, ...]]
    itil_by_code: Mapping[tuple[str, str], tuple[ItilRow, ...]]
    kpas_by_heading: Mapping[str, tuple[str, ...]]


def same_heading_kpas(kb: KnowledgeBase, abbr: str) -> list[str]:
    """KPAs whose rows are printed under this KPA's name (the source's two OPD headings)."""
    k = kb.kpa(abbr)
    found = [abbr]
    for name in (k.name, *k.spellings):
        for other in kb.index.kpas_by_heading.get(name.lower(), ()):
            if other not in found:
                found.append(other)
    return found
