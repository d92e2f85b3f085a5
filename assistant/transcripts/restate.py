"""A follow-up as the question it resolved to, for a handout's headings.

In a conversation "and AC13?" means "SPP AC13?"; printed as a heading in a handout, out of its
conversation, it means nothing. This finds a question that stands on its own and gets the same
answer: it tries a few rewrites (an earlier answer's suggestion, the pronoun replaced by what it
stands for, the follow-up's names put in place of the previous question's, the knowledge base's
example questions filled with the answer's own rows) and keeps the first one that, asked in a
fresh conversation, is answered with the same intent and the same rows. So a heading is never a
guess: it is checked against the engine, and it only uses the engine's public face.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..answers.answer import Answer
from ..conversation.dialogue import Conversation
from ..conversation.engine import Engine
from ..kb.schema import KnowledgeBase


@dataclass(frozen=True)
class Name:
    """A name found in a question: what kind of thing, which one, and the words as written."""

    kind: str
    ident: str
    start: int
    end: int
    text: str


def _surfaces(kb: KnowledgeBase) -> list[tuple[str, str, str]]:
    """(kind, id, spelling) for every model, ITIL process, KPA, level and role, longest spelling first."""
    out: list[tuple[str, str, str]] = []
    for m in kb.models:
        out += [("model", m.row, s) for s in (m.name, m.full_name, *m.aliases)]
    for p in kb.processes:
        out += [("process", p.row, s) for s in (p.name, *p.spellings, *p.aliases)]
    for k in kb.kpas:
        out += [("kpa", k.abbr, s) for s in (k.abbr, k.name, *k.spellings, *k.aliases)]
    for lv in kb.levels:
        out += [("level", str(lv.level), s) for s in (f"level {lv.level}", *lv.aliases)]
    for role, spellings in kb.roles.items():
        out += [("role", role, s) for s in (role, *spellings)]
    return sorted({(k, i, s) for k, i, s in out if s.strip()}, key=lambda t: -len(t[2]))


def names_in(kb: KnowledgeBase, text: str) -> list[Name]:
    """The names a question uses, longest first where they overlap, in reading order; practice
    codes ("AC13") by the common features' abbreviations."""
    taken = [False] * len(text)
    found: list[Name] = []
    for kind, ident, spelling in _surfaces(kb):
        for m in re.finditer(rf"(?<![\w&]){re.escape(spelling)}(?![\w&])", text, re.IGNORECASE):
            if not any(taken[m.start() : m.end()]):
                found.append(Name(kind, ident, m.start(), m.end(), m.group(0)))
                taken[m.start() : m.end()] = [True] * (m.end() - m.start())
    codes = "|".join(re.escape(f.abbr) for f in kb.features)
    for m in re.finditer(rf"(?<!\w)(?:{codes})\d+(?!\w)", text, re.IGNORECASE):
        if not any(taken[m.start() : m.end()]):
            found.append(Name("code", m.group(0).upper(), m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda n: n.start)


def _swap(text: str, old: Name, new: str) -> str:
    return text[: old.start] + new + text[old.end :]


@dataclass
class Restater:
    """Resolves the turns of one conversation in order (each heading may build on the last)."""

    engine: Engine
    headings: list[str] = field(default_factory=list)  # the resolved headings so far
    answers: list[Answer] = field(default_factory=list)  # the conversation's answers so far

    def heading(self, answer: Answer) -> str:
        """The question to print above `answer`: as typed when it stands on its own, else the first
        rewrite that gets the same answer alone, else as typed with the question it followed."""
        return self.resolve(answer)[0]

    def resolve(self, answer: Answer) -> tuple[str, bool]:
        """(heading, whether the question as typed leaned on the conversation)."""
        typed = _sentence(answer.question)
        chosen = typed
        leaned = answer.status == "answered" and not self._same(typed, answer)
        if leaned:
            found = next((c for c in self._candidates(answer) if self._same(c, answer)), None)
            if found is not None:
                chosen = _sentence(found)
            elif self.headings:
                chosen = f"{typed} (after “{self.headings[-1]}”)"
        if answer.status == "answered":
            tidy = _sentence(canonical(self.engine.kb, chosen))
            chosen = tidy if tidy == chosen or self._same(tidy, answer) else chosen
        self.headings.append(chosen)
        self.answers.append(answer)
        return chosen, leaned

    def _same(self, question: str, answer: Answer) -> bool:
        """Whether `question`, asked alone, gets this answer: same words, same rows."""
        alone = Conversation(self.engine).ask(question)
        keys = {c.key() for c in alone.citations}
        return (alone.status, alone.text, keys) == (answer.status, answer.text, {c.key() for c in answer.citations})

    def _candidates(self, answer: Answer) -> Iterator[str]:
        kb = self.engine.kb
        typed = answer.question
        for earlier in reversed(self.answers):  # an earlier answer's own suggestion
            yield from earlier.suggestions
        own = names_in(kb, typed)
        if self.headings:  # the follow-up's names in place of the previous question's
            previous = self.headings[-1]
            theirs = names_in(kb, previous)
            for new in own:
                same_kind = [n for n in theirs if n.kind == new.kind]
                for old in same_kind:
                    yield _swap(previous, old, new.text)
                if len(same_kind) >= 2:  # "and ISO?" after a comparison adds a model
                    before, last = same_kind[-2], same_kind[-1]
                    tail = f"{previous[last.start : last.end]} and {new.text}{previous[last.end :]}"
                    yield f"{previous[: before.end]}, {tail}"
        pronouns = {p.lower() for p in kb.cues.get("pronouns")}
        subjects = [n.text for n in names_in(kb, self.headings[-1])] if self.headings else []
        words = typed.split()
        for i, word in enumerate(words):  # "who is it written for?": the pronoun stands for a name
            if word.lower().strip("?,.!") in pronouns:
                for subject in subjects:
                    yield " ".join([*words[:i], subject, *words[i + 1 :]])
        values = _values(kb, answer)
        for templates in kb.cues.examples.values():  # the knowledge base's questions, filled in
            for template in templates:
                try:
                    yield template.format(**values)
                except (KeyError, IndexError):
                    continue


def canonical(kb: KnowledgeBase, text: str) -> str:
    """The names in a question as the knowledge base spells them: "cmm" → "CMM", "problem mgmt" →
    "Problem Management", "level 3" → "Level 3", "ac13" → "AC13", "dev" → "development"."""
    for n in reversed(names_in(kb, text)):
        if n.kind == "model":
            spelled = kb.model(n.ident).name
        elif n.kind == "process":
            spelled = kb.process(n.ident).name
        elif n.kind == "kpa":
            k = kb.kpa(n.ident)
            spelled = k.abbr if n.text.upper() == k.abbr else k.name
        elif n.kind == "level":
            spelled = f"Level {n.ident}"
        elif n.kind == "role":
            spelled = n.ident if n.text.islower() else n.text  # "dev" → "development"
        else:
            spelled = n.text.upper()
        text = _swap(text, n, spelled)
    return text


def _values(kb: KnowledgeBase, answer: Answer) -> dict[str, str]:
    """Placeholder values from the rows an answer cites: its process, model and KPA."""
    out: dict[str, str] = {}
    for c in answer.citations:
        if c.table == "itil_to_cmm" and c.row in kb.index.process:
            out.setdefault("process", kb.process(c.row).name)
        elif c.table == "models" and c.row in kb.index.model:
            out.setdefault("model", kb.model(c.row).name)
        elif c.table == "cmm_to_itil" and c.row in kb.index.cmm_row:
            out.setdefault("kpa", kb.index.cmm_row[c.row].kpa)
    return out


def _sentence(question: str) -> str:
    """A question as a heading: its first letter capitalised, surrounding space dropped."""
    q = question.strip()
    return q[:1].upper() + q[1:]
