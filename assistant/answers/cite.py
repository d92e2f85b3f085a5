"""Citations and short labels for rows, shared by every handler."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..kb.schema import Citation, CmmRow, ItilRow, KnowledgeBase, Model, Observation


def model_cell(m: Model, dimension: str | None = None) -> Citation:
    label = f"{m.name} {dimension}" if dimension else m.name
    text = m.cell(dimension) if dimension else m.abstraction
    return Citation("models", m.row, dimension, label, text)


def itil_row(r: ItilRow) -> Citation:
    text = (
        f"Output to development: {join_items(r.output_to_development)} | Input from development: "
        f"{join_items(r.input_from_development)} | CMM: {r.cmm_printed}"
    )
    return Citation("itil_to_cmm", r.row, None, r.process, text)


def cmm_row(r: CmmRow) -> Citation:
    practices = r.practices_printed or "(no practice code)"
    text = r.note or f"{r.practice} | Production: {r.production} | Mapping: {'; '.join(r.mapping_printed) or '(empty)'}"
    return Citation("cmm_to_itil", r.row, None, f"Level {r.level} {r.kpa} {practices}", text)


def observation(o: Observation) -> Citation:
    return Citation("observations", o.row, None, o.section, o.text)


def resolve(kb: KnowledgeBase, c: Citation) -> Citation:
    """Give a bare {table, row} citation from the YAML its label."""
    if c.table == "models":
        return model_cell(kb.index.model[c.row], c.dimension)
    if c.table == "itil_to_cmm":
        return itil_row(kb.index.itil_row[c.row])
    if c.table == "cmm_to_itil":
        return cmm_row(kb.index.cmm_row[c.row])
    if c.table == "observations":
        return observation(kb.index.observation[c.row])
    return c


def unique(citations: list[Citation]) -> tuple[Citation, ...]:
    seen: dict[tuple[str, str, str | None], Citation] = {}
    for c in citations:
        seen.setdefault(c.key(), c)
    return tuple(seen.values())


def kpa_spread(rows: Iterable[CmmRow | ItilRow]) -> str:
    """How many of the rows each KPA holds, in table order: "SPP 2, OPF 1"."""
    counts = Counter(r.kpa for r in rows if isinstance(r, CmmRow))
    return ", ".join(f"{k} {n}" for k, n in counts.items())


def process_names(kb: KnowledgeBase, slugs: tuple[str, ...] | list[str]) -> str:
    return ", ".join(kb.index.process[s].name for s in slugs) if slugs else "(empty)"


def shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def join_items(items: tuple[str, ...]) -> str:
    return "; ".join(items)


def quote(text: str) -> str:
    return f"“{text}”"


def sentence(text: str) -> str:
    """Quoted text that ends a sentence: no second full stop after a quoted one."""
    quoted = quote(text)
    return quoted if text.rstrip().endswith((".", "!", "?")) else quoted + "."


def practice_in_words(kb: KnowledgeBase, kpa: str, codes: tuple[str, ...] | list[str]) -> str:
    """ "Software Project Planning (Level 2), Activity 11": a practice code said in words."""
    k = kb.index.kpa.get(kpa)
    if k is None:
        return " + ".join(codes)
    words = []
    for code in codes:
        feature = kb.index.feature_by_abbr.get(code[:2])
        words.append(f"{feature.feature.capitalize()} {code[2:]}" if feature else code)
    said = ", ".join(words)
    return f"{k.name} (Level {k.level}), {said}" if said else f"{k.name} (Level {k.level})"
