"""Cross-file checks of a knowledge directory: every reference resolves, no alias is claimed twice.

These run after each file has been read on its own (knowledge.py), over the loaded records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from ..base.text import phrase_words
from .errors import Problem
from .schema import DIMENSIONS


def check_references(problems: list[Problem], parts: dict[str, Any]) -> None:
    kpas = {k.abbr: k for k in parts["kpas"]}
    processes = {p.row for p in parts["processes"]}
    features = {f.feature for f in parts["features"]} | {"kpa"}
    feature_abbrs = {f.abbr for f in parts["features"]}
    models = {m.row for m in parts["models"]}
    observations = {o.row for o in parts["observations"]}
    itil_rows = {r.row for r in parts["itil_to_cmm"]}
    cmm_rows = {r.row for r in parts["cmm_to_itil"]}
    levels = {lv.level for lv in parts["levels"]}
    tables = {"models": models, "observations": observations, "itil_to_cmm": itil_rows, "cmm_to_itil": cmm_rows}

    def bad(file: str, row: str, message: str) -> None:
        problems.append(Problem(file, message, row=row))

    for r in parts["itil_to_cmm"]:
        if r.row not in processes:
            bad("itil_to_cmm.yaml", r.row, "is not an ITIL process listed in vocabulary.yaml")
        for ref in r.cmm_refs:
            if ref.kpa not in kpas:
                bad("itil_to_cmm.yaml", r.row, f"cites unknown KPA '{ref.kpa}'")
            elif kpas[ref.kpa].level != ref.level:
                bad(
                    "itil_to_cmm.yaml",
                    r.row,
                    f"cites {ref.kpa} at level {ref.level}, but it is level {kpas[ref.kpa].level}",
                )
            if ref.feature not in features:
                bad("itil_to_cmm.yaml", r.row, f"cites unknown common feature '{ref.feature}'")
            if ref.feature != "kpa" and ref.number is None:
                bad("itil_to_cmm.yaml", r.row, f"{ref.kpa} {ref.feature} reference needs a number")
    for r in parts["cmm_to_itil"]:
        if r.kpa not in kpas:
            bad("cmm_to_itil.yaml", r.row, f"unknown KPA '{r.kpa}'")
        elif kpas[r.kpa].level != r.level:
            bad("cmm_to_itil.yaml", r.row, f"level {r.level} does not match {r.kpa}'s level {kpas[r.kpa].level}")
        if r.level not in levels:
            bad("cmm_to_itil.yaml", r.row, f"level {r.level} is not defined in vocabulary.yaml")
        for slug in r.itil:
            if slug not in processes:
                bad("cmm_to_itil.yaml", r.row, f"maps to unknown ITIL process '{slug}'")
        for code in r.practices:
            if code.rstrip("0123456789") not in feature_abbrs or not code[len(code.rstrip("0123456789")) :]:
                bad("cmm_to_itil.yaml", r.row, f"practice code '{code}' is not a common feature and a number")
    for o in parts["observations"]:
        for slug in (o.parent, *o.answered_by):
            if slug and slug not in observations:
                bad("observations.yaml", o.row, f"refers to unknown observation '{slug}'")
    check_self_references(problems, parts)
    cites = [("observations.yaml", o.row, c) for o in parts["observations"] for c in o.see_also]
    cites += [("vocabulary.yaml", a.abbr, c) for a in parts["abbreviations"] for c in (*a.spelled_out_in, *a.used_in)]
    cites += [("defects.yaml", d.row, c) for d in parts["defects"] for c in d.cites]
    for file, row, c in cites:
        if c.table not in tables:
            bad(file, row, f"cites unknown table '{c.table}'")
        elif c.row not in tables[c.table]:
            bad(file, row, f"cites {c.table} row '{c.row}', which does not exist")
        elif c.dimension and c.dimension not in DIMENSIONS:
            bad(file, row, f"cites unknown dimension '{c.dimension}'")
    for d in parts["defects"]:
        for k in d.kpas:
            if k not in kpas:
                bad("defects.yaml", d.row, f"names unknown KPA '{k}'")
        for slug in d.itil:
            if slug not in processes:
                bad("defects.yaml", d.row, f"names unknown ITIL process '{slug}'")
    check_aliases(problems, parts)


def check_self_references(problems: list[Problem], parts: dict[str, Any]) -> None:
    """No observation may be its own parent, answer or "see also", directly or round a cycle:
    an answer that follows the links would quote the same passage as its own context."""
    observations = {o.row: o for o in parts["observations"]}
    for o in parts["observations"]:
        own = [("parent", o.parent), *(("answered_by", a) for a in o.answered_by)]
        own += [("see_also", c.row) for c in o.see_also if c.table == "observations"]
        for field, slug in own:
            if slug == o.row:
                problems.append(Problem("observations.yaml", f"field '{field}' refers to the row itself", row=o.row))
    links: dict[str, Callable[[str], list[str]]] = {
        "parent": lambda row: [p for p in [observations[row].parent] if p in observations],
        "answered_by": lambda row: [a for a in observations[row].answered_by if a in observations],
    }
    reported: set[frozenset[str]] = set()
    for field, follow in links.items():
        for start in observations:
            cycle = _cycle(start, follow)
            if cycle and len(cycle) > 2 and frozenset(cycle) not in reported:
                reported.add(frozenset(cycle))
                message = f"field '{field}' goes round a cycle: {' -> '.join(cycle)}"
                problems.append(Problem("observations.yaml", message, row=start))


def _cycle(start: str, links: Callable[[str], list[str]]) -> list[str] | None:
    """A path from `start` back to `start` along `links` (start first and last), or None."""
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    seen: set[str] = set()
    while stack:
        row, path = stack.pop()
        for nxt in links(row):
            if nxt == start:
                return [*path, start]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None


def alias_key(alias: str) -> str:
    """An alias as the parser reads it (text.py: Unicode folded, punctuation dropped, lower case), so
    "ＳＰＰ", "S.P.P." and "spp" are one alias here, as they are one name to the parser."""
    return " ".join(phrase_words(alias))


def check_aliases(problems: list[Problem], parts: dict[str, Any]) -> None:
    """No alias may name two different things unless vocabulary.yaml marks it ambiguous; aliases
    are compared the way the parser reads them (`alias_key`), not merely lower-cased."""
    owners: dict[str, set[str]] = defaultdict(set)
    spelled: dict[str, set[str]] = defaultdict(set)

    def claim(alias: str, owner: str) -> None:
        key = alias_key(alias)
        if key:
            owners[key].add(owner)
            spelled[key].add(alias)

    for m in parts["models"]:
        for a in (m.name, m.full_name, *m.aliases):
            claim(a, f"model {m.row}")
    for p in parts["processes"]:
        for a in (p.name, *p.spellings, *p.aliases):
            claim(a, f"ITIL process {p.row}")
    for k in parts["kpas"]:
        for a in (k.abbr, k.name, *k.spellings, *k.aliases):
            claim(a, f"KPA {k.abbr}")
    allowed = {alias_key(a) for a in parts["ambiguous_aliases"]}
    for alias, who in sorted(owners.items()):
        if len(who) > 1 and alias not in allowed:
            forms = sorted(spelled[alias])
            also = f" (written {', '.join(repr(f) for f in forms)})" if forms != [alias] else ""
            problems.append(
                Problem(
                    "vocabulary.yaml",
                    f"alias '{alias}'{also} is claimed by {' and '.join(sorted(who))}; "
                    "list it under ambiguous_aliases if that is meant",
                )
            )
