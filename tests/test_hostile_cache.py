"""Issue 13, the cache: no planted file runs code, whoever planted it; a cache anyone else could have
written is not read; the key is the content; no temporary file outlives a failed or interrupted write."""

from __future__ import annotations

import dataclasses
import marshal
import os
import pickle
import time
from pathlib import Path

import pytest

from assistant.conversation.engine import Engine
from assistant.kb import cache, plaindata
from assistant.understanding.analysis import Analyzer
from assistant.understanding.loading import cache_key, default_directory, load_analyzer

from .hostile import SPARE_UID, crosswalk, knowledge_copy, needs_root

pytestmark = pytest.mark.slow  # subprocesses, terminals or whole banks: not in the fast lane

QUESTIONS = ("SPP AC11?", "what does dev give problem mgmt?", "ITIL vs CMM", "which KPAs have no touch points?")


class Plant:
    """A pickle that, once loaded, creates a file: proof that a planted cache ran code."""

    def __init__(self, sentinel: Path) -> None:
        self.sentinel = sentinel

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.sentinel), "w"))


def planted_analyzer(analyzer: Analyzer) -> Analyzer:
    """The shipped analyzer with every practice cell replaced by a marker: what a planted cache says."""
    rows = tuple(dataclasses.replace(r, practice="PLANTED") for r in analyzer.kb.cmm_to_itil)  # type: ignore[type-var]
    index = dataclasses.replace(analyzer.kb.index, cmm_row={r.row: r for r in rows})
    kb = dataclasses.replace(analyzer.kb, cmm_to_itil=rows, index=index)
    return dataclasses.replace(analyzer, kb=kb)


def cache_bytes(key: str, value: object) -> bytes:
    """A cache file exactly as cache.store writes it (so only the checks can keep it out)."""
    import hashlib

    payload = marshal.dumps(plaindata.encode(value))
    digest = hashlib.blake2b(payload, digest_size=16).hexdigest()
    return marshal.dumps((cache.FORMAT, key, digest, payload))


def answer_text(analyzer: Analyzer, question: str = "SPP AC11?") -> str:
    return Engine(analyzer.kb, analyzer).answer(question)[0].text


@pytest.fixture(scope="module")
def shipped() -> Analyzer:
    return load_analyzer(default_directory(), None)


