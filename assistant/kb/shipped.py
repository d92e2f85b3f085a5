"""Where the shipped knowledge is. A module of its own, so that finding the directory (every start
of `crosswalk ask`) does not import the YAML loader, which a cached start never needs."""

from __future__ import annotations

from pathlib import Path


def default_directory() -> Path:
    """The shipped knowledge: the package data `assistant.knowledge` when installed, or the
    repository's top-level knowledge/ folder in a checkout."""
    package = Path(__file__).resolve().parent.parent  # assistant/
    packaged = package / "knowledge"
    return packaged if packaged.is_dir() else package.parent / "knowledge"
