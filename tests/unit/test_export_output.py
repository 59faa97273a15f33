"""Issue 11, item 2: `--output` through links. `-o /dev/stdout --force > file`, as root, once
replaced /dev/stdout with a plain file. Links are followed to the end first: into a pipe or
device the summary streams; to a regular file, that file is written (atomically, in its own
folder) and the link stays. The real /dev is never touched here: links into /proc/self/fd
stand in for /dev/stdout (which is one)."""

from __future__ import annotations

import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from trustroad.cli import main
from trustroad.export.output import write_private
from trustroad.storage.store import Store

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make the fixture module importable
from export_fixture import documents

TITLE = b"# Therapy summary"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    store = Store(folder)
    for name, doc in documents().items():
        store.save(name, doc)
    monkeypatch.delenv("TRUSTROAD_CONTENT", raising=False)
    return folder


def export(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "export", *args])


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_stdout_like_link_to_a_pipe_is_streamed_into(data_dir, tmp_path, force):
    read_end, write_end = os.pipe()
    link = tmp_path / "stdout"
    link.symlink_to(f"/proc/self/fd/{write_end}")
    received: list[bytes] = []

    def drain() -> None:
        with os.fdopen(read_end, "rb") as pipe:
            received.append(pipe.read())

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        assert export(data_dir, "-o", str(link), *force) == 0
    finally:
        os.close(write_end)
    reader.join(timeout=10)
    assert received[0].startswith(TITLE)
    assert link.is_symlink() and os.readlink(link) == f"/proc/self/fd/{write_end}"
    assert list(tmp_path.glob(".stdout.*")) == []


def test_a_stdout_like_link_to_a_redirected_file_writes_that_file_and_keeps_the_link(data_dir, tmp_path, capsys):
    """The case that replaced /dev/stdout: the link leads (through /proc) to the file `>` opened."""
    shell_file = tmp_path / "out" / "summary.md"
    shell_file.parent.mkdir()
    links = tmp_path / "dev"
    links.mkdir()
    with shell_file.open("wb") as redirected:  # what `> summary.md` leaves on descriptor 1
        link = links / "stdout"
        link.symlink_to(f"/proc/self/fd/{redirected.fileno()}")
        assert export(data_dir, "-o", str(link), "--force") == 0
    assert link.is_symlink()  # the link is still a link: nothing renamed over it
    assert list(links.iterdir()) == [link]
    assert shell_file.read_bytes().startswith(TITLE)
    assert stat.S_IMODE(shell_file.stat().st_mode) == 0o600
    assert f"Wrote {shell_file} (the file {link} links to)" in capsys.readouterr().err


def test_a_link_to_a_regular_file(data_dir, tmp_path, capsys):
    real = tmp_path / "elsewhere" / "notes.md"
    real.parent.mkdir()
    real.write_text("my own notes", encoding="utf-8")
    link = tmp_path / "summary.md"
    link.symlink_to(real)
    assert export(data_dir, "-o", str(link)) == 3  # exists: not without --force
    assert real.read_text(encoding="utf-8") == "my own notes" and link.is_symlink()
    capsys.readouterr()

    assert export(data_dir, "-o", str(link), "--force") == 0
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_bytes().startswith(TITLE)
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert list(tmp_path.glob(".summary.md.*")) == [] and list(real.parent.glob(".notes.md.*")) == []
    assert "links to" in capsys.readouterr().err


@pytest.mark.parametrize("force", [False, True])
def test_a_link_to_nothing_is_refused_and_left_alone(tmp_path, force):
    link = tmp_path / "summary.md"
    link.symlink_to(tmp_path / "missing" / "file.md")
    with pytest.raises(OSError) as caught:
        write_private(link, b"summary", force=force)
    assert "link" in str(caught.value.strerror)
    assert link.is_symlink() and os.readlink(link) == str(tmp_path / "missing" / "file.md")
    assert not (tmp_path / "missing").exists()


def test_a_fifo_through_a_link_is_streamed_into(tmp_path):
    pipe = tmp_path / "summary.fifo"
    os.mkfifo(pipe, 0o600)
    link = tmp_path / "link"
    link.symlink_to(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    assert write_private(link, b"summary bytes", force=True) == link
    reader.join(timeout=10)
    assert received == [b"summary bytes"]
    assert stat.S_ISFIFO(pipe.stat().st_mode) and link.is_symlink()
