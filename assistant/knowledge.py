"""Load a knowledge directory into a validated, indexed `KnowledgeBase`.

The YAML files are the one source of every fact and every word of domain vocabulary. Loading
checks types, unique keys and that every reference resolves, collecting all problems so a team
editing its own crosswalk sees every mistake at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import KnowledgeError, Problem
from .loading import default_directory
from .schema import (
    DIMENSIONS,
    KNOWLEDGE_FILES,
    Abbreviation,
    Citation,
    CmmRef,
    CmmRow,
    Cues,
    Defect,
    Feature,
    Granularity,
    Indexes,
    ItilProcess,
    ItilRow,
    KnowledgeBase,
    Kpa,
    Level,
    Model,
    Observation,
)
from .yamlio import LineDict, read_yaml

FILES = KNOWLEDGE_FILES
REF_FEATURES = ("activity", "ability", "commitment", "measurement", "verification", "kpa")


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


class _Reader:
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
        out = []
        for i, item in enumerate(data, 1):
            if isinstance(item, dict):
                out.append(item)
            else:
                self.fail(f"{what} item {i} must be a mapping, found {_kind(item)}")
        return out

    def text(self, d: LineDict, key: str, row: str | None = None, required: bool = True) -> str:
        value = d.get(key)
        if value is None:
            if required:
                self.fail(f"missing field '{key}'", d, row)
            return ""
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.fail(f"field '{key}' must be text, found {_kind(value)}", d, row)
            return ""
        return str(value)

    def integer(self, d: LineDict, key: str, row: str | None = None, nullable: bool = False) -> int | None:
        value = d.get(key)
        if value is None and nullable and key in d:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"field '{key}' must be a whole number, found {value!r}", d, row)
            return None
        return value

    def texts(self, d: LineDict, key: str, row: str | None = None, required: bool = False) -> tuple[str, ...]:
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


def _unique(
    reader: _Reader, rows: list[Any], key: Callable[[Any], Any], what: str, nodes: list[LineDict] | None = None
) -> None:
    """Report every repeated key, at the line of the repeat when the rows' YAML nodes are given."""
    seen: set[Any] = set()
    for i, item in enumerate(rows):
        k = key(item)
        if k in seen:
            reader.fail(f"duplicate {what} '{k}'", nodes[i] if nodes and i < len(nodes) else None)
        seen.add(k)


def _load_models(reader: _Reader, data: Any) -> list[Model]:
    out = []
    nodes = reader.rows(data, "models")
    for d in nodes:
        row = reader.text(d, "row")
        g = reader.mapping(d.get("granularity"), "field 'granularity'", row) or LineDict()
        granularity = Granularity(
            text=reader.text(g, "text", row),
            count=reader.integer(g, "count", row) or 0,
            unit=reader.text(g, "unit", row),
            kind=reader.text(g, "kind", row),
            unit_aliases=reader.texts(g, "unit_aliases", row),
            note=reader.text(g, "note", row, required=False),
        )
        cells = {dim: reader.text(d, dim, row) for dim in DIMENSIONS if dim != "granularity"}
        out.append(
            Model(
                row=row,
                name=reader.text(d, "name", row),
                full_name=reader.text(d, "full_name", row),
                aliases=reader.texts(d, "aliases", row),
                granularity=granularity,
                focus_areas=reader.texts(d, "focus_areas", row),
                **cells,
            )
        )
    _unique(reader, out, lambda m: m.row, "model row", nodes)
    return out


def _load_observations(reader: _Reader, data: Any) -> list[Observation]:
    out = []
    nodes = reader.rows(data, "observations")
    for d in nodes:
        row = reader.text(d, "row")
        out.append(
            Observation(
                row=row,
                section=reader.text(d, "section", row),
                text=reader.text(d, "text", row),
                keywords=reader.texts(d, "keywords", row),
                parent=reader.text(d, "parent", row, required=False) or None,
                answered_by=reader.texts(d, "answered_by", row),
                see_also=reader.citations(d, "see_also", row),
            )
        )
    _unique(reader, out, lambda o: o.row, "observation row", nodes)
    return out


