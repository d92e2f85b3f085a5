"""Data integrity of the shipped knowledge base, and a second, independent read of the source.

Everything the assistant says is quoted from knowledge/*.yaml, so these tests pin what the
document holds: row counts per KPA and per table, keys that resolve, and cell text checked
against the source itself (not against another copy of the YAML).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest

from assistant.kb.schema import KnowledgeBase

REPO = Path(__file__).resolve().parents[1]
SOURCE = Path(
    os.environ.get("CROSSWALK_SOURCE", REPO.parent / "shared" / "source" / "crosswalk-cmm-itil-iso-baldrige.txt")
)

# CONTRACT.md: the 14 ITIL-to-CMM rows in the document's order, and the 13 KPAs of CMM v1.1.
ITIL_ROWS = (
    "helpdesk-incident-management",
    "problem-management",
    "change-management",
    "configuration-management",
    "software-control-distribution",
    "computer-network-operations",
    "customer-relationship-management",
    "service-level-management",
    "capacity-management",
    "availability-management",
    "security-management",
    "contingency-planning",
    "planning-control",
    "business-it-alignment",
)
KPAS = {
    "RM": (2, "Requirements Management"),
    "SPP": (2, "Software Project Planning"),
    "SPTO": (2, "Software Project Tracking and Oversight"),
    "SSM": (2, "Software Subcontract Management"),
    "SQA": (2, "Software Quality Assurance"),
    "SCM": (2, "Software Configuration Management"),
    "OPF": (3, "Organization Process Focus"),
    "OPD": (3, "Organization Process Definition"),
    "TP": (3, "Training Program"),
    "ISM": (3, "Integrated Software Management"),
    "SPE": (3, "Software Product Engineering"),
    "IC": (3, "Intergroup Coordination"),
    "PR": (3, "Peer Reviews"),
}
# Counted by hand from Table 1 and Table 2 of the source (one row = one first-column entry).
ROWS_PER_KPA = {
    "RM": 3,
    "SPP": 11,
    "SPTO": 7,
    "SSM": 3,
    "SQA": 1,
    "SCM": 9,
    "OPF": 12,
    "OPD": 6,
    "TP": 6,
    "ISM": 4,
    "SPE": 9,
    "IC": 10,
    "PR": 2,
}
# Rows whose "Mapping to ITIL" cell is printed empty (SQA has no touch points at all).
EMPTY_MAPPINGS = {"SQA", "IC.AB3+AB5", "IC.AB4", "PR.AB3", "PR.AC1"}
# CONTRACT.md: the "Mapping to ITIL" column's abbreviations, normalized by _key().
MAPPING_FORMS = {
    "changemgnt": "change-management",
    "configmgnt": "configuration-management",
    "config": "configuration-management",
    "sc&d": "software-control-distribution",
    "operations": "computer-network-operations",
    "helpdesk": "helpdesk-incident-management",
    "capacity": "capacity-management",
    "planning&control": "planning-control",
    "slm": "service-level-management",
    "crm": "customer-relationship-management",
    "problemmgnt": "problem-management",
    "availability": "availability-management",
    "cost": "cost-management",
}

# Cells the PDF splits across a page break: the repeated table header (and, for the ISO 9001
# observation, the focus diagram) sits between the two halves, so the whole cell is not in the
# source as one run. Each is listed with its halves, which must each be in the source and join
# to the cell. A cell that stops being split, or a new split cell, fails the spot check.
SPLIT_CELLS: dict[tuple[str, str, str], tuple[str, ...]] = {
    # OPF VE1 (first Level 3 block): both cells continue after the page 5/6 header.
    ("cmm_to_itil", "OPF.VE1", "practice"): (
        "The activities for software process development and improvement are reviewed",
        "with senior management on a periodic basis.",
    ),
    ("cmm_to_itil", "OPF.VE1", "production"): (
        "Production should be involved in management reviews of process",
        "development and improvement activities.",
    ),
    # The ISO 9001 bullet runs on after the focus diagram.
    ("observations", "iso9001-software", "text"): (
        "For organizations in the software industry, it is often difficult to interpret the requirements of "
        "ISO 9001, since it was written with a ‘hardware’ orientation. Even though every requirement",
        "is ISO 9001 does have a corollary in software, it can be a daunting task due to the compact wording.",
    ),
}


def _squash(text: str) -> str:
    """Text without any whitespace: PDF line breaks fall anywhere, even after a hyphen ("inter-\\ngroup")."""
    return re.sub(r"\s+", "", text)


def _key(text: str) -> str:
    """A printed ITIL abbreviation, compared without case, spaces or dots ("Config. Mgnt" = "Config.Mgnt.")."""
    return re.sub(r"[\s.]", "", text).lower()


@pytest.fixture(scope="module")
def source() -> str:
    if not SOURCE.is_file():
        pytest.skip(f"source document not found at {SOURCE} (set CROSSWALK_SOURCE)")
    # Bullets are layout, like line breaks: a list stored as "including: SEI CMM; ..." reads on.
    return _squash(SOURCE.read_text(encoding="utf-8").replace("•", ""))


# --- keys: unique, resolving, used ----------------------------------------------------------


def test_row_keys_are_unique(kb: KnowledgeBase) -> None:
    for table in ("models", "observations", "itil_to_cmm", "cmm_to_itil", "processes", "defects"):
        keys = [r.row for r in getattr(kb, table)]
        assert [k for k, n in Counter(keys).items() if n > 1] == [], table
    for table, attr in (("kpas", "abbr"), ("features", "abbr"), ("abbreviations", "abbr"), ("levels", "level")):
        keys = [getattr(r, attr) for r in getattr(kb, table)]
        assert len(keys) == len(set(keys)), table


def test_cmm_row_keys_follow_the_contract(kb: KnowledgeBase) -> None:
    """KPA, a dot, the printed codes upper-cased without spaces (C02 read as CO2), joined with +."""
    for r in kb.cmm_to_itil:
        printed = [c.strip().upper() for c in r.practices_printed.split(",") if c.strip()]
        codes = [re.sub(r"^C0", "CO", c) for c in printed]
        assert list(r.practices) == codes, r.row
        assert r.row == (f"{r.kpa}." + "+".join(codes) if codes else r.kpa)
    assert kb.index.cmm_row["OPF.CO1+CO2+CO3"].practices_printed == "CO1, C02, CO3"
    assert kb.index.cmm_row["SQA"].practices == ()


def test_itil_slugs_in_cmm_to_itil_are_defined(kb: KnowledgeBase) -> None:
    defined = {p.row for p in kb.processes}
    dangling = {(r.row, slug) for r in kb.cmm_to_itil for slug in r.itil if slug not in defined}
    assert dangling == set()


def test_kpa_references_in_itil_to_cmm_are_defined(kb: KnowledgeBase) -> None:
    kpas = {k.abbr: k.level for k in kb.kpas}
    features = {f.feature for f in kb.features} | {"kpa"}
    for r in kb.itil_to_cmm:
        for ref in r.cmm_refs:
            assert kpas.get(ref.kpa) == ref.level, (r.row, ref)
            assert ref.feature in features, (r.row, ref)
            assert (ref.number is None) == (ref.feature == "kpa"), (r.row, ref)
    assert {r.kpa for r in kb.cmm_to_itil} == set(kpas)


def test_itil_to_cmm_rows_are_itil_processes(kb: KnowledgeBase) -> None:
    assert {r.row for r in kb.itil_to_cmm} <= {p.row for p in kb.processes}
    for r in kb.itil_to_cmm:
        assert r.process in (kb.process(r.row).name, *kb.process(r.row).spellings), r.row


def test_every_itil_process_is_used(kb: KnowledgeBase) -> None:
    used = {r.row for r in kb.itil_to_cmm} | {slug for r in kb.cmm_to_itil for slug in r.itil}
    assert {p.row for p in kb.processes} - used == set()
    # "Cost" only appears in the CMM-to-ITIL column (a defect the answers mention).
    assert "cost-management" not in {r.row for r in kb.itil_to_cmm}
    assert {r.row for r in kb.index.cmm_by_itil["cost-management"]} == {"SPP.AC9+AC10", "OPF.AB2"}


def test_vocabulary_matches_the_contract(kb: KnowledgeBase) -> None:
    assert {k.abbr: (k.level, k.name) for k in kb.kpas} == KPAS
    assert {f.abbr: f.name for f in kb.features} == {
        "CO": "Commitment to Perform",
        "AB": "Ability to Perform",
        "AC": "Activities Performed",
        "ME": "Measurement and Analysis",
        "VE": "Verifying Implementation",
    }


# --- counts ---------------------------------------------------------------------------------


def test_rows_per_kpa(kb: KnowledgeBase) -> None:
    assert Counter(r.kpa for r in kb.cmm_to_itil) == ROWS_PER_KPA
    assert len(kb.cmm_to_itil) == 83


def test_rows_per_level(kb: KnowledgeBase) -> None:
    assert Counter(r.level for r in kb.cmm_to_itil) == {2: 34, 3: 49}
    for r in kb.cmm_to_itil:
        assert r.level == KPAS[r.kpa][0], r.row


def test_itil_to_cmm_has_the_14_processes_in_order(kb: KnowledgeBase) -> None:
    assert tuple(r.row for r in kb.itil_to_cmm) == ITIL_ROWS


def test_the_four_models(kb: KnowledgeBase) -> None:
    assert [m.row for m in kb.models] == ["cmm", "itil", "iso9000", "baldrige"]
    assert [(m.granularity.count, m.granularity.kind) for m in kb.models] == [
        (18, "Specific"),
        (48, "Specific"),
        (20, "General"),
        (7, "Holistic"),
    ]
    for m in kb.models:
        assert m.granularity.text.startswith(f"{m.granularity.count} "), m.row
        assert all(getattr(m, dim) for dim in ("abstraction", "audience", "approach", "focus")), m.row


def test_baldrige_focus_lists_seven_areas(kb: KnowledgeBase) -> None:
    baldrige = kb.model("baldrige")
    assert len(baldrige.focus_areas) == 7
    assert len(set(baldrige.focus_areas)) == 7
    for area in baldrige.focus_areas:
        assert area in baldrige.focus
    assert all(not m.focus_areas for m in kb.models if m.row != "baldrige")


def test_empty_mappings_stay_empty(kb: KnowledgeBase) -> None:
    assert {r.row for r in kb.cmm_to_itil if not r.itil} == EMPTY_MAPPINGS
    assert {r.row for r in kb.cmm_to_itil if not r.mapping_printed} == EMPTY_MAPPINGS
    assert "No significant touch points" in kb.index.cmm_row["SQA"].note


def test_observations_cover_the_document(kb: KnowledgeBase) -> None:
    sections = Counter(o.section for o in kb.observations)
    assert sections["opening-questions"] == 4
    assert sections["important-observations"] == 10
    assert sections["appendix"] == 3
    assert sections["itil-to-cmm-intro"] == 2
    assert sections["focus-diagram"] == 1
    children = [o.row for o in kb.observations if o.parent == "duplication-small"]
    assert len(children) == 3  # the three "This suggests the need for" sub-bullets


# --- the two "Organizational Process Definition" blocks --------------------------------------


def test_two_opd_headings(kb: KnowledgeBase, source: str) -> None:
    assert source.count(_squash("KPA: Organizational Process Definition")) == 2
    opf = kb.index.cmm_by_kpa["OPF"]
    opd = kb.index.cmm_by_kpa["OPD"]
    assert {r.heading for r in opf} == {r.heading for r in opd} == {"Organizational Process Definition"}
    rows = [r.row for r in kb.cmm_to_itil]
    assert rows.index(opf[-1].row) < rows.index(opd[0].row)  # the first block is OPF
    assert opf[0].row == "OPF.CO1+CO2+CO3"
    assert "coordinating software process development" in opf[0].practice
    assert kb.index.kpas_by_heading["organizational process definition"] == ("OPF", "OPD")
    assert kb.kpa("OPF").name == "Organization Process Focus"
    assert "two-opd-headings" in {d.row for d in kb.defects}


# --- spot check against the source text -------------------------------------------------------


def _cells(kb: KnowledgeBase) -> list[tuple[tuple[str, str, str], str]]:
    """Every cell the spot check reads: ((table, row, field), text)."""
    out: list[tuple[tuple[str, str, str], str]] = []
    for r in kb.cmm_to_itil:
        for name in ("practice", "production", "note"):
            if getattr(r, name):
                out.append((("cmm_to_itil", r.row, name), getattr(r, name)))
    for r in kb.itil_to_cmm:
        out.append((("itil_to_cmm", r.row, "process"), r.process))
        for name in ("output_to_development", "input_from_development"):
            out.extend(((("itil_to_cmm", r.row, f"{name}[{i}]"), item) for i, item in enumerate(getattr(r, name))))
    for m in kb.models:
        for name in ("abstraction", "audience", "approach"):
            out.append((("models", m.row, name), getattr(m, name)))
        out.append((("models", m.row, "granularity"), m.granularity.text))
        if m.granularity.note:
            out.append((("models", m.row, "granularity_note"), m.granularity.note))
        if m.focus_areas:  # Baldrige's box interleaves its areas: check each, and the prose after them
            out.extend(((("models", m.row, f"focus_areas[{i}]"), a) for i, a in enumerate(m.focus_areas)))
            out.append((("models", m.row, "focus_tail"), m.focus.split(f"{m.focus_areas[-1]}. ", 1)[1]))
        else:
            out.append((("models", m.row, "focus"), m.focus))
    for o in kb.observations:
        # Bulleted lists are stored with their items joined by "; ": check each item.
        parts = o.text.split("; ") if o.row in ("intro-initiatives", "comparison-dimensions") else [o.text]
        out.extend(
            ((("observations", o.row, "text" if len(parts) == 1 else f"text[{i}]"), p) for i, p in enumerate(parts))
        )
    return out


def test_cells_appear_in_the_source(kb: KnowledgeBase, source: str) -> None:
    failures = {where for where, text in _cells(kb) if _squash(text) not in source}
    assert failures == set(SPLIT_CELLS), "cells not found in the source as printed"


@pytest.mark.parametrize("where", sorted(SPLIT_CELLS), ids=lambda w: ".".join(w))
def test_split_cells_are_their_two_halves(kb: KnowledgeBase, source: str, where: tuple[str, str, str]) -> None:
    cells = dict(_cells(kb))
    halves = SPLIT_CELLS[where]
    assert cells[where] == " ".join(halves)
    for half in halves:
        assert _squash(half) in source, half


def test_cmm_to_itil_rows_follow_the_document_order(kb: KnowledgeBase, source: str) -> None:
    """Each row's codes and the start of its key practice, found after the previous row's."""
    position = 0
    for r in kb.cmm_to_itil:
        anchor = _squash(r.practices_printed) + _squash(r.practice or r.note)[:30]
        found = source.find(anchor, position)
        assert found >= 0, f"{r.row}: '{anchor}' not found after the previous row"
        position = found + len(anchor)


def test_headings_and_printed_columns_appear_in_the_source(kb: KnowledgeBase, source: str) -> None:
    for r in kb.cmm_to_itil:
        assert _squash(f"KPA: {r.heading}") in source, r.row
        assert _squash(" ".join(r.mapping_printed)) in source, r.row
    for r in kb.itil_to_cmm:
        # The column's line breaks are joined with "; " where the source prints no comma.
        assert _squash(r.cmm_printed.replace(";", "")) in source, r.row


def test_mapping_printed_gives_the_itil_slugs(kb: KnowledgeBase) -> None:
    """The slugs, in printed order, are what the contract's abbreviations make of the cell."""
    for r in kb.cmm_to_itil:
        printed = _key(" ".join(r.mapping_printed))
        first: dict[str, int] = {}
        for form, slug in MAPPING_FORMS.items():
            at = printed.find(form)
            if at >= 0:
                first[slug] = min(at, first.get(slug, at))
        assert tuple(sorted(first, key=first.__getitem__)) == r.itil, r.row


