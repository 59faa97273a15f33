"""Encryption at rest in the window (issue 12): the unlock screen, and turning it on and off in
Settings. Small key-derivation parameters throughout (Settings.test_kdf / FAST_TEST_PARAMS)."""

from __future__ import annotations

import os
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Button, Input

from encrypted_window import PASSPHRASE, encrypted_folder, settle_workers, snapshot, unlock, window
from textual_private import screen_text
from trustroad.storage.encrypted import EncryptedByteStore
from trustroad.storage.files import KEY_FILE, WORKBOOK_FILE
from trustroad.tui.app import TrustroadApp
from trustroad.tui.modals.passphrase import PassphraseDialog
from trustroad.tui.screens.first_run import FirstRunScreen
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.journal_entry import JournalEntryScreen
from trustroad.tui.screens.settings import SettingsScreen
from trustroad.tui.screens.unlock import UnlockScreen
from trustroad.tui.widgets.passphrase_input import PassphraseInput

CANARY = "CANARY-7f3a-quiet-lake"


async def test_the_right_passphrase_opens_the_workbook(tmp_path, content):
    folder = tmp_path / "data"
    encrypted_folder(folder)
    async with window(folder, content) as pilot:
        app = pilot.app
        assert isinstance(app, TrustroadApp)
        assert isinstance(app.screen, UnlockScreen)
        assert app.documents == {}  # nothing is loaded before the passphrase
        field = app.screen.query_one(PassphraseInput)
        assert field.password
        await unlock(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.workbook.role == "hurt"
        assert [e.text for e in app.journal.entries] == ["An entry written before encryption."]
        assert isinstance(app.store.io, EncryptedByteStore)
        await pilot.press("ctrl+q")


async def test_app_keys_wait_until_unlocked(tmp_path, content):
    folder = tmp_path / "data"
    encrypted_folder(folder)
    async with window(folder, content) as pilot:
        await pilot.press("f3", "f2", "f1", "f10")
        await pilot.pause()
        assert isinstance(pilot.app.screen, UnlockScreen)
        await pilot.press("ctrl+q")


async def test_a_wrong_passphrase_changes_nothing_and_may_be_retried(tmp_path, content):
    folder = tmp_path / "data"
    encrypted_folder(folder)
    before = snapshot(folder)
    async with window(folder, content) as pilot:
        for attempt in ("not the one", "still wrong"):
            await unlock(pilot, attempt)
            assert isinstance(pilot.app.screen, UnlockScreen)
            text = screen_text(pilot.app)
            assert "does not open this workbook" in text and "try again" in text
            assert attempt not in text
            field = pilot.app.screen.query_one(PassphraseInput)
            assert field.value == "" and not field.disabled
        assert snapshot(folder) == before
        await unlock(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
        await pilot.press("ctrl+q")


async def test_no_copy_out_of_the_passphrase_field(tmp_path, content):
    folder = tmp_path / "data"
    encrypted_folder(folder)
    async with window(folder, content) as pilot:
        await pilot.press(*"secret words", "ctrl+shift+a")
        pilot.app.copy_to_clipboard("")
        await pilot.press("ctrl+c", "ctrl+x")
        await pilot.pause()
        assert pilot.app.clipboard == ""
        await pilot.press("ctrl+q")


async def test_a_damaged_key_file_is_reported_and_nothing_opens(tmp_path, content):
    folder = tmp_path / "data"
    encrypted_folder(folder)
    key = folder / KEY_FILE
    key.write_bytes(key.read_bytes().replace(b'"iterations": 1', b'"iterations": 2'))
    before = snapshot(folder)
    async with window(folder, content) as pilot:
        assert isinstance(pilot.app.screen, UnlockScreen)
        text = screen_text(pilot.app)
        assert "damaged" in text and "checksum" in text
        assert not pilot.app.screen.query(PassphraseInput)
        await pilot.press("ctrl+q")
    assert snapshot(folder) == before


async def _settings_dialog(pilot: Pilot, button: str) -> PassphraseDialog:
    await pilot.press("f2")
    await pilot.pause()
    settings = pilot.app.screen
    assert isinstance(settings, SettingsScreen)
    target = settings.query_one(f"#{button}", Button)
    assert target.display
    target.press()
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, PassphraseDialog)
    return dialog


async def _fill(pilot: Pilot, dialog: PassphraseDialog, **values: str) -> None:
    for name, value in values.items():
        dialog.query_one(f"#{name}", Input).focus()
        await pilot.press(*value)
    await pilot.press("enter")
    await settle_workers(pilot)


async def test_turn_encryption_on_then_off_in_settings(tmp_path, content):
    folder = tmp_path / "data"
    async with window(folder, content) as pilot:
        app = pilot.app
        assert isinstance(app.screen, FirstRunScreen)  # a new folder: skip the welcome first
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        dialog = await _settings_dialog(pilot, "encryption-on")
        text = screen_text(app)
        assert "cannot be recovered" in text and "keylogger" in text and "stolen" in text
        await _fill(pilot, dialog, new="short", again="short")
        assert "at least 8" in screen_text(app)
        await _fill(pilot, dialog, new=PASSPHRASE, again=PASSPHRASE + "x")
        assert "not the same" in screen_text(app)
        await _fill(pilot, dialog, again=PASSPHRASE)
        assert isinstance(app.screen, SettingsScreen)
        assert (folder / KEY_FILE).exists()
        assert isinstance(app.store.io, EncryptedByteStore)
        assert app.screen.query_one("#encryption-off", Button).display
        app.set_theme("light")  # the app keeps working, on the new Store
        await pilot.press("ctrl+q")
    assert (folder / WORKBOOK_FILE).read_bytes().startswith(b"TRSEALED")

    async with window(folder, content) as pilot:
        app = pilot.app
        await unlock(pilot)
        assert app.workbook.theme == "light"
        dialog = await _settings_dialog(pilot, "encryption-change")
        await _fill(pilot, dialog, current="wrong one", new="a new passphrase", again="a new passphrase")
        assert "does not open this workbook" in screen_text(app)
        assert all(not field.value for field in dialog.query(PassphraseInput))  # every field emptied
        await _fill(pilot, dialog, current=PASSPHRASE, new="a new passphrase", again="a new passphrase")
        assert isinstance(app.screen, SettingsScreen)
        dialog = await _settings_dialog(pilot, "encryption-off")
        await _fill(pilot, dialog, current="a new passphrase")
        assert not (folder / KEY_FILE).exists()
        assert not isinstance(app.store.io, EncryptedByteStore)
        app.set_theme("dark")
        await pilot.press("ctrl+q")

    async with window(folder, content) as pilot:
        assert isinstance(pilot.app.screen, HomeScreen)  # no passphrase any more
        assert pilot.app.workbook.theme == "dark"
        await pilot.press("ctrl+q")


async def test_a_canary_typed_in_an_encrypted_session_is_nowhere_on_disk(tmp_path, content, monkeypatch):
    folder = tmp_path / "data"
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    encrypted_folder(folder)
    async with window(folder, content) as pilot:
        await unlock(pilot)
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(pilot.app.screen, JournalEntryScreen)
        await pilot.press(*CANARY)
        await pilot.pause(1.5)  # the drafts safety net saves as the person pauses
        pilot.app.save_and_wait()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+q")
    found = []
    for root, _dirs, files in os.walk(tmp_path):
        for name in files:
            data = (Path(root) / name).read_bytes()
            if CANARY.encode() in data or CANARY.encode("utf-16-le") in data:
                found.append(name)
    assert found == []
    async with window(folder, content) as pilot:  # and it was saved
        await unlock(pilot)
        assert CANARY in [e.text for e in pilot.app.journal.entries]
        await pilot.press("ctrl+q")
