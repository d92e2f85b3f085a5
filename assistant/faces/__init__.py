"""The faces: the ways a person or a script talks to the assistant.

- `cli.py`: the `crosswalk` command (argparse), exit statuses (`status.py`), pipes and signals.
- `repl.py`, `completion.py`, `history.py`: the interactive prompt.
- `commands.py`: the one slash-command registry (help and completion are generated from it).
- `batch.py`: `crosswalk run` (jsonl, text, handouts).
- `report.py`: the `matrix`, `density` and `gaps` commands (the pictures are rendering/heatmap.py).
- `environment.py`: the injectable environment; the only reader of os.environ and the terminal.

The top layer, with transcripts/ beside it: a face may import every layer below.
"""
