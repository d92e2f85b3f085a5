"""Question understanding: from a question's text to ranked readings (intent + slots, or a query).

- `analysis.py` recognises entities (`lexicon.py`), practice codes (`patterns.py`), cue words
  (`cues.py`) and paraphrased passages (`passages.py`) in the normalised text (base/text.py).
- `rules.py` scores candidate readings, `compose.py` builds queries from entities and connectives,
  `parse.py` ranks them and applies the thresholds.
- `query.py` is the query model: the one contract between the parser, follow-ups and answers.
- `direction.py` reads who gives what to whom.
- `loading.py` builds the analyzer (the knowledge base plus these indexes) through kb's cache.

Imports kb/ and base/ only.
"""
