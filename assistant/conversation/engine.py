"""The composer: question (plus conversation context) → parse → reading → handler → `Answer`.

This is where the thresholds take effect, where follow-ups borrow the previous question's intent
and entities, and where a practice code without a KPA becomes a clarifying question.
"""

from __future__ import annotations

import re
from typing import Any

from ..answers import load_handlers
from ..answers.answer import Answer, Draft
from ..answers.execute import Executor
from ..kb.schema import Citation, KnowledgeBase
from ..understanding.analysis import Analyzer
from ..understanding.direction import Direction, direction
from ..understanding.parse import QUERY_INTENT, Parse, Parser, Reading
from ..understanding.query import RowIn, Source, YesNo, entity_keys, leaves
from .ask_back import as_question
from .followup import (
    Context,
    is_followup,
    merge,
    narrowed,
    previous_rows_reading,
    query_of_reading,
    with_pronoun_resolved,
)


class Engine:
    """Answers one question at a time; conversations hold the context between calls."""

    def __init__(self, kb: KnowledgeBase, analyzer: Analyzer | None = None) -> None:
        self.kb = kb
        self.analyzer = analyzer or Analyzer.build(kb)
        self.parser = Parser(self.analyzer)
        self.handlers = load_handlers()
        self.executor = Executor(kb)

    def answer(self, question: str, context: Context | None = None) -> tuple[Answer, Parse]:
        parse = self.parser.parse(question)
        reading, status = self._choose(parse, context)
        if reading is None and context is not None and context.reading is not None:
            rewritten = with_pronoun_resolved(parse.analysis, context, self.kb)
            if rewritten:
                reparsed = self.parser.parse(rewritten)
                if reparsed.best and reparsed.best.score >= self.parser.threshold:
                    parse, reading, status = reparsed, reparsed.best, "ok"
        if reading is None:
            return self._unknown(question, parse), parse
        if context is not None:
            reading = narrowed(reading, parse.analysis, context)
        if reading.intent == "itil_process" and reading.slots.get("aspect") == "open":
            reading, status = self._speaker_side(parse, reading, context), status
            if reading.slots.get("aspect") == "open":
                return self._direction_clarify(question, parse, reading), parse
        if status == "clarify":
            if context is not None and reading.intent == "cmm_practice" and "practices" in reading.slots:
                context.pending_codes = [c for k, c in reading.slots["practices"] if k is None]
            return self._clarify(question, parse, reading), parse
        draft = self._draft(reading)
        answer = Answer(
            question=question,
            status=draft.status,
            intent=reading.intent,
            confidence=round(min(1.0, reading.score), 3),
            text=draft.text,
            citations=draft.citations if draft.status == "answered" else (),
            suggestions=_others(draft.suggestions, question)[:3],
            table=draft.table,
            notes=draft.notes,
            explain=self.explain(parse, reading),
        )
        if context is not None and answer.status == "answered":
            context.remember(reading, answer, reading.query or query_of_reading(reading, self.kb))
        return answer, parse

    def _draft(self, reading: Reading) -> Draft:
        """A composed query goes to the executor; the look-up intents to their handlers."""
        if reading.query is not None:
            return self.executor.run(reading.query).draft
        return self.handlers[reading.intent](reading.slots, self.kb)

    # -- choosing a reading -------------------------------------------------------------------

    def _choose(self, parse: Parse, context: Context | None) -> tuple[Reading | None, str]:
        a = parse.analysis
        previous = context.reading if context else None
        best = parse.best
        if best and best.intent in ("out_of_scope", "choose_model") and best.score >= 0.9:
            return best, "ok"
        if context is not None:
            answered = context.answered_pending(a)
            if answered is not None:
                return answered, "ok"
        if context is not None and context.answer is not None:
            about_last = previous_rows_reading(a, context)
            if about_last is not None:
                return about_last, "ok"
        if context is not None and context.query is not None:
            composed = context.reading is not None and context.reading.query is not None
            refined = self.parser.composer.compose(a, previous=context.query, composed=composed)
            if refined is not None and refined.query.borrowed:
                return Reading(QUERY_INTENT, 0.95, why="refines the previous question", query=refined.query), "ok"
        if previous is not None and context is not None and is_followup(a, best, self.parser.threshold):
            merged = merge(previous, a, best, context, self.kb, self.parser.threshold)
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
        """Two readings about the same thing need no clarifying question. Decided from the
        readings alone (their entities and query leaves), never by building both answers."""
        if b is None:
            return True
        return bool(self._about(a) & self._about(b)) or a.intent == b.intent

    def _about(self, r: Reading) -> set[str]:
        """What a reading is about, as "slot:value" keys (a process named by a look-up and by a
        query's predicate give the same key)."""
        query = r.query or query_of_reading(r, self.kb)
        things: set[str] = set()
        if query is not None:
            found = leaves(query.where)
            if isinstance(query.aggregate, YesNo) and query.aggregate.subject is not None:
                found += leaves(query.aggregate.subject)
            things = {key for leaf in found for key in entity_keys(leaf)}
        for key in ("process", "kpa", "term"):
            if r.slots.get(key):
                things.add(f"{key}:{r.slots[key]}")
        if r.slots.get("term"):
            things.add(f"words:{str(r.slots['term']).lower()}")
        things |= {f"model:{m}" for m in r.slots.get("models", ())}
        things |= {f"model:{cell[0]}" for cell in r.slots.get("cells", ())}
        things |= {f"practice:{k}.{c}" for k, c in r.slots.get("practices", ())}
        for row in r.slots.get("rows", ()):
            things.add(f"row:{row}")
            observation = self.kb.index.observation.get(row) if r.intent == "observation" else None
            for seen in observation.see_also if observation else ():
                things.add(f"model:{seen.row}" if seen.table == "models" else f"row:{seen.row}")
        return things

    def _speaker_side(self, parse: Parse, reading: Reading, context: Context | None) -> Reading:
        """ "What do we send for problem management?": read from the side set with /role."""
        said = direction(parse.analysis, context.speaker if context else None)
        if said is None or said is Direction.OPEN:
            return reading
        return reading.with_slots(aspect=said.value)

    def _closest_rows(self, parse: Parse) -> list[tuple[str, str]]:
        """The rows of a word match too weak to answer with, each as a question it answers."""
        weak = next((r for r in parse.readings if r.is_evidence), None)
        if weak is None or weak.query is None or not isinstance(weak.query.where, RowIn):
            return []
        out = []
        for key in weak.query.where.rows[:3]:
            if weak.query.source is Source.CMM_TO_ITIL:
                row = self.kb.index.cmm_row[key]
                said = [(row.kpa, row.practices[0])] if row.practices else []
                asked = Reading("cmm_practice", 0.0, {"practices": said}) if said else None
                asked = asked or Reading("list_rows", 0.0, {"kpa": row.kpa})
                out.append((key, as_question(asked, self.kb) or key))
            else:
                name = self.kb.process(key).name
                out.append((name, self._process_questions(name)[0]))
        return out

    def _process_questions(self, name: str) -> tuple[str, str]:
        """ "What does X give development?" and "What does development give X?", from the cue examples."""
        return self.kb.cues.example("itil_input", process=name)[0], self.kb.cues.example("itil_output", process=name)[0]

    def _direction_clarify(self, question: str, parse: Parse, reading: Reading) -> Answer:
        name = self.kb.process(reading.slots["process"]).name
        options = self._process_questions(name)
        return Answer(
            question=question,
            status="clarify",
            intent=reading.intent,
            confidence=round(reading.score, 3),
            text="Who is “we”: development or operations? (Set it with /role dev or /role ops.) Which did you mean?",
            suggestions=options,
            explain=self.explain(parse, reading),
        )

    # -- unknown and clarify -----------------------------------------------------------------------

    def _unknown(self, question: str, parse: Parse) -> Answer:
        misses = self.analyzer.lexicon.near_misses(parse.analysis.tokens) if parse.analysis.tokens.words else []
        names = list(dict.fromkeys(self.analyzer.lexicon.name(kind, ident) for kind, ident in misses))
        closest = self._closest_rows(parse)
        if closest:  # a weak word match: say so, and offer the rows as questions that are answered
            text = "I don't know for sure: nothing answers that squarely. The rows closest to your words:"
            text += " " + ", ".join(key for key, _ in closest) + "."
            suggestions: tuple[str, ...] = tuple(q for _, q in closest)
        elif names:
            text = "I don't know what that refers to. Did you mean " + " or ".join(names) + "?"
            suggestions = tuple(f"What is {n}?" for n in names)
        else:
            text = (
                "I don't know: nothing in the crosswalk answers that. I can answer questions about the four models, "
                "the ITIL processes, the CMM key practices, the observations and abbreviations."
            )
            suggestions = self.kb.cues.example("unknown")
        best = parse.best
        suggestions = _others(suggestions, question)
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
                f"{kpa} {code}?" for code in dict.fromkeys(codes) for (kpa, c) in self.kb.index.cmm_by_code if c == code
            ]
            text = f"Which KPA's {', '.join(dict.fromkeys(codes))}? Several KPAs have one."
            if not options:
                text = f"No KPA named, and no table row has {', '.join(codes)}."
        elif reading.intent == "choose_model":
            draft = self.handlers["choose_model"](reading.slots, self.kb)
            text, options = draft.text, list(draft.suggestions)
        else:
            runner = parse.runner_up
            said = [as_question(r, self.kb) for r in (reading, runner) if r is not None]
            options = [q for q in said if q and q.lower() != question.strip().lower()]
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

    def explain(self, parse: Parse, chosen: Reading | None) -> dict[str, Any]:
        a = parse.analysis
        runner = next((r for r in parse.readings if chosen is None or r is not chosen), None)
        return {
            "intent": chosen.intent if chosen else None,
            "query": chosen.query.describe() if chosen and chosen.query else None,
            "score": round(chosen.score, 3) if chosen else None,
            "slots": {k: _plain(v) for k, v in (chosen.slots.items() if chosen else [])},
            "entities": [{"kind": m.kind, "id": m.id, "text": m.text, "score": round(m.score, 1)} for m in a.mentions],
            "codes": [{"kpa": p.kpa, "code": p.code, "text": p.text} for p in a.practices],
            "cues": sorted(a.groups),
            "runner_up": {"intent": runner.intent, "score": round(runner.score, 3)} if runner else None,
            "thresholds": {"threshold": self.parser.threshold, "ambiguity_threshold": self.parser.ambiguity_threshold},
        }


def _others(suggestions: tuple[str, ...], question: str) -> tuple[str, ...]:
    """The suggestions, less any that is the question just asked."""
    asked = _plain_words(question)
    return tuple(s for s in suggestions if s and _plain_words(s) != asked)


_WORDS = re.compile(r"[^\W_]+")


def _plain_words(text: str) -> str:
    """A question compared as words only: "Do CMM and ITIL contradict?" is "do cmm and itil contradict"."""
    return " ".join(_WORDS.findall(text.lower()))


def _plain(value: Any) -> Any:
    """A slot value as JSON can hold it (slots may carry citations or tuples)."""
    if isinstance(value, Citation):
        return value.as_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