def test_vocabulary_spells_every_printed_mapping(kb: KnowledgeBase) -> None:
    """The parser finds processes by the vocabulary's spellings: every printed form must be one."""
    forms = {_key(s): p.row for p in kb.processes for s in (p.name, *p.spellings)}
    for form, slug in MAPPING_FORMS.items():
        assert forms.get(form) == slug, form


_REF = re.compile(
    r"L(?P<level>[23])|(?P<feature>Activity|Ability|Commitment)\s+(?P<number>\d+)|(?P<whole>KPAs?)\b"
    r"|\b(?P<kpa>" + "|".join(KPAS) + r")\b"
)


def _parse_refs(printed: str) -> list[tuple[int, str, str, int | None]]:
    """A second reading of the "CMM Level and key practice" column, independent of the YAML's.

    "L2: SCM Activity 3, Activity 4" repeats the last KPA; "L2: SPP and SPTO KPAs" cites both.
    """
    refs: list[tuple[int, str, str, int | None]] = []
    level, kpas, used = 0, [], False
    for m in _REF.finditer(printed):
        if m["level"]:
            level, kpas, used = int(m["level"]), [], False
        elif m["kpa"]:
            kpas, used = ([m["kpa"]] if used else [*kpas, m["kpa"]]), False
        elif m["feature"]:
            refs.append((level, kpas[-1], m["feature"].lower(), int(m["number"])))
            used = True
        else:
            refs.extend((level, k, "kpa", None) for k in kpas)
            used = True
    return refs


