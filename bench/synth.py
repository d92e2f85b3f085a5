"""Generate a knowledge directory N times the size of the shipped one, for the scale benchmark.

The shipped files are copied (models, observations, cues and defects unchanged) and grown with
synthetic entries of the same schema, every reference valid, so `crosswalk --knowledge DIR check`
passes (unless a file outgrows the loader's per-file size cap, which 100x does):

* (N-1) x 14 ITIL processes "Synthetic Process K" (slug `synthetic-process-K`), each with a
  vocabulary entry and an ITIL-to-CMM row whose CMM references point at synthetic practices;
* (N-1) x 13 KPAs "Synthetic Area K" with unique abbreviations (`XAAA`, `XAAB`, ...), levels 2
  and 3, and (N-1) x 83 CMM-to-ITIL rows among them, mapped to synthetic processes.

So the ITIL-to-CMM and CMM-to-ITIL tables, the processes and the KPAs are each N times the
shipped counts. Synthetic rows never map to shipped processes, so a question about a shipped
row has the same answer at every size: answer time should stay flat, and what grows is only
what the parser must search.

Usage: python bench/synth.py FACTOR OUTDIR
"""

from __future__ import annotations

import json
import random
import re
import shutil
import string
import sys
from itertools import product
from pathlib import Path

import yaml

from assistant.understanding.loading import default_directory

FEATURES = (("CO", "commitment"), ("AB", "ability"), ("AC", "activity"), ("ME", "measurement"), ("VE", "verification"))
WORDS = ["plan", "estimate", "track", "review", "baseline", "record", "report", "schedule", "audit", "verify"]
WORDS += ["coordinate", "measure", "approve", "control", "document", "escalate", "allocate", "monitor", "define"]
OBJECTS = ["work products", "commitments", "resources", "requirements", "interfaces", "milestones", "risks"]
OBJECTS += ["defects", "budgets", "service levels", "configurations", "releases", "changes", "procedures"]


def _abbreviations(count: int) -> list[str]:
    """Unique KPA abbreviations that collide with no shipped abbreviation: XAAA, XAAB, ..."""
    out = []
    for size in (3, 4):
        for letters in product(string.ascii_uppercase, repeat=size):
            out.append("X" + "".join(letters))
            if len(out) == count:
                return out
    raise ValueError("too many KPAs")


def _sentence(rng: random.Random, subject: str) -> str:
    # short on purpose, to keep the files small (the loader caps each file, assistant.kb.yamlio.MAX_FILE_BYTES)
    return f"{subject} {rng.choice(WORDS)}s the {rng.choice(OBJECTS)}."


_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 .+-]*")
_RESERVED = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~"}


