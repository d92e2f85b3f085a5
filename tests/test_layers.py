"""The layers import one way (faces and transcripts → rendering → conversation → answers →
understanding → kb → base) and no module imports itself back round a cycle.

Every module's imports are read with `ast` (imports inside functions too: a lazy import is still a
dependency), so the rule holds without importing anything. The checks are plain functions over an
import graph, tested on synthetic graphs below so a broken rule is known to fail.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"

TIERS: dict[str, int] = {
    "base": 0,  # text normalisation, the sanitiser, safe files and streams: uses nothing of ours
    "kb": 1,  # records, the YAML reader, loading, validation, the cache
    "understanding": 2,  # analysis, lexicon, rules, composer, the query model
    "answers": 3,  # the executor, wording, one handler per intent
    "conversation": 4,  # context, follow-ups, the answer / clarify / unknown decision
    "rendering": 5,  # colour, width, wrapping, tables, formats
    "faces": 6,  # cli, repl, commands, batch, environment
    "transcripts": 6,  # a face too: replays the REPL's commands, and /export writes transcripts
}
ROOT_TIERS = {"assistant": 0, "assistant.__main__": 7}  # the package root holds only __version__


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, name: str, known: set[str]) -> set[str]:
    """The modules of the package that `name` (the module in `path`) imports, lazily or not."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            targets = [source] + [f"{source}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(t for t in targets if t in known)
    found.discard(name)
    return found


@functools.cache
def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    paths = {module_name(p, package): p for p in sorted(package.rglob("*.py"))}
    known = set(paths)
    return {name: imports_of(path, name, known) for name, path in paths.items()}


def tier_of(module: str, tiers: Mapping[str, int] = TIERS, roots: Mapping[str, int] = ROOT_TIERS) -> int:
    if module in roots:
        return roots[module]
    layer = module.split(".")[1]
    if layer not in tiers:
        raise KeyError(f"{module} is in no layer: put it in one of {sorted(tiers)}")
    return tiers[layer]


def upward_imports(graph: Mapping[str, Iterable[str]], **kw: Mapping[str, int]) -> list[str]:
    """Every import of a module in a higher tier than the importer's."""
    return [
        f"{a} (tier {tier_of(a, **kw)}) imports {b} (tier {tier_of(b, **kw)})"
        for a, targets in sorted(graph.items())
        for b in sorted(targets)
        if tier_of(b, **kw) > tier_of(a, **kw)
    ]


def own_part(a: str, b: str) -> bool:
    """A package's __init__ loading one of its own modules (a registry filling itself)."""
    return b.startswith(a + ".")


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The import cycles (strongly connected components of two or more modules, or a module
    importing itself), ignoring a package's __init__ importing its own modules."""
    edges = {a: sorted(b for b in targets if not own_part(a, b)) for a, targets in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's algorithm
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in edges.get(v, ()):
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_every_module_is_in_a_layer() -> None:
    for name in import_graph():
        tier_of(name)  # raises for a module outside every layer


def test_no_module_imports_a_layer_above_it() -> None:
    assert upward_imports(import_graph()) == []


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


# The checks themselves, on graphs built to break them.


def test_an_upward_import_is_reported() -> None:
    graph = {"assistant.kb.load": {"assistant.faces.cli"}, "assistant.faces.cli": {"assistant.kb.load"}}
    assert upward_imports(graph) == ["assistant.kb.load (tier 1) imports assistant.faces.cli (tier 6)"]


def test_a_cycle_is_reported_and_a_registry_is_not() -> None:
    graph = {
        "assistant.understanding.parse": {"assistant.understanding.rules"},
        "assistant.understanding.rules": {"assistant.understanding.parse"},
        "assistant.answers": {"assistant.answers.cmm"},
        "assistant.answers.cmm": {"assistant.answers"},
    }
    assert cycles(graph) == [["assistant.understanding.parse", "assistant.understanding.rules"]]


def test_a_bad_package_on_disk_fails(tmp_path: Path) -> None:
    package = tmp_path / "assistant"
    for folder in ("kb", "faces"):
        (package / folder).mkdir(parents=True)
        (package / folder / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "kb" / "load.py").write_text("def f():\n    from ..faces.cli import main\n")
    (package / "faces" / "cli.py").write_text("from ..kb import load\nfrom ..kb.load import f\n")
    graph = import_graph(package)
    assert graph["assistant.faces.cli"] == {"assistant.kb", "assistant.kb.load"}
    assert upward_imports(graph) == ["assistant.kb.load (tier 1) imports assistant.faces.cli (tier 6)"]
    assert cycles(graph) == [["assistant.faces.cli", "assistant.kb.load"]]
    (package / "stray.py").write_text("")
    with pytest.raises(KeyError, match="in no layer"):
        tier_of(module_name(package / "stray.py", package))
