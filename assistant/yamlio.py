"""Safe, defensive YAML reading for knowledge files.

Knowledge directories come from users ("teams load their own crosswalk"), so a file may hold
anything: a syntax error, a non-UTF-8 byte, a duplicate key, a billion-laughs alias bomb. Every
such case must become one clear `Problem` naming the file and line, never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import KnowledgeError, Problem  # noqa: F401 - re-exported

MAX_FILE_BYTES = 2_000_000
MAX_ALIASES = 100
MAX_DEPTH = 40

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):
    """A mapping that remembers the line it started on (for error messages)."""

    line: int | None = None


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that rejects duplicate keys, counts aliases and records lines."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.alias_count = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: D102
        if self.check_event(yaml.AliasEvent):
            self.alias_count += 1
            if self.alias_count > MAX_ALIASES:
                event = self.peek_event()
                raise yaml.YAMLError(
                    f"more than {MAX_ALIASES} YAML aliases (line {event.start_mark.line + 1}): "
                    "refusing a possible alias bomb"
                )
        return super().compose_node(parent, index)


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    result = LineDict()
    result.line = node.start_mark.line + 1
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.YAMLError(f"line {key_node.start_mark.line + 1}: a key must be a plain value") from None
        if key in result:
            raise yaml.YAMLError(f"line {key_node.start_mark.line + 1}: duplicate key {key!r}")
        result[key] = loader.construct_object(value_node, deep=True)
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _depth(value: Any, limit: int = MAX_DEPTH) -> int:
    stack = [(value, 1)]
    deepest = 0
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


def read_yaml(path: Path, label: str) -> tuple[Any, list[Problem]]:
    """Read one YAML file; return (data, problems). Data is None when the file is unusable."""
    try:
        if path.is_dir():
            return None, [Problem(label, "is a directory, expected a YAML file")]
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [Problem(label, f"is {size:,} bytes, more than the {MAX_FILE_BYTES:,} allowed")]
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [Problem(label, "is missing")]
    except OSError as exc:
        return None, [Problem(label, f"cannot be read: {exc.strerror or exc}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(label, f"is not UTF-8 (byte 0x{raw[exc.start]:02x})", line)]
    if not text.strip():
        return None, [Problem(label, "is empty")]
    loader = _Loader(text)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        return None, [Problem(label, f"YAML syntax error: {exc.problem or exc.context}", line)]
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        return None, [Problem(label, f"invalid YAML: {exc}")]
    finally:
        loader.dispose()
    if _depth(data) > MAX_DEPTH:
        return None, [Problem(label, f"nests deeper than {MAX_DEPTH} levels")]
    return data, []
