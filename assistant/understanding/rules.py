"""The rules that read a question: each proposes readings (intent + slots + score).

A rule looks only at the `Analysis` (entities, practice codes, cue words, observation keywords,
passage overlap) and the knowledge base; domain words come from knowledge/cues.yaml. Scores are
comparable across rules: about 0.9 for a question that names its intent, 0.7 for a bare entity,
and the passage-overlap score (`quote_score`) for a question that paraphrases a cell.
"""

from __future__ import annotations

from ..base.text import stem
from .analysis import Analysis, Analyzer
from .direction import direction
from .query import Query, RowIn, Source
from .reading import EVIDENCE_QUOTES, QUERY_INTENT, Reading, rule

# Cue groups that ask about table rows, not prose: they weaken an observation reading.
STRUCTURAL_CUES = (
    "kpa_word",
    "cmm_refs",
    "cmm_to_itil_table",
    "itil_to_cmm_table",
    "no_touch",
    "empty_mapping",
    "gaps",
    "count",
)


def aspect_of(a: Analysis) -> str:
    """Which side of an ITIL-to-CMM row is asked for: output, input, cmm, all, or open (a
    first-person question whose direction depends on who is speaking; see direction.py)."""
    if a.has("cmm_refs", "itil_to_cmm_table", "kpa_word") and not a.has("output", "receive"):
        return "cmm"
    said = direction(a)
    if said is not None:
        return said.value
    process = a.ids("itil")[0] if a.ids("itil") else None
    quoted = a.best_passages("itil", [process]) if process else []
    if quoted and quoted[0][1] >= 4.0:  # "who gets escalated application incidents?": the cell it quotes
        others = [n for (_, _, part), n in quoted[1:] if part != quoted[0][0][2]]
        if not others or quoted[0][1] >= 1.5 * others[0]:
            return quoted[0][0][2]
    dev = a.first_position("role")
    process_at = a.first_position("itil")
    gives = a.cue_positions("output")
    gets = [p for p in a.cue_positions("receive") if a.tokens.words[p] != "from"]
    if dev is None or process_at is None:
        if gives and not gets:
            return "output"
        if gets and not gives:
            return "input" if dev is not None and "from" in a.tokens.words else "output" if dev else "input"
        return "cmm" if a.has("cmm_refs", "kpa_word") else "all"
    dev_first = dev < process_at
    if gives and (not gets or gives[0] < gets[0]):
        return "input" if dev_first else "output"
    if gets:
        return "output" if dev_first else "input"
    return "all"


@rule
def out_of_scope(a: Analysis, analyzer: Analyzer) -> list[Reading]:
    if a.has("out_of_scope"):
        return [Reading("out_of_scope", 0.97, why="names something outside the document")]
    words = a.tokens.words
    known = analyzer.kb.index.level
    for i, word in enumerate(words[:-1]):
        if word == "level" and words[i + 1].isdigit() and int(words[i + 1]) not in known:
            return [Reading("out_of_scope", 0.95, why=f"level {words[i + 1]} is not in the tables")]
    return []


@rule
def clarify_choice(a: Analysis, _: Analyzer) -> list[Reading]:
    if a.has("clarify", "clarify_weak") and not a.ids("itil") and not a.practices:
        weak = not a.has("clarify") and a.observations and a.observations[0][1] >= 0.7
        score = 0.58 if weak else 0.9  # "what does the document recommend?" is answered by the prose
        return [Reading("choose_model", score, why="asks for a recommendation the document does not make")]
    return []


