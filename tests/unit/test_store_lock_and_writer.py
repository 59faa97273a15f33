"""The store and who writes when: one window per data folder (the folder lock), and saving off
the UI thread (BackgroundWriter: newest snapshot wins, flush, failures reported)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from trustroad.storage.bytestore import ByteStore
from trustroad.storage.errors import FolderInUseError
from trustroad.storage.store import Store
from trustroad.storage.writer import BackgroundWriter
from unit.store_helpers import mode

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
