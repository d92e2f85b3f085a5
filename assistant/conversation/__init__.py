"""The conversation: a question in the context of the ones before it.

- `engine.py`: the answer / clarify / unknown decision over the parser's ranking.
- `followup.py`: the context carried between turns, follow-ups that refine the last query,
  pronouns, "why?" and "show me the rows".
- `dialogue.py`: one conversation (its context and the speaker's side).
- `ask_back.py`: a clarify answer's readings phrased as questions. On the boundary with
  understanding/; it sits here because it words the engine's clarify decision (it uses
  answers/wording.py, which understanding/ may not import).

Imports answers/, understanding/, kb/ and base/.
"""
