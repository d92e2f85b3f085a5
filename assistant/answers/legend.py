"""The key to the codes: the CMM common features and KPAs, and what a maturity level holds.

"What do the codes mean?", "what is a common feature?" and the REPL's /legend print the legend;
"what is level 2?" names that level's KPAs. These come from the vocabulary, not from a table
row, so they cite the vocabulary (which the contract does not score) rather than rows.
"""

from __future__ import annotations

from typing import Any

from ..kb.schema import Citation, KnowledgeBase
from . import handles
from .answer import Draft, Table


def legend_text(kb: KnowledgeBase) -> str:
    features = "; ".join(f"{f.abbr} {f.name} ({f.abbr}1, {f.abbr}2, …)" for f in kb.features)
    kpas = "; ".join(f"{k.abbr} {k.name} (Level {k.level})" for k in kb.kpas)
    return (
        f"A practice code is a KPA and a common feature with a number: SPP AC11 is Software Project Planning, "
        f"Activity 11. Common features: {features}. KPAs: {kpas}."
    )


@handles("legend")
def legend(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    rows = tuple((f.abbr, f.name, "common feature") for f in kb.features)
    rows += tuple((k.abbr, k.name, f"KPA, Level {k.level}") for k in kb.kpas)
    return Draft(
        text=legend_text(kb),
        citations=(Citation("vocabulary", "legend", None, "common features and KPAs"),),
        table=Table(("code", "name", "kind"), rows),
        suggestions=("SPP AC11?", "What is level 2?"),
    )


@handles("level_definition")
def level_definition(slots: dict[str, Any], kb: KnowledgeBase) -> Draft:
    level = int(slots["level"])
    lv = kb.index.level.get(level)
    kpas = [k for k in kb.kpas if k.level == level]
    name = f"Level {level}" + (f" ({lv.name})" if lv else "")
    listed = ", ".join(f"{k.name} ({k.abbr})" for k in kpas)
    return Draft(
        text=f"{name} is a CMM maturity level; the tables list its {len(kpas)} KPAs: {listed}.",
        citations=(Citation("vocabulary", f"level-{level}", None, name),),
        suggestions=(f"List the level {level} rows", "What do the codes mean?"),
    )
