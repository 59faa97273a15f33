"""The passphrase dialog after the hide key: someone may have come near, so coming back shows it
as it opened, its fields empty, the last message gone and the first field focused. A switch
under way is left alone: its "Working…" stays until it is done (then the dialog closes)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Static

from encrypted_window import PASSPHRASE, settle_workers, window
from textual_private import screen_text
from trustroad.storage import switch
from trustroad.storage.files import WORKBOOK_FILE
from trustroad.storage.store import Store
from trustroad.tui.modals.passphrase import PassphraseDialog
from trustroad.tui.screens.hidden import HiddenScreen
from trustroad.tui.screens.settings import SettingsScreen
from trustroad.workbook.model import Workbook

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make the sibling module importable
from test_passphrase_messages import open_dialog, submit

HIDE = "ctrl+backslash"


def plain_folder(folder: Path) -> None:
    workbook = Workbook()
    workbook.finish_first_run(role="hurt")
    Store(folder).save(WORKBOOK_FILE, workbook)


async def hide_and_come_back(pilot: Pilot) -> None:
    await pilot.press(HIDE)
    await pilot.pause()
    assert isinstance(pilot.app.screen, HiddenScreen)
    await pilot.press(HIDE)  # a plain workbook: the key alone brings it back
    await pilot.pause()
    await pilot.pause(0.3)


async def test_coming_back_empties_the_fields_and_the_message(tmp_path, content) -> None:
    folder = tmp_path / "data"
    plain_folder(folder)
    async with window(folder, content, size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, "encryption-on")
        said = "passphrase needs at least 8 characters"
        assert said in await submit(pilot, dialog, said, new="short", again="short")
        dialog.query_one("#again", Input).focus()
        await pilot.press(*"half typed")
        assert dialog.query_one("#new", Input).value == "short"  # Enter keeps it, to be corrected

        await hide_and_come_back(pilot)
        assert pilot.app.screen is dialog
        assert [field.value for field in dialog.query(Input)] == ["", ""]
        assert str(dialog.query_one("#passphrase-status", Static).content) == ""
        assert pilot.app.focused is dialog.query_one("#new")
        text = screen_text(pilot.app)
        assert said not in text and "Encrypt this workbook with a passphrase" in text  # at its top
        await pilot.press("ctrl+q")


async def test_a_switch_under_way_is_left_alone(tmp_path, content, monkeypatch) -> None:
    folder = tmp_path / "data"
    plain_folder(folder)
    go_on = threading.Event()
    real_turn_on = switch.turn_on

    def slow_turn_on(*args, **kwargs):
        go_on.wait(10)
        return real_turn_on(*args, **kwargs)

    monkeypatch.setattr(switch, "turn_on", slow_turn_on)
    async with window(folder, content, size=(80, 24)) as pilot:
        dialog = await open_dialog(pilot, "encryption-on")
        for name in ("new", "again"):
            dialog.query_one(f"#{name}", Input).focus()
            await pilot.press(*PASSPHRASE)
        await pilot.press("enter")
        await pilot.pause()
        status = dialog.query_one("#passphrase-status", Static)
        assert "Working" in str(status.content)

        await hide_and_come_back(pilot)
        assert pilot.app.screen is dialog and "Working" in str(status.content)
        assert dialog.query_one("#go").disabled  # still working: nothing to press twice

        go_on.set()
        await settle_workers(pilot)
        assert isinstance(pilot.app.screen, SettingsScreen)  # done: the dialog closed
        assert not isinstance(pilot.app.screen, PassphraseDialog)
        await pilot.press("ctrl+q")
