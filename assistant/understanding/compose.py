"""The query composer: an analyzed question (entities, codes, cue words) becomes a `Query`.

Each recognised entity is a leaf predicate at its position in the question (a process, a KPA, a
level, a common feature, a practice code, words to search for); the connectives between them
(knowledge/cues.yaml, `connectives:`) decide how they combine: "not" / "but not" / "without"
negate what follows, "or" / "either" make a union, "only" / "nothing else" restrict a mapping to
what was named, "most" / "fewest" / "how many" aggregate, a question opening with "does" / "is"
asks yes or no. Which table is read follows from what the question asks for ("which ITIL
processes ..." reads the ITIL-to-CMM rows, "which practices ..." the CMM-to-ITIL rows).

The composer never answers: it returns the query and how much of the question it used
(`structure`), and the parser ranks that reading against the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..base.text import phrase_words, stem, tokenize
from ..kb.schema import Cues, KnowledgeBase, same_heading_kpas
from .analysis import Analysis, Analyzer
from .cues import CueHit, CueMatcher
from .direction import Direction, direction
from .patterns import number_of
from .query import (
    Aggregate,
    And,
    AtLevel,
    CitedBy,
    Cites,
    CitesRowOf,
    Column,
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
    Leaf,
    MapsOnlyTo,
    MapsTo,
    Mentions,
    NamedInMappings,
    Not,
    Or,
    Predicate,
    Query,
    Shared,
    Slot,
    Source,
    Top,
    YesNo,
    conjoin,
    disjoin,
    leaves,
    swap,
)

_CLAUSE_START = re.compile(r"(?:^|[-–—:;,.?!]\s*)(?:(?:and|but|so|then|also)\s+)?([A-Za-z]+)", re.IGNORECASE)
# Exclusive slots: a row has one KPA and one level, so "SSM and PR rows" can only be a union.
EXCLUSIVE = frozenset({Slot.KPA, Slot.LEVEL, Slot.PRACTICE, Slot.FEATURE})


@dataclass(frozen=True)
class Atom:
    """One leaf predicate found at tokens [start, end) of the question."""

    leaf: Leaf
    start: int
    end: int
    negated: bool = False


@dataclass(frozen=True)
class Composition:
    query: Query
    structure: int  # how many parts of the question the query uses (leaves, connectives, aggregate)


class Composer:
    def __init__(self, kb: KnowledgeBase, analyzer: Analyzer) -> None:
        self.kb = kb
        self.analyzer = analyzer
        self.matcher = CueMatcher.build(Cues(groups=kb.cues.connectives, dimensions={}))
        self.features = self._feature_phrases(kb)
        self.levels = {lv.level for lv in kb.levels}
        self.abbreviations = {a.abbr.lower(): a.meaning for a in kb.abbreviations}
        self.meanings = {tuple(stem(w) for w in phrase_words(a.meaning)): a.abbr.lower() for a in kb.abbreviations}
        self._cells: dict[Source, str] | None = None  # rows' stemmed words, on first search
        self._hits: tuple[Analysis | None, list[CueHit]] = (None, [])

    @staticmethod
    def _feature_phrases(kb: KnowledgeBase) -> dict[tuple[str, ...], tuple[str, bool]]:
        """Feature words: (abbreviation, whether the word alone is enough). A singular alias
        ("activity") names a feature only before a practice word ("activity practices")."""
        out: dict[tuple[str, ...], tuple[str, bool]] = {}
        for f in kb.features:
            out[phrase_words(f.name)] = (f.abbr, True)
            for alias in f.aliases:
                words = phrase_words(alias)
                if len(words[-1]) > 4:
                    out[words] = (f.abbr, words[-1].endswith("s") or len(words) > 1)
        return out

    # -- reading the question ----------------------------------------------------------------------

    def hits(self, a: Analysis) -> list[CueHit]:
        """The connectives in the question (found once per question: the last one is kept)."""
        if self._hits[0] is not a:
            self._hits = (a, self.matcher.find(a.tokens))
        return self._hits[1]

    def compose(self, a: Analysis, previous: Query | None = None, composed: bool = True) -> Composition | None:
        """The question's query; with `previous`, a follow-up's refinement of it (None when the
        question stands on its own). `composed` False: the previous answer came from a look-up
        intent, whose own follow-up rules swap entities ("and to change management?"); only an
        explicit refinement ("which of those ...", "how many is that?") is read here."""
        hits = self.hits(a)
        groups = {h.group for h in hits}
        if self._outside_tables(a) or (a.has("path") and "in_common" not in groups and previous is None):
            return None  # multi-hop paths ("connected through which practices") are the path rules' own
        atoms = self._atoms(a, hits)
        atoms = self._negate(atoms, hits, a)
        aggregate, agg_parts = self._aggregate(a, hits, groups)
        yes_no = self._is_yes_no(a)
        refining = previous is not None and self._refines(a, hits, groups, atoms, composed)
        if refining and previous is not None:
            aggregate, _ = self._aggregate(a, hits, groups, follow_up=True)
            return self._refine(a, previous, atoms, hits, groups, aggregate, yes_no)
        if not atoms and aggregate is None and self._asks_for(a, a.cue_positions("itil_word")):
            atoms = self._column_search(a, atoms, Source.ITIL_TO_CMM)
        if not atoms and aggregate is None:
            return None
        if not self._worth_composing(a, atoms, aggregate, groups, yes_no):
            return None
        source = self._source(a, atoms, aggregate, groups, yes_no)
        source = self._searched_table(a, atoms, source)
        atoms += self._column_search(a, atoms, source)
        where = self._combine(atoms, hits, source)
        if where is None:
            if aggregate is None:
                return None
            where = Everything()
        structure = len(atoms) + agg_parts + sum(1 for x in atoms if x.negated)
        structure += int(any(isinstance(x.leaf, MapsOnlyTo | CountIs) for x in atoms))
        structure += int(any(isinstance(x.leaf, Cites) and x.leaf.every for x in atoms))
        structure += int(any(isinstance(x.leaf, Mentions) for x in atoms))  # the verb asks for a search
        show = Column.ROW
        if yes_no and aggregate is None:
            return self._yes_no(a, source, atoms, where, structure)
        practices_named = any(isinstance(x.leaf, IsPractice) for x in atoms)
        if "in_common" in groups and not practices_named and (source is Source.CMM_TO_ITIL or a.has("path")):
            return None  # two processes "in common": their shared rows are the path rules' answer
        if "in_common" in groups and aggregate is None and len(atoms) >= 2:
            where = self._union_of_subjects(atoms, source)
            return Composition(Query(source, where, Shared(), Column.MAPPING), structure + 1)
        if a.has("itil_to_cmm_table", "cmm_to_itil_table") and aggregate is not None:
            structure += 1
        elif source is Source.ITIL_TO_CMM and a.has("itil_to_cmm_table") and a.has("itil_word"):
            structure += 1  # "which ITIL rows' CMM column names ...": the table is asked for by name
        asks_rows = self._asks_for(a, a.cue_positions("kpa_word") + [h.start for h in hits if h.group == "row_word"])
        if isinstance(aggregate, Top) and source is Source.CMM_TO_ITIL and a.has("itil_word") and not asks_rows:
            aggregate = Top(Group.PROCESS, aggregate.most)  # "which ITIL process shows up most in the mapping?"
        whole_kpa = any(x.negated or isinstance(x.leaf, MapsOnlyTo | EmptyMapping) for x in atoms)
        if self._kpa_subject(a, atoms) and aggregate is None and whole_kpa:
            aggregate, structure = Every(Group.KPA), structure + 1
        return Composition(Query(source, where, aggregate, show), structure)

    def _worth_composing(
        self, a: Analysis, atoms: list[Atom], aggregate: Aggregate | None, groups: set[str], yes_no: bool
    ) -> bool:
        """Leave a question to the look-up rules when nothing in it combines: a practice looked up
        by code, an abbreviation asked about, a "why" asking for the document's reasoning."""
        if a.has("why"):
            return False
        heads = [h.start for h in self.hits(a) if h.group == "practice_nouns"]
        heads += a.cue_positions("kpa_word") + [x.start for x in atoms if isinstance(x.leaf, HasFeature)]
        practices = self._asks_for(a, heads) or any(isinstance(x.leaf, IsPractice) for x in atoms)
        gives = a.has("output", "receive") and any(isinstance(x.leaf, MapsTo) for x in atoms)
        if gives and not practices:
            return False  # what a process and development give each other: the process's own row
        shaped = aggregate is not None or yes_no or "in_common" in groups or any(x.negated for x in atoms)
        if any(isinstance(x.leaf, IsPractice) for x in atoms) and not shaped:
            return False
        searches = any(isinstance(x.leaf, Mentions) for x in atoms)
        return not (a.has("glossary") and not searches and aggregate is None)

    def _outside_tables(self, a: Analysis) -> bool:
        """A level or practice the tables do not have ("level 4", "PR AC3") is not a query."""
        words = a.tokens.words
        for i, w in enumerate(words[:-1]):
            if w == "level" and words[i + 1].isdigit() and int(words[i + 1]) not in self.levels:
                return True
        for p in a.practices:
            key = (p.kpa or "", p.code)
            if p.kpa and not self.kb.index.cmm_by_code.get(key) and not self.kb.index.itil_by_code.get(key):
                return True
        return False

    # -- atoms ---------------------------------------------------------------------------------------

    def _atoms(self, a: Analysis, hits: list[CueHit]) -> list[Atom]:
        atoms: list[Atom] = []
        mention_spans = self._mention_spans(a, hits)
        inside_mentions = {i for s, e, _ in mention_spans for i in range(s, e)}
        printed = any(h.group == "printed_heading" for h in hits)
        processes = set(a.ids("itil"))
        for m in a.mentions:
            if m.start in inside_mentions:
                continue
            if m.kind == "itil" and m.id in processes:
                atoms.append(Atom(MapsTo(m.id), m.start, m.end))
            elif m.kind == "kpa":
                atoms.append(Atom(InKpa(self._kpas(m.id, m.text, printed)), m.start, m.end))
            elif m.kind == "level" and m.id.isdigit():
                atoms.append(Atom(AtLevel(int(m.id)), m.start, m.end))
        codes = a.codes
        code_tokens = {i for c in codes for i in range(c.start, c.end)}
        for code, ref in zip(codes, a.practices, strict=False):
            if ref.kpa:
                atoms.append(Atom(IsPractice(ref.kpa, ref.code), code.start, code.end))
                for other in same_heading_kpas(self.kb, ref.kpa)[1:]:
                    if self.kb.index.cmm_by_code.get((other, ref.code)):
                        atoms.append(Atom(IsPractice(other, ref.code), code.start, code.end))
        named = {x.leaf.kpa for x in atoms if isinstance(x.leaf, IsPractice)}
        atoms = [x for x in atoms if not (isinstance(x.leaf, InKpa) and set(x.leaf.kpas) & named)]
        atoms += self._feature_atoms(a, code_tokens | inside_mentions, hits)
        for h in a.cues:
            if h.group == "empty_mapping":
                atoms.append(Atom(EmptyMapping(), h.start, h.end))
        for start, end, leaf in mention_spans:
            atoms.append(Atom(leaf, start, end))
        atoms = [x for x in atoms if not any(x is not y and _inside(x, y) for y in atoms)]
        kpa_levels = {self.kb.kpa(k).level for x in atoms if isinstance(x.leaf, InKpa) for k in x.leaf.kpas}
        atoms = [x for x in atoms if not (isinstance(x.leaf, AtLevel) and x.leaf.level in kpa_levels)]
        atoms.sort(key=lambda x: x.start)
        return self._only(atoms, hits, a)

    def _kpas(self, abbr: str, text: str, printed: bool) -> tuple[str, ...]:
        """A KPA, or every KPA printed under the heading the question names ("Organizational
        Process Definition" heads two blocks in the source)."""
        if not printed:
            return (abbr,)
        return tuple(self.kb.index.kpas_by_heading.get(text.lower(), (abbr,))) or (abbr,)

    def _feature_atoms(self, a: Analysis, taken: set[int], hits: list[CueHit]) -> list[Atom]:
        words = a.tokens.words
        out: list[Atom] = []
        heads = {h.start for h in hits if h.group == "feature_heads"}
        for i in range(len(words)):
            if i in taken:
                continue
            for size in (3, 2, 1):
                phrase = words[i : i + size]
                found = self.features.get(phrase)
                if found is None or any(j in taken for j in range(i, i + size)):
                    continue
                abbr, alone = found
                if i and (words[i - 1] in ("our", "your", "their", "my") or (i - 1) in self._process_tokens(a)):
                    alone = False  # "our availability commitments" are not Commitment to Perform
                if alone or i + size in heads:
                    out.append(Atom(HasFeature(abbr), i, i + size))
                break
        for m in a.mentions:
            if m.kind == "feature" and m.start not in taken and not any(x.start == m.start for x in out):
                out.append(Atom(HasFeature(m.id), m.start, m.end))
        return out

    @staticmethod
    def _head_tokens(a: Analysis, hits: list[CueHit]) -> set[int]:
        """Tokens that name what is asked for ("which practices", "the ITIL processes") or are
        function words: words before a mention verb made only of these search for nothing."""
        named = [h for h in hits if h.group in ("practice_nouns", "row_word")]
        named += [h for h in a.cues if h.group in ("itil_word", "cmm_refs", "stopwords", "models_word")]
        return {i for h in named for i in range(h.start, h.end)}

    @staticmethod
    def _process_tokens(a: Analysis) -> set[int]:
        return {i for m in a.mentions if m.kind == "itil" for i in range(m.start, m.end)}

    def _mention_spans(self, a: Analysis, hits: list[CueHit]) -> list[tuple[int, int, Mentions]]:
        """ "which rows mention peer reviews": the words after a mention verb are searched for,
        not read as an entity; "where does the SCCB come up": the words before it."""
        words, raw = a.tokens.words, a.tokens.raw
        stop = self.analyzer.lexicon.stopwords
        out = []
        for h in hits:
            if h.group != "mention_verbs":
                continue
            after = self._phrase_span(words, h.end, 1, stop)
            before = self._phrase_span(words, h.start - 1, -1, stop)
            span = after if after else before
            if not span:
                continue
            start, end = span
            if (
                h.phrase.endswith("term")
                or words[start:end] == ("term",)
                or (span is before and set(range(start, end)) <= self._head_tokens(a, hits))
            ):
                abbr = next((m for m in a.mentions if m.kind == "abbr"), None)
                if abbr is None:
                    continue
                start, end = abbr.start, abbr.end
            if self._names_an_entity(a, start, end):
                continue  # "mapping mentions Problem Mgnt": the entity itself, not a word search
            typed = words[start:end]
            label = " ".join(r for r in raw[start:end] if r)
            phrases = self._phrases(typed)
            if self._occurs(phrases):  # words no cell holds are no search: other readings decide
                out.append((start, end, Mentions(phrases, label)))
        return out

    def _occurs(self, phrases: tuple[tuple[str, ...], ...], table: Source | None = None) -> bool:
        """Whether any row's cells (of one table, or of either) hold one of the phrases: each
        table's cells as one string of stems, " "-delimited, built on the first search."""
        if self._cells is None:
            cmm = [r.words() for r in self.kb.cmm_to_itil]
            itil = [r.words() for r in self.kb.itil_to_cmm]
            self._cells = {
                source: " | ".join(" ".join(stem(w) for w in tokenize(t).words) for t in texts).join("  ")
                for source, texts in ((Source.CMM_TO_ITIL, cmm), (Source.ITIL_TO_CMM, itil))
            }
        tables = [table] if table else list(self._cells)
        return any(f" {' '.join(p)} " in self._cells[t] for t in tables for p in phrases if p)

    def _names_an_entity(self, a: Analysis, start: int, end: int) -> bool:
        """Words after a mention verb that name a process, KPA or model are that entity, unless the
        question names the same entity elsewhere too ("apart from the Peer Reviews KPA itself,
        which rows mention peer reviews?" searches for the words)."""
        kinds = ("itil", "kpa", "model")
        inside = [m for m in (*a.mentions, *a.qualified) if m.kind in kinds and start <= m.start < end]
        if not inside:
            return False
        elsewhere = {(m.kind, m.id) for m in a.mentions if m.kind in kinds and not start <= m.start < end}
        excluded = any(h.group == "negation" for h in self.hits(a))
        return not (excluded and any((m.kind, m.id) in elsewhere for m in inside))

    @staticmethod
    def _phrase_span(words: tuple[str, ...], i: int, step: int, stop: frozenset[str]) -> tuple[int, int] | None:
        """Content words next to a mention verb, up to a function word that ends the phrase."""
        breakers = {"in", "for", "when", "where", "which", "that", "and", "or", "as", "with", "does", "do", "is"}
        skip = {"the", "a", "an", "to"}
        n = len(words)
        while 0 <= i < n and words[i] in skip:
            i += step
        j = i
        while 0 <= j < n and words[j] not in breakers and (words[j] not in stop or words[j] in {"term"}):
            j += step
        if j == i:
            return None
        return (i, j) if step > 0 else (j + 1, i + 1)

    def _phrases(self, typed: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        """The words as typed, stemmed, plus the abbreviation or its meaning (SLC ↔ software life cycle)."""
        stems = tuple(stem(w) for w in typed)
        phrases = [stems]
        if len(typed) == 1 and typed[0] in self.abbreviations:
            phrases.append(tuple(stem(w) for w in phrase_words(self.abbreviations[typed[0]])))
        if stems in self.meanings:
            phrases.append((self.meanings[stems],))
        return tuple(phrases)

    def _only(self, atoms: list[Atom], hits: list[CueHit], a: Analysis) -> list[Atom]:
        """ "maps only to SLM", "SLM and nothing else", "nothing but SCM practices", "a single
        practice": restrictions on the whole mapping or reference list."""
        only_at = [h.end for h in hits if h.group == "only"]
        else_at = [h.start for h in hits if h.group == "nothing_else"]
        out = list(atoms)
        processes = [x for x in atoms if isinstance(x.leaf, MapsTo)]
        near_only = [x for x in processes if any(0 <= x.start - e <= 2 for e in only_at)]
        before_else = [x for x in processes if any(0 <= s - x.end <= 1 for s in else_at)]
        exclusive = near_only or (processes if before_else else [])
        if exclusive:
            for x in processes:
                out.remove(x)
            names = tuple(x.leaf.process for x in processes if isinstance(x.leaf, MapsTo))
            out.append(Atom(MapsOnlyTo(names), processes[0].start, processes[-1].end))
        for x in atoms:
            if isinstance(x.leaf, InKpa | AtLevel) and any(0 <= x.start - e <= 2 for e in only_at):
                if x in out:
                    out.remove(x)
                kpa = x.leaf.kpas[0] if isinstance(x.leaf, InKpa) else None
                level = x.leaf.level if isinstance(x.leaf, AtLevel) else None
                out.append(Atom(Cites(kpa=kpa, level=level, every=True), x.start, x.end))
        words = a.tokens.words
        for h in hits:
            if h.group == "single":
                out.append(Atom(CountIs(1), h.start, h.end))
            n = number_of(words[h.end]) if h.end < len(words) else None
            if n is not None and h.group == "exactly":
                out.append(Atom(CountIs(n), h.start, h.end + 1))
            elif n is not None and h.group in ("at_least", "more_than"):
                out.append(Atom(CountIs(n + (h.group == "more_than"), at_least=True), h.start, h.end + 1))
        out.sort(key=lambda x: x.start)
        return out

    def _negate(self, atoms: list[Atom], hits: list[CueHit], a: Analysis) -> list[Atom]:
        """A negation covers the atoms right after it of the first atom's slot."""
        empty = [(h.start, h.end) for h in a.cues if h.group == "empty_mapping"]
        out = list(atoms)
        for h in hits:
            if h.group != "negation" or any(s <= h.start < e for s, e in empty):
                continue
            following = [x for x in out if x.start >= h.end]
            if following and not self._near(a, h.end, following[0].start):
                continue
            if not following:
                out.append(Atom(NamedInMappings(), h.start, h.end, negated=True))
                continue
            slot = following[0].leaf.slot
            for x in following:
                if x.leaf.slot != slot:
                    break
                out[out.index(x)] = replace(x, negated=True)
        return out

    @staticmethod
    def _near(a: Analysis, end: int, start: int, window: int = 5) -> bool:
        """Within a few words, and in the same clause (no question word between)."""
        between = a.tokens.words[end:start]
        return start - end <= window and not {"what", "which", "who", "how", "where", "when"} & set(between)

    # -- shape ----------------------------------------------------------------------------------------

    def _aggregate(
        self, a: Analysis, hits: list[CueHit], groups: set[str], follow_up: bool = False
    ) -> tuple[Aggregate | None, int]:
        """Most / fewest / how many, when the question names what is counted (rows, practices,
        KPAs, processes) or counts the previous answer's rows ("so how many are left?");
        "which area has the most interaction" counts nothing in the tables."""
        unit = a.has("cmm_refs", "kpa_word", "itil_word", "cmm_to_itil_table", "itil_to_cmm_table")
        if not (unit or follow_up or "row_word" in groups):
            return None, 0
        bounds = [(h.start, h.end) for h in hits if h.group in ("at_least", "more_than")]
        ranks = {
            h.group for h in hits if h.group in ("most", "fewest") and not any(s <= h.start < e for s, e in bounds)
        }
        if ranks:
            return Top(self._group(a), most="fewest" not in ranks), 1
        if a.has("count"):
            return Count(), 1
        return None, 0

    def _group(self, a: Analysis) -> Group:
        kpa_at = a.cue_positions("kpa_word")
        itil_at = a.cue_positions("itil_word")
        practice_at = a.cue_positions("cmm_refs")
        if self._asks_for(a, kpa_at) and (not itil_at or kpa_at[0] < itil_at[0]):
            return Group.KPA
        if a.has("itil_to_cmm_table") and practice_at and (not itil_at or practice_at[0] < itil_at[0]):
            return Group.CITED_PRACTICE
        return Group.ROW

    def _is_yes_no(self, a: Analysis) -> bool:
        firsts = {m.group(1).lower() for m in _CLAUSE_START.finditer(a.question)}
        yes_no = set(self.kb.cues.connectives.get("yes_no", ()))
        return bool(firsts & yes_no)

    def _kpa_subject(self, a: Analysis, atoms: list[Atom]) -> bool:
        """ "Which KPAs ...": the KPA word is what the question asks for (within two words of
        its wh-word), not a qualifier ("apart from the Peer Reviews KPA itself")."""
        named = any(isinstance(x.leaf, InKpa) and not x.negated for x in atoms)
        return self._asks_for(a, a.cue_positions("kpa_word")) and not named

    @staticmethod
    def _asks_for(a: Analysis, positions: list[int]) -> bool:
        """A head word the question asks for: within three words after "which" / "what"."""
        asks = [i for i, w in enumerate(a.tokens.words) if w in ("which", "what")]
        return any(0 < p - i <= 3 for p in positions for i in asks)

    def _source(
        self, a: Analysis, atoms: list[Atom], aggregate: Aggregate | None, groups: set[str], yes_no: bool
    ) -> Source:
        named_table = [(h.start, h.end) for h in a.cues if h.group == "cmm_to_itil_table"]
        itil_at = [p for p in a.cue_positions("itil_word") if not any(s <= p < e for s, e in named_table)]
        cmm_at = a.cue_positions("cmm_refs") + a.cue_positions("kpa_word")
        cmm_at += [x.start for x in atoms if isinstance(x.leaf, HasFeature)]
        cmm_at += [h.start for h in self.hits(a) if h.group == "row_word"]
        itil_named = [(h.start, h.end) for h in a.cues if h.group == "itil_to_cmm_table"]
        cmm_at = [p for p in cmm_at if not any(s <= p < e for s, e in itil_named)]
        practices = any(isinstance(x.leaf, IsPractice) for x in atoms)
        processes = any(isinstance(x.leaf, MapsTo) for x in atoms)
        itil_table = a.has("itil_to_cmm_table") and not a.has("cmm_to_itil_table")
        if yes_no and atoms and not practices and isinstance(atoms[0].leaf, MapsTo):
            # "does Contingency Planning rely on any SPE practice?": the process's row is checked
            return Source.CMM_TO_ITIL if a.has("cmm_to_itil_table") else Source.ITIL_TO_CMM
        if practices and not itil_table and (yes_no or not a.has("cite_verbs")):
            return Source.CMM_TO_ITIL
        if isinstance(aggregate, Top) and a.has("cmm_to_itil_table") and not a.has("itil_to_cmm_table"):
            return Source.CMM_TO_ITIL  # "which process appears least in the Mapping to ITIL column?"
        if itil_table and (processes or not cmm_at):
            return Source.ITIL_TO_CMM
        if itil_at and (not cmm_at or itil_at[0] < min(cmm_at)):
            return Source.ITIL_TO_CMM
        if isinstance(aggregate, Top) and itil_table:
            return Source.ITIL_TO_CMM
        if processes and not practices and a.has("cite_verbs") and not a.has("cmm_to_itil_table"):
            kpa_or_level = any(isinstance(x.leaf, InKpa | AtLevel) for x in atoms)
            if kpa_or_level and not a.has("list", "cmm_refs"):
                return Source.ITIL_TO_CMM
        return Source.CMM_TO_ITIL

    def _searched_table(self, a: Analysis, atoms: list[Atom], source: Source) -> Source:
        """ "Who deals with naming conventions?": a search naming no table reads the table whose
        cells hold the words."""
        searches = [x.leaf for x in atoms if isinstance(x.leaf, Mentions)]
        if not searches or len(searches) != len(atoms) or a.has("cmm_refs", "itil_word", "kpa_word"):
            return source
        phrases = tuple(p for m in searches for p in m.phrases)
        in_cmm, in_itil = self._occurs(phrases, Source.CMM_TO_ITIL), self._occurs(phrases, Source.ITIL_TO_CMM)
        return Source.ITIL_TO_CMM if in_itil and not in_cmm else source

    def _column_search(self, a: Analysis, atoms: list[Atom], source: Source) -> list[Atom]:
        """ "Which ITIL processes send development some kind of requirements?": the question's own
        words searched in the one cell of each ITIL row that the verb points at."""
        if source is not Source.ITIL_TO_CMM or any(isinstance(x.leaf, MapsTo | Mentions) for x in atoms):
            return []
        said = direction(a)
        if said not in (Direction.OUTPUT, Direction.INPUT) or not a.content:
            return []
        column = said.value
        found = [w for w in a.content if len(w) > 3 and self._occurs(((stem(w),),))]
        if not found or len(found) > 2:
            return []  # a longer phrase quotes one row's cell: the quoted-row reading finds it
        phrases = tuple((stem(w),) for w in found)
        at = a.tokens.words.index(found[0]) if found[0] in a.tokens.words else 0
        return [Atom(Mentions(phrases, " ".join(found), column), at, at + 1)]

    def _for_source(self, leaf: Leaf, source: Source) -> Leaf | None:
        if source is Source.CMM_TO_ITIL:
            if isinstance(leaf, Cites) and leaf.every:  # "just the Repeatable ones": a plain filter
                return AtLevel(leaf.level) if leaf.level else InKpa((leaf.kpa,)) if leaf.kpa else None
            return None if isinstance(leaf, NamedInMappings) else leaf
        match leaf:
            case MapsTo(process):
                return IsProcess(process)
            case InKpa(kpas):
                return Cites(kpa=kpas[0])
            case AtLevel(level):
                return Cites(level=level)
            case IsPractice(kpa, code):
                return Cites(kpa=kpa, code=code)
            case HasFeature() | EmptyMapping() | MapsOnlyTo():
                return None
        return leaf

    def _combine(self, atoms: list[Atom], hits: list[CueHit], source: Source) -> Predicate | None:
        union_at = [h.start for h in hits if h.group == "union"]
        by_slot: dict[Slot, list[tuple[Atom, Leaf]]] = {}
        for x in atoms:
            leaf = self._for_source(x.leaf, source)
            if leaf is None:
                continue
            by_slot.setdefault(x.leaf.slot, []).append((x, leaf))
        parts: list[Predicate] = []
        for slot, items in by_slot.items():
            positive = [(x, leaf) for x, leaf in items if not x.negated]
            negative = [Not(leaf) for x, leaf in items if x.negated]
            if positive:
                first, last = positive[0][0].start, positive[-1][0].end
                unioned = any(first - 2 <= u <= last for u in union_at)
                exclusive = slot in EXCLUSIVE and source is Source.CMM_TO_ITIL
                if source is Source.ITIL_TO_CMM and slot is Slot.PROCESS:
                    exclusive = True
                leaves_ = [leaf for _, leaf in positive]
                parts.append(disjoin(*leaves_) if unioned or exclusive else conjoin(*leaves_))
            parts.extend(negative)
        if not parts:
            return None
        return conjoin(*parts)

    def _union_of_subjects(self, atoms: list[Atom], source: Source) -> Predicate:
        """ "What do SPP AC11 and ISM AC8 have in common?": the rows named, as one set."""
        leaves_ = [self._for_source(x.leaf, source) for x in atoms]
        return disjoin(*[leaf for leaf in leaves_ if leaf is not None])

    def _yes_no(self, a: Analysis, source: Source, atoms: list[Atom], where: Predicate, structure: int) -> Composition:
        """ "Does SPP AC14 map to Capacity?": the practice (or the process row) is what is checked,
        the rest is the condition; with neither, "is there any ..." checks every row."""
        subject_type = IsPractice if source is Source.CMM_TO_ITIL else MapsTo
        subjects = [x for x in atoms if isinstance(x.leaf, subject_type)]
        rest = [x for x in atoms if x not in subjects]
        if not subjects:
            exists = a.has("cmm_refs", "kpa_word", "itil_word") or "row_word" in {h.group for h in self.hits(a)}
            return Composition(Query(source, where, YesNo()), structure + int(exists))
        subject = disjoin(*[self._for_source(x.leaf, source) or x.leaf for x in subjects])
        condition = self._combine(rest, [], source) if rest else None
        if condition is None:
            condition = Not(EmptyMapping()) if source is Source.CMM_TO_ITIL else Everything()
        return Composition(Query(source, condition, YesNo(subject)), structure)

    # -- follow-ups ------------------------------------------------------------------------------------

    def _refines(self, a: Analysis, hits: list[CueHit], groups: set[str], atoms: list[Atom], composed: bool) -> bool:
        """A follow-up that needs the previous rows: "which of those ...", "how many is that?",
        "keep just the level 3 ones", "and for SC&D?". A question naming what it asks for
        ("which practices map to X") starts afresh."""
        if any(isinstance(x.leaf, IsPractice) for x in atoms):
            return False  # a practice code names its own subject
        if self._drills_down(a, atoms):
            return True
        if "refine" in groups or a.has("subset") or {"it", "its"} & set(a.tokens.words):
            return True
        if a.has("output", "receive") and any(isinstance(x.leaf, MapsTo) for x in atoms):
            return False  # "what do the devs give problem management?" asks afresh
        starts = any(h.start == 0 for h in a.cues if h.group == "followup")
        practice_nouns = "practice_nouns" in groups
        has_head = practice_nouns or a.has("itil_word", "kpa_word", "itil_to_cmm_table") or "row_word" in groups
        if not composed:
            explicit = "negation" in groups or a.has("count") or self._is_yes_no(a)
            return explicit and not has_head and bool(a.tokens.words) and a.tokens.words[0] in ("which", "how", "so")
        if starts and not has_head:
            return True
        words = a.tokens.words
        if not has_head and words and words[0] in ("which", "how", "does", "do", "is", "are", "so", "now"):
            return bool(atoms) or a.has("count")
        return False

    @staticmethod
    def _drills_down(a: Analysis, atoms: list[Atom]) -> bool:
        """ "and which KPA is that?", "what level?", "what does that code mean?", "what ITIL process
        is it mapped to?": an attribute of the previous answer's rows, naming nothing new."""
        pointing = bool({"that", "this", "those", "these", "it", "they", "them"} & set(a.tokens.words))
        attribute = a.has("kpa_word", "level_word", "legend", "glossary", "cmm_to_itil_table", "itil_word")
        short = len(a.tokens.words) <= 3 and attribute  # "what level?"
        return not atoms and attribute and (pointing or short)

    def _refine(
        self,
        a: Analysis,
        previous: Query,
        atoms: list[Atom],
        hits: list[CueHit],
        groups: set[str],
        aggregate: Aggregate | None,
        yes_no: bool,
    ) -> Composition | None:
        source = previous.source
        base = previous.aggregate.subject if isinstance(previous.aggregate, YesNo) else None
        base_where = base if base is not None else previous.where
        wants_itil = a.has("itil_to_cmm_table") or (a.has("itil_word") and a.has("cite_verbs"))
        wants_cmm = a.has("cmm_to_itil_table") and not a.has("itil_word")
        if source is Source.CMM_TO_ITIL and wants_itil:
            source = Source.ITIL_TO_CMM
            base_where = base_where.inner if isinstance(base_where, CitedBy) else CitesRowOf(base_where)
        elif source is Source.ITIL_TO_CMM and wants_cmm:
            source = Source.CMM_TO_ITIL
            base_where = base_where.inner if isinstance(base_where, CitesRowOf) else CitedBy(base_where)
        borrowed = ("the previous rows",)
        bare = [p.code for p in a.practices if p.kpa is None]
        kpas = {leaf.kpa for leaf in leaves(previous.where) if isinstance(leaf, IsPractice)}
        kpas |= {k for leaf in leaves(previous.where) if isinstance(leaf, InKpa) for k in leaf.kpas}
        if bare and len(kpas) == 1:  # "and AC7?": the same KPA, another code
            kpa = kpas.pop()
            lookup = disjoin(*[IsPractice(kpa, code) for code in bare])
            return Composition(Query(Source.CMM_TO_ITIL, lookup, borrowed=(f"the KPA {kpa}",)), 9)
        new = self._combine(atoms, hits, source) if atoms else None
        swapping = new is not None and "refine" not in groups and not a.has("subset")
        swapping = swapping and not any(x.negated for x in atoms)
        replaced = [h.end for h in hits if h.group == "instead_of"]
        if swapping and replaced:  # "and for IC instead of ISM?": the old one named after "instead of"
            old = [x for x in atoms if x.start >= replaced[0]]
            new_atoms = [x for x in atoms if x.start < replaced[0]]
            where = base_where
            for before, after in zip(old, new_atoms, strict=False):
                was, now = self._for_source(before.leaf, source), self._for_source(after.leaf, source)
                if was is not None and now is not None:
                    where = _replace_leaf(where, was, now)
            return Composition(Query(source, where, previous.aggregate, borrowed=borrowed), 9)
        if swapping:
            where, swapped_any = base_where, False
            for x in atoms:  # "and Helpdesk at level 3?": each named part replaces its own slot
                leaf = self._for_source(x.leaf, source)
                if leaf is None:
                    continue
                where, done = swap(where, leaf)
                if not done:
                    where = conjoin(where, leaf)
                swapped_any = swapped_any or done
            if swapped_any:
                return Composition(Query(source, where, previous.aggregate, borrowed=borrowed), 9)
        if yes_no and aggregate is None:
            condition = new if new is not None else Not(EmptyMapping())
            return Composition(Query(source, condition, YesNo(base_where), borrowed=borrowed), 9)
        if new is None and aggregate is None:
            if self._drills_down(a, atoms) or a.has("cmm_to_itil_table", "itil_word"):
                return Composition(Query(source, base_where, None, Column.MAPPING, borrowed), 9)
            return None
        where = conjoin(base_where, new) if new is not None else base_where
        return Composition(Query(source, where, aggregate, borrowed=borrowed), 9)


def _replace_leaf(p: Predicate, old: Leaf, new: Leaf) -> Predicate:
    """`p` with every leaf equal to `old` replaced by `new`."""
    if isinstance(p, And):
        return And(tuple(_replace_leaf(q, old, new) for q in p.parts))
    if isinstance(p, Or):
        return Or(tuple(_replace_leaf(q, old, new) for q in p.parts))
    if isinstance(p, Not):
        return Not(_replace_leaf(p.part, old, new))
    return new if p == old else p


def _inside(x: Atom, y: Atom) -> bool:
    """`x` lies within `y`'s words and is shorter (a KPA name inside searched words)."""
    return y.start <= x.start and x.end <= y.end and (y.end - y.start) > (x.end - x.start)


__all__ = ["Composer", "Composition"]