def _load_itil_rows(reader: _Reader, data: Any) -> list[ItilRow]:
    out = []
    nodes = reader.rows(data, "itil_to_cmm")
    for d in nodes:
        row = reader.text(d, "row")
        refs = []
        for ref in reader.rows(d.get("cmm_refs", []), f"row {row}: cmm_refs"):
            feature = reader.text(ref, "feature", row)
            if feature and feature not in REF_FEATURES:
                reader.fail(f"cmm_refs feature '{feature}' is not one of {', '.join(REF_FEATURES)}", ref, row)
            refs.append(
                CmmRef(
                    level=reader.integer(ref, "level", row) or 0,
                    kpa=reader.text(ref, "kpa", row),
                    feature=feature,
                    number=reader.integer(ref, "number", row, nullable=True),
                )
            )
        out.append(
            ItilRow(
                row=row,
                process=reader.text(d, "process", row),
                output_to_development=reader.texts(d, "output_to_development", row, required=True),
                input_from_development=reader.texts(d, "input_from_development", row, required=True),
                cmm_printed=reader.text(d, "cmm_printed", row),
                cmm_refs=tuple(refs),
            )
        )
    _unique(reader, out, lambda r: r.row, "ITIL process row", nodes)
    return out


def _load_cmm_rows(reader: _Reader, data: Any) -> list[CmmRow]:
    out = []
    nodes = reader.rows(data, "cmm_to_itil")
    for d in nodes:
        row = reader.text(d, "row")
        out.append(
            CmmRow(
                row=row,
                level=reader.integer(d, "level", row) or 0,
                kpa=reader.text(d, "kpa", row),
                heading=reader.text(d, "heading", row),
                practices=reader.texts(d, "practices", row),
                practices_printed=reader.text(d, "practices_printed", row, required=False),
                practice=reader.text(d, "practice", row, required=False),
                production=reader.text(d, "production", row, required=False),
                itil=reader.texts(d, "itil", row),
                mapping_printed=reader.texts(d, "mapping_printed", row),
                note=reader.text(d, "note", row, required=False),
            )
        )
        expected = f"{out[-1].kpa}." + "+".join(out[-1].practices) if out[-1].practices else out[-1].kpa
        if row and row != expected:
            reader.fail(f"row key should be '{expected}' (KPA, a dot, the practice codes joined with +)", d, row)
    _unique(reader, out, lambda r: r.row, "CMM-to-ITIL row", nodes)
    return out


def _load_vocabulary(reader: _Reader, data: Any) -> dict[str, Any]:
    vocab = reader.mapping(data, "vocabulary")
    if vocab is None:  # one problem, not one more for every section it cannot have
        vocab = LineDict({k: [] for k in ("kpas", "common_features", "itil_processes", "levels", "abbreviations")})
        vocab["roles"] = {}
    kpas = [
        Kpa(
            abbr=reader.text(d, "abbr"),
            level=reader.integer(d, "level", d.get("abbr")) or 0,
            name=reader.text(d, "name", d.get("abbr")),
            spellings=reader.texts(d, "spellings", d.get("abbr")),
            aliases=reader.texts(d, "aliases", d.get("abbr")),
        )
        for d in reader.rows(vocab.get("kpas"), "kpas")
    ]
    features = [
        Feature(
            abbr=reader.text(d, "abbr"),
            name=reader.text(d, "name", d.get("abbr")),
            feature=reader.text(d, "feature", d.get("abbr")),
            aliases=reader.texts(d, "aliases", d.get("abbr")),
        )
        for d in reader.rows(vocab.get("common_features"), "common_features")
    ]
    processes = [
        ItilProcess(
            row=reader.text(d, "row"),
            name=reader.text(d, "name", d.get("row")),
            spellings=reader.texts(d, "spellings", d.get("row")),
            aliases=reader.texts(d, "aliases", d.get("row")),
        )
        for d in reader.rows(vocab.get("itil_processes"), "itil_processes")
    ]
    levels = [
        Level(
            level=reader.integer(d, "level") or 0,
            name=reader.text(d, "name"),
            aliases=reader.texts(d, "aliases"),
        )
        for d in reader.rows(vocab.get("levels"), "levels")
    ]
    abbreviations = [
        Abbreviation(
            abbr=reader.text(d, "abbr"),
            meaning=reader.text(d, "meaning", d.get("abbr")),
            spelled_out_in=reader.citations(d, "spelled_out_in", d.get("abbr")),
            used_in=reader.citations(d, "used_in", d.get("abbr")),
        )
        for d in reader.rows(vocab.get("abbreviations"), "abbreviations")
    ]
    roles_raw = reader.mapping(vocab.get("roles"), "roles") or {}
    roles = {}
    for name, words in roles_raw.items():
        if isinstance(words, list) and all(isinstance(w, str) for w in words):
            roles[str(name)] = tuple(words)
        else:
            reader.fail(f"roles '{name}' must be a list of text")
    _unique(reader, kpas, lambda k: k.abbr, "KPA")
    _unique(reader, features, lambda f: f.abbr, "common feature")
    _unique(reader, processes, lambda p: p.row, "ITIL process")
    _unique(reader, levels, lambda lv: lv.level, "level")
    _unique(reader, abbreviations, lambda a: a.abbr, "abbreviation")
    ambiguous = vocab.get("ambiguous_aliases") or []
    misprints = reader.mapping(vocab.get("code_misprints") or {}, "code_misprints") or {}
    return {
        "code_misprints": {str(k).upper(): str(v).upper() for k, v in misprints.items()},
        "kpas": kpas,
        "features": features,
        "processes": processes,
        "levels": levels,
        "abbreviations": abbreviations,
        "roles": roles,
        "ambiguous_aliases": tuple(str(a).lower() for a in ambiguous) if isinstance(ambiguous, list) else (),
    }