def test_cmm_refs_parse_the_printed_column(kb: KnowledgeBase) -> None:
    for r in kb.itil_to_cmm:
        parsed = [(ref.level, ref.kpa, ref.feature, ref.number) for ref in r.cmm_refs]
        assert parsed == _parse_refs(r.cmm_printed), r.row
    planning = kb.index.itil_row["planning-control"]
    assert [(ref.kpa, ref.feature) for ref in planning.cmm_refs] == [("SPP", "kpa"), ("SPTO", "kpa"), ("ISM", "kpa")]


# --- every sentence of the document's prose is in some observation ----------------------------

# The prose runs around the tables and the focus diagram: from the start to the comparison table's
# header, from "Important observations" to the focus diagram, and from where the ISO 9001 bullet
# resumes after the diagram to the ITIL-to-CMM table's header. Headings are not sentences.
PROSE_SPANS = (
    ("", "Level of Abstraction Audience Approach"),
    ("Important observations:", "\nCMM\n Main focus"),
    (" is ISO 9001 does have", "ITIL Process Output TO development"),
)
PROSE_HEADINGS = ("Important observations:", "Appendix", "ITIL to CMM Touch Points")


def _prose_sentences(text: str) -> list[str]:
    """The prose spans cut into sentences, list items and paragraphs (all of them boundaries)."""
    pieces: list[str] = []
    for start, end in PROSE_SPANS:
        begin = text.index(start) if start else 0
        span = text[begin : text.index(end, begin)]
        lines = [line for line in span.splitlines() if line.strip() not in PROSE_HEADINGS]
        for paragraph in re.split(r"\n\s*\n", "\n".join(lines)):
            for item in paragraph.split("•"):
                pieces += [p for p in re.split(r"(?<=[.?!:])\s+", " ".join(item.split())) if p.strip()]
    return pieces


def _letters(text: str) -> str:
    """Only letters and digits, lower case: list separators and line breaks are layout."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def test_every_sentence_of_the_prose_is_in_an_observation(kb: KnowledgeBase) -> None:
    if not SOURCE.is_file():
        pytest.skip(f"source document not found at {SOURCE} (set CROSSWALK_SOURCE)")
    stored = [_letters(o.text) for o in kb.observations]
    sentences = _prose_sentences(SOURCE.read_text(encoding="utf-8"))
    assert len(sentences) > 40  # the spans were found: the opening, the observations, the appendix
    missing = [s for s in sentences if not any(_letters(s) in o for o in stored)]
    assert missing == []