@rule
def glossary(a: Analysis, _: Analyzer) -> list[Reading]:
    targets = [m for m in a.mentions if m.kind in ("abbr", "feature")]
    if a.has("glossary"):  # "what is 'Config. Mgnt.' short for": a printed spelling of a process
        targets += [m for m in a.mentions if m.kind == "itil"]
    targets += [m for m in a.mentions if m.kind == "kpa" and m.text.isupper()]
    targets += [m for m in a.mentions if m.kind in ("itil", "model") and m.text.isupper() and len(m.text) <= 5]
    if not targets:
        return []
    target = targets[0]
    slots = {"term": target.text.upper(), "kind": target.kind, "id": target.id, "near": a.ids("itil") + a.ids("kpa")}
    if a.has("glossary"):
        return [Reading("glossary", 0.92, slots)]
    others = {m.kind for m in a.mentions if (m.start, m.end) == (target.start, target.end)} - {"abbr", "feature"}
    asked = any(h.group == "define" and h.end in (target.start, target.start - 1) for h in a.cues)
    bare = len(a.tokens.words) <= 2 and len(a.mentions) == 1  # "SCCB = ?"
    if (a.has("define") or bare) and target.kind == "abbr" and not others and len(a.mentions) == 1 and not a.practices:
        return [Reading("glossary", 0.8, slots)]
    if asked and target.kind in ("abbr", "feature") and "model" not in others and not a.practices:
        # "what is SLM in the mapping column?": the abbreviation is the question
        return [Reading("glossary", 0.93, slots)]
    return []


@rule
def practice(a: Analysis, _: Analyzer) -> list[Reading]:
    refs = [(p.kpa, p.code) for p in a.practices]
    if not refs:
        return []
    if all(k is None for k, _ in refs):
        return [Reading("cmm_practice", 0.6, {"practices": refs}, why="a practice code without a KPA")]
    refs = [(k, c) for k, c in refs if k]
    if a.has("path", "agree", "other_table"):  # "SPE AC8: do the two tables list the same processes?"
        return [Reading("practice_links", 0.9, {"practices": refs})]
    asks_citers = a.has("cite_verbs", "itil_word") and not a.has("production_role", "cmm_to_itil_table")
    if a.has("itil_to_cmm_table") or asks_citers:
        return [Reading("practice_cited_by", 0.93, {"practices": refs})]
    return [Reading("cmm_practice", 0.93, {"practices": refs})]


@rule
def itil_process(a: Analysis, _: Analyzer) -> list[Reading]:
    processes = a.ids("itil")
    if not processes:
        # "what do ops give dev?": the role word may still mean its process, weakly, when nothing
        # in the question's own words points at another row
        worded = [m.id for m in a.mentions if a.role_worded(m)]
        if worded and a.has("output", "receive"):
            return [Reading("itil_process", 0.6, {"process": worded[0], "aspect": aspect_of(a)}, "a role word")]
        return []
    out: list[Reading] = []
    process = processes[0]
    if a.has("agree") and len(processes) == 1 and not a.practices:  # "do the two tables agree about X?"
        out.append(Reading("process_agreement", 0.93, {"process": process}))
    levels = a.ids("level")
    kpas = a.ids("kpa")
    filters = {"level": int(levels[0]) if levels else None, "kpa": kpas[0] if kpas else None}
    if len(processes) >= 2 and a.has("path", "cmm_refs"):
        out.append(Reading("process_links", 0.88 if a.has("path") else 0.7, {"processes": processes[:2]}))
    if a.has("count") and not a.ids("model"):
        out.append(Reading("itil_practices", 0.9, {"process": process, "count": True, **filters}))
    ranks_kpas = a.has("density") or (a.has("superlative") and a.has("kpa_word"))
    if ranks_kpas and a.has("cmm_refs", "kpa_word", "count") and (kpas or levels or a.has("kpa_word")):
        out.append(Reading("density", 0.92, {"process": process, **filters}))
    reverse = a.has("cmm_to_itil_table") and not a.has("itil_to_cmm_table")
    if reverse or ((kpas or levels) and a.has("cmm_refs", "list")):
        out.append(Reading("itil_practices", 0.88, {"process": process, **filters}))
    cued = a.has("output", "receive", "cmm_refs", "itil_to_cmm_table") or a.ids("role")
    score = 0.86 if cued else 0.72
    if reverse:
        score = 0.7
    if a.ids("model") and not cued:
        score = 0.5
    if len(processes) >= 2 and a.has("path"):
        score -= 0.15
    if a.has("why"):  # "why should dev and ops synchronise?" asks for the reasoning, not a row
        score -= 0.2
    if a.observations and a.observations[0][1] >= 1.5 and not a.has("output", "receive", "cmm_refs"):
        score = min(score, 0.7)
    slots: dict[str, object] = {"process": process, "aspect": aspect_of(a)}
    if slots["aspect"] == "cmm" and a.has("both_tables") and not a.has("itil_to_cmm_table", "cite_verbs"):
        slots["both_tables"] = True  # "which CMM practices touch Helpdesk?": either table may be meant
    out.append(Reading("itil_process", score, slots))
    return out