def plant(folder: Path, key: str, analyzer: Analyzer, sentinel: Path, owner: int | None) -> list[Path]:
    """A world-writable cache folder holding a planted cache under the right name and an old-style
    pickle that runs code, all owned by `owner` (another user) when given."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [folder / cache.file_name(key), folder / "kb-0123456789abcdef.pickle"]
    files[0].write_bytes(cache_bytes(key, planted_analyzer(analyzer)))
    files[1].write_bytes(pickle.dumps(Plant(sentinel)))
    for path in (folder, *files):
        os.chmod(path, 0o777 if path == folder else 0o666)
        if owner is not None:
            os.chown(path, owner, owner)
    return files


@needs_root
def test_cache_planted_by_another_user_in_a_world_writable_folder_is_never_read(
    tmp_path: Path, shipped: Analyzer
) -> None:
    folder, sentinel = tmp_path / "cache" / "crosswalk", tmp_path / "ran-code"
    key = cache_key(default_directory())
    assert key is not None
    planted = plant(folder, key, shipped, sentinel, SPARE_UID)
    before = {p: p.read_bytes() for p in planted}
    analyzer = load_analyzer(default_directory(), folder)
    assert "PLANTED" not in answer_text(analyzer)
    assert not sentinel.exists()
    assert sorted(folder.iterdir()) == sorted(planted), "wrote into a folder another user controls"
    assert {p: p.read_bytes() for p in planted} == before
    # the same through the real command, with $XDG_CACHE_HOME pointing there
    proc = crosswalk("ask", "SPP AC11?", tmp=tmp_path, cache=tmp_path / "cache")
    assert proc.returncode == 0 and b"PLANTED" not in proc.stdout and not sentinel.exists()


@needs_root
def test_file_planted_by_another_user_in_our_loose_folder_is_ignored_and_the_folder_tightened(
    tmp_path: Path, shipped: Analyzer
) -> None:
    folder, sentinel = tmp_path / "cache" / "crosswalk", tmp_path / "ran-code"
    key = cache_key(default_directory())
    assert key is not None
    planted = plant(folder, key, shipped, sentinel, None)
    os.chmod(folder, 0o777)
    for path in planted:
        os.chown(path, SPARE_UID, SPARE_UID)
    analyzer = load_analyzer(default_directory(), folder)
    assert "PLANTED" not in answer_text(analyzer) and not sentinel.exists()
    assert folder.stat().st_mode & 0o777 == 0o700
    ours = folder / cache.file_name(key)
    assert ours.stat().st_uid == os.geteuid() and ours.stat().st_mode & 0o777 == 0o600  # replaced by ours
    assert "PLANTED" not in answer_text(load_analyzer(default_directory(), folder))


def test_same_user_pickle_or_code_object_in_the_cache_runs_nothing(tmp_path: Path, shipped: Analyzer) -> None:
    folder, sentinel = tmp_path / "cache", tmp_path / "ran-code"
    key = cache_key(default_directory())
    assert key is not None
    code = compile(f"open({str(sentinel)!r}, 'w')", "<planted>", "exec")
    payloads = [
        pickle.dumps(Plant(sentinel)),  # the old format's attack, under the new name
        marshal.dumps(code),
        marshal.dumps((cache.FORMAT, key, "0" * 32, marshal.dumps(code))),  # wrong digest
        cache_bytes(key, shipped)[:-100],  # cut short
    ]
    import hashlib

    inner = marshal.dumps(code)
    payloads.append(marshal.dumps((cache.FORMAT, key, hashlib.blake2b(inner, digest_size=16).hexdigest(), inner)))
    names = marshal.dumps(((code,), ()))
    payloads.append(marshal.dumps((cache.FORMAT, key, hashlib.blake2b(names, digest_size=16).hexdigest(), names)))
    folder.mkdir(mode=0o700)
    for payload in payloads:
        (folder / cache.file_name(key)).write_bytes(payload)
        os.chmod(folder / cache.file_name(key), 0o600)
        assert cache.load(folder, key) is None  # refused: a plain load follows
        assert not sentinel.exists()
    assert answer_text(load_analyzer(default_directory(), folder)) == answer_text(shipped)
    assert not sentinel.exists()


def test_decoding_builds_only_dataclasses_of_this_package(shipped: Analyzer) -> None:
    names, data = plaindata.encode(shipped)
    for bad in (
        "os:system",
        "builtins:eval",
        "subprocess:Popen",
        "assistant.faces.cli:UsageError",
        "assistant:__loader__",
    ):
        with pytest.raises(plaindata.Unsupported):
            plaindata.decode((bad, *names[1:]), data)
    with pytest.raises(plaindata.Unsupported):
        plaindata.encode(Plant(Path("x")))  # not a dataclass of this package: never cached


def test_round_trip_answers_exactly_as_a_fresh_build(shipped: Analyzer) -> None:
    """If someone adds a value the format cannot hold, this fails (instead of every start going slow)."""
    names, data = plaindata.encode(shipped)
    decoded = plaindata.decode(*marshal.loads(marshal.dumps((names, data))))
    fresh, copy = Engine(shipped.kb, shipped), Engine(decoded.kb, decoded)
    for question in QUESTIONS:
        assert fresh.answer(question)[0].as_json() == copy.answer(question)[0].as_json()
    rows = decoded.kb.cmm_to_itil
    assert all(decoded.kb.index.cmm_row[r.row] is r for r in rows)  # shared rows stay shared


def test_key_follows_content_not_size_and_time(tmp_path: Path) -> None:
    directory = knowledge_copy(tmp_path)
    folder = tmp_path / "cache"
    before = answer_text(load_analyzer(directory, folder))
    path = directory / "cmm_to_itil.yaml"
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    old = "Estimates for the project's critical computer resources"
    new = "Estimates for the project's critical computer RESOURCES"  # same size
    assert old in text and len(old) == len(new)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns
    after = answer_text(load_analyzer(directory, folder))
    assert "RESOURCES" in after and "RESOURCES" not in before


def test_cache_folder_that_is_a_link_is_not_followed(tmp_path: Path, shipped: Analyzer) -> None:
    real = tmp_path / "elsewhere"
    real.mkdir(mode=0o700)
    key = cache_key(default_directory())
    assert key is not None
    (real / cache.file_name(key)).write_bytes(cache_bytes(key, planted_analyzer(shipped)))
    os.chmod(real / cache.file_name(key), 0o600)
    link = tmp_path / "cache"
    link.symlink_to(real)
    assert "PLANTED" not in answer_text(load_analyzer(default_directory(), link))


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_failed_or_interrupted_write_leaves_no_temporary(
    tmp_path: Path, shipped: Analyzer, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    folder = tmp_path / "cache"

    def fail(fd: int, data: bytes) -> None:
        os.write(fd, data[:4096])
        raise failure

    monkeypatch.setattr(cache, "write_all", fail)
    if isinstance(failure, KeyboardInterrupt):
        with pytest.raises(KeyboardInterrupt):
            cache.store(folder, "k" * 32, shipped)
    else:
        cache.store(folder, "k" * 32, shipped)  # a cache that cannot be written is no error
    assert os.listdir(folder) == []


def test_temporaries_left_by_a_killed_process_are_removed(tmp_path: Path, shipped: Analyzer) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    left = folder / f".{cache.file_name('a' * 32)}.123.456{cache.TEMP_SUFFIX}"
    left.write_bytes(b"half a cache")
    old = time.time() - cache.STALE_TEMP_SECONDS - 60
    os.utime(left, (old, old))
    cache.store(folder, "b" * 32, shipped)
    assert os.listdir(folder) == [cache.file_name("b" * 32)]


def test_cache_files_are_private(tmp_path: Path, shipped: Analyzer) -> None:
    folder = tmp_path / "cache" / "crosswalk"
    cache.store(folder, "c" * 32, shipped)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / cache.file_name("c" * 32)).stat().st_mode & 0o777 == 0o600
    loaded = cache.load(folder, "c" * 32)
    assert isinstance(loaded, Analyzer) and answer_text(loaded) == answer_text(shipped)
