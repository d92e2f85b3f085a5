"""Yes/no questions about the document's own questions: the answer first, then the quote.

"do CMM and ITIL contradict each other?" is read as the document's opening question "Are their
contradictions?"; quoting that question back does not answer it. When the question asked is a
yes/no question and the answer rests first on an opening question whose observation carries a
`reply` (knowledge/observations.yaml), the reply leads and the question's quote is dropped; the
passages that answer it follow as quoted. Only English grammar lives here: the replies are data.
"""

from __future__ import annotations

import dataclasses
import re

from ..kb.schema import KnowledgeBase
from .answer import Answer

# Words that open an English yes/no question ("do they ...?", "is there ...?", "any overlap?").
_OPENERS = frozenset(
    [
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "can",
        "could",
        "should",
        "would",
        "will",
        "has",
        "have",
        "had",
        "any",
        "isnt",
        "arent",
        "dont",
        "doesnt",
    ]
)


def is_yes_no(question: str) -> bool:
    """Whether the question opens the way a yes/no question does."""
    words = re.findall(r"[a-z]+", question.lower().replace("'", "").replace("’", ""))
    return bool(words) and words[0] in _OPENERS


def lead_with_reply(answer: Answer, kb: KnowledgeBase) -> Answer:
    """The answer with the document's yes/no reply first, when the question asks for one."""
    if answer.status != "answered" or not answer.citations or not is_yes_no(answer.question):
        return answer
    first = answer.citations[0]
    passage = kb.index.observation.get(first.row) if first.table == "observations" else None
    if passage is None or not passage.reply:
        return answer
    echo = f"“{passage.text}”"  # the document's question, quoted back: the reply stands in for it
    rest = answer.text[len(echo) :].lstrip() if answer.text.startswith(echo) else answer.text
    return dataclasses.replace(answer, text=f"{passage.reply} {rest}".strip())
