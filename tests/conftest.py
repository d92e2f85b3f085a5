"""Shared fixtures: the shipped knowledge base and an engine over it, loaded once per session."""

from __future__ import annotations

import pytest

from assistant.conversation.engine import Engine
from assistant.kb.load import load_knowledge
from assistant.kb.schema import KnowledgeBase
from assistant.understanding.analysis import Analyzer
from assistant.understanding.loading import default_directory


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge(default_directory())


@pytest.fixture(scope="session")
def analyzer(kb: KnowledgeBase) -> Analyzer:
    return Analyzer.build(kb)


@pytest.fixture(scope="session")
def engine(kb: KnowledgeBase, analyzer: Analyzer) -> Engine:
    return Engine(kb, analyzer)
