"""Issue 12: coming back from the hidden page asks for the passphrase when the workbook is
encrypted (tui/screens/locked.py), from the hide key and from the idle lock; a plain workbook
comes back with the key alone. Small key-derivation parameters (Settings.test_kdf)."""

from __future__ import annotations

import threading
import time

from textual.pilot import Pilot
from textual.widgets import Button, Input, TextArea

from encrypted_window import PASSPHRASE, encrypted_folder, settle_workers, snapshot, unlock, window
from textual_private import screen_text
from trustroad.commands import data_folder
from trustroad.storage import encrypted
from trustroad.tui.modals.passphrase import PassphraseDialog
from trustroad.tui.screens.hidden import HiddenScreen
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.journal_entry import JournalEntryScreen
from trustroad.tui.screens.locked import LockedScreen
from trustroad.tui.screens.settings import SettingsScreen
from trustroad.tui.widgets.passphrase_input import PassphraseInput

HIDE = "ctrl+backslash"
UNSAVED = "words not saved yet"


async def press(pilot: Pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


async def passphrase_page(pilot: Pilot) -> PassphraseInput:
    """On the passphrase page, its field focused; nothing of the workbook shown."""
    app = pilot.app
    assert isinstance(app.screen, LockedScreen), type(app.screen).__name__
    assert app.privacy.hidden
    field = app.screen.query_one(PassphraseInput)
    assert app.focused is field and field.password and not field.disabled
    text = screen_text(app)
    assert UNSAVED not in text and "trustroad" not in text.lower() and "journal" not in text.lower()
    return field


async def test_hide_with_unsaved_words_then_only_the_right_passphrase_comes_back(tmp_path, content):
    folder = tmp_path / "data"
    encrypted_folder(folder)
    async with window(folder, content) as pilot:
        app = pilot.app
        await unlock(pilot)
        await press(pilot, "f3")
        await press(pilot, "ctrl+n")
        screen, box = app.screen, app.focused
        assert isinstance(screen, JournalEntryScreen) and isinstance(box, TextArea)
        await press(pilot, *UNSAVED)

        await press(pilot, HIDE)
        assert type(app.screen) is HiddenScreen
        assert app.save_and_wait()  # hiding saves (the drafts safety net holds the unsaved words)
        await press(pilot, "enter")
        field = await passphrase_page(pilot)
        before = snapshot(folder)
        for attempt in ("not the one", PASSPHRASE + " "):
            await pilot.press(*attempt, "enter")
            await settle_workers(pilot)
            field = await passphrase_page(pilot)  # still hidden, and the field ready for another try
            assert field.value == ""
            text = screen_text(app)
            assert "not the passphrase" in text and attempt.strip() not in text
        app.copy_to_clipboard("")
        await pilot.press(*"secret words", "ctrl+shift+a", "ctrl+c", "ctrl+x")  # nothing copies out
        assert app.clipboard == ""
        await press(pilot, HIDE)  # back to the bare page; the half-typed passphrase goes
        assert type(app.screen) is HiddenScreen and screen_text(app).split() == ["notes"]
        assert snapshot(folder) == before  # no file changed, none was rewritten

        await press(pilot, HIDE)
        field = await passphrase_page(pilot)
        assert field.value == ""
        await pilot.press(*PASSPHRASE, "enter")
        await settle_workers(pilot)
        assert app.screen is screen and app.focused is box
        assert box.text == UNSAVED
        await press(pilot, *" and more")
        assert box.text == UNSAVED + " and more"
        assert not app.privacy.hidden and app.privacy.title.shown is None


async def test_a_check_still_running_when_hidden_again_stays_hidden(tmp_path, content, monkeypatch):
    folder = tmp_path / "data"
    encrypted_folder(folder)
    release = threading.Event()
    real_check = encrypted.check_passphrase

    def slow_check(*args):  # the real check, once the test lets it go
        assert release.wait(10)
        real_check(*args)

    monkeypatch.setattr(encrypted, "check_passphrase", slow_check)
    async with window(folder, content) as pilot:
        app = pilot.app
        await unlock(pilot)
        await press(pilot, HIDE, "enter")
        await passphrase_page(pilot)
        await press(pilot, *PASSPHRASE, "enter")
        await press(pilot, "escape")  # someone walked in: hidden again before the check reports
        release.set()
        await settle_workers(pilot)
        assert type(app.screen) is HiddenScreen  # the right passphrase, but too late: still hidden
        await press(pilot, "enter")
        await pilot.press(*PASSPHRASE, "enter")
        await settle_workers(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_hidden_while_the_workbook_opens_it_stays_hidden(tmp_path, content, monkeypatch):
    folder = tmp_path / "data"
    encrypted_folder(folder)
    release = threading.Event()
    real_open = data_folder.encrypted_store

    def slow_open(*args):  # the real opening, once the test lets it go
        assert release.wait(10)
        return real_open(*args)

    monkeypatch.setattr(data_folder, "encrypted_store", slow_open)
    async with window(folder, content) as pilot:
        app = pilot.app
        await press(pilot, *PASSPHRASE, "enter")
        await press(pilot, HIDE)
        assert type(app.screen) is HiddenScreen
        release.set()
        await settle_workers(pilot)
        assert type(app.screen) is HiddenScreen and app.documents  # opened, behind the page
        assert screen_text(app).split() == ["notes"]
        await press(pilot, "enter")
        await passphrase_page(pilot)
        await pilot.press(*PASSPHRASE, "enter")
        await settle_workers(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_the_idle_lock_on_an_encrypted_workbook_needs_the_passphrase(tmp_path, content):
    folder = tmp_path / "data"
    encrypted_folder(folder)
    async with window(folder, content) as pilot:
        app = pilot.app
        await unlock(pilot)
        assert isinstance(app.screen, HomeScreen)
        app.privacy.idle_lock.minute = 0.05  # the default 5 minutes is a quarter of a second
        app.privacy.idle_lock.restart()
        since = time.monotonic()
        while type(app.screen) is not HiddenScreen:
            assert time.monotonic() - since < 5, "never hid"
            await pilot.pause(0.02)
        app.privacy.idle_lock.minute = 60  # real minutes again while the test looks
        await press(pilot, "enter")
        await passphrase_page(pilot)
        await press(pilot, "escape")  # Escape, too, goes back to the bare page
        assert type(app.screen) is HiddenScreen
        await press(pilot, "enter")
        await pilot.press(*"wrong words", "enter")
        await settle_workers(pilot)
        await passphrase_page(pilot)
        await pilot.press(*PASSPHRASE, "enter")
        await settle_workers(pilot)
        assert isinstance(app.screen, HomeScreen)


async def _switch(pilot: Pilot, button: str, **fields: str) -> None:
    """Settings' encryption button, its dialog filled in and done."""
    pilot.app.screen.query_one(f"#{button}", Button).press()
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, PassphraseDialog)
    for name, value in fields.items():
        dialog.query_one(f"#{name}", Input).focus()
        await pilot.press(*value)
    await pilot.press("enter")
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, SettingsScreen)


async def test_a_plain_workbook_comes_back_with_the_key_and_the_setting_is_followed(launcher):
    async with launcher.run(size=(100, 36)) as pilot:
        app = pilot.app
        app.test_kdf = True
        await press(pilot, "f2")
        assert isinstance(app.screen, SettingsScreen)
        await press(pilot, HIDE, "enter")  # plain: straight back
        assert isinstance(app.screen, SettingsScreen)

        await _switch(pilot, "encryption-on", new=PASSPHRASE, again=PASSPHRASE)
        await press(pilot, HIDE, "enter")
        await passphrase_page(pilot)
        await pilot.press(*PASSPHRASE, "enter")
        await settle_workers(pilot)
        assert isinstance(app.screen, SettingsScreen)

        await _switch(pilot, "encryption-off", current=PASSPHRASE)
        await press(pilot, HIDE, HIDE)  # plain again: the same key brings it back
        assert isinstance(app.screen, SettingsScreen)
        await pilot.press("ctrl+q")
