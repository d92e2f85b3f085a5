"""Follow-ups: what a question borrows from the one before it.

"and to change management?", "what about level 3?", "and ISO?", "the same for SCM", "and AC13?"
carry the previous reading with one slot changed; "which ITIL processes does it touch?" has its
pronoun replaced by the entity last talked about; "why?" and "show me the rows" are about the
last answer itself. The REPL, `crosswalk run` and transcript replay share this through
`Conversation`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..answers.answer import Answer
from ..kb.schema import KnowledgeBase
from ..understanding.analysis import Analysis
from ..understanding.direction import Side
from ..understanding.parse import Reading
from ..understanding.query import (
    AtLevel,
    Cites,
    EmptyMapping,
    InKpa,
    IsPractice,
    IsProcess,
    MapsTo,
    Predicate,
    Query,
    RowIn,
    Source,
    conjoin,
    disjoin,
)
from ..understanding.rules import aspect_of

# Slots naming one entity of a kind, so a follow-up naming another swaps it in.
SLOT_OF_KIND = {"model": "models", "itil": "process", "kpa": "kpa"}
NEEDS = {
    "model_define": ("models",),
    "model_dimension": ("models", "dimension"),
    "model_compare": ("models",),
    "itil_process": ("process",),
    "itil_practices": ("process",),
    "kpa_processes": ("kpa",),
    "kpa_cited_by": ("kpa",),
    "list_rows": ("kpa",),
}
# Cue groups that do not make a question complete on its own ("ISO?" after a granularity question).
BARE_GROUPS = frozenset({"stopwords", "followup", "pronouns", "models_word"})
# Cue groups of a question that is only about the last answer ("why?", "show me the rows").
ABOUT_LAST = frozenset({"why", "sources"})


@dataclass
class Context:
    """What a follow-up may borrow: the last answered reading and answer, recent models."""

    reading: Reading | None = None
    answer: Answer | None = None
    query: Query | None = None  # the last answer as a query, for "which of those ..." follow-ups
    speaker: Side | None = None  # who "we" are: /role in the REPL, --role on ask and run
    recent_models: list[str] = field(default_factory=list)
    pending_codes: list[str] = field(default_factory=list)  # codes of a "which KPA?" clarify

    def answered_pending(self, a: Analysis) -> Reading | None:
        """ "AC5?" was asked back "which KPA?"; "the training program one" answers it."""
        kpas = a.ids("kpa")
        if not self.pending_codes or not kpas or a.practices:
            return None
        codes, self.pending_codes = self.pending_codes, []
        return Reading("cmm_practice", 0.85, {"practices": [(kpas[0], c) for c in codes]}, "answers a clarify")

    def remember(self, reading: Reading, answer: Answer, query: Query | None = None) -> None:
        if reading.intent in ("why_previous", "show_sources"):
            return  # "why?" and "show me the rows" are about the answer before; keep that one
        self.reading, self.answer, self.query = reading, answer, query
        for row in reading.slots.get("models", ()):
            if row in self.recent_models:
                self.recent_models.remove(row)
            self.recent_models.append(row)


def is_followup(a: Analysis, best: Reading | None, threshold: float) -> bool:
    words = a.tokens.words
    if not words:
        return False
    starts = any(h.start == 0 for h in a.cues if h.group == "followup")
    incomplete = any(p.kpa is None for p in a.practices) or best is None or best.score < threshold
    bare = not (a.groups - BARE_GROUPS) and len(words) <= 4
    return starts or incomplete or a.has("pronouns") or bare


def previous_rows_reading(a: Analysis, context: Context) -> Reading | None:
    """ "why?" or "show me the rows" after an answer: a reading over the last answer's rows."""
    if not (a.groups & ABOUT_LAST) or a.mentions or a.practices or not context.answer:
        return None
    if a.observations or len(a.content) > 1:  # "why must the efforts be synchronized?" asks anew
        return None
    if a.groups - ABOUT_LAST - BARE_GROUPS - {"list", "define"}:
        return None
    intent = "why_previous" if "why" in a.groups and "sources" not in a.groups else "show_sources"
    return Reading(intent, 0.9, {"citations": list(context.answer.citations), "question": context.answer.question})


