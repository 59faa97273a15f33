"""The passphrase dialog's word on what went wrong is seen at 80x24.

The dialog is taller than the window there and scrolls. Walking it in tmux: Enter with a
passphrase too short, or a wrong current one, put the focus back in the first field, which
scrolled the box up, and the message under the last field stayed out of sight: the fields were
empty and nothing said why.
"""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Button, Input

from encrypted_window import encrypted_folder, settle_workers, unlock, window
from textual_private import screen_text
from trustroad.storage.files import WORKBOOK_FILE
from trustroad.storage.store import Store
from trustroad.tui.modals.passphrase import PassphraseDialog
from trustroad.tui.screens.home import HomeScreen
from trustroad.workbook.model import Workbook


async def open_dialog(pilot: Pilot, button: str) -> PassphraseDialog:
    await pilot.press("f2")
    await pilot.pause()
    pilot.app.screen.query_one(f"#{button}", Button).press()
    await pilot.pause()
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, PassphraseDialog)
    return dialog


async def submit(pilot: Pilot, dialog: PassphraseDialog, message: str, **values: str) -> str:
    """Type the values, press Enter; the screen once `message` shows (or after some seconds)."""
    for name, value in values.items():
        dialog.query_one(f"#{name}", Input).focus()
        await pilot.press(*value)
    await pilot.press("enter")
    await settle_workers(pilot)
    # The last scrolls to the focused field (tui/reveal.py) and to the message come a moment
    # later, later still on a loaded machine: look until the message shows, then a while more.
    for _ in range(60):
        await pilot.pause(0.05)
        if message in screen_text(pilot.app):
            break
    await pilot.pause(0.5)
    return screen_text(pilot.app)


async def test_a_wrong_current_passphrase_is_said_in_sight(tmp_path, content) -> None:
    folder = tmp_path / "data"
    encrypted_folder(folder)
    async with window(folder, content, size=(80, 24)) as pilot:
        await unlock(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
        dialog = await open_dialog(pilot, "encryption-change")
        said = "does not open this workbook"
        text = await submit(
            pilot, dialog, said, current="not the one", new="a new passphrase", again="a new passphrase"
        )
        assert said in text, text
        assert "Current passphrase" in text  # and the field to type it again
        assert pilot.app.focused is dialog.query_one("#current")
        await pilot.press("ctrl+q")


async def test_a_passphrase_too_short_is_said_in_sight(tmp_path, content) -> None:
    folder = tmp_path / "data"
    workbook = Workbook()
    workbook.finish_first_run(role="hurt")
    Store(folder).save(WORKBOOK_FILE, workbook)
    async with window(folder, content, size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, "encryption-on")  # the longest of the three
        said = "passphrase needs at least 8 characters"
        text = await submit(pilot, dialog, said, new="short", again="short")
        assert said in text, text
        assert pilot.app.focused is dialog.query_one("#new")
        await pilot.press("ctrl+q")
