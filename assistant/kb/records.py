"""Reading YAML rows into typed records, collecting problems instead of raising.

Every field is read by the type its dataclass declares (schema.py), so a team's own knowledge
directory gets one clear line per mistake: which file, which row, which field, found what.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import typing
from collections.abc import Callable, Iterable
from typing import Any

from .errors import Problem
from .schema import Citation
from .yamlio import LineDict


def _kind(value: Any) -> str:
    """What a YAML value is, in the words of the file's author (not Python's class names)."""
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    return type(value).__name__


class Reader:
    """Typed field access over one file's rows that records problems instead of raising."""

    def __init__(self, label: str, problems: list[Problem]) -> None:
        self.label = label
        self.problems = problems

    def fail(self, message: str, node: Any = None, row: str | None = None) -> None:
        line = node.line if isinstance(node, LineDict) else None
        self.problems.append(Problem(self.label, message, line, row))

    def mapping(self, node: Any, what: str, row: str | None = None) -> LineDict | None:
        if isinstance(node, dict):
            return node  # type: ignore[return-value]
        self.fail(f"{what} must be a mapping, found {_kind(node)}", row=row)
        return None

    def rows(self, data: Any, what: str) -> list[LineDict]:
        if not isinstance(data, list):
            self.fail(f"{what} must be a list of rows, found {_kind(data)}")
            return []
        out: list[LineDict] = []
        for i, item in enumerate(data, 1):
            if isinstance(item, dict):
                out.append(item)  # type: ignore[arg-type]  # the loader builds every mapping as a LineDict
            else:
                self.fail(f"{what} item {i} must be a mapping, found {_kind(item)}")
        return out

    def text(self, d: LineDict, key: str, row: str | None = None, *, required: bool = True) -> str:
        value = d.get(key)
        if value is None:
            if required:
                self.fail(f"missing field '{key}'", d, row)
            return ""
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.fail(f"field '{key}' must be text, found {_kind(value)}", d, row)
            return ""
        return str(value)

    def known_fields(self, d: LineDict, fields: Iterable[str], row: str | None = None) -> None:
        """Report every key of `d` that is not one of `fields`: a misspelt field ("kpaz") would
        otherwise be ignored in silence, and the row read as if the field were missing."""
        known = list(fields)
        for key in d:
            if key not in known:
                close = difflib.get_close_matches(str(key), known, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else f"; expected one of {', '.join(known)}"
                self.fail(f"unknown field '{key}'{hint}", d, row)

    def integer(self, d: LineDict, key: str, row: str | None = None, *, nullable: bool = False) -> int | None:
        value = d.get(key)
        if value is None and nullable and key in d:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"field '{key}' must be a whole number, found {value!r}", d, row)
            return None
        return value

    def texts(self, d: LineDict, key: str, row: str | None = None, *, required: bool = False) -> tuple[str, ...]:
        value = d.get(key)
        if value is None:
            if required:
                self.fail(f"missing field '{key}'", d, row)
            return ()
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in value):
            self.fail(f"field '{key}' must be a list of text", d, row)
            return ()
        return tuple(str(v) for v in value)

    def citations(self, d: LineDict, key: str, row: str | None = None) -> tuple[Citation, ...]:
        value = d.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(f"field '{key}' must be a list of {{table, row}}", d, row)
            return ()
        out = []
        for item in value:
            if not isinstance(item, dict) or "table" not in item or "row" not in item:
                self.fail(f"field '{key}' holds {item!r}, expected {{table, row}}", d, row)
                continue
            out.append(Citation(str(item["table"]), str(item["row"]), item.get("dimension")))
        return tuple(out)


def unique(
    reader: Reader, rows: list[Any], key: Callable[[Any], Any], what: str, nodes: list[LineDict] | None = None
) -> None:
    """Report every repeated key, at the line of the repeat when the rows' YAML nodes are given."""
    seen: set[Any] = set()
    for i, item in enumerate(rows):
        k = key(item)
        if k in seen:
            reader.fail(f"duplicate {what} '{k}'", nodes[i] if nodes and i < len(nodes) else None)
        seen.add(k)


@functools.cache
def _field_kinds(cls: type) -> list[tuple[str, str, bool]]:
    """(field, kind, required) for a record dataclass, read from its type hints, so a field
    added to a record in schema.py is loaded and type-checked without another line here."""
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        args = typing.get_args(hint)
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if hint is str or hint == str | None:
            kind = "text"
        elif hint is int:
            kind = "int"
        elif hint == int | None:
            kind = "nullable int"
        elif typing.get_origin(hint) is tuple and args[:1] == (str,):
            kind = "texts"
        elif typing.get_origin(hint) is tuple and args[:1] == (Citation,):
            kind = "citations"
        else:
            kind = "other"
        out.append((f.name, kind, required))
    return out


def record(reader: Reader, cls: type, d: LineDict, key: str, **given: Any) -> Any:
    """One record of `cls` from a YAML mapping, each field read and checked by its type."""
    row = d.get(key) if isinstance(d.get(key), (str, int)) else None
    row = str(row) if row is not None else None
    reader.known_fields(d, [name for name, _, _ in _field_kinds(cls)], row)
    values: dict[str, Any] = {}
    for name, kind, required in _field_kinds(cls):
        if name in given:
            values[name] = given[name]
        elif kind == "text":
            value = reader.text(d, name, row if name != key else None, required=required)
            values[name] = value if value or required or name not in OPTIONAL_NONE else None
        elif kind == "texts":
            values[name] = reader.texts(d, name, row, required=required)
        elif kind == "citations":
            values[name] = reader.citations(d, name, row)
        elif kind == "int":
            values[name] = reader.integer(d, name, row) or 0
        elif kind == "nullable int":
            values[name] = reader.integer(d, name, row, nullable=True)
    return cls(**values)


OPTIONAL_NONE = frozenset({"parent"})  # optional text fields whose absence is None, not ""


def records(reader: Reader, data: Any, what: str, cls: type, key: str) -> tuple[list[Any], list[LineDict]]:
    nodes = reader.rows(data, what)
    return [record(reader, cls, d, key) for d in nodes], nodes
