"""Computed views of the crosswalk: the KPA-by-process matrix, touch-point density, and the gaps
where the two tables disagree. The document promises a graph of the densest touch point that the
text does not contain; these numbers are counted from the rows instead, so every figure cites them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..kb.schema import CmmRef, CmmRow, ItilRow, KnowledgeBase


@dataclass(frozen=True)
class Matrix:
    kpas: tuple[str, ...]  # row order: by level, then table order
    processes: tuple[str, ...]  # column order: the ITIL-to-CMM table's, then the rest
    counts: dict[tuple[str, str], int]  # CMM-to-ITIL rows of the KPA mapping to the process
    # The other direction: references to the KPA (a practice of it, or the whole KPA) in the
    # process's ITIL-to-CMM row. A process can be cited here and mapped to nowhere (Security).
    references: dict[tuple[str, str], int] = field(default_factory=dict)

    def row_total(self, kpa: str) -> int:
        return sum(self.counts.get((kpa, p), 0) for p in self.processes)

    def column_total(self, process: str) -> int:
        return sum(self.counts.get((k, process), 0) for k in self.kpas)

    def row_references(self, kpa: str) -> int:
        return sum(self.references.get((kpa, p), 0) for p in self.processes)

    def column_references(self, process: str) -> int:
        return sum(self.references.get((k, process), 0) for k in self.kpas)


def matrix(kb: KnowledgeBase, level: int | None = None) -> Matrix:
    """KPAs by ITIL processes, each cell the number of CMM-to-ITIL rows mapping there, and beside
    it the number of references the process's ITIL-to-CMM row makes to the KPA."""
    kpas = tuple(k.abbr for k in sorted(kb.kpas, key=lambda k: k.level) if level in (None, k.level))
    counts: Counter[tuple[str, str]] = Counter()
    for r in kb.cmm_to_itil:
        if r.kpa in kpas:
            for slug in r.itil:
                counts[(r.kpa, slug)] += 1
    references: Counter[tuple[str, str]] = Counter()
    for row in kb.itil_to_cmm:
        for ref in row.cmm_refs:
            if ref.kpa in kpas:
                references[(ref.kpa, row.row)] += 1
    order = [r.row for r in kb.itil_to_cmm] + [p.row for p in kb.processes if p.row not in kb.index.itil_row]
    return Matrix(kpas, tuple(order), dict(counts), dict(references))


@dataclass(frozen=True)
class Density:
    process: str
    cmm_rows: tuple[CmmRow, ...]  # CMM-to-ITIL rows mapping to the process
    references: int  # references in its ITIL-to-CMM row

    @property
    def total(self) -> int:
        return len(self.cmm_rows) + self.references


def density(kb: KnowledgeBase) -> list[Density]:
    """ITIL processes ranked by their CMM-to-ITIL rows, then by their ITIL-to-CMM references."""
    out = []
    for p in kb.processes:
        row = kb.index.itil_row.get(p.row)
        out.append(Density(p.row, kb.index.cmm_by_itil.get(p.row, ()), len(row.cmm_refs) if row else 0))
    out.sort(key=lambda d: (-len(d.cmm_rows), -d.references, d.process))
    return out


@dataclass(frozen=True)
class Gaps:
    unmatched: tuple[tuple[ItilRow, CmmRef], ...]  # references with no CMM-to-ITIL row
    not_mapped_back: tuple[tuple[ItilRow, CmmRef, tuple[CmmRow, ...]], ...]
    only_cmm_to_itil: tuple[str, ...]  # processes named only in the mapping column
    only_itil_to_cmm: tuple[str, ...]  # processes with an ITIL-to-CMM row but no CMM-to-ITIL mapping
    kpas_without_touch_points: tuple[str, ...]
    kpas_never_cited: tuple[str, ...]  # KPAs the ITIL-to-CMM table never cites
    empty_mappings: tuple[CmmRow, ...]


def gaps(kb: KnowledgeBase) -> Gaps:
    """Everywhere the two directions of the crosswalk disagree or leave a hole."""
    unmatched = []
    not_back = []
    for row in kb.itil_to_cmm:
        for ref in row.cmm_refs:
            targets = kb.cmm_rows_for(ref)
            if not targets:
                unmatched.append((row, ref))
            elif not any(row.row in t.itil for t in targets):  # a whole-KPA reference: none of its rows
                not_back.append((row, ref, targets))
    mapped = {slug for r in kb.cmm_to_itil for slug in r.itil}
    tabled = set(kb.index.itil_row)
    return Gaps(
        unmatched=tuple(unmatched),
        not_mapped_back=tuple(not_back),
        only_cmm_to_itil=tuple(p.row for p in kb.processes if p.row in mapped and p.row not in tabled),
        only_itil_to_cmm=tuple(p.row for p in kb.processes if p.row in tabled and p.row not in mapped),
        kpas_without_touch_points=tuple(
            k.abbr for k in kb.kpas if not any(r.itil for r in kb.index.cmm_by_kpa.get(k.abbr, ()))
        ),
        kpas_never_cited=tuple(k.abbr for k in kb.kpas if k.abbr not in kb.index.itil_by_kpa),
        empty_mappings=tuple(r for r in kb.cmm_to_itil if r.practices and not r.itil),
    )


def practice_links(kb: KnowledgeBase, kpa: str, code: str) -> tuple[tuple[CmmRow, ...], tuple[ItilRow, ...]]:
    """A practice's links in either table: its CMM-to-ITIL rows, and the ITIL rows citing it."""
    return kb.index.cmm_by_code.get((kpa, code), ()), kb.index.itil_by_code.get((kpa, code), ())


def process_links(kb: KnowledgeBase, a: str, b: str) -> tuple[tuple[CmmRow, ...], tuple[tuple[str, str], ...]]:
    """What connects two ITIL processes: rows mapping to both, and practices both cite."""
    both = tuple(r for r in kb.cmm_to_itil if a in r.itil and b in r.itil)
    abbr_of = {f.feature: f.abbr for f in kb.features}

    def cited(slug: str) -> set[tuple[str, str]]:
        row = kb.index.itil_row.get(slug)
        return {(ref.kpa, ref.code(abbr_of) or "KPA") for ref in row.cmm_refs} if row else set()

    shared = tuple(sorted(cited(a) & cited(b)))
    return both, shared
