"""The knowledge base: the shipped YAML (the package data `assistant.knowledge`, the repository's
top-level knowledge/ folder) turned into typed, indexed, validated records.

- `schema.py`: the records (frozen dataclasses) and the indexes.
- `yamlio.py`: the safe YAML reader (line numbers, no tags, regular files only).
- `records.py`, `load.py`: reading each file into records; `load_knowledge()`.
- `shipped.py`: `default_directory()`, where the shipped YAML is (light: no loader imported).
- `validate.py`, `textcheck.py`, `errors.py`: references, cycles, aliases, control characters; each
  problem one line.
- `cache.py`, `plaindata.py`: the data-only cache of the parsed knowledge base and its indexes.

Imports only base/.
"""
