"""Safe, defensive YAML reading for knowledge files.

Knowledge directories come from users ("teams load their own crosswalk"), so a file may hold
anything: a syntax error, a non-UTF-8 byte, a duplicate key, a billion-laughs alias bomb. Every
such case must become one clear `Problem` naming the file and line, never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..base.files import NotRegular, TooLarge, read_bytes
from .errors import KnowledgeError, Problem  # noqa: F401 - re-exported

MAX_FILE_BYTES = 16_000_000  # room for a crosswalk 100x the shipped one; past it, refuse at once
MAX_ALIASES = 100
MAX_NODES = 1_000_000
MAX_DEPTH = 40

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict[Any, Any]):
    """A mapping that remembers the line it started on (for error messages)."""

    line: int | None = None


class _Refused(yaml.YAMLError):
    """A YAML document the loader will not build, with the line to blame (if known)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe loader that rejects duplicate keys and alias bombs, and records lines."""

    def get_single_data(self) -> Any:
        # Aliases are counted on the composed node graph, not in compose_node: the C parser
        # (CSafeLoader) composes in C and never calls a Python compose_node override.
        node = self.get_single_node()
        if node is None:
            return None
        _check_graph(node)
        return self.construct_document(node)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _shared_references(root: yaml.Node) -> int:
    """How many times a node is reached again (an alias, or a cycle): 0 for a plain tree."""
    seen = {id(root)}
    stack = [root]
    shared = 0
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            children: Any = [part for pair in node.value for part in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = node.value
        else:
            continue
        for child in children:
            if id(child) in seen:
                shared += 1
            else:
                seen.add(id(child))
                stack.append(child)
    return shared


def _check_graph(root: yaml.Node) -> None:
    """Refuse alias bombs before anything is built or walked as a tree.

    A billion-laughs document needs only ~70 aliases, so besides counting aliases this
    computes each node's expanded size (memoized per node: linear in the document) and
    refuses recursive aliases, which would make every later walk endless. Documents without
    aliases (the shipped ones) skip the second, slower walk.
    """
    aliases = _shared_references(root)
    if aliases == 0:
        return
    if aliases > MAX_ALIASES:
        raise _Refused(
            f"uses {aliases} YAML aliases, more than the {MAX_ALIASES} allowed: refusing a possible alias bomb"
        )
    state: dict[int, int] = {}  # 1 = on the current path, 2 = done
    size: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            size[key] = 1 + sum(size[id(c)] for c in _children(node))
            state[key] = 2
            if size[key] > MAX_NODES:
                raise _Refused(
                    f"expands to more than {MAX_NODES:,} values through aliases: refusing a possible alias bomb",
                    node.start_mark.line + 1,
                )
            continue
        if state.get(key) == 2:
            continue
        if state.get(key) == 1:
            raise _Refused("a YAML alias refers to itself (recursive data)", node.start_mark.line + 1)
        state[key] = 1
        stack.append((node, True))
        stack.extend((c, False) for c in reversed(_children(node)))


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    result = LineDict()
    result.line = node.start_mark.line + 1
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise _Refused("a key must be a plain value", key_node.start_mark.line + 1) from None
        if key in result:
            raise _Refused(f"duplicate key {key!r}", key_node.start_mark.line + 1)
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
    try:  # only a regular file, at most MAX_FILE_BYTES of it: a FIFO or /dev/zero cannot hang us
        raw = read_bytes(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        return None, [Problem(label, "is missing")]
    except NotRegular as exc:
        expected = "a YAML file" if exc.kind == "directory" else "a regular YAML file"
        return None, [Problem(label, f"is a {exc.kind}, expected {expected}")]
    except TooLarge as exc:
        return None, [Problem(label, f"is {exc.size:,} bytes, more than the {MAX_FILE_BYTES:,} allowed")]
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
    except _Refused as exc:
        return None, [Problem(label, exc.message, exc.line)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at = mark.line + 1 if mark else None
        return None, [Problem(label, f"YAML syntax error: {exc.problem or exc.context}", at)]
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        return None, [Problem(label, f"invalid YAML: {exc}")]
    finally:
        loader.dispose()
    if data is None:
        return None, [Problem(label, "is empty (it holds only comments or a null)")]
    if _depth(data) > MAX_DEPTH:
        return None, [Problem(label, f"nests deeper than {MAX_DEPTH} levels")]
    return data, []