def _load_defects(reader: _Reader, data: Any) -> list[Defect]:
    out = []
    nodes = reader.rows(data, "defects")
    for d in nodes:
        row = reader.text(d, "row")
        out.append(
            Defect(
                row=row,
                text=reader.text(d, "text", row),
                kpas=reader.texts(d, "kpas", row),
                itil=reader.texts(d, "itil", row),
                cites=reader.citations(d, "cites", row),
            )
        )
    _unique(reader, out, lambda x: x.row, "defect row", nodes)
    return out


def _load_cues(reader: _Reader, data: Any) -> Cues:
    cues = reader.mapping(data, "cues")
    if cues is None:  # one problem, not one more for every section it cannot have
        cues = LineDict(groups={}, dimensions={})
    groups: dict[str, tuple[str, ...]] = {}
    for name, words in (reader.mapping(cues.get("groups"), "groups") or {}).items():
        if isinstance(words, list) and all(isinstance(w, str) for w in words):
            groups[str(name)] = tuple(w.lower() for w in words)
        else:
            reader.fail(f"cue group '{name}' must be a list of text")
    dims: dict[str, Any] = {}
    for dim, spec in (reader.mapping(cues.get("dimensions"), "dimensions") or {}).items():
        if dim not in DIMENSIONS:
            reader.fail(f"dimension '{dim}' is not one of {', '.join(DIMENSIONS)}")
            continue
        spec = reader.mapping(spec, f"dimension '{dim}'") or {}
        dims[dim] = {k: tuple(str(w).lower() for w in (v or [])) for k, v in spec.items()}
    examples: dict[str, tuple[str, ...]] = {}
    for name, items in (reader.mapping(cues.get("examples") or {}, "examples") or {}).items():
        if isinstance(items, list) and all(isinstance(i, str) for i in items):
            examples[str(name)] = tuple(items)
        else:
            reader.fail(f"examples '{name}' must be a list of text")
    return Cues(groups=groups, dimensions=dims, examples=examples)


def _group(items: Any, key: Callable[[Any], Any]) -> dict[Any, tuple[Any, ...]]:
    grouped: dict[Any, list[Any]] = defaultdict(list)
    for item in items:
        for k in key(item):
            grouped[k].append(item)
    return {k: tuple(v) for k, v in grouped.items()}


