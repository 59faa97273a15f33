"""The store's saves: atomic and durable (a temp file, fsync, rename), nothing left behind when a
save fails, private folder and file modes, and a missing file that writes nothing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from trustroad.storage.files import WORKBOOK_FILE
from trustroad.storage.store import Store
from trustroad.workbook.model import Workbook
from unit.store_helpers import MARKER, mode


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def sample_workbook() -> Workbook:
    workbook = Workbook(role="hurt", current_phase="stabilize", theme="light")
    workbook.set_answer("stabilize-when-to-talk", "time", f"Tuesdays {MARKER}")
    workbook.set_checked("steadier", "sleep", True)
    workbook.set_done("calm-comes-first", True)
    return workbook


def test_round_trip(tmp_path):
    store = Store(tmp_path / "data")
    workbook = sample_workbook()
    store.save(WORKBOOK_FILE, workbook)
    assert Store(tmp_path / "data").load(WORKBOOK_FILE, Workbook) == workbook


def test_save_goes_through_a_temp_file_in_the_same_folder_and_fsyncs(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    replaced: list[tuple[Path, Path]] = []
    synced: list[str] = []
    real_replace, real_fsync = os.replace, os.fsync

    def spy_replace(src, dst):
        replaced.append((Path(src), Path(dst)))
        assert Path(src).read_bytes() == b"new", "the temp file holds the whole new text before the rename"
        real_replace(src, dst)

    def spy_fsync(fd):
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "replace", spy_replace)
    monkeypatch.setattr(os, "fsync", spy_fsync)
    Store(folder).write_bytes(WORKBOOK_FILE, b"new")

    [(src, dst)] = replaced
    assert src.parent == folder and src.name != WORKBOOK_FILE
    assert dst == folder / WORKBOOK_FILE
    # The file's data reaches the disk before the rename, the rename itself after it.
    assert synced == ["file", "folder"]
    assert (folder / WORKBOOK_FILE).read_bytes() == b"new"
    assert leftovers(folder) == []


@pytest.mark.parametrize("failing", ["replace", "fsync", "fchmod"])
@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_failed_save_keeps_the_previous_file_and_leaves_no_temp_file(
    tmp_path, monkeypatch, file_state, failing, error
):
    store = Store(tmp_path)
    store.write_bytes(WORKBOOK_FILE, b'{"old": true}')
    before = file_state(store.path(WORKBOOK_FILE))

    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(os, failing, fail)
    with pytest.raises(type(error)):
        store.write_bytes(WORKBOOK_FILE, b'{"new": true}')
    monkeypatch.undo()

    assert file_state(store.path(WORKBOOK_FILE)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [WORKBOOK_FILE]


def test_a_failed_first_save_leaves_nothing_behind(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(5, "Input/output error")))
    with pytest.raises(OSError):
        Store(tmp_path).write_bytes(WORKBOOK_FILE, b"{}")
    assert list(tmp_path.iterdir()) == []


def test_folder_is_0700_and_files_are_0600_whatever_the_umask(tmp_path):
    old_umask = os.umask(0)
    try:
        folder = tmp_path / "a" / "data"
        Store(folder).save(WORKBOOK_FILE, Workbook())
    finally:
        os.umask(old_umask)
    assert mode(folder) == 0o700
    assert mode(folder / WORKBOOK_FILE) == 0o600


def test_saving_over_a_world_readable_file_makes_it_private(tmp_path):
    path = tmp_path / WORKBOOK_FILE
    path.write_text("{}")
    os.chmod(path, 0o644)
    Store(tmp_path).save(WORKBOOK_FILE, Workbook())
    assert mode(path) == 0o600


def test_a_missing_file_gives_a_fresh_workbook_and_writes_nothing(tmp_path):
    folder = tmp_path / "not-yet"
    workbook = Store(folder).load(WORKBOOK_FILE, Workbook)
    assert workbook == Workbook()
    assert not folder.exists()

    empty = tmp_path / "empty"
    empty.mkdir()
    assert Store(empty).load(WORKBOOK_FILE, Workbook) == Workbook()
    assert list(empty.iterdir()) == []
