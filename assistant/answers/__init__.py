"""One handler per intent: a `Reading` plus the knowledge base becomes a `Draft` answer.

Handlers register themselves with `@handles("intent")`; the composer looks them up here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..answer import Draft
from ..schema import KnowledgeBase

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
