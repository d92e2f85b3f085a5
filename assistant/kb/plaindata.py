"""The parsed knowledge base and its indexes as plain data (for marshal), and back.

The cache used to be a pickle, and loading a pickle runs whatever callables the file names: anyone
able to put a file in the cache folder ran code as the next user of `crosswalk ask`. Here the file
holds only values marshal knows (str, int, float, None, tuples, lists, dicts, sets), and reading it
back builds objects only of the classes `allowed` finds by rule: dataclasses and named tuples
defined in this package's modules. Their fields are set directly (no __init__, no __post_init__,
nothing the file chooses is called), so a hostile file can at worst describe a wrong knowledge
base, never run code.

An object is encoded as a tuple whose first item is a bytes tag (b"o" an object, b"m" an object
met before, b"t" b"l" b"d" b"f" b"s" a container holding objects, b"r" a compiled pattern); the
knowledge base holds no bytes, so a plain tuple can never be mistaken for a tag. Containers
holding no objects stay as they are, so decoding only walks the parts that need building.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from typing import Any, cast


class Unsupported(Exception):
    """A value this format cannot hold (the cache is then simply not written)."""


_SCALARS = (str, int, float, bool, type(None))
_TAGS: dict[type, bytes] = {tuple: b"t", list: b"l", set: b"s", frozenset: b"f"}
_KINDS: dict[bytes, type] = {tag: kind for kind, tag in _TAGS.items()}


_PACKAGE = __package__.partition(".")[0]  # "assistant": the classes of every layer


def _fields(cls: type) -> tuple[str, ...]:
    """A record class's field names, in order (a named tuple's or a dataclass's)."""
    if issubclass(cls, tuple):
        return tuple(cast(Any, cls)._fields)
    return tuple(f.name for f in dataclasses.fields(cast(Any, cls)))


def is_record_class(cls: type) -> bool:
    """A class this format may build: a dataclass or a named tuple of this package."""
    if not isinstance(cls, type) or not cls.__module__.startswith(_PACKAGE + "."):
        return False
    return dataclasses.is_dataclass(cls) or (issubclass(cls, tuple) and hasattr(cls, "_fields"))


def class_name(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def allowed(name: str) -> type:
    """The class a file names, if it is one this format may build; Unsupported otherwise.

    Only modules of this package that are already imported are looked in: naming a module never
    imports anything."""
    module_name, _, qualname = name.partition(":")
    module = sys.modules.get(module_name) if module_name.startswith(_PACKAGE + ".") else None
    cls: Any = module
    for part in qualname.split(".") if module is not None else ():
        cls = getattr(cls, part, None)
    if module is None or not isinstance(cls, type) or not is_record_class(cls) or cls.__module__ != module_name:
        raise Unsupported(f"class {name!r} is not one the cache may hold")
    return cls


def encode(root: Any) -> tuple[tuple[str, ...], Any]:
    """(class names, plain data) for an object graph; raises Unsupported for anything else."""
    classes: dict[type, int] = {}
    memo: dict[int, int] = {}  # id(object) -> its number, in the order objects are finished
    active: set[int] = set()

    def walk(item: Any) -> tuple[Any, bool]:
        """The encoded item, and whether it needed encoding (holds an object)."""
        kind = type(item)
        if kind in _SCALARS:
            return item, False
        key = id(item)
        if key in memo:
            return (b"m", memo[key]), True
        if kind in (tuple, list, set, frozenset):
            parts = [walk(x) for x in item]
            if not any(changed for _, changed in parts):
                return item, False
            return (_TAGS[kind], *(p for p, _ in parts)), True
        if kind is dict:
            pairs = [(walk(k), walk(v)) for k, v in item.items()]
            if not any(ck or cv for (_, ck), (_, cv) in pairs):
                return item, False
            return (b"d", *(x for (k, _), (v, _) in pairs for x in (k, v))), True
        if isinstance(item, re.Pattern):
            return (b"r", item.pattern, item.flags), True
        if not is_record_class(kind):
            raise Unsupported(f"cannot hold a {kind.__module__}.{kind.__qualname__}")
        if key in active:
            raise Unsupported("the objects refer to each other in a cycle")
        active.add(key)
        values = tuple(walk(getattr(item, n))[0] for n in _fields(kind))
        active.discard(key)
        memo[key] = len(memo)
        number = classes.setdefault(kind, len(classes))
        return (b"o", number, *values), True

    data, _ = walk(root)
    ordered = sorted(classes, key=classes.__getitem__)
    return tuple(class_name(c) for c in ordered), data


def decode(names: tuple[str, ...], data: Any) -> Any:
    """The object graph `encode` described; raises Unsupported for a class or tag it may not build."""
    if not isinstance(names, tuple) or not all(isinstance(n, str) for n in names):
        raise Unsupported("the class table is not a tuple of names")
    classes = [allowed(n) for n in names]
    fields = [_fields(cls) for cls in classes]
    built: list[Any] = []

    def walk(item: Any) -> Any:
        if type(item) is not tuple or not item or type(item[0]) is not bytes:
            _plain(item)
            return item
        tag = item[0]
        if tag == b"m":
            return built[item[1]]
        if tag == b"o":
            number = item[1]
            cls, names = classes[number], fields[number]
            values = [walk(x) for x in item[2:]]
            if len(values) != len(names):
                raise Unsupported(f"{class_name(cls)} needs {len(names)} fields, the file has {len(values)}")
            if issubclass(cls, tuple):
                obj: Any = tuple.__new__(cls, values)
            else:
                obj = object.__new__(cls)
                for name, value in zip(names, values, strict=True):
                    object.__setattr__(obj, name, value)
            built.append(obj)
            return obj
        if tag == b"d":
            rest = item[1:]
            return {walk(rest[i]): walk(rest[i + 1]) for i in range(0, len(rest), 2)}
        if tag == b"r":
            return re.compile(item[1], item[2])
        if tag not in _KINDS:
            raise Unsupported(f"unknown tag {tag!r}")
        return _KINDS[tag](walk(x) for x in item[1:])

    try:
        return walk(data)
    except (IndexError, TypeError, ValueError, re.error) as exc:
        raise Unsupported(f"malformed data: {exc}") from None


def _plain(item: Any) -> None:
    """Refuse anything marshal can build that plain data never holds (a code object, bytes)."""
    kind = type(item)
    if kind in _SCALARS or kind in (tuple, list, set, frozenset, dict):
        return
    raise Unsupported(f"unexpected {kind.__name__} in the data")