@rule
def kpa_questions(a: Analysis, analyzer: Analyzer) -> list[Reading]:
    kpas = a.ids("kpa")
    if not kpas or a.practices or a.ids("itil"):
        return []
    kpa = kpas[0]
    own = analyzer.passages_of_kpa(a, kpa)
    if own and own[0][1] >= QUOTE_MINIMUM * 0.8:
        # "subcontractor selection in SSM": the KPA's row whose words the question uses
        score = min(0.95, quote_score(own[0][1]) + 0.1)
        return [Reading("cmm_practice", score, {"rows": [own[0][0][1]]}, "quotes a row of the KPA")]
    asks_itil = a.has("itil_word") or a.has("cmm_to_itil_table")
    if a.has("itil_to_cmm_table") or (asks_itil and a.has("cite_verbs") and not a.has("cmm_to_itil_table")):
        return [Reading("kpa_cited_by", 0.88, {"kpa": kpa})]
    if asks_itil:
        return [Reading("kpa_processes", 0.84, {"kpa": kpa})]
    score = 0.84 if a.has("list", "kpa_word") or len(a.tokens.words) <= 3 else 0.7
    return [Reading("list_rows", score, {"kpa": kpa})]


@rule
def level_questions(a: Analysis, _: Analyzer) -> list[Reading]:
    levels = a.ids("level")
    if not levels or a.ids("kpa") or a.ids("itil") or a.practices:
        return []
    if a.has("kpa_word") and not a.has("cmm_refs"):
        return [Reading("list_kpas", 0.86, {"level": int(levels[0])})]
    listing = a.has("cmm_refs", "cmm_to_itil_table", "list")
    return [Reading("list_rows", 0.84 if listing else 0.7, {"level": int(levels[0])})]


@rule
def touch_point_gaps(a: Analysis, _: Analyzer) -> list[Reading]:
    out = []
    if a.has("no_touch"):
        out.append(Reading("no_touch_points", 0.9))
    if a.has("empty_mapping") and a.has("cmm_to_itil_table", "list", "cmm_refs", "kpa_word"):
        out.append(Reading("empty_mappings", 0.91))
    if a.has("gaps") and not a.ids("model"):
        out.append(Reading("gaps", 0.89))
    if a.has("density") and not a.ids("itil") and not a.ids("model"):
        counted = a.has("itil_word", "kpa_word", "count")
        out.append(Reading("density", 0.88 if counted else 0.6))
    if a.has("defects"):
        out.append(Reading("defects", 0.9))
    return out


