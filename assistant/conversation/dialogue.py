"""A conversation: questions in order, with the context that lets follow-ups borrow from earlier
ones. The REPL, `crosswalk run` and transcript replay all hold one of these."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..answers.answer import Answer
from ..answers.polar import lead_with_reply
from ..understanding.direction import Side
from .engine import Engine
from .followup import Context


@dataclass
class Conversation:
    engine: Engine
    context: Context = field(default_factory=Context)
    last_answer: Answer | None = None
    strict: bool = False
    speaker: Side | None = None  # who "we" are (--role, /role); kept across /clear

    def __post_init__(self) -> None:
        self.context.speaker = self.speaker

    def ask(self, question: str) -> Answer:
        """Answer one question in context. Outside tests (strict=False) an unexpected error in a
        handler becomes an `unknown` answer, so one bad question never ends a batch or a REPL."""
        try:
            answer, _ = self.engine.answer(question, self.context)
            answer = lead_with_reply(answer, self.engine.kb)
        except Exception as exc:
            if self.strict:
                raise
            answer = Answer(
                question=question,
                status="unknown",
                intent="error",
                confidence=0.0,
                text=f"Sorry, I could not answer that (internal error: {type(exc).__name__}).",
            )
        self.last_answer = answer
        return answer

    def clear(self) -> None:
        """Forget the context: the next question is read on its own."""
        self.context = Context(speaker=self.speaker)  # the role is a setting, not context
        self.last_answer = None
