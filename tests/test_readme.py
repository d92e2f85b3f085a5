"""The README's examples work: every question in "What you can ask" gets an answer (follow-ups
are asked after a question they can follow), and every command in the tables is documented in
`crosswalk --help`. The two command tables match the argparse parser and the slash-command
registry in both directions: nothing documented that does not exist, nothing that exists left out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.conversation.dialogue import Conversation
from assistant.conversation.engine import Engine
from assistant.faces import commands as registry
from assistant.faces.cli import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## What you can ask", 1)[1].split("\n## ", 1)[0]
ROWS = [line for line in SECTION.splitlines() if line.startswith("| ") and "`" in line]
EXAMPLES = [(row.split("|")[1].strip(), q) for row in ROWS for q in re.findall(r"`([^`]+)`", row)]


# What each follow-up example follows (the default: an ITIL process question).
OPENERS = [
    ("those", "which CMM practices map to helpdesk?"),
    ("AC13", "SPTO AB1?"),
    ("ISO", "what is ITIL's granularity?"),
    ("SCM", "which ITIL processes does SPP touch?"),
]


@pytest.mark.parametrize(("kind", "question"), EXAMPLES, ids=[q for _, q in EXAMPLES])
def test_readme_question_is_answered(engine: Engine, kind: str, question: str) -> None:
    conversation = Conversation(engine, strict=True)
    if kind == "follow-ups":
        conversation.ask(next((q for word, q in OPENERS if word in question), "what does dev hand to problem mgmt?"))
    answer = conversation.ask(question)
    assert answer.status == "answered", (question, answer.status, answer.text)


def test_readme_commands_exist() -> None:
    commands = set(build_parser()._subparsers._group_actions[0].choices)
    documented = set(re.findall(r"`crosswalk (\w+)", README))
    assert documented <= commands


def table_of(heading: str) -> list[str]:
    """The first column of each row of the table under a README heading."""
    section = README.split(heading + "\n", 1)[1].split("\n## ", 1)[0]
    return [line.split(" | ")[0] for line in section.splitlines() if line.startswith("| ") and "`" in line]


def subcommands(parser: object, *path: str) -> set[str]:
    for name in path:
        parser = parser._subparsers._group_actions[0].choices[name]  # type: ignore[attr-defined]
    return set(parser._subparsers._group_actions[0].choices)  # type: ignore[attr-defined]


def test_readme_command_table_matches_the_parser_both_ways() -> None:
    first = table_of("## Commands")
    documented = {m for row in first for m in re.findall(r"`crosswalk (\w+)", row)}
    assert documented == subcommands(build_parser())
    nested = {m for row in first for m in re.findall(r"`crosswalk transcript (\w+)", row)}
    assert nested == subcommands(build_parser(), "transcript")


def test_readme_slash_command_table_matches_the_registry_both_ways() -> None:
    first = table_of("## The prompt")
    documented = {m for row in first for m in re.findall(r"`/(\w+)", row)}
    assert documented == {c.name for c in registry.commands()}
    bare = {m for row in first for m in re.findall(r"`(\w+)`", row) if not m.startswith("/")}
    assert bare == set(registry.BARE)


def test_the_table_readers_see_a_missing_or_an_extra_entry() -> None:
    made_up = ["| `/why` |", "| `/nosuch` |"]
    assert {m for row in made_up for m in re.findall(r"`/(\w+)", row)} != {c.name for c in registry.commands()}
