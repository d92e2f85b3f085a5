"""A pytest plugin that collects transcripts (`*.t` files in a `transcripts/` directory, or any
`*.t` file named on the command line) the way pytest collects doctests: one test item per
conversation, replayed in a fresh session, a failure shown as the same unified diff that
`crosswalk transcript check` prints. `pytest --update-transcripts` rewrites the answers that
changed instead of failing, and lists them at the end of the run.

The repository's root `conftest.py` registers it (`pytest_plugins`); elsewhere use
`pytest -p assistant.transcripts.plugin`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..base.files import write_atomic
from ..conversation.engine import Engine
from ..faces.environment import Environment
from . import replay as tr
from .format import SUFFIX, Block, TranscriptError, parse_transcript

ENGINE = pytest.StashKey["Engine"]()
UPDATES = pytest.StashKey[dict[Path, tuple[str, str, list[tr.TurnResult]]]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("transcripts", "conversation transcripts (transcripts/*.t)")
    group.addoption(
        "--update-transcripts",
        action="store_true",
        default=False,
        help="rewrite the expected answers of transcripts that no longer match, instead of failing",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.stash[UPDATES] = {}


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix != SUFFIX:
        return None
    if "transcripts" in file_path.parent.parts or parent.session.isinitpath(file_path):
        return TranscriptFile.from_parent(parent, path=file_path)
    return None


def engine_for(config: pytest.Config) -> Engine:
    """One engine for the whole run, over the shipped knowledge (or $CROSSWALK_KNOWLEDGE)."""
    engine = config.stash.get(ENGINE, None)
    if engine is None:
        from ..kb.load import load_knowledge
        from ..understanding.loading import resolve_directory

        engine = Engine(load_knowledge(resolve_directory(Environment().knowledge_dir)))
        config.stash[ENGINE] = engine
    return engine


def _display(config: pytest.Config, path: Path) -> str:
    try:
        return str(path.relative_to(config.rootpath))
    except ValueError:
        return str(path)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "question"


class TranscriptFailure(Exception):
    """Raised by a conversation whose answers differ; its message is the report."""


class TranscriptFile(pytest.File):
    def collect(self) -> Iterator[TranscriptItem]:
        self.display = _display(self.config, self.path)
        self.text = self.path.read_bytes().decode("utf-8", errors="replace")
        try:
            transcript = parse_transcript(self.text, self.display)
        except TranscriptError as exc:
            raise self.CollectError(str(exc)) from None
        for number, block in enumerate(transcript.conversations, 1):
            name = f"{number}-{_slug(block.turns[0].question)}"
            yield TranscriptItem.from_parent(self, name=name, block=block, number=number)


class TranscriptItem(pytest.Item):
    def __init__(self, *, block: Block, number: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.block = block
        self.number = number

    @property
    def file(self) -> TranscriptFile:
        assert isinstance(self.parent, TranscriptFile)
        return self.parent

    def runtest(self) -> None:
        results = tr.replay_block(engine_for(self.config), self.block)
        failures = [r for r in results if not r.ok]
        if self.config.getoption("update_transcripts"):
            fixable = [r for r in failures if r.updatable]
            if fixable:
                pending = self.config.stash[UPDATES]
                _, _, queued = pending.setdefault(self.path, (self.file.display, self.file.text, []))
                queued.extend(fixable)
            failures = [r for r in failures if not r.updatable]
        if failures:
            report = "".join(tr.describe_failure(self.file.display, r) for r in failures)
            raise TranscriptFailure(report)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, TranscriptFailure):
            return str(excinfo.value).rstrip("\n")
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int, str]:
        line = self.block.line or self.block.turns[0].line
        return self.path, line - 1, f"{self.file.display}:{line} conversation {self.number}"


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write the queued updates, one atomic rewrite per transcript."""
    for path, (_, text, results) in session.config.stash.get(UPDATES, {}).items():
        write_atomic(path, tr.apply_updates(text, results))


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    pending = config.stash.get(UPDATES, {})
    if not pending:
        return
    count = sum(len(results) for _, _, results in pending.values())
    terminalreporter.write_sep("-", f"updated {count} transcript answers in {len(pending)} files")
    for display, _, results in pending.values():
        for r in sorted(results, key=lambda r: r.turn.line):
            terminalreporter.write_line(f"{display}:{r.turn.line}: > {r.turn.question}")
