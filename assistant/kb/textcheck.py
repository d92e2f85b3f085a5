"""`crosswalk check`: knowledge text that a terminal would obey rather than show.

A cell pasted from a web page or a word processor can carry an escape sequence, a NUL or a bidi
override. The renderers show such characters visibly (sanitize.py), so the other commands still
work, but a knowledge directory that holds them is not clean, and `check` (the gate a team runs
before sharing its crosswalk) says where: file, line, row and field, one line each.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..base.sanitize import unsafe_character
from .errors import Problem
from .yamlio import LineDict

ROW_KEYS = ("row", "abbr", "level")  # the field that names a row, in the order tried


def control_characters(label: str, data: Any) -> Iterator[Problem]:
    """One problem for every key or text value in a file's data holding a control or bidi character,
    at the line of the mapping it is in and naming its row (when the mapping has one)."""
    stack: list[tuple[Any, int | None, str | None, str]] = [(data, None, None, "")]
    while stack:
        item, line, row, field = stack.pop()
        if isinstance(item, dict):
            line = item.line if isinstance(item, LineDict) and item.line else line
            row = next((str(item[k]) for k in ROW_KEYS if isinstance(item.get(k), (str, int))), row)
            for key, value in reversed(list(item.items())):
                found = unsafe_character(str(key))
                if found:
                    yield Problem(label, f"a field name holds the control character {found}", line, row)
                stack.append((value, line, row, str(key)))
        elif isinstance(item, list):
            stack.extend((value, line, row, field) for value in reversed(item))
        elif isinstance(item, str):
            found = unsafe_character(item)
            if found:
                where = f"field '{field}'" if field else "a value"
                message = f"{where} holds the control character {found}; knowledge text must be plain text"
                yield Problem(label, message, line, row)