def _scalar(value: object) -> str:
    if isinstance(value, str):
        plain = _PLAIN.fullmatch(value) and value.lower() not in _RESERVED and not value.endswith(" ")
        return value if plain else json.dumps(value, ensure_ascii=True)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_scalar(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def _flow(item: dict) -> str:
    """One row as a YAML flow mapping, quoting only what needs it (compact, fast to write)."""
    return "- " + _scalar(item) + "\n"


def generate(factor: int, out: Path, source: Path | None = None, seed: int = 7) -> dict[str, int]:
    """Write a knowledge directory `factor` times the shipped one into `out`; return its counts."""
    source = source or default_directory()
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for name in ("models.yaml", "observations.yaml", "cues.yaml", "defects.yaml"):
        shutil.copyfile(source / name, out / name)

    vocab = yaml.safe_load((source / "vocabulary.yaml").read_text(encoding="utf-8"))
    itil_text = (source / "itil_to_cmm.yaml").read_text(encoding="utf-8")
    cmm_text = (source / "cmm_to_itil.yaml").read_text(encoding="utf-8")
    n_itil = len(yaml.safe_load(itil_text))
    n_cmm = len(yaml.safe_load(cmm_text))
    n_kpa = len(vocab["kpas"])
    extra_proc, extra_kpa, extra_rows = (factor - 1) * n_itil, (factor - 1) * n_kpa, (factor - 1) * n_cmm

    processes = [(f"synthetic-process-{k}", f"Synthetic Process {k}") for k in range(1, extra_proc + 1)]
    for k, (slug, name) in enumerate(processes, 1):
        entry = {"row": slug, "name": name, "spellings": [name], "aliases": [f"synth process {k}"]}
        vocab["itil_processes"].append(entry)

    kpas = []
    for k, abbr in enumerate(_abbreviations(extra_kpa), 1):
        level = 2 if k % 2 else 3
        kpas.append((abbr, level, f"Synthetic Area {k}"))
        entry = {
            "abbr": abbr,
            "level": level,
            "name": f"Synthetic Area {k}",
            "spellings": [],
            "aliases": [f"synth area {k}"],
        }
        vocab["kpas"].append(entry)

    # CMM-to-ITIL rows: spread evenly over the synthetic KPAs, codes numbered per feature
    cmm_lines = []
    practices_of: dict[str, list[str]] = {abbr: [] for abbr, _, _ in kpas}
    for i in range(extra_rows):
        abbr, level, name = kpas[i % len(kpas)] if kpas else ("", 0, "")
        taken = practices_of[abbr]
        codes = []
        for _ in range(1 if rng.random() < 0.8 else 2):
            prefix = rng.choice(FEATURES)[0]
            number = 1 + sum(1 for c in taken + codes if c.startswith(prefix))
            codes.append(f"{prefix}{number}")
        taken.extend(codes)
        mapped = rng.sample(processes, k=min(len(processes), rng.randint(0, 2)))
        cmm_lines.append(
            _flow(
                {
                    "row": f"{abbr}." + "+".join(codes),
                    "level": level,
                    "kpa": abbr,
                    "heading": name,
                    "practices": codes,
                    "practices_printed": ", ".join(codes),
                    "practice": _sentence(rng, "It"),
                    "production": _sentence(rng, "Production"),
                    "itil": [slug for slug, _ in mapped],
                    "mapping_printed": [n for _, n in mapped],
                }
            )
        )

    # ITIL-to-CMM rows: each synthetic process cites one to four synthetic practices
    feature_word = dict(FEATURES)
    level_of = {abbr: level for abbr, level, _ in kpas}
    itil_lines = []
    for slug, name in processes:
        refs, printed = [], []
        for abbr in rng.sample(list(practices_of), k=min(len(practices_of), rng.randint(1, 4))):
            if not practices_of[abbr]:
                continue
            code = rng.choice(practices_of[abbr])
            feature = feature_word[code[:2]]
            refs.append({"level": level_of[abbr], "kpa": abbr, "feature": feature, "number": int(code[2:])})
            printed.append(f"L{level_of[abbr]}: {abbr} {feature.capitalize()} {int(code[2:])}")
        itil_lines.append(
            _flow(
                {
                    "row": slug,
                    "process": name,
                    "output_to_development": [_sentence(rng, name)],
                    "input_from_development": [_sentence(rng, "Development")],
                    "cmm_printed": "; ".join(printed),
                    "cmm_refs": refs,
                }
            )
        )

    (out / "itil_to_cmm.yaml").write_text(itil_text.rstrip("\n") + "\n" + "".join(itil_lines), encoding="utf-8")
    (out / "cmm_to_itil.yaml").write_text(cmm_text.rstrip("\n") + "\n" + "".join(cmm_lines), encoding="utf-8")
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    (out / "vocabulary.yaml").write_text(
        yaml.dump(vocab, Dumper=dumper, sort_keys=False, allow_unicode=True, width=4096), encoding="utf-8"
    )
    return {
        "itil_processes": len(vocab["itil_processes"]),
        "kpas": len(vocab["kpas"]),
        "itil_to_cmm": n_itil + extra_proc,
        "cmm_to_itil": n_cmm + extra_rows,
        "bytes": sum(p.stat().st_size for p in out.glob("*.yaml")),
        "largest_file_bytes": max(p.stat().st_size for p in out.glob("*.yaml")),
    }


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(generate(int(sys.argv[1]), Path(sys.argv[2])))
