"""The one sanitiser for text that came from outside (the knowledge base, the user) on its way out.

A cell or a question may hold escape sequences (set the window title, clear the screen, write the
clipboard with OSC 52), bidi overrides that reorder what a reader sees, HTML, or a spreadsheet
formula. None of them may act on the reader's terminal, wiki or spreadsheet, and none may vanish
silently either (a reader should see that the text holds something odd), so each is shown:

* text and Markdown: a C0 control becomes its Unicode control picture ("␛" for ESC), DEL "␡",
  and a C1 control, a bidi control, a line or paragraph separator its code point ("<U+202E>");
  newline and tab stay. Markdown also escapes "<" (so no HTML tag survives) and "&" before an entity;
* JSON keeps the data exact but escapes those characters (``\\u001b``), as JSON allows;
* CSV shows controls like text, and a cell starting with = + - @ (or a tab or carriage return)
  gets a leading apostrophe, so a spreadsheet reads it as text, not as a formula.

Our own colour codes are added after this, by the renderers, so they are never touched.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

# C0 (but newline and tab), DEL, C1, the bidi controls, line and paragraph separators, lone surrogates.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# For json.dumps output (which already escapes C0): every other character `visible` would show.
_JSON_ESCAPED = (0x7F, *range(0x80, 0xA0), 0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
JSON_ESCAPES = {c: f"\\u{c:04x}" for c in (*_JSON_ESCAPED, 0x2028, 0x2029, *range(0xD800, 0xE000))}


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # the control picture: "␛", "␀", "␇"
    if code == 0x7F:
        return "\u2421"  # "␡"
    if 0xD800 <= code < 0xE000:
        return "\ufffd"  # a lone surrogate cannot even be encoded
    return f"<U+{code:04X}>"


def visible(text: str) -> str:
    """`text` with every control, bidi and separator character replaced by a visible stand-in."""
    return _UNSAFE.sub(_shown, text) if _UNSAFE.search(text) else text


def unsafe_character(text: str) -> str | None:
    """The first character `visible` would replace, named for an error message ("U+001B"), or None."""
    match = _UNSAFE.search(text)
    return f"U+{ord(match.group(0)):04X}" if match else None


def markdown(text: str) -> str:
    """`visible`, and no HTML: "<" as "&lt;", an "&" that would start an entity as "&amp;"."""
    text = visible(text)
    if "&" in text:
        text = _ENTITY.sub("&amp;", text)
    return text.replace("<", "&lt;") if "<" in text else text


def json_text(text: str) -> str:
    """JSON text (from json.dumps) with the characters it leaves raw escaped; still the same data."""
    return text.translate(JSON_ESCAPES)


def csv_cell(cell: str) -> str:
    """A CSV cell a spreadsheet shows as written: controls visible, a would-be formula as text."""
    cell = visible(cell)
    if cell.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def csv_text(text: str) -> str:
    """CSV text (from the csv module, "\\n" line ends) with every cell made safe by `csv_cell`.

    The text is parsed and written again with the same dialect, so a file with nothing to change
    comes out byte for byte as it went in."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in csv.reader(io.StringIO(text, newline="")):
        writer.writerow([csv_cell(cell) for cell in row])
    return out.getvalue()


def map_strings(value: T, change: Callable[[str], str]) -> T:
    """A copy of `value` with every string in it (dict keys too) passed through `change`.

    Walks tuples, named tuples, lists, dicts, sets and dataclass instances (frozen ones too, without
    calling their __init__); an object reached twice is copied once, so shared rows stay shared and
    the indexes of a knowledge base keep pointing at the same rows. Anything else is kept as is."""
    memo: dict[int, Any] = {}

    def walk(item: Any) -> Any:
        kind = type(item)
        if kind is str:
            return change(item)
        if kind in (int, float, bool) or item is None:
            return item
        key = id(item)
        if key in memo:
            return memo[key]
        if kind is tuple:
            out: Any = tuple(walk(x) for x in item)
        elif isinstance(item, tuple) and hasattr(kind, "_fields"):
            out = kind._make(walk(x) for x in item)
        elif isinstance(item, list):
            out = [walk(x) for x in item]
        elif isinstance(item, dict):
            out = kind() if kind is not dict else {}
            out.update((walk(k), walk(v)) for k, v in item.items())
            if hasattr(item, "__dict__"):
                out.__dict__.update(item.__dict__)
        elif isinstance(item, (set, frozenset)):
            out = kind(walk(x) for x in item)
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            out = object.__new__(kind)
            memo[key] = out
            for f in dataclasses.fields(item):
                object.__setattr__(out, f.name, walk(getattr(item, f.name)))
            return out
        else:
            return item
        memo[key] = out
        return out

    return walk(value)  # type: ignore[no-any-return]


def answer(value: T, *, for_markdown: bool = False) -> T:
    """An answer (or any record) with its text shown safely, for the text or the Markdown renderer."""
    return map_strings(value, markdown if for_markdown else visible)


def for_format(kb: T, fmt: str) -> T:
    """What a report in `fmt` may print of a knowledge base: a copy shown safely for text,
    Markdown, CSV and pictures; the knowledge base itself for JSON (escaped by `finish`)."""
    if fmt == "json":
        return kb
    return map_strings(kb, markdown if fmt == "markdown" else visible)


def finish(text: str, fmt: str) -> str:
    """The last step of a report in `fmt`: JSON escaped, CSV cells made safe; others as they are."""
    if fmt in ("json", "jsonl"):
        return json_text(text)
    if fmt == "csv":
        return csv_text(text)
    return text