@rule
def models(a: Analysis, analyzer: Analyzer) -> list[Reading]:
    if a.practices:  # "AB3 - what does it map to in ITIL?": the model names a side, not a subject
        return []
    named = a.ids("model")
    dim = a.best_dimension()
    about_rows = a.ids("itil") or a.ids("kpa") or a.practices or a.has(*STRUCTURAL_CUES, "cite_verbs")
    prose = a.observations and a.observations[0][1] >= 1.0
    if not named and a.qualified and dim and a.dims[dim] >= 1.0 and not about_rows and not prose:
        # "the main focus of ITIL's processes": nothing else in the question to qualify
        named = list(dict.fromkeys(m.id for m in a.qualified))
    dim = a.best_dimension()
    unit_model = _unit_model(a, analyzer)
    out: list[Reading] = []
    structural = a.ids("kpa") or a.ids("itil") or a.practices
    if a.has("count") and unit_model and not structural and len(named) <= 1 and (not named or unit_model in named):
        prose = a.observations and a.observations[0][1] >= 1.5  # "how many processes did PinkScan measure"
        score = 0.8 if prose else 0.9
        out.append(Reading("model_dimension", score, {"models": [unit_model], "dimension": "granularity"}))
    than = "than" in a.tokens.words and a.tokens.words.index("than") > (a.first_position("model") or 0)
    if than:
        subject = named[:1]
        hits = analyzer.cell_hits(a, subject)
        if hits:
            out.append(Reading("model_select", 0.86, {"cells": _top_cells(hits)}, "X ...-er than Y"))
        elif subject:  # "is the scope of Baldrige wider than ISO's?": about the subject's row
            out.append(Reading("model_define", 0.8, {"models": subject}, "X ...-er than Y"))
    if named and not than:
        hits = analyzer.cell_hits(a, named)
        if hits and hits[0][1] >= QUOTE_MINIMUM:
            out.append(Reading("model_select", quote_score(hits[0][1]), {"cells": _top_cells(hits)}, "quotes a cell"))
    if len(named) >= 2:
        dim = a.best_dimension(minimum=0.8)  # a comparison's dimension is asked for, not hinted
        score = (0.8 if dim else 0.6) + (0.1 if a.has("compare") and not than else 0.0)
        slots = {"models": named, "dimension": dim}
        asked = [d for d, weight in sorted(a.dims.items(), key=lambda kv: -kv[1]) if weight >= 1.0]
        if len(asked) > 1 and a.has("followup"):
            slots["dimensions"] = asked
        out.append(Reading("model_compare", score, slots))
    elif len(named) == 1:
        if dim:
            slots = {"models": named, "dimension": dim}
            asked = [d for d, weight in sorted(a.dims.items(), key=lambda kv: -kv[1]) if weight >= 1.0]
            if len(asked) > 1 and a.has("followup"):  # "who is it for, and how abstract is it?"
                slots["dimensions"] = asked
            score = 0.62 + 0.25 * min(1.0, a.dims[dim])
            if _quotes_a_row(a) and not analyzer.cell_hits(a, named, dim):
                score -= 0.2  # "coordinate the SEPG and ITIL assessment action plans": a row's words
            out.append(Reading("model_dimension", score, slots))
        hits = analyzer.cell_hits(a, named)
        if hits and not dim and a.has("superlative", "compare"):
            out.append(Reading("model_select", 0.72, {"cells": _top_cells(hits)}))
        define = 0.82 if a.has("define") and not a.has("document_says") else 0.7
        model_at = a.first_position("model") or 0
        if not a.has("document_says") and any(h.group == "define" and 0 <= model_at - h.end <= 2 for h in a.cues):
            define = 0.95  # "summarize the CMM for ...": the model is what is to be described
        if a.ids("itil") and not a.has("define"):
            define = 0.5
        strong_dim = dim is not None and a.dims[dim] >= 1.0
        out.append(Reading("model_define", define - (0.15 if strong_dim else 0.0), {"models": named}))
    else:
        asks_all = a.has("models_word") or a.has("compare")
        every = [m.row for m in analyzer.kb.models]
        if dim and a.dims[dim] >= 1.0 and asks_all and not a.has("superlative", "which_model"):
            out.append(Reading("model_compare", 0.8, {"models": every, "dimension": dim}))
        elif not dim and a.has("compare") and a.has("all_models"):  # "compare all four models"
            out.append(Reading("model_compare", 0.8, {"models": every, "dimension": None}))
        strong_dim = dim is not None and a.dims[dim] >= 1.0
        about_models = not a.ids("role") and not a.ids("itil")
        if about_models and (a.has("which_model") or (strong_dim and a.has("superlative", "models_word"))):
            hits = analyzer.cell_hits(a, None, dim) or analyzer.cell_hits(a)
            if hits:
                score = max(0.8, quote_score(hits[0][1]))
                cells = _top_cells(hits)
                # "which one is pass/fail audited?", "the most holistic": picking one model out of the
                # four rests on every model's cell of that dimension
                cells += [(m.row, cells[0][1]) for m in analyzer.kb.models if (m.row, cells[0][1]) not in cells]
                out.append(Reading("model_select", score, {"cells": cells}))
    return out