def entity_name(prev: Reading, kb: KnowledgeBase) -> str | None:
    """How to name the previous question's main entity in a rewritten question."""
    slots = prev.slots
    if slots.get("process"):
        return kb.process(slots["process"]).name
    if slots.get("kpa"):
        return str(slots["kpa"])
    if slots.get("practices"):
        kpa, code = slots["practices"][0]
        return f"{kpa} {code}"
    if slots.get("models"):
        return " and ".join(kb.model(m).name for m in slots["models"])
    return None


def with_pronoun_resolved(a: Analysis, context: Context, kb: KnowledgeBase) -> str | None:
    """The question with its first pronoun replaced by the entity last talked about."""
    if context.reading is None or not a.has("pronouns"):
        return None
    name = entity_name(context.reading, kb)
    hit = next((h for h in a.cues if h.group == "pronouns"), None)
    if name is None or hit is None:
        return None
    words = list(a.tokens.raw)
    words[hit.start : hit.end] = [name]
    return " ".join(words)


def narrowed(reading: Reading, a: Analysis, context: Context) -> Reading:
    """ "which of those map to SLM?": keep only rows the last answer cited."""
    if not a.has("subset") or context.answer is None or reading.intent != "itil_practices":
        return reading
    rows = [c.row for c in context.answer.citations if c.table == "cmm_to_itil"]
    return reading.with_slots(within=rows) if rows else reading


def merge(
    prev: Reading, a: Analysis, best: Reading | None, context: Context, kb: KnowledgeBase, threshold: float
) -> Reading | None:
    """The previous reading with whatever the follow-up changes (entity, code, level, aspect)."""
    if a.practices:
        return _with_codes(prev, a, kb)
    own = best is not None and best.score >= 0.87 and best.intent != prev.intent
    if own and best is not None and all(k in best.slots for k in NEEDS.get(best.intent, ())):
        return None  # "and which practices have Problem Mgnt in the mapping column?" says what it asks
    named = [m for m in a.mentions if m.kind != "role"]
    if prev.intent == "itil_process" and not named and a.has("production_role"):
        practices = _practices_of_itil_row(prev.slots["process"], kb)
        if practices:  # "what's production's role in that practice?"
            return Reading("cmm_practice", 0.8, {"practices": practices}, "follow-up: the practices it cites")
    slots: dict[str, Any] = {k: v for k, v in prev.slots.items() if k != "within"}  # "of those" is one turn only
    changed = False
    for kind, slot in SLOT_OF_KIND.items():
        new = a.ids(kind)
        if not new or slot not in prev.slots:
            continue
        if slot == "models":
            if a.has("compare") or prev.intent == "model_compare":
                new = list(dict.fromkeys([*prev.slots["models"], *new]))
            slots[slot] = new
        else:
            slots[slot] = new[0]
        changed = True
    if prev.intent == "cmm_practice" and a.ids("kpa") and "practices" in prev.slots:
        slots["practices"] = [(a.ids("kpa")[0], c) for _, c in prev.slots["practices"]]
        changed = True
    dim = a.best_dimension()
    if dim and prev.intent.startswith("model_") and prev.intent != "model_select":
        slots["dimension"] = dim
        changed = True
    if a.has("overall") and prev.intent in ("model_dimension", "model_compare"):
        slots["dimension"] = None  # "and overall?": the same models, every dimension
        changed = True
    if a.has("all_models") and prev.intent.startswith("model_") and "models" in slots:
        slots["models"] = [m.row for m in kb.models]  # "how do all four compare on that?"
        changed = True
    if a.has("compare") and "models" in slots and len(slots["models"]) < 2 and len(context.recent_models) >= 2:
        slots["models"] = list(dict.fromkeys([*context.recent_models[-2:], *slots["models"]]))
        changed = True
    levels = a.ids("level")
    intent = prev.intent
    if levels and ("level" in prev.slots or prev.intent in ("itil_practices", "list_rows", "itil_process")):
        slots["level"] = int(levels[0])
        if prev.intent == "list_rows":
            slots.pop("kpa", None)
        if prev.intent == "itil_process":
            intent = "itil_practices"
            slots.pop("aspect", None)
        changed = True
    if a.has("other_table") and prev.intent in ("itil_process", "itil_practices"):
        # "and in the other table?": the process's CMM-to-ITIL rows, or its ITIL-to-CMM row
        if prev.intent == "itil_process":
            return Reading("itil_practices", 0.85, {"process": slots["process"]}, "follow-up: the other table")
        return Reading("itil_process", 0.85, {"process": slots["process"], "aspect": "cmm"}, "the other table")
    if intent == "itil_process" and a.has("reverse_direction"):
        slots["aspect"] = {"output": "input", "input": "output"}.get(slots.get("aspect", ""), "all")
        changed = True
    elif intent == "itil_process" and a.has("output", "receive", "cmm_refs", "itil_to_cmm_table"):
        slots["aspect"] = aspect_of(a)
        changed = True
    if intent in ("model_dimension", "model_define") and len(slots.get("models", ())) > 1:
        intent = "model_compare"
        slots.setdefault("dimension", None)
    if intent == "model_define" and dim:
        intent = "model_dimension"
    if intent == "model_dimension" and slots.get("dimension") is None:
        intent = "model_define"
    if not changed and best is not None and best.score >= threshold:
        missing = [k for k in NEEDS.get(best.intent, ()) if k not in best.slots and k in prev.slots]
        if missing:
            fill = {k: prev.slots[k] for k in missing}
            return Reading(best.intent, best.score, {**best.slots, **fill}, "follow-up: new intent, old entities")
    if not changed and prev.intent == "observation" and (best is None or best.score < threshold):
        return Reading("observation", 0.7, slots, "follow-up: more on the same passage")
    if not changed:
        return None
    return Reading(intent, max(0.75, prev.score - 0.05), slots, "follow-up of the previous question")


