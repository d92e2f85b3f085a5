"""Issue 13, the REPL's history: created 0600 in a 0700 folder; a symbolic link planted in a shared
state folder is not followed (not read, not appended to), a FIFO is refused with a warning instead
of hanging the REPL before its prompt, and a folder of another user is not used."""

from __future__ import annotations

import io
import os
from pathlib import Path

from prompt_toolkit.history import History, InMemoryHistory

from assistant.faces.environment import Environment
from assistant.faces.history import PrivateFileHistory
from assistant.faces.repl import _FileHistory, open_history

from .hostile import SPARE_UID, needs_root, with_timeout


def env_for(state: Path | None) -> Environment:
    return Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdout_isatty=False, color=False, state_dir=state)


def opened(env: Environment) -> History:
    """open_history, which must return (never block) whatever sits where the history belongs."""
    return with_timeout(10, open_history, env)  # type: ignore[return-value]


def warnings(env: Environment) -> list[str]:
    return env.stderr.getvalue().splitlines()  # type: ignore[union-attr]


def test_history_is_created_private(tmp_path: Path) -> None:
    env = env_for(tmp_path / "state" / "crosswalk")
    history = opened(env)
    assert isinstance(history, PrivateFileHistory) and warnings(env) == []
    history.store_string("SPP AC11?")
    folder, file = tmp_path / "state" / "crosswalk", tmp_path / "state" / "crosswalk" / "history"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert file.stat().st_mode & 0o777 == 0o600
    assert list(opened(env_for(folder)).load_history_strings()) == ["SPP AC11?"]


def test_loose_folder_and_file_of_ours_are_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "crosswalk"
    folder.mkdir(mode=0o777)
    os.chmod(folder, 0o777)
    (folder / "history").write_text("\n# then\n+ITIL vs CMM\n")
    os.chmod(folder / "history", 0o666)
    history = opened(env_for(folder))
    assert list(history.load_history_strings()) == ["ITIL vs CMM"]  # the old file still loads
    assert folder.stat().st_mode & 0o777 == 0o700 and (folder / "history").stat().st_mode & 0o777 == 0o600


def test_planted_symlink_is_not_followed(tmp_path: Path) -> None:
    folder, target = tmp_path / "crosswalk", tmp_path / "victim.txt"
    folder.mkdir(mode=0o700)
    target.write_text("secret\n")
    (folder / "history").symlink_to(target)
    env = env_for(folder)
    history = opened(env)
    assert isinstance(history, InMemoryHistory)
    assert len(warnings(env)) == 1 and "symbolic link" in warnings(env)[0]
    history.store_string("SPP AC11?")
    assert target.read_text() == "secret\n"


def test_symlink_swapped_in_mid_session_is_not_followed(tmp_path: Path) -> None:
    folder, target = tmp_path / "crosswalk", tmp_path / "victim.txt"
    env = env_for(folder)
    history = opened(env)
    target.write_text("secret\n")
    (folder / "history").unlink()
    (folder / "history").symlink_to(target)
    found: list[str] = []
    guarded = _FileHistory(folder / "history", found.append)
    guarded.store_string("SPP AC11?")
    guarded.store_string("and AC13?")
    assert target.read_text() == "secret\n" and len(found) == 1 and "symbolic link" in found[0]
    assert isinstance(history, PrivateFileHistory)


def test_planted_fifo_is_refused_with_a_warning_not_a_hang(tmp_path: Path) -> None:
    folder = tmp_path / "crosswalk"
    folder.mkdir(mode=0o700)
    os.mkfifo(folder / "history")
    env = env_for(folder)
    assert isinstance(opened(env), InMemoryHistory)
    assert len(warnings(env)) == 1 and "FIFO" in warnings(env)[0]


@needs_root
def test_folder_of_another_user_is_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "crosswalk"
    folder.mkdir()
    os.chmod(folder, 0o777)
    os.chown(folder, SPARE_UID, SPARE_UID)
    env = env_for(folder)
    assert isinstance(opened(env), InMemoryHistory)
    assert "belongs to another user" in warnings(env)[0]
    assert os.listdir(folder) == []


@needs_root
def test_history_file_of_another_user_is_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "crosswalk"
    folder.mkdir(mode=0o700)
    (folder / "history").write_text("\n# planted\n+rm -rf ~\n")
    os.chown(folder / "history", SPARE_UID, SPARE_UID)
    env = env_for(folder)
    assert isinstance(opened(env), InMemoryHistory)
    assert "belongs to another user" in warnings(env)[0]


def test_no_state_directory_keeps_history_in_memory(tmp_path: Path) -> None:
    env = env_for(None)
    assert isinstance(opened(env), InMemoryHistory)
    assert "in memory" in warnings(env)[0]
