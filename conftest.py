"""Repository-wide pytest set-up: collect the conversation transcripts in transcripts/*.t as tests
(see assistant/transcripts/plugin.py; `pytest --update-transcripts` rewrites changed answers)."""

pytest_plugins = ["assistant.transcripts.plugin"]
