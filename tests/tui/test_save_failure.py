"""When the disk refuses a save: say so, keep the writing, do not quit on the first ctrl+q."""

from __future__ import annotations

import errno
import os

import pytest

from textual_private import notifications
from trustroad.storage.bytestore import ByteStore
from trustroad.workbook.model import answer_key

TEXT = "do not lose [/] this"


def _disk_full(self, name: str, data: bytes) -> None:
    # Works as root too (a read-only folder would not stop root).
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _errors(app) -> list:
    return [n for n in notifications(app) if n.severity == "error"]


@pytest.fixture
def odd_launcher(launcher, tmp_path):
    # A data folder whose name looks like markup: it appears in the error message.
    launcher.folder = tmp_path / "data [/] [bold]"
    return launcher


async def test_a_failed_save_is_reported_and_quit_waits_until_it_is_saved(odd_launcher, steps, monkeypatch):
    launcher = odd_launcher
    step = steps("worksheet")
    key = answer_key(step.id, step.prompts_for("unsaid")[0].id)
    async with launcher.run() as pilot:
        app = pilot.app
        await launcher.open_step(pilot, step)
        await pilot.press("enter", *TEXT)
        monkeypatch.setattr(ByteStore, "write", _disk_full)

        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running  # the first ctrl+q does not throw the writing away
        errors = _errors(app)
        assert errors and all(n.title == "Not saved" for n in errors)
        assert any("ctrl+s" in n.message for n in errors)
        assert app.focused.text == TEXT  # still there, still editable
        assert app.sub_title == "not saved"
        assert not launcher.workbook_path.exists()

        monkeypatch.undo()  # the disk has room again
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.sub_title == "all changes saved"
        assert launcher.on_disk()["answers"][key]["text"] == TEXT
        await pilot.press("ctrl+q")
        assert not app.is_running
    assert app.save_problem is None


async def test_failed_autosave_is_retried_on_the_next_change(odd_launcher, steps, monkeypatch):
    launcher = odd_launcher
    step = steps("worksheet")
    key = answer_key(step.id, step.prompts_for("unsaid")[0].id)
    async with launcher.run() as pilot:
        app = pilot.app
        await launcher.open_step(pilot, step)
        monkeypatch.setattr(ByteStore, "write", _disk_full)
        await pilot.press("enter", *"first")
        await pilot.pause(1.6)  # the debounced save runs, and fails
        app.writer.flush()
        for _ in range(40):  # the writer thread reports the failure to the UI a moment later
            if _errors(app):
                break
            await pilot.pause(0.05)
        assert _errors(app)
        assert app.sub_title == "not saved"
        monkeypatch.undo()
        await pilot.press(*" more")
        await pilot.press("ctrl+q")
        assert not app.is_running
    assert launcher.on_disk()["answers"][key]["text"] == "first more"
    assert app.save_problem is None


async def test_second_ctrl_q_quits_without_saving_and_says_so(odd_launcher, steps, monkeypatch):
    launcher = odd_launcher
    async with launcher.run() as pilot:
        app = pilot.app
        await launcher.open_step(pilot, steps("worksheet"))
        await pilot.press("enter", *"secret")
        monkeypatch.setattr(ByteStore, "write", _disk_full)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running
        await pilot.press("ctrl+q")
        assert not app.is_running
    # The writer thread ended: it was not left waiting on a UI that had gone (that froze quitting).
    assert not app.writer._thread.is_alive()
    # What the CLI prints after the window closes: names the file, never the text.
    assert app.save_problem and "workbook.json" in app.save_problem
    assert "secret" not in app.save_problem
    assert not launcher.workbook_path.exists()
