"""How a query's answer is worded: the phrase for what was combined, then the rows in the
document's own words.

"Rows mapped to both Change Management and Software Control & Distribution: 3." The phrase is
generated from the query's predicates, so every shape of question is described the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..base.plural import and_list, count
from ..kb.schema import CmmRow, ItilRow, KnowledgeBase
from ..understanding.query import (
    And,
    AtLevel,
    CitedBy,
    Cites,
    CitesRowOf,
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
    Source,
    Top,
)
from . import cite

Row = CmmRow | ItilRow
LIST_LIMIT = 25  # rows quoted one by one; longer lists are named by key only


class Wording:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    # -- names -------------------------------------------------------------------------------------

    def process(self, slug: str) -> str:
        return self.kb.process(slug).name

    def kpa(self, abbr: str) -> str:
        k = self.kb.kpa(abbr)
        return f"{k.name} ({k.abbr})"

    def level(self, level: int) -> str:
        lv = self.kb.index.level.get(level)
        return f"Level {level} ({lv.name})" if lv else f"Level {level}"

    def feature(self, abbr: str) -> str:
        f = self.kb.index.feature_by_abbr.get(abbr)
        return f"{f.name} ({abbr})" if f else abbr

    def practice(self, kpa: str, code: str) -> str:
        """ "SPP AC11 (Software Project Planning (Level 2), Activity 11)"."""
        return f"{kpa} {code} ({cite.practice_in_words(self.kb, kpa, (code,))})"

    # -- the phrase for a predicate ----------------------------------------------------------------

    def phrase(self, p: Predicate) -> str:
        match p:
            case And(parts):
                same = [q for q in parts if isinstance(q, MapsTo)]
                rest = [self.phrase(q) for q in parts if not isinstance(q, MapsTo)]
                if len(same) > 1:
                    names = [self.process(q.process) for q in same]
                    both = "both " if len(same) == 2 else "all of "
                    rest.insert(0, f"mapped to {both}{and_list(names)}")
                elif same:
                    rest.insert(0, self.phrase(same[0]))
                return ", ".join(rest)
            case Or(parts):
                return and_list([self.phrase(q) for q in parts], "or")
            case Not(MapsTo(process)):
                return f"not mapped to {self.process(process)}"
            case Not(part):
                return f"not {self.phrase(part)}"
            case Everything():
                return "all"
            case MapsTo(process):
                return f"mapped to {self.process(process)}"
            case MapsOnlyTo(processes):
                return f"mapped to {and_list([self.process(x) for x in processes], 'or')} and nothing else"
            case EmptyMapping():
                return "with an empty Mapping to ITIL cell"
            case InKpa(kpas):
                return "of " + and_list([self.kpa(k) for k in kpas], "or")
            case AtLevel(level):
                return f"at {self.level(level)}"
            case HasFeature(feature):
                return f"with a {self.feature(feature)} practice"
            case IsPractice(kpa, code):
                return self.practice(kpa, code)
            case IsProcess(process):
                return self.process(process)
            case Cites(kpa, level, code, every):
                what = " ".join(x for x in (f"Level {level}" if level else "", kpa or "", code or "") if x)
                return f"citing {'only ' if every else ''}{what} practices".replace(f"{code} practices", code or "")
            case CountIs(size, at_least):
                how = "at least" if at_least else "exactly"
                return f"with {how} {count(size, 'entry', 'entries')} in the cross-reference column"
            case Mentions(_, label, column):
                cell = {"output": " in what they send development", "input": " in what they get from development"}
                return f"mentioning “{label}”{cell.get(column, '')}"
            case CitedBy(inner):
                return f"cited by {self.phrase(inner)}"
            case CitesRowOf(inner):
                return f"citing {self.phrase(inner)}"
            case NamedInMappings():
                return "named in a CMM-to-ITIL Mapping to ITIL cell"
            case RowIn(rows, label):
                return f"whose words match “{label}”" if label else "among " + ", ".join(rows)
        return ""

    def subject(self, q: Query, n: int | None = None) -> str:
        """ "CMM-to-ITIL rows mapped to ..." or, with a count, "1 CMM-to-ITIL row mapped to ..."."""
        one = "CMM-to-ITIL row" if q.source is Source.CMM_TO_ITIL else "ITIL-to-CMM row (ITIL process)"
        many = "CMM-to-ITIL rows" if q.source is Source.CMM_TO_ITIL else "ITIL-to-CMM rows (ITIL processes)"
        what = many if n is None else count(n, one, many)
        if isinstance(q.where, Everything):
            return what
        return f"{what} {self.phrase(q.where)}"

    # -- rows --------------------------------------------------------------------------------------

    def row_line(self, r: Row) -> str:
        if isinstance(r, CmmRow):
            maps = cite.process_names(self.kb, r.itil) if r.itil else "nothing (empty mapping)"
            if not r.practices:
                return f"{r.row} ({self.kpa(r.kpa)}): {cite.quote(r.note or r.practice)}"
            said = cite.practice_in_words(self.kb, r.kpa, r.practices)
            return f"{r.row} ({said}): {cite.quote(r.practice)} Maps to: {maps}."
        return f"{r.process}: CMM column {cite.quote(r.cmm_printed)}"

    def rows(self, rows: Sequence[Row]) -> str:
        if len(rows) > LIST_LIMIT:
            return " ".join(f"{r.row}." for r in rows[:LIST_LIMIT]) + f" … and {len(rows) - LIST_LIMIT} more."
        return " ".join(self.row_line(r) for r in rows)

    # -- answers -----------------------------------------------------------------------------------

    def listing(self, q: Query, rows: Sequence[Row]) -> str:
        """CMM rows are listed by key with a count per KPA (their cells follow as a table);
        ITIL rows are few and quoted in place."""
        if not rows:
            return f"None: no {self.subject(q)}."
        if all(isinstance(r, CmmRow) for r in rows):
            return f"{self.subject(q, len(rows))} ({cite.kpa_spread(rows)}): {', '.join(r.row for r in rows)}."
        return f"{self.subject(q, len(rows))}: {self.rows(rows)}"

    def count(self, q: Query, rows: Sequence[Row]) -> str:
        """A short count names its rows; a long one counts them per KPA (the rows follow)."""
        if len(rows) > 10 and all(isinstance(r, CmmRow) for r in rows):
            return f"{self.subject(q, len(rows))} ({cite.kpa_spread(rows)})."
        keys = ", ".join(self._key(r) for r in rows)
        return self.subject(q, len(rows)) + (f" ({keys})." if rows else ".")

    def top(self, q: Query, agg: Top, winners: Sequence[Row], ranking: list[tuple[str, int]]) -> str:
        if not ranking:
            return f"None: no {self.subject(q)}."
        best = ranking[0][1] if agg.most else min(n for _, n in ranking)
        tied = [k for k, n in ranking if n == best]
        name = self.kpa if agg.group is Group.KPA else self.process if agg.group is Group.PROCESS else str
        unit = "row" if agg.group is not Group.ROW else "entry"
        units = "rows" if agg.group is not Group.ROW else "entries"
        most = "most" if agg.most else "fewest"
        lead = f"{and_list([name(k) for k in tied])} {'has' if len(tied) == 1 else 'have'} the {most}"
        counted = self.subject(q) if agg.group is not Group.ROW else "in its cross-reference column"
        runners = [f"{name(k)} {n}" for k, n in ranking if n != best][:3]
        tail = f" Next: {', '.join(runners)}." if runners else ""
        return f"{lead} ({count(best, unit, units)}; {counted}). {self.rows(winners)}{tail}"

    def every(self, q: Query, groups: dict[str, list[Row]]) -> str:
        agg = q.aggregate
        assert isinstance(agg, Every)
        if not groups:
            return f"None: no {agg.group.value} has every row {self.phrase(q.where)}."
        names = [self.kpa(k) if agg.group is Group.KPA else k for k in groups]
        rows = [r for g in groups.values() for r in g]
        return f"Every row {self.phrase(q.where)}: {and_list(names)}. {self.rows(rows)}"

    def shared(self, rows: Sequence[Row], common: list[str]) -> str:
        keys = and_list([r.row if isinstance(r, CmmRow) else r.process for r in rows])
        if not common:
            return f"{keys} have nothing in common. {self.rows(rows)}"
        return f"{keys} have in common: {', '.join(common)}. {self.rows(rows)}"

    def yes_no(self, q: Query, checked: Sequence[Row], hits: Sequence[Row], cited: Sequence[Row]) -> str:
        condition = self.phrase(q.where)
        if not checked:
            return "No: no row matches the question."
        if hits:
            lead = f"Yes: {and_list([self._key(r) for r in hits])} {'is' if len(hits) == 1 else 'are'} {condition}."
        else:
            lead = f"No: {count(len(checked), 'row')} checked, none {condition}."
        others = [r for r in cited if r not in checked]
        agree = [
            f"{r.process}'s ITIL-to-CMM row cites it ({cite.quote(r.cmm_printed)})."
            for r in others
            if isinstance(r, ItilRow)
        ]
        return " ".join([lead, self.rows([r for r in cited if r in checked]), *agree]).strip()

    def _key(self, r: Row) -> str:
        return r.row if isinstance(r, CmmRow) else r.process