def _build_indexes(parts: dict[str, Any]) -> Indexes:
    features = parts["features"]
    abbr_of = {f.feature: f.abbr for f in features}
    itil_rows = parts["itil_to_cmm"]
    cmm_rows = parts["cmm_to_itil"]
    kpas = parts["kpas"]
    headings: dict[str, list[str]] = defaultdict(list)
    for r in cmm_rows:
        if r.kpa not in headings[r.heading.lower()]:
            headings[r.heading.lower()].append(r.kpa)
    return Indexes(
        model={m.row: m for m in parts["models"]},
        observation={o.row: o for o in parts["observations"]},
        itil_row={r.row: r for r in itil_rows},
        cmm_row={r.row: r for r in cmm_rows},
        kpa={k.abbr: k for k in kpas},
        process={p.row: p for p in parts["processes"]},
        feature_by_abbr={f.abbr: f for f in features},
        feature_by_name={f.feature: f for f in features},
        level={lv.level: lv for lv in parts["levels"]},
        abbreviation={a.abbr.lower(): a for a in parts["abbreviations"]},
        cmm_by_kpa=_group(cmm_rows, lambda r: [r.kpa]),
        cmm_by_level=_group(cmm_rows, lambda r: [r.level]),
        cmm_by_code=_group(cmm_rows, lambda r: [(r.kpa, c) for c in r.practices]),
        cmm_by_itil=_group(cmm_rows, lambda r: r.itil),
        itil_by_kpa=_group(itil_rows, lambda r: dict.fromkeys(ref.kpa for ref in r.cmm_refs)),
        itil_by_code=_group(
            itil_rows,
            lambda r: dict.fromkeys((ref.kpa, ref.code(abbr_of)) for ref in r.cmm_refs if ref.code(abbr_of)),
        ),
        kpas_by_heading={h: tuple(v) for h, v in headings.items()},
    )


def _check_references(problems: list[Problem], parts: dict[str, Any]) -> None:
    kpas = {k.abbr: k for k in parts["kpas"]}
    processes = {p.row for p in parts["processes"]}
    features = {f.feature for f in parts["features"]} | {"kpa"}
    feature_abbrs = {f.abbr for f in parts["features"]}
    models = {m.row for m in parts["models"]}
    observations = {o.row for o in parts["observations"]}
    itil_rows = {r.row for r in parts["itil_to_cmm"]}
    cmm_rows = {r.row for r in parts["cmm_to_itil"]}
    levels = {lv.level for lv in parts["levels"]}
    tables = {"models": models, "observations": observations, "itil_to_cmm": itil_rows, "cmm_to_itil": cmm_rows}

    def bad(file: str, row: str, message: str) -> None:
        problems.append(Problem(file, message, row=row))

    for r in parts["itil_to_cmm"]:
        if r.row not in processes:
            bad("itil_to_cmm.yaml", r.row, "is not an ITIL process listed in vocabulary.yaml")
        for ref in r.cmm_refs:
            if ref.kpa not in kpas:
                bad("itil_to_cmm.yaml", r.row, f"cites unknown KPA '{ref.kpa}'")
            elif kpas[ref.kpa].level != ref.level:
                bad(
                    "itil_to_cmm.yaml",
                    r.row,
                    f"cites {ref.kpa} at level {ref.level}, but it is level {kpas[ref.kpa].level}",
                )
            if ref.feature not in features:
                bad("itil_to_cmm.yaml", r.row, f"cites unknown common feature '{ref.feature}'")
            if ref.feature != "kpa" and ref.number is None:
                bad("itil_to_cmm.yaml", r.row, f"{ref.kpa} {ref.feature} reference needs a number")
    for r in parts["cmm_to_itil"]:
        if r.kpa not in kpas:
            bad("cmm_to_itil.yaml", r.row, f"unknown KPA '{r.kpa}'")
        elif kpas[r.kpa].level != r.level:
            bad("cmm_to_itil.yaml", r.row, f"level {r.level} does not match {r.kpa}'s level {kpas[r.kpa].level}")
        if r.level not in levels:
            bad("cmm_to_itil.yaml", r.row, f"level {r.level} is not defined in vocabulary.yaml")
        for slug in r.itil:
            if slug not in processes:
                bad("cmm_to_itil.yaml", r.row, f"maps to unknown ITIL process '{slug}'")
        for code in r.practices:
            if code.rstrip("0123456789") not in feature_abbrs or not code[len(code.rstrip("0123456789")) :]:
                bad("cmm_to_itil.yaml", r.row, f"practice code '{code}' is not a common feature and a number")
    for o in parts["observations"]:
        for slug in (o.parent, *o.answered_by):
            if slug and slug not in observations:
                bad("observations.yaml", o.row, f"refers to unknown observation '{slug}'")
    cites = [("observations.yaml", o.row, c) for o in parts["observations"] for c in o.see_also]
    cites += [("vocabulary.yaml", a.abbr, c) for a in parts["abbreviations"] for c in (*a.spelled_out_in, *a.used_in)]
    cites += [("defects.yaml", d.row, c) for d in parts["defects"] for c in d.cites]
    for file, row, c in cites:
        if c.table not in tables:
            bad(file, row, f"cites unknown table '{c.table}'")
        elif c.row not in tables[c.table]:
            bad(file, row, f"cites {c.table} row '{c.row}', which does not exist")
        elif c.dimension and c.dimension not in DIMENSIONS:
            bad(file, row, f"cites unknown dimension '{c.dimension}'")
    for d in parts["defects"]:
        for k in d.kpas:
            if k not in kpas:
                bad("defects.yaml", d.row, f"names unknown KPA '{k}'")
        for slug in d.itil:
            if slug not in processes:
                bad("defects.yaml", d.row, f"names unknown ITIL process '{slug}'")
    _check_aliases(problems, parts)