ROW_QUOTE = 16.0
"""Overlap with a CMM or ITIL row's cell at which the question is quoting that row (most of its
rare words are the cell's own): a model named beside them qualifies the row's words."""


def _quotes_a_row(a: Analysis) -> bool:
    return any(k[0] in ("cmm", "itil") and n >= ROW_QUOTE for k, n in a.passages[:3])


def _unit_model(a: Analysis, analyzer: Analyzer) -> str | None:
    """The model whose granularity unit the question counts ("how many criteria" is Baldrige)."""
    words = " " + " ".join(a.tokens.words) + " "
    for m in analyzer.kb.models:
        for unit in (m.granularity.unit, *m.granularity.unit_aliases):
            if f" {unit.lower()} " in words:
                named = a.ids("model")
                if not named or m.row in named:
                    return m.row
    return None


def _top_cells(hits: list[tuple[tuple[str, str], float]]) -> list[tuple[str, str]]:
    best = hits[0][1]
    return [cell for cell, n in hits if n >= best * 0.95][:2]


QUOTE_MINIMUM = 12.0
"""Passage overlap (summed rarity of shared stems and word pairs) from which a question is read
as quoting that passage; about two rare words, or one rare word pair."""


def quote_score(overlap: float) -> float:
    """Confidence that a question is about the passage it overlaps this much. Past the cap a tiny
    remainder still orders two strongly quoted passages by how much of each the question uses."""
    return round(min(0.95, 0.55 + 0.015 * overlap) + min(overlap, 100.0) * 1e-4, 4)


@rule
def quoted_rows(a: Analysis, analyzer: Analyzer) -> list[Reading]:
    """A question that paraphrases an ITIL or CMM row's cell, naming no process or practice."""
    if a.ids("itil") or a.ids("kpa") or a.practices or a.ids("model"):
        return []
    out = []
    asks = {
        "itil": a.has("itil_word", "output", "receive") or bool(a.ids("role")),
        "cmm": a.has("production_role", "kpa_word", "cmm_refs"),
    }
    for kind in ("itil", "cmm"):
        found = a.best_passages(kind) if asks[kind] else []
        if not found or found[0][1] < QUOTE_MINIMUM:
            continue
        (_, row, part), overlap = found[0]
        if kind == "itil":
            aspect = {"output": "output", "input": "input"}[part]
            out.append(
                Reading("itil_process", quote_score(overlap), {"process": row, "aspect": aspect}, "quotes a row")
            )
        else:
            # rows printing the same words ("Participate in identifying the Technical Service Requirements")
            rows = list(dict.fromkeys(k[1] for k, n in found if n >= overlap * 0.95))
            out.append(Reading("cmm_practice", quote_score(overlap), {"rows": rows}, "quotes a row"))
    return out


@rule
def observations(a: Analysis, analyzer: Analyzer) -> list[Reading]:
    out = []
    quoted = a.best_passages("observation")
    if quoted and quoted[0][1] >= QUOTE_MINIMUM * 1.5:  # the question paraphrases a passage
        row = quoted[0][0][1]
        score = quote_score(quoted[0][1])
        passage = analyzer.kb.index.observation.get(row)
        if passage is not None and passage.answered_by and a.observations and a.observations[0][0] != row:
            score -= 0.05  # quoting the lead-in to the document's questions asks what answers them
        out.append(Reading("observation", score, {"rows": [row]}, "quotes a passage"))
    if a.observations:  # the question uses the words people ask about a passage with
        _, top = a.observations[0]
        rows = [row for row, s in a.observations if s >= top * 0.99][:4]
        why = 0.1 if a.has("why") and not a.ids("model") else 0.0  # "why ..." is asked of the prose
        why += 0.15 if a.has("document_says") else 0.0  # "what does the paper say about ..."
        score = min(0.93 if not a.ids("model") else 0.9, 0.5 + 0.25 * top + why)
        looked_up = a.has("output", "receive", "cmm_refs", "itil_to_cmm_table", "cmm_to_itil_table")
        if a.practices or a.ids("kpa") or (a.ids("itil") and looked_up):
            score -= 0.15  # a row was asked for; "when it comes to change management" only sets the topic
        if a.has(*STRUCTURAL_CUES):
            score -= 0.1
        out.append(Reading("observation", score, {"rows": rows}, "keywords"))
    # a tie goes to the keywords: they say what people ask a passage about, a quote only shares words
    return sorted(out, key=lambda r: (-r.score, r.why != "keywords"))[:1]


