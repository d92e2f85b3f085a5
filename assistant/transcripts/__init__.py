"""Transcripts: question scripts replayed through a conversation, as tests, tours and handouts.

- `format.py`: the transcript and question-script format (markers, width).
- `replay.py`: record and check transcripts (`crosswalk transcript`), replaying the REPL's slash
  commands through faces/commands.py.
- `plugin.py`: the pytest plugin that collects transcripts/*.t (named in conftest.py).
- `handout.py` (with `restate.py` for follow-up headings), `handout_markdown.py`,
  `handout_html.py`: a script turned into a document for a new hire. These print Markdown and
  HTML, but they sit here, not in rendering/, because a handout is built by replaying a script
  (format.py) through a conversation.

A face, at the same tier as faces/ (the REPL's /export writes transcripts and handouts, and a
transcript replays the REPL's commands); it imports every layer below.
"""
