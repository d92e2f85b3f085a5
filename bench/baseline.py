"""The keyword baseline: what a user would do instead of asking crosswalk.

Every row of the four tables is one document (each model cell, each observation, each
ITIL-to-CMM row, each CMM-to-ITIL row), ranked with BM25 (rank_bm25's BM25Okapi) against the
question's words. The baseline cites its top three rows; it says `unknown` only when no word of
the question (after a small English stop-word list) occurs in any row. It never asks back
(`clarify`) and has no conversation context: every question is searched on its own.
"""

from __future__ import annotations

import re
from typing import Any

from rank_bm25 import BM25Okapi

from assistant.kb.schema import DIMENSIONS, KnowledgeBase

TOP_K = 3

# A generic English stop-word list (no domain words), as any search box would use.
_STOP = """a about after all also am an and any are as at be been being but by can could did do does doing
    for from had has have having he her here hers him his how i if in into is it its itself just me
    more most my no nor not of off on once only or other our ours out over own same she should so some
    such than that the their theirs them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours"""
STOPWORDS = frozenset(_STOP.split())

_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


def documents(kb: KnowledgeBase) -> list[tuple[dict[str, str], str]]:
    """(citation, text) for every row of the four tables, as a table viewer would show them."""
    docs: list[tuple[dict[str, str], str]] = []
    for m in kb.models:
        for dim in DIMENSIONS:
            citation = {"table": "models", "row": m.row, "dimension": dim}
            docs.append((citation, f"{m.name} {m.full_name} {dim} {m.cell(dim)}"))
    for o in kb.observations:
        docs.append(({"table": "observations", "row": o.row}, o.text))
    for r in kb.itil_to_cmm:
        text = " ".join([r.process, *r.output_to_development, *r.input_from_development, r.cmm_printed])
        docs.append(({"table": "itil_to_cmm", "row": r.row}, text))
    for r in kb.cmm_to_itil:
        codes = r.practices_printed or " ".join(r.practices)
        text = " ".join([r.kpa, r.heading, codes, r.practice, r.production, *r.mapping_printed])
        docs.append(({"table": "cmm_to_itil", "row": r.row}, text))
    return docs


class KeywordSearch:
    """BM25 over the rows; `answer` returns a dict shaped like crosswalk's JSON answer."""

    def __init__(self, kb: KnowledgeBase, k: int = TOP_K) -> None:
        docs = documents(kb)
        self.citations = [c for c, _ in docs]
        corpus = [words(text) for _, text in docs]
        self.vocabulary = {w for doc in corpus for w in doc}
        self.bm25 = BM25Okapi(corpus)
        self.k = k

    def __len__(self) -> int:
        return len(self.citations)

    def answer(self, question: str) -> dict[str, Any]:
        terms = words(question)
        if not any(t in self.vocabulary for t in terms):
            return {"question": question, "status": "unknown", "citations": []}
        scores = self.bm25.get_scores(terms)
        ranked = sorted(range(len(scores)), key=lambda i: -scores[i])
        top = [i for i in ranked[: self.k] if scores[i] > 0]
        return {"question": question, "status": "answered", "citations": [self.citations[i] for i in top]}
