"""The ground floor: what every layer may use, and which uses nothing else of ours.

- `text.py`: text normalisation (clean, tokenize, stem, phrase_words). The parser reads questions
  with it and the knowledge base checks its aliases with it ("aliases compared as the parser reads
  them"), so it sits below both rather than in understanding/.
- `sanitize.py`: the one sanitiser for outside text on its way out (terminal, Markdown, JSON, CSV);
  here rather than in rendering/ because `crosswalk check` (kb/textcheck.py) refuses the same
  characters it shows.
- `files.py`, `stream.py`, `private.py`: reading outside bytes safely (regular files only, a byte
  cap, streamed and decoded input, private 0700 folders) and writing atomically; the knowledge
  loader and its cache need them as much as the faces do.
- `plural.py`: "1 row", "3 rows"; used by answers, reports and transcripts alike.
"""
