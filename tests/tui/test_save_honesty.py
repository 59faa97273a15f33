"""The header says "saved" only when it is true, a file changed under the window is never
written over, and a folder others can look into is pointed out (issue 11, items 6, 7, 13)."""

from __future__ import annotations

import os
import threading

from textual_private import notifications
from trustroad.storage.bytestore import ByteStore
from trustroad.storage.files import WORKBOOK_FILE
from trustroad.storage.store import Store
from trustroad.workbook.model import Workbook, answer_key


async def _until(pilot, condition, tries: int = 80) -> bool:
    for _ in range(tries):
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


async def test_saved_is_said_only_once_the_bytes_are_on_disk(launcher, steps, monkeypatch):
    step = steps("worksheet")
    gate = threading.Event()
    real_write = ByteStore.write

    def slow_write(self, name: str, data: bytes) -> None:  # a USB stick that takes its time
        assert gate.wait(30)
        real_write(self, name, data)

    monkeypatch.setattr(ByteStore, "write", slow_write)
    async with launcher.run() as pilot:
        app = pilot.app
        await launcher.open_step(pilot, step)
        await pilot.press("enter", *"slow words")
        await pilot.pause(2.0)  # past the pause after typing: the save is handed to the writer
        assert app.sub_title == "saving…"
        assert not launcher.workbook_path.exists()
        gate.set()
        assert await _until(pilot, lambda: app.sub_title == "all changes saved")
        assert launcher.workbook_path.exists()
        await pilot.press("ctrl+q")


async def test_a_file_changed_under_the_window_is_kept_and_so_are_the_words(launcher, steps):
    step = steps("worksheet")
    key = answer_key(step.id, step.prompts_for("unsaid")[0].id)
    async with launcher.run() as pilot:
        app = pilot.app
        await launcher.open_step(pilot, step)
        # Another program (or a hand edit) replaces workbook.json while the window is open.
        Store(launcher.folder).save(WORKBOOK_FILE, Workbook(name="outside"))
        outside = launcher.workbook_path.read_bytes()
        await pilot.press("enter", *"window words")
        await pilot.press("ctrl+s")
        assert await _until(pilot, lambda: any(n.title == "Not saved" for n in notifications(app)))
        message = next(n.message for n in notifications(app) if n.title == "Not saved")
        assert "changed by another program" in message and "window words" not in message
        assert launcher.workbook_path.read_bytes() == outside
        copy = launcher.folder / "workbook.conflict-1.json"
        assert str(copy) in message
        assert Store(launcher.folder).load(copy.name, Workbook).answers[key].text == "window words"
        assert app.sub_title == "not saved"
        await pilot.press("ctrl+q")
        await pilot.press("ctrl+q")  # the second ctrl+q leaves; the words are in the conflict copy


async def test_a_folder_others_can_look_into_is_pointed_out_once(launcher):
    launcher.folder.mkdir(parents=True)
    os.chmod(launcher.folder, 0o755)
    async with launcher.run() as pilot:
        warnings = [n for n in notifications(pilot.app) if n.title == "Privacy"]
        assert len(warnings) == 1 and "chmod 700" in warnings[0].message
        await pilot.press("ctrl+q")
