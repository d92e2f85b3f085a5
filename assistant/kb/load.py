"""Load a knowledge directory into a validated, indexed `KnowledgeBase`.

The YAML files are the one source of every fact and every word of domain vocabulary. Loading
checks types, unique keys and that every reference resolves, collecting all problems so a team
editing its own crosswalk sees every mistake at once.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..base.files import shown
from .errors import KnowledgeError, Problem
from .records import Reader, records, unique
from .schema import (
    DIMENSIONS,
    KNOWLEDGE_FILES,
    Abbreviation,
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
from .shipped import default_directory
from .textcheck import control_characters
from .validate import check_references
from .yamlio import LineDict, read_yaml

FILES = KNOWLEDGE_FILES
VOCABULARY_SECTIONS = (
    "levels",
    "kpas",
    "common_features",
    "itil_processes",
    "abbreviations",
    "roles",
    "ambiguous_aliases",
    "code_misprints",
    "word_abbreviations",
    "search_synonyms",
    "ambiguous_abbreviations",
)
REF_FEATURES = ("activity", "ability", "commitment", "measurement", "verification", "kpa")


def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _load_models(reader: Reader, data: Any) -> list[Model]:
    out = []
    nodes = reader.rows(data, "models")
    for d in nodes:
        row = reader.text(d, "row")
        reader.known_fields(d, field_names(Model), row)
        g = reader.mapping(d.get("granularity"), "field 'granularity'", row) or LineDict()
        reader.known_fields(g, field_names(Granularity), row)
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
    unique(reader, out, lambda m: m.row, "model row", nodes)
    return out


def _load_observations(reader: Reader, data: Any) -> list[Observation]:
    out, nodes = records(reader, data, "observations", Observation, "row")
    unique(reader, out, lambda o: o.row, "observation row", nodes)
    return out


def _load_itil_rows(reader: Reader, data: Any) -> list[ItilRow]:
    out = []
    nodes = reader.rows(data, "itil_to_cmm")
    for d in nodes:
        row = reader.text(d, "row")
        reader.known_fields(d, field_names(ItilRow), row)
        refs = []
        for ref in reader.rows(d.get("cmm_refs", []), f"row {row}: cmm_refs"):
            reader.known_fields(ref, field_names(CmmRef), row)
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
    unique(reader, out, lambda r: r.row, "ITIL process row", nodes)
    return out


def _load_cmm_rows(reader: Reader, data: Any) -> list[CmmRow]:
    out, nodes = records(reader, data, "cmm_to_itil", CmmRow, "row")
    for r, d in zip(out, nodes, strict=True):
        expected = f"{r.kpa}." + "+".join(r.practices) if r.practices else r.kpa
        if r.row and r.row != expected:
            reader.fail(f"row key should be '{expected}' (KPA, a dot, the practice codes joined with +)", d, r.row)
    unique(reader, out, lambda r: r.row, "CMM-to-ITIL row", nodes)
    return out


def _load_vocabulary(reader: Reader, data: Any) -> dict[str, Any]:
    vocab = reader.mapping(data, "vocabulary")
    if vocab is None:  # one problem, not one more for every section it cannot have
        vocab = LineDict({k: [] for k in ("kpas", "common_features", "itil_processes", "levels", "abbreviations")})
        vocab["roles"] = {}
    reader.known_fields(vocab, VOCABULARY_SECTIONS)
    kpas, _ = records(reader, vocab.get("kpas"), "kpas", Kpa, "abbr")
    features, _ = records(reader, vocab.get("common_features"), "common_features", Feature, "abbr")
    processes, _ = records(reader, vocab.get("itil_processes"), "itil_processes", ItilProcess, "row")
    levels, _ = records(reader, vocab.get("levels"), "levels", Level, "level")
    abbreviations, _ = records(reader, vocab.get("abbreviations"), "abbreviations", Abbreviation, "abbr")
    roles_raw: dict[Any, Any] = reader.mapping(vocab.get("roles"), "roles") or {}
    roles = {}
    for name, words in roles_raw.items():
        if isinstance(words, list) and all(isinstance(w, str) for w in words):
            roles[str(name)] = tuple(words)
        else:
            reader.fail(f"roles '{name}' must be a list of text")
    unique(reader, kpas, lambda k: k.abbr, "KPA")
    unique(reader, features, lambda f: f.abbr, "common feature")
    unique(reader, processes, lambda p: p.row, "ITIL process")
    unique(reader, levels, lambda lv: lv.level, "level")
    unique(reader, abbreviations, lambda a: a.abbr, "abbreviation")
    ambiguous = vocab.get("ambiguous_aliases") or []
    misprints: dict[Any, Any] = reader.mapping(vocab.get("code_misprints") or {}, "code_misprints") or {}
    shorthand: dict[Any, Any] = reader.mapping(vocab.get("word_abbreviations") or {}, "word_abbreviations") or {}
    synonyms: dict[Any, Any] = reader.mapping(vocab.get("search_synonyms") or {}, "search_synonyms") or {}
    two_way: dict[Any, Any] = (
        reader.mapping(vocab.get("ambiguous_abbreviations") or {}, "ambiguous_abbreviations") or {}
    )
    return {
        "ambiguous_abbreviations": {
            str(k).upper(): tuple(str(x) for x in v) for k, v in two_way.items() if isinstance(v, list)
        },
        "search_synonyms": {str(k).lower(): str(v).lower() for k, v in synonyms.items()},
        "code_misprints": {str(k).upper(): str(v).upper() for k, v in misprints.items()},
        "word_abbreviations": {str(k).lower(): str(v).lower() for k, v in shorthand.items()},
        "kpas": kpas,
        "features": features,
        "processes": processes,
        "levels": levels,
        "abbreviations": abbreviations,
        "roles": roles,
        "ambiguous_aliases": tuple(str(a).lower() for a in ambiguous) if isinstance(ambiguous, list) else (),
    }


def _load_defects(reader: Reader, data: Any) -> list[Defect]:
    out, nodes = records(reader, data, "defects", Defect, "row")
    unique(reader, out, lambda x: x.row, "defect row", nodes)
    return out


def _load_cues(reader: Reader, data: Any) -> Cues:
    cues = reader.mapping(data, "cues")
    if cues is None:  # one problem, not one more for every section it cannot have
        cues = LineDict(groups={}, dimensions={})
    reader.known_fields(cues, ("groups", "dimensions", "examples", "connectives"))
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
    connectives: dict[str, tuple[str, ...]] = {}
    for name, words in (reader.mapping(cues.get("connectives") or {}, "connectives") or {}).items():
        if isinstance(words, list) and all(isinstance(w, str) for w in words):
            connectives[str(name)] = tuple(w.lower() for w in words)
        else:
            reader.fail(f"connective group '{name}' must be a list of text")
    return Cues(groups=groups, dimensions=dims, examples=examples, connectives=connectives)


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


def load_knowledge(directory: Path | str | None = None, *, strict: bool = False) -> KnowledgeBase:
    """Load and validate a knowledge directory; raise KnowledgeError listing every problem.

    `strict` (`crosswalk check`) also refuses control and bidi characters in any text: the other
    commands load such a directory and show those characters visibly (sanitize.py) instead."""
    root = Path(directory) if directory is not None else default_directory()
    try:
        info = os.stat(root)
    except FileNotFoundError:
        raise KnowledgeError([Problem(shown(root), "knowledge directory does not exist")]) from None
    except OSError as exc:
        raise KnowledgeError([Problem(shown(root), f"cannot be read: {exc.strerror or exc}")]) from None
    if not stat.S_ISDIR(info.st_mode):
        raise KnowledgeError([Problem(shown(root), "is not a directory")])
    problems: list[Problem] = []
    raw: dict[str, Any] = {}
    for name in FILES:
        data, found = read_yaml(root / name, name)
        problems.extend(found)
        raw[name] = data
    if problems:
        raise KnowledgeError(problems)
    if strict:
        problems.extend(p for name in FILES for p in control_characters(name, raw[name]))

    def reader(name: str) -> Reader:
        return Reader(name, problems)

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
        check_references(problems, parts)
    if problems:
        raise KnowledgeError(problems)
    kb_fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in parts.items()}
    return KnowledgeBase(directory=str(root), index=_build_indexes(parts), **kb_fields)
