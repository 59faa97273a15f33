"""The store: atomic durable saves, bad files left untouched and explained, one window per folder."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import traceback
from pathlib import Path

import pytest

from trustroad.documents import load_all
from trustroad.storage.bytestore import ByteStore
from trustroad.storage.errors import DataFileError, FolderInUseError
from trustroad.storage.files import SCHEMA_VERSION, WORKBOOK_FILE
from trustroad.storage.store import Store
from trustroad.storage.writer import BackgroundWriter
from trustroad.workbook.model import Workbook

# Planted in the person's writing inside bad files: it must never appear in an error.
MARKER = "PRIVATE-MARKER-q7Zx"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def sample_workbook() -> Workbook:
    workbook = Workbook(role="hurt", current_phase="stabilize", theme="light")
    workbook.set_answer("stabilize-when-to-talk", "time", f"Tuesdays {MARKER}")
    workbook.set_checked("steadier", "sleep", True)
    workbook.set_done("calm-comes-first", True)
    return workbook


# --- saving -----------------------------------------------------------------------------


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


# --- bad files: explained, never touched --------------------------------------------------

NOT_UTF8 = b'{"answers": {"s/p": {"text": "' + MARKER.encode() + b' \xff\xfe"}}}'

BAD_FILES = {
    "invalid-utf8": (NOT_UTF8, [f"byte {NOT_UTF8.index(0xFF) + 1}", "not valid UTF-8"]),
    "invalid-json": (
        ('{\n  "answers": {"s/p": {"text": "' + MARKER + '"}},\n  "role": hurt\n}').encode(),
        ["line 3, column 11", "not valid JSON"],
    ),
    "half-written": (
        ('{"answers": {"s/p": {"text": "' + MARKER + " and then the power went").encode(),
        ["line 1, column 30", "not valid JSON"],
    ),
    "not-an-object": (json.dumps([MARKER]).encode(), ["JSON object"]),
    "nested-too-deeply": (('{"x": "' + MARKER + '", "y": ').encode() + b"[" * 100_000, ["nested too deeply"]),
    "wrong-type-in-answer": (
        json.dumps({"answers": {"s/p": {"text": MARKER, "share": MARKER}}}).encode(),
        ["field answers.s/p.share", "boolean"],
    ),
    "answer-text-not-text": (
        json.dumps({"answers": {"s/p": {"text": [MARKER]}}}).encode(),
        ["field answers.s/p.text"],
    ),
    "unknown-role": (json.dumps({"role": MARKER}).encode(), ["field role", "'hurt'"]),
    "bad-date": (
        json.dumps({"done": {"s": MARKER}, "answers": {"s/p": {"text": MARKER}}}).encode(),
        ["field done.s"],
    ),
    "two-problems": (
        json.dumps({"role": MARKER, "theme": MARKER}).encode(),
        ["field role", "and 1 more problem"],
    ),
    "newer-version": (
        json.dumps({"schema_version": SCHEMA_VERSION + 1, "answers": {"s/p": {"text": MARKER}}}).encode(),
        ["field schema_version", "newer", "Update trustroad"],
    ),
    "version-as-text": (
        json.dumps({"schema_version": "1", "x": MARKER}).encode(),
        ["field schema_version", "whole number"],
    ),
    "version-as-bool": (
        json.dumps({"schema_version": True, "x": MARKER}).encode(),
        ["field schema_version", "whole number"],
    ),
    "version-as-float": (
        json.dumps({"schema_version": 1.5, "x": MARKER}).encode(),
        ["field schema_version", "whole number"],
    ),
    "version-null": (json.dumps({"schema_version": None, "x": MARKER}).encode(), ["field schema_version"]),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_explained_and_left_exactly_as_it_was(tmp_path, file_state, case):
    data, expected = BAD_FILES[case]
    path = tmp_path / WORKBOOK_FILE
    path.write_bytes(data)
    os.chmod(path, 0o600)
    before = file_state(path)

    store = Store(tmp_path)
    with pytest.raises(DataFileError) as caught:
        store.load(WORKBOOK_FILE, Workbook)
    with pytest.raises(DataFileError):
        load_all(store)  # what the CLI does before the window opens

    error = caught.value
    message = str(error)
    assert str(path) in message
    for fragment in expected:
        assert fragment in message
    assert "has not changed or deleted it" in message
    # Not in the message, and not in a traceback either (no chained ValidationError or JSON error).
    full = "".join(traceback.format_exception(error))
    assert MARKER not in message and MARKER not in repr(error) and MARKER not in full
    assert file_state(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [WORKBOOK_FILE]


def test_a_folder_where_the_file_should_be(tmp_path):
    (tmp_path / WORKBOOK_FILE).mkdir()
    (tmp_path / WORKBOOK_FILE / "keep").write_text(MARKER)
    with pytest.raises(DataFileError) as caught:
        Store(tmp_path).load(WORKBOOK_FILE, Workbook)
    assert str(tmp_path / WORKBOOK_FILE) in str(caught.value)
    assert "folder" in str(caught.value)
    assert (tmp_path / WORKBOOK_FILE / "keep").read_text() == MARKER


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_an_unreadable_file(tmp_path, file_state):
    path = tmp_path / WORKBOOK_FILE
    path.write_text(json.dumps({"answers": {"s/p": {"text": MARKER}}}))
    os.chmod(path, 0)
    before = file_state(path)
    with pytest.raises(DataFileError) as caught:
        Store(tmp_path).load(WORKBOOK_FILE, Workbook)
    assert str(path) in str(caught.value) and "not allowed to read" in str(caught.value)
    assert file_state(path) == before


@pytest.mark.parametrize(
    "error, expected",
    [
        (PermissionError(13, "Permission denied"), "not allowed to read"),
        (OSError(5, "Input/output error"), "Input/output error"),
    ],
)
def test_read_errors_are_explained(tmp_path, monkeypatch, file_state, error, expected):
    # Runs as root too (where chmod 000 cannot deny reading): the read itself fails.
    path = tmp_path / WORKBOOK_FILE
    path.write_text("{}")
    before = file_state(path)

    def fail(self):
        raise error

    monkeypatch.setattr(Path, "read_bytes", fail)
    with pytest.raises(DataFileError) as caught:
        Store(tmp_path).load(WORKBOOK_FILE, Workbook)
    monkeypatch.undo()
    assert str(path) in str(caught.value) and expected in str(caught.value)
    assert file_state(path) == before


def test_an_older_or_missing_schema_version_loads(tmp_path):
    (tmp_path / WORKBOOK_FILE).write_text('{"role": "hurt"}')
    assert Store(tmp_path).load(WORKBOOK_FILE, Workbook).role == "hurt"
    (tmp_path / WORKBOOK_FILE).write_text('{"schema_version": 0}')
    assert Store(tmp_path).load(WORKBOOK_FILE, Workbook).schema_version == 0


# --- one window per folder ----------------------------------------------------------------


def test_a_second_store_in_the_same_process_is_refused(tmp_path):
    # flock belongs to an open file description; each Store opens its own, so they conflict.
    first = Store(tmp_path)
    first.lock()
    try:
        with pytest.raises(FolderInUseError) as caught:
            Store(tmp_path).lock()
        assert str(tmp_path) in str(caught.value)
    finally:
        first.unlock()
    again = Store(tmp_path)
    again.lock()  # free again once the first window closed
    again.unlock()


def test_another_process_is_refused(tmp_path, subprocess_env):
    store = Store(tmp_path)
    store.lock()
    script = (
        "import sys\nfrom pathlib import Path\nfrom trustroad.storage.store import Store\n"
        "from trustroad.storage.errors import FolderInUseError\n"
        "try:\n    Store(Path(sys.argv[1])).lock()\nexcept FolderInUseError:\n    sys.exit(3)\nsys.exit(0)\n"
    )
    try:
        held = subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=subprocess_env, timeout=60)
        assert held.returncode == 3
    finally:
        store.unlock()
    free = subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=subprocess_env, timeout=60)
    assert free.returncode == 0


def test_the_lock_file_is_private(tmp_path):
    store = Store(tmp_path / "data")
    store.lock()
    store.unlock()
    assert mode(tmp_path / "data") == 0o700
    assert [p for p in (tmp_path / "data").iterdir() if p.name != ".trustroad.lock"] == []


# --- saving off the UI thread -------------------------------------------------------------


class GatedWrites:
    """A write function that records what it wrote and can be held mid-write."""

    def __init__(self, folder: Path) -> None:
        self.io = ByteStore(folder)
        self.started = threading.Event()
        self.gate = threading.Event()
        self.gate.set()
        self.written: list[tuple[str, bytes]] = []
        self.fail_next = 0

    def __call__(self, name: str, data: bytes) -> None:
        self.started.set()
        assert self.gate.wait(30)
        if self.fail_next:
            self.fail_next -= 1
            raise OSError(28, "No space left on device")
        self.io.write(name, data)
        self.written.append((name, data))


def test_newest_snapshot_wins(tmp_path):
    writes = GatedWrites(tmp_path)
    writes.gate.clear()
    writer = BackgroundWriter(writes)
    try:
        writer.submit("a.json", b"1")
        assert writes.started.wait(30)  # "1" is being written and held there
        writer.submit("a.json", b"2")
        writer.submit("b.json", b"x")
        writer.submit("a.json", b"3")
        writes.gate.set()
        assert writer.flush()
    finally:
        writer.close()
    assert [d for n, d in writes.written if n == "a.json"] == [b"1", b"3"]
    assert (tmp_path / "a.json").read_bytes() == b"3"
    assert (tmp_path / "b.json").read_bytes() == b"x"


def test_flush_waits_for_the_write_in_progress(tmp_path):
    writes = GatedWrites(tmp_path)
    writes.gate.clear()
    writer = BackgroundWriter(writes)
    try:
        writer.submit("a.json", b"1")
        assert writes.started.wait(30)
        release = threading.Timer(0.05, writes.gate.set)
        release.start()
        assert writer.flush()
        assert writes.written == [("a.json", b"1")]  # flush returned only after the write
    finally:
        writes.gate.set()
        writer.close()


def test_flush_that_times_out_mid_write_reports_not_saved(tmp_path):
    writes = GatedWrites(tmp_path)
    writes.gate.clear()
    writer = BackgroundWriter(writes)
    try:
        writer.submit("a.json", b"1")
        assert writes.started.wait(30)
        assert writer.flush(timeout=0.01) is False
    finally:
        writes.gate.set()
        writer.close()
    assert writes.written == [("a.json", b"1")]


def test_a_failed_write_is_reported_and_a_later_success_clears_it(tmp_path):
    writes = GatedWrites(tmp_path)
    writes.fail_next = 1
    reported: list[tuple[str, Exception]] = []
    told = threading.Event()

    def on_error(name, error):
        reported.append((name, error))
        told.set()

    writer = BackgroundWriter(writes, on_error=on_error)
    try:
        writer.submit("a.json", b"1")
        assert writer.flush() is False
        assert "a.json" in writer.failed and isinstance(writer.failed["a.json"], OSError)
        assert told.wait(30)
        assert [name for name, _ in reported] == ["a.json"]
        assert not (tmp_path / "a.json").exists()

        writer.submit("a.json", b"2")
        assert writer.flush() is True
        assert writer.failed == {}
    finally:
        assert writer.close() is True
    assert (tmp_path / "a.json").read_bytes() == b"2"


def test_a_failing_error_report_does_not_stop_later_saves(tmp_path):
    # The app's report hands over to the UI thread, which can already be gone.
    writes = GatedWrites(tmp_path)
    writes.fail_next = 1
    told = threading.Event()

    def on_error(name, error):
        told.set()
        raise RuntimeError("the app is not running")

    writer = BackgroundWriter(writes, on_error=on_error)
    try:
        writer.submit("a.json", b"1")
        assert told.wait(30)
        writer.submit("a.json", b"2")
        assert writer.flush(timeout=30) is True
    finally:
        writer.close()
    assert (tmp_path / "a.json").read_bytes() == b"2"
