"""Shared fixtures: the shipped knowledge base and an engine over it, loaded once per session."""

from __future__ import annotations

import pytest

from assistant.analysis import Analyzer
from assistant.engine import Engine
from assistant.knowledge import load_knowledge
from assistant.loading import default_directory
from assistant.schema import KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge(default_directory())


@pytest.fixture(scope="session")
def analyzer(kb: KnowledgeBase) -> Analyzer:
    return Analyzer.build(kb)


@pytest.fixture(scope="session")
def engine(kb: KnowledgeBase, analyzer: Analyzer) -> Engine:
    return Engine(kb, analyzer)
