"""The composer: question (plus conversation context) → parse → reading → handler → `Answer`.

This is where the thresholds take effect, where follow-ups borrow the previous question's intent
and entities, and where a practice code without a KPA becomes a clarifying question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .analysis import Analysis, Analyzer
from .answer import Answer, Draft
from .answers import load_handlers
from .parse import Parse, Parser, Reading, aspect_of
from .schema import KnowledgeBase

# Intents whose slots name one entity of a kind, so a follow-up naming another swaps it in.
SLOT_OF_KIND = {"model": "models", "itil": "process", "kpa": "kpa"}
NEEDS = {
    "model_define": ("models",),
    "model_dimension": ("models", "dimension"),
    "model_compare": ("models",),
    "itil_process": ("process",),
    "itil_practices": ("process",),
    "kpa_processes": ("kpa",),
    "kpa_cited_by": ("kpa",),
}


# Cue groups that do not make a question complete on its own ("ISO?" after a granularity question).
BARE_GROUPS = frozenset({"stopwords", "followup", "pronouns", "models_word"})


@dataclass
class Context:
    """What a follow-up may borrow: the last answered reading."""

    reading: Reading | None = None


class Engine:
    """Answers one question at a time; conversations hold the context between calls."""

    def __init__(self, kb: KnowledgeBase, analyzer: Analyzer | None = None) -> None:
        self.kb = kb
        self.analyzer = analyzer or Analyzer.build(kb)
        self.parser = Parser(self.analyzer)
        self.handlers = load_handlers()

    def answer(self, question: str, context: Context | None = None) -> tuple[Answer, Parse]:
        parse = self.parser.parse(question)
        reading, status = self._choose(parse, context)
        if reading is None:
            return self._unknown(question, parse), parse
        if status == "clarify":
            return self._clarify(question, parse, reading), parse
        draft = self.handlers[reading.intent](reading.slots, self.kb)
        answer = Answer(
            question=question,
            status=draft.status,
            intent=reading.intent,
            confidence=round(min(1.0, reading.score), 3),
            text=draft.text,
            citations=draft.citations if draft.status == "answered" else (),
            suggestions=tuple(s for s in draft.suggestions if s)[:3],
            table=draft.table,
            notes=draft.notes,
            explain=self.explain(parse, reading),
        )
        if context is not None and answer.status == "answered":
            context.reading = reading
        return answer, parse

    # -- choosing a reading -------------------------------------------------------------------

    def _choose(self, parse: Parse, context: Context | None) -> tuple[Reading | None, str]:
        a = parse.analysis
        previous = context.reading if context else None
        best = parse.best
        if best and best.intent in ("out_of_scope", "choose_model") and best.score >= 0.9:
            return best, "ok"
        if previous is not None and self._is_followup(a, best):
            merged = self._merge(previous, a, best)
            if merged is not None:
                return merged, "ok"
        if best is None or best.score < self.parser.threshold:
            return None, "unknown"
        if best.intent == "cmm_practice" and any(k is None for k, _ in best.slots.get("practices", ())):
            return best, "clarify"
        if self.parser.is_ambiguous(parse) and not self._same_answer(best, parse.runner_up):
            return best, "clarify"
        return best, "ok"

    def _same_answer(self, a: Reading, b: Reading | None) -> bool:
        """Two readings whose answers rest on some of the same rows need no clarifying question."""
        if b is None or a.intent not in self.handlers or b.intent not in self.handlers:
            return True
        rows = [{(c.table, c.row) for c in self.handlers[r.intent](r.slots, self.kb).citations} for r in (a, b)]
        return bool(rows[0] & rows[1])

    def _is_followup(self, a: Analysis, best: Reading | None) -> bool:
        words = a.tokens.words
        if not words:
            return False
        starts = any(h.start == 0 for h in a.cues if h.group == "followup")
        incomplete = any(p.kpa is None for p in a.practices) or best is None or best.score < self.parser.threshold
        pronoun = a.has("pronouns")
        bare = not (a.groups - BARE_GROUPS) and len(words) <= 4
        return starts or incomplete or pronoun or bare

    def _merge(self, prev: Reading, a: Analysis, best: Reading | None) -> Reading | None:
        """The previous reading with whatever the follow-up changes (entity, code, level, aspect)."""
        slots: dict[str, Any] = dict(prev.slots)
        changed = False
        if a.practices:
            kpa = next((k for k, _ in prev.slots.get("practices", ()) if k), prev.slots.get("kpa"))
            if kpa is None and prev.slots.get("rows"):
                kpa = self.kb.index.cmm_row[prev.slots["rows"][0]].kpa
            refs = [(p.kpa or kpa, p.code) for p in a.practices]
            if any(k is None for k, _ in refs):
                return None
            intent = prev.intent if prev.intent in ("practice_cited_by", "practice_links") else "cmm_practice"
            return Reading(intent, 0.8, {"practices": refs}, "follow-up: same KPA, new code")
        for kind, slot in SLOT_OF_KIND.items():
            new = a.ids(kind)
            if not new or slot not in prev.slots:
                continue
            if slot == "models":
                if a.has("compare") or (prev.intent == "model_compare" and not a.has("compare")):
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
        levels = a.ids("level")
        if levels and ("level" in prev.slots or prev.intent in ("itil_practices", "list_rows")):
            slots["level"] = int(levels[0])
            if prev.intent == "list_rows":
                slots.pop("kpa", None)
            changed = True
        intent = prev.intent
        if intent == "itil_process" and a.has("output", "receive", "cmm_refs", "itil_to_cmm_table"):
            slots["aspect"] = aspect_of(a)
            changed = True
        if intent in ("model_dimension", "model_define") and len(slots.get("models", ())) > 1:
            intent = "model_compare"
            slots.setdefault("dimension", None)
        if intent == "model_define" and dim:
            intent = "model_dimension"
        if not changed and best is not None and best.score >= self.parser.threshold:
            missing = [k for k in NEEDS.get(best.intent, ()) if k not in best.slots and k in prev.slots]
            if missing:
                fill = {k: prev.slots[k] for k in missing}
                return Reading(best.intent, best.score, {**best.slots, **fill}, "follow-up: new intent, old entities")
        if not changed:
            return None
        return Reading(intent, max(0.75, prev.score - 0.05), slots, "follow-up of the previous question")

    # -- unknown and clarify -----------------------------------------------------------------------

    def _unknown(self, question: str, parse: Parse) -> Answer:
        misses = self.analyzer.lexicon.near_misses(parse.analysis.tokens) if parse.analysis.tokens.words else []
        names = [self.analyzer.lexicon.name(kind, ident) for kind, ident in misses]
        if names:
            text = "I don't know what that refers to. Did you mean " + " or ".join(names) + "?"
            suggestions = tuple(f"What is {n}?" if kind == "model" else f"{n}?" for n, (kind, _) in zip(names, misses, strict=False))
        else:
            text = (
                "I don't know: nothing in the crosswalk answers that. I can answer questions about the four models, "
                "the ITIL processes, the CMM key practices, the observations and abbreviations."
            )
            suggestions = self.kb.cues.example("unknown")
        best = parse.best
        return Answer(
            question=question,
            status="unknown",
            intent=best.intent if best else "none",
            confidence=round(best.score, 3) if best else 0.0,
            text=text,
            suggestions=suggestions[:3],
            explain=self.explain(parse, None),
        )

    def _clarify(self, question: str, parse: Parse, reading: Reading) -> Answer:
        if reading.intent == "cmm_practice" and any(k is None for k, _ in reading.slots.get("practices", ())):
            codes = [c for _, c in reading.slots["practices"]]
            options = [
                f"{kpa} {code}?"
                for code in dict.fromkeys(codes)
                for (kpa, c) in self.kb.index.cmm_by_code
                if c == code
            ]
            text = f"Which KPA's {', '.join(dict.fromkeys(codes))}? Several KPAs have one."
            if not options:
                text = f"No KPA named, and no table row has {', '.join(codes)}."
        elif reading.intent == "choose_model":
            draft = self.handlers["choose_model"](reading.slots, self.kb)
            text, options = draft.text, list(draft.suggestions)
        else:
            runner = parse.runner_up
            options = [self._describe(reading), self._describe(runner)] if runner else []
            text = "That could mean more than one thing. Which did you mean?"
        return Answer(
            question=question,
            status="clarify",
            intent=reading.intent,
            confidence=round(reading.score, 3),
            text=text,
            suggestions=tuple(dict.fromkeys(options))[:8],
            explain=self.explain(parse, reading),
        )

    def _describe(self, reading: Reading) -> str:
        values = [str(v) for v in reading.slots.values() if v]
        return f"{reading.intent.replace('_', ' ')}: {', '.join(values)}".strip(": ")

    def explain(self, parse: Parse, chosen: Reading | None) -> dict[str, Any]:
        a = parse.analysis
        runner = next((r for r in parse.readings if chosen is None or r is not chosen), None)
        return {
            "intent": chosen.intent if chosen else None,
            "score": round(chosen.score, 3) if chosen else None,
            "slots": {k: v for k, v in (chosen.slots.items() if chosen else [])},
            "entities": [
                {"kind": m.kind, "id": m.id, "text": m.text, "score": round(m.score, 1)} for m in a.mentions
            ],
            "codes": [{"kpa": p.kpa, "code": p.code, "text": p.text} for p in a.practices],
            "cues": sorted(a.groups),
            "runner_up": {"intent": runner.intent, "score": round(runner.score, 3)} if runner else None,
            "thresholds": {"threshold": self.parser.threshold, "ambiguity_threshold": self.parser.ambiguity_threshold},
        }


def draft_to_answer(question: str, intent: str, draft: Draft) -> Answer:
    """Wrap a handler's draft that needs no parse (commands such as /sources)."""
    return Answer(question, draft.status, intent, 1.0, draft.text, draft.citations, draft.suggestions, draft.table, draft.notes)