def _with_codes(prev: Reading, a: Analysis, kb: KnowledgeBase) -> Reading | None:
    """ "and AC13?": the new codes, in the KPA of the previous question."""
    kpa = next((k for k, _ in prev.slots.get("practices", ()) if k), prev.slots.get("kpa"))
    if kpa is None and prev.intent == "cmm_practice" and prev.slots.get("rows"):
        kpa = kb.index.cmm_row[prev.slots["rows"][0]].kpa
    refs = [(p.kpa or kpa, p.code) for p in a.practices]
    if any(k is None for k, _ in refs):
        return None
    intent = prev.intent if prev.intent in ("practice_cited_by", "practice_links") else "cmm_practice"
    return Reading(intent, 0.8, {"practices": refs}, "follow-up: same KPA, new code")


def _practices_of_itil_row(process: str, kb: KnowledgeBase) -> list[tuple[str, str]]:
    """The practices an ITIL-to-CMM row cites that have a CMM-to-ITIL row."""
    row = kb.index.itil_row.get(process)
    abbr_of = {f.feature: f.abbr for f in kb.features}
    refs = [r for r in row.cmm_refs if r.feature != "kpa" and kb.cmm_rows_for(r)] if row else []
    return [(r.kpa, r.code(abbr_of) or "") for r in refs]


def query_of_reading(reading: Reading, kb: KnowledgeBase) -> Query | None:
    """The rows a look-up intent answered, as a query a follow-up can refine ("which of those
    are level 3?" after "which practices map to SLM?"). Intents about models, observations or
    the glossary have no rows to refine: None."""
    slots = reading.slots
    cmm: list[Predicate] = []
    match reading.intent:
        case "itil_practices":
            cmm.append(MapsTo(slots["process"]))
            if slots.get("level"):
                cmm.append(AtLevel(int(slots["level"])))
            if slots.get("kpa"):
                cmm.append(InKpa((slots["kpa"],)))
        case "list_rows" | "kpa_processes":
            if slots.get("kpa"):
                cmm.append(InKpa((slots["kpa"],)))
            if slots.get("level"):
                cmm.append(AtLevel(int(slots["level"])))
        case "cmm_practice":
            if slots.get("rows"):
                cmm.append(RowIn(tuple(slots["rows"])))
            practices = [IsPractice(k, c) for k, c in slots.get("practices", ()) if k]
            if practices:
                cmm.append(disjoin(*practices))
        case "empty_mappings":
            cmm.append(EmptyMapping())
        case "itil_process":
            return Query(Source.ITIL_TO_CMM, IsProcess(slots["process"]))
        case "kpa_cited_by":
            return Query(Source.ITIL_TO_CMM, Cites(kpa=slots["kpa"]))
        case "practice_cited_by":
            refs = [Cites(kpa=k, code=c) for k, c in slots.get("practices", ()) if k]
            return Query(Source.ITIL_TO_CMM, disjoin(*refs)) if refs else None
    if not cmm:
        return None
    return Query(Source.CMM_TO_ITIL, conjoin(*cmm))