@rule
def help_request(a: Analysis, _: Analyzer) -> list[Reading]:
    if a.has("help") and not a.mentions:
        return [Reading("help", 0.8)]
    return []


EVIDENCE_STRONG = 8.0
"""Overlap (summed rarity of the words a question shares with a cell) from which the rows whose
words a question uses answer it: about one rare word pair, or two rare words."""


def evidence_score(overlap: float) -> float:
    """Calibrated below every structured reading (a named process or practice scores ≥ 0.86), so a
    word match only answers when nothing structured does; weak matches stay under THRESHOLD and
    become "I don't know" with the rows offered."""
    if overlap < EVIDENCE_STRONG:
        return round(0.3 + 0.02 * overlap, 4)
    return round(min(0.9, 0.6 + 0.025 * (overlap - EVIDENCE_STRONG)), 4)


EVIDENCE_COVERAGE = 0.6
"""Share of the question's own content words a row must hold for its word match to outrank a
structured reading (below it, a word match only answers when nothing structured does)."""


def coverage(a: Analysis, analyzer: Analyzer, kind: str, row: str) -> float:
    """How much of the question's content (words no entity or cue explains) the row's cells hold."""
    words = {stem(w) for w in a.content if len(w) > 2}
    if not words:
        return 0.0
    held: set[str] = set()
    for part in ("practice", "production", "output", "input"):
        held |= analyzer.passage_index.words_of((kind, row, part))
    return len(words & held) / len(words)


@rule
def evidence(a: Analysis, analyzer: Analyzer) -> list[Reading]:
    """The reading of last resort: the rows whose own words the question uses ("does production
    help with testing?" → "Production supports testing")."""
    found = [(k, n) for k, n in a.passages if k[0] in ("cmm", "itil")]
    if not found or a.practices:
        return []
    (kind, top, _), best = found[0]
    rows = list(dict.fromkeys(k[1] for k, n in found if k[0] == kind and n >= best * 0.85))[:5]
    source = Source.CMM_TO_ITIL if kind == "cmm" else Source.ITIL_TO_CMM
    label = " ".join(a.content[:5]) or a.question
    query = Query(source, RowIn(tuple(rows), label))
    score = evidence_score(best)
    if coverage(a, analyzer, kind, top) < EVIDENCE_COVERAGE:
        score = min(score, EVIDENCE_QUOTES - 0.01)  # other words in the question: never outranks
    return [Reading(QUERY_INTENT, score, why="the rows whose words the question uses", query=query)]


@rule
def codes_and_levels(a: Analysis, _: Analyzer) -> list[Reading]:
    """ "What do the codes mean?", "what is a common feature?"; "what is level 2?" (a level asked
    to be defined, with nothing else named)."""
    out = []
    terms = any(m.kind in ("abbr", "feature") for m in a.mentions)
    if a.has("legend") and not terms and not a.practices and not a.ids("kpa") and not a.ids("itil"):
        out.append(Reading("legend", 0.9))
    levels = a.ids("level")
    named = a.ids("kpa") or a.ids("itil") or a.practices or a.ids("model")
    asks_rows = a.has("cmm_refs", "list", "kpa_word", "count", "cmm_to_itil_table")
    if levels and a.has("define") and not named and not asks_rows and not a.has("followup"):
        out.append(Reading("level_definition", 0.9, {"level": int(levels[0])}))
    return out
