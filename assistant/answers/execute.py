"""The executor: any `Query` answered from the knowledge base, citing exactly the rows it rests on.

An intersection cites the rows in it, a count the rows counted, a superlative the winning group's
rows (every tied group), a yes / no the rows that settle it (the rows checked when the answer is
no), a question across both tables the rows of both. The wording comes from the query itself
(`wording.py`), so what was combined is said in the answer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..base.text import stem, tokenize
from ..kb.schema import Citation, CmmRef, CmmRow, ItilRow, KnowledgeBase
from ..understanding.query import (
    And,
    AtLevel,
    CitedBy,
    Cites,
    CitesRowOf,
    Count,
    CountIs,
    EmptyMapping,
    Every,
    Everything,
    Group,
    HasFeature,
    InKpa,
    IsPractice,
    IsProcess,
    MapsOnlyTo,
    MapsTo,
    Mentions,
    NamedInMappings,
    Not,
    Or,
    Predicate,
    Query,
    RowIn,
    Shared,
    Source,
    Top,
    YesNo,
    leaves,
)
from . import cite
from .answer import Draft, Table
from .cmm import row_table
from .wording import Wording

Row = CmmRow | ItilRow
RowTest = Callable[[Row], bool]


@dataclass(frozen=True)
class Result:
    """The rows a query selected, in table order, and the rows an answer must cite."""

    rows: tuple[Row, ...]
    cited: tuple[Row, ...]
    draft: Draft


class Executor:
    """Evaluates predicates row by row; the cells' stemmed words are computed once per row."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.words = Wording(kb)
        self._abbr_of = {f.feature: f.abbr for f in kb.features}
        self._stems: dict[str, str] = {}
        self._compiled: dict[tuple[Predicate, Source], RowTest] = {}

    # -- rows ------------------------------------------------------------------------------------

    def table(self, source: Source) -> Sequence[Row]:
        return self.kb.cmm_to_itil if source is Source.CMM_TO_ITIL else self.kb.itil_to_cmm

    def select(self, source: Source, where: Predicate) -> list[Row]:
        keep = self.compiled(where, source)
        return [r for r in self.table(source) if keep(r)]

    def compiled(self, p: Predicate, source: Source) -> RowTest:
        """The predicate as one function per row, built once per predicate and table (a question's
        query is tested against every row; the tree is walked here, not per row)."""
        key = (p, source)
        fn = self._compiled.get(key)
        if fn is None:
            fn = self._compile(p, source)
            if len(self._compiled) > 4096:
                self._compiled.clear()
            self._compiled[key] = fn
        return fn

    def _compile(self, p: Predicate, source: Source) -> RowTest:
        cmm = source is Source.CMM_TO_ITIL
        match p:
            case And(parts):
                each = [self.compiled(q, source) for q in parts]
                return lambda r: all(f(r) for f in each)
            case Or(parts):
                each = [self.compiled(q, source) for q in parts]
                return lambda r: any(f(r) for f in each)
            case Not(part):
                inner = self.compiled(part, source)
                return lambda r: not inner(r)
            case Everything():
                return lambda r: True
            case MapsTo(process) if cmm:
                return lambda r: process in r.itil  # type: ignore[union-attr]
            case InKpa(kpas) if cmm:
                return lambda r: r.kpa in kpas  # type: ignore[union-attr]
            case AtLevel(level) if cmm:
                return lambda r: r.level == level  # type: ignore[union-attr]
            case HasFeature(feature) if cmm:
                return lambda r: any(c.startswith(feature) for c in r.practices)  # type: ignore[union-attr]
            case CitedBy(inner) if cmm:
                cited = {c.row for i in self.select(Source.ITIL_TO_CMM, inner) for c in self._cited_rows(i)}  # type: ignore[arg-type]
                return lambda r: r.row in cited
        return lambda r: self.test(p, r)  # a leaf

    def test(self, p: Predicate, r: Row) -> bool:
        """One row against one leaf (compound predicates are composed by `compiled`)."""
        match p:
            case Mentions(phrases, _, column):
                return self._mentions(r, phrases, column)
            case RowIn(rows, _):
                return r.row in rows
            case CountIs(size, at_least):
                n = len(r.itil if isinstance(r, CmmRow) else r.cmm_refs)
                return n >= size if at_least else n == size
        if isinstance(r, CmmRow):
            return self._test_cmm(p, r)
        return self._test_itil(p, r)

    def _test_cmm(self, p: Predicate, r: CmmRow) -> bool:
        match p:
            case MapsTo(process):
                return process in r.itil
            case MapsOnlyTo(processes):
                return bool(r.itil) and set(r.itil) <= set(processes)
            case EmptyMapping():
                return not r.itil
            case InKpa(kpas):
                return r.kpa in kpas
            case AtLevel(level):
                return r.level == level
            case HasFeature(feature):
                return any(code.startswith(feature) for code in r.practices)
            case IsPractice(kpa, code):
                return r.kpa == kpa and code in r.practices
            case CitedBy():
                return self.compiled(p, Source.CMM_TO_ITIL)(r)
            case Cites(kpa, level, code, _):  # a CMM row "cites" its own practices
                return (kpa in (None, r.kpa)) and (level in (None, r.level)) and (code is None or code in r.practices)
        return False

    def _test_itil(self, p: Predicate, r: ItilRow) -> bool:
        match p:
            case IsProcess(process) | MapsTo(process):
                return r.row == process
            case Cites(kpa, level, code, every):
                hits = [self._ref_matches(ref, kpa, level, code) for ref in r.cmm_refs]
                return bool(hits) and (all(hits) if every else any(hits))
            case CitesRowOf(inner):
                inner_test = self.compiled(inner, Source.CMM_TO_ITIL)
                return any(inner_test(c) for c in self._cited_rows(r))
            case NamedInMappings():
                return bool(self.kb.index.cmm_by_itil.get(r.row))
            case IsPractice(kpa, code):
                return any(self._ref_matches(ref, kpa, None, code) for ref in r.cmm_refs)
            case InKpa(kpas):
                return any(ref.kpa in kpas for ref in r.cmm_refs)
            case AtLevel(level):
                return any(ref.level == level for ref in r.cmm_refs)
        return False

    def _ref_matches(self, ref: CmmRef, kpa: str | None, level: int | None, code: str | None) -> bool:
        if kpa is not None and ref.kpa != kpa:
            return False
        if level is not None and ref.level != level:
            return False
        return code is None or ref.code(self._abbr_of) == code

    def _cited_rows(self, r: ItilRow) -> list[CmmRow]:
        out: list[CmmRow] = []
        for ref in r.cmm_refs:
            out.extend(c for c in self.kb.cmm_rows_for(ref) if c not in out)
        return out

    def _mentions(self, r: Row, phrases: tuple[tuple[str, ...], ...], column: str = "") -> bool:
        key = f"{type(r).__name__}:{r.row}:{column}"
        words = self._stems.get(key)
        if words is None:  # the row's stems as one " "-delimited string: a phrase is a substring
            words = " " + " ".join(stem(w) for w in tokenize(r.words(column)).words) + " "
            self._stems[key] = words
        return any(f" {' '.join(phrase)} " in words for phrase in phrases if phrase)

    # -- answers ---------------------------------------------------------------------------------

    def run(self, q: Query) -> Result:
        agg = q.aggregate
        if isinstance(agg, YesNo):
            return self._yes_no(q, agg)
        where = q.where
        if isinstance(agg, Top) and agg.group is Group.PROCESS:  # a process set aside is a group left out
            where = _without_negated_processes(where)
        rows = self.select(q.source, where)
        if isinstance(agg, Count):
            return self._answer(rows, rows, self.words.count(q, rows))
        if isinstance(agg, Top):
            winners, ranking = self._top(q, rows, agg)
            return self._answer(rows, winners, self.words.top(q, agg, winners, ranking), tabled=False)
        if isinstance(agg, Every):
            groups = self._every(q, agg)
            cited = [r for g in groups.values() for r in g]
            return self._answer(cited, cited, self.words.every(q, groups), tabled=False)
        if isinstance(agg, Shared):
            return self._answer(rows, rows, self.words.shared(rows, self._shared(rows)), tabled=False)
        return self._answer(rows, rows, self.words.listing(q, rows))

    def _answer(self, rows: Iterable[Row], cited: Iterable[Row], text: str, *, tabled: bool = True) -> Result:
        """`tabled`: CMM rows' cells follow as a table (a listing names them by key only)."""
        rows, cited = tuple(rows), tuple(cited)
        if not cited:
            return Result(rows, cited, Draft(text))
        citations = cite.unique([self._cite(r) for r in cited])
        cmm = [r for r in cited if isinstance(r, CmmRow)]
        table = row_table(self.kb, cmm) if tabled and cmm and len(cmm) == len(cited) else None
        return Result(rows, cited, Draft(text, citations, table=table))

    def _cite(self, r: Row) -> Citation:
        return cite.cmm_row(r) if isinstance(r, CmmRow) else cite.itil_row(r)

    def _groups(self, q: Query, rows: list[Row], group: Group) -> dict[str, list[Row]]:
        groups: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            if group is Group.KPA and isinstance(r, CmmRow):
                groups[r.kpa].append(r)
            elif group is Group.KPA and isinstance(r, ItilRow):  # each entry of the CMM column counts
                for ref in r.cmm_refs:
                    groups[ref.kpa].append(r)
            elif group is Group.PROCESS and isinstance(r, CmmRow):
                for process in r.itil:
                    if process not in self._negated_processes(q):
                        groups[process].append(r)
            elif group is Group.CITED_PRACTICE and isinstance(r, ItilRow):
                for ref in r.cmm_refs:
                    if ref.feature != "kpa" and self._ref_in_scope(q, ref):
                        groups[f"{ref.kpa} {ref.code(self._abbr_of)}"].append(r)
            else:
                groups[r.row].append(r)
        return groups

    @staticmethod
    def _negated_processes(q: Query) -> set[str]:
        """ "Leaving Change Mgnt. aside, which process shows up most?": a process set aside."""
        parts = q.where.parts if isinstance(q.where, And) else (q.where,)
        return {p.part.process for p in parts if isinstance(p, Not) and isinstance(p.part, MapsTo)}

    def _ref_in_scope(self, q: Query, ref: CmmRef) -> bool:
        """A reference counts for "which level 3 practice is cited most" when it matches the
        query's own positive `Cites` conditions."""
        wanted = [leaf for leaf in leaves(q.where) if isinstance(leaf, Cites) and not leaf.every]
        return all(self._ref_matches(ref, c.kpa, c.level, c.code) for c in wanted)

    def _measure(self, group: Group, members: list[Row]) -> int:
        if group is Group.ROW:
            r = members[0]
            return len(r.itil) if isinstance(r, CmmRow) else len(r.cmm_refs)
        return len(members)

    def _top(self, q: Query, rows: list[Row], agg: Top) -> tuple[list[Row], list[tuple[str, int]]]:
        groups = self._groups(q, rows, agg.group)
        if not groups:
            return [], []
        ranking = sorted(((k, self._measure(agg.group, g)) for k, g in groups.items()), key=lambda kv: -kv[1])
        best = ranking[0][1] if agg.most else min(n for _, n in ranking)
        winners: dict[int, Row] = {}  # by identity: rows are unique objects, comparing fields is slow
        for key, n in ranking:
            if n == best:
                winners.update((id(r), r) for r in groups[key])
        return list(winners.values()), ranking

    def _every(self, q: Query, agg: Every) -> dict[str, list[Row]]:
        everything = self._groups(q, list(self.table(q.source)), agg.group)
        keep = self.compiled(q.where, q.source)
        return {k: g for k, g in everything.items() if all(keep(r) for r in g)}

    def _shared(self, rows: list[Row]) -> list[str]:
        sets: list[list[str]] = []
        for r in rows:
            if isinstance(r, CmmRow):
                sets.append([self.kb.process(p).name for p in r.itil])
            else:
                sets.append([ref.label() for ref in r.cmm_refs])
        if not sets:
            return []
        return [x for x in sets[0] if all(x in s for s in sets[1:])]

    def _yes_no(self, q: Query, agg: YesNo) -> Result:
        subject = agg.subject
        checked = self.select(q.source, subject) if subject is not None else list(self.table(q.source))
        keep = self.compiled(q.where, q.source)
        hits = [r for r in checked if keep(r)]
        if subject is None and not hits:
            checked = self._evidence(q)
        specific = subject is not None and any(isinstance(leaf, IsPractice | IsProcess) for leaf in leaves(subject))
        cited: list[Row] = list(checked if specific or not hits else hits)
        cited.extend(r for r in self._other_side(q, list(cited)) if r not in cited)
        return self._answer(checked, cited, self.words.yes_no(q, checked, hits, cited), tabled=False)

    def _evidence(self, q: Query) -> list[Row]:
        """For a plain "no" to "is there any ...": the rows of the narrowest condition, which show
        that none of them meets the rest ("is there a level 2 row mapped to Problem Mgnt?" cites
        the three Problem Management rows, all Level 3)."""
        parts = q.where.parts if isinstance(q.where, And) else (q.where,)
        sets = [self.select(q.source, p) for p in parts if not isinstance(p, Not)]
        sets = [rows for rows in sets if rows]
        return min(sets, key=len) if sets else []

    def _other_side(self, q: Query, checked: list[Row]) -> list[Row]:
        """The ITIL row a yes / no across the tables rests on as well: the process whose row cites
        the practice checked ("Change Management lists SCM AB1; does SCM AB1 map back?")."""
        processes = [leaf.process for leaf in leaves(q.where) if isinstance(leaf, MapsTo)]
        subject = q.aggregate.subject if isinstance(q.aggregate, YesNo) else None
        if subject is not None:
            joined = [leaf for inner in _joins(subject) for leaf in leaves(inner)]
            processes += [leaf.process for leaf in joined if isinstance(leaf, IsProcess)]
        out: list[Row] = []
        for p in dict.fromkeys(processes):
            row = self.kb.index.itil_row.get(p)
            if row is not None and any(c in self._cited_rows(row) for c in checked if isinstance(c, CmmRow)):
                out.append(row)
        return out


def _without_negated_processes(p: Predicate) -> Predicate:
    if isinstance(p, And):
        kept = tuple(q for q in p.parts if not (isinstance(q, Not) and isinstance(q.part, MapsTo)))
        return And(kept) if len(kept) > 1 else kept[0] if kept else Everything()
    return Everything() if isinstance(p, Not) and isinstance(p.part, MapsTo) else p


def _joins(p: Predicate) -> list[Predicate]:
    """The inner predicates of the `CitedBy` joins in a tree."""
    if isinstance(p, CitedBy):
        return [p.inner]
    if isinstance(p, And | Or):
        return [j for part in p.parts for j in _joins(part)]
    if isinstance(p, Not):
        return _joins(p.part)
    return []


__all__ = ["Executor", "Result", "Row", "RowTest", "Table"]
