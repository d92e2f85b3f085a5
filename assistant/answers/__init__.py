"""Answers: from a reading or a query to a drafted answer with its citations.

- `answer.py`: the Answer, Draft and Table values every layer above passes around.
- `execute.py`: the executor (a query from understanding/query.py to exact rows); `wording.py`
  says what was combined.
- one handler per intent (`cmm.py`, `itil.py`, `models.py`, `observations.py`, `glossary.py`,
  `legend.py`, `meta.py`, `analytics.py`), registered with `handles`; `cite.py` builds citations.
- `views.py`: the analytics views (matrix, density, gaps, links) that handlers and reports share;
  `named.py` finds process names in prose; `polar.py` leads a yes/no answer with its reply.

Imports understanding/, kb/ and base/; never conversation/, rendering/ or the faces.

Handlers register themselves with `@handles("intent")`; the engine looks them up here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..kb.schema import KnowledgeBase
from .answer import Draft

Handler = Callable[[dict[str, Any], KnowledgeBase], Draft]
HANDLERS: dict[str, Handler] = {}


def handles(*intents: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        for intent in intents:
            HANDLERS[intent] = fn
        return fn

    return register


def load_handlers() -> dict[str, Handler]:
    """Import every handler module (each registers itself) and return the registry."""
    from . import analytics, cmm, glossary, itil, legend, meta, models, observations  # noqa: F401

    return HANDLERS