def _check_aliases(problems: list[Problem], parts: dict[str, Any]) -> None:
    """No alias may name two different things unless vocabulary.yaml marks it ambiguous."""
    owners: dict[str, set[str]] = defaultdict(set)
    for m in parts["models"]:
        for a in (m.name, m.full_name, *m.aliases):
            owners[a.lower()].add(f"model {m.row}")
    for p in parts["processes"]:
        for a in (p.name, *p.spellings, *p.aliases):
            owners[a.lower()].add(f"ITIL process {p.row}")
    for k in parts["kpas"]:
        for a in (k.abbr, k.name, *k.spellings, *k.aliases):
            owners[a.lower()].add(f"KPA {k.abbr}")
    allowed = set(parts["ambiguous_aliases"])
    for alias, who in sorted(owners.items()):
        if len(who) > 1 and alias not in allowed:
            problems.append(
                Problem(
                    "vocabulary.yaml",
                    f"alias '{alias}' is claimed by {' and '.join(sorted(who))}; "
                    "list it under ambiguous_aliases if that is meant",
                )
            )


def load_knowledge(directory: Path | str | None = None) -> KnowledgeBase:
    """Load and validate a knowledge directory; raise KnowledgeError listing every problem."""
    root = Path(directory) if directory is not None else default_directory()
    if not root.exists():
        raise KnowledgeError([Problem(str(root), "knowledge directory does not exist")])
    if not root.is_dir():
        raise KnowledgeError([Problem(str(root), "is not a directory")])
    problems: list[Problem] = []
    raw: dict[str, Any] = {}
    for name in FILES:
        data, found = read_yaml(root / name, name)
        problems.extend(found)
        raw[name] = data
    if problems:
        raise KnowledgeError(problems)

    def reader(name: str) -> _Reader:
        return _Reader(name, problems)

    parts: dict[str, Any] = {
        "models": _load_models(reader("models.yaml"), raw["models.yaml"]),
        "observations": _load_observations(reader("observations.yaml"), raw["observations.yaml"]),
        "itil_to_cmm": _load_itil_rows(reader("itil_to_cmm.yaml"), raw["itil_to_cmm.yaml"]),
        "cmm_to_itil": _load_cmm_rows(reader("cmm_to_itil.yaml"), raw["cmm_to_itil.yaml"]),
        "defects": _load_defects(reader("defects.yaml"), raw["defects.yaml"]),
        "cues": _load_cues(reader("cues.yaml"), raw["cues.yaml"]),
    }
    parts.update(_load_vocabulary(reader("vocabulary.yaml"), raw["vocabulary.yaml"]))
    if not problems:
        _check_references(problems, parts)
    if problems:
        raise KnowledgeError(problems)
    kb_fields = {k: tuple(v) if isinstance(v, list) else v for k, v in parts.items()}
    return KnowledgeBase(directory=str(root), index=_build_indexes(parts), **kb_fields)
