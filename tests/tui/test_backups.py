"""Backups in the window: the Backups screen from Settings restores one after a confirmation, and a
damaged file at start offers the newest good backup (the damaged file moved to quarantine)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import timedelta
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Button, OptionList

from encrypted_window import window as shared_window
from textual_private import notifications, screen_text
from trustroad.content.model import Content
from trustroad.journal.model import Entry, Journal
from trustroad.storage import backups
from trustroad.storage.files import JOURNAL_FILE
from trustroad.storage.store import Store
from trustroad.tui.modals.confirm_restore import ConfirmRestore
from trustroad.tui.screens.backups import BackupsScreen
from trustroad.tui.screens.damaged import DamagedScreen
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.settings import SettingsScreen

DAMAGED = b'{"schema_version": 1, "entries": [{"text": "half'


def session(folder: Path, text: str) -> None:
    store = Store(folder)
    journal = store.load(JOURNAL_FILE, Journal)
    journal.add(Entry.new(text))
    store.save(JOURNAL_FILE, journal)


def with_backups(folder: Path, fixed_now, set_clock) -> None:
    """Backups of one entry (day 1) and two entries (day 2); three entries now. The welcome was
    finished long ago, so the road map is where the window opens."""
    from trustroad.storage.files import WORKBOOK_FILE
    from trustroad.workbook.model import Workbook

    workbook = Workbook()
    workbook.finish_first_run(role="hurt")
    Store(folder).save(WORKBOOK_FILE, workbook)
    session(folder, "one")
    for day, text in ((1, "two"), (2, "three")):
        set_clock(fixed_now + timedelta(days=day))
        session(folder, text)
    set_clock(fixed_now + timedelta(days=3))


def damaged_journal(folder: Path, fixed_now, set_clock) -> Path:
    """The folder with its backups, then its journal damaged: a start offers the newest good backup."""
    with_backups(folder, fixed_now, set_clock)
    (folder / JOURNAL_FILE).write_bytes(DAMAGED)
    return folder


def window(folder: Path, content: Content) -> AbstractAsyncContextManager[Pilot]:
    """The window as `trustroad` opens it, at 80x24."""
    return shared_window(folder, content, size=(80, 24))


async def open_backups(pilot: Pilot) -> BackupsScreen:
    await pilot.press("f2")
    await pilot.pause()
    settings = pilot.app.screen
    assert isinstance(settings, SettingsScreen)
    button = settings.query_one("#backups", Button)
    while pilot.app.focused is not button:
        await pilot.press("tab")
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, BackupsScreen)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return screen


async def test_settings_lists_backups_and_restores_one_after_asking(tmp_path, content, fixed_now, set_clock):
    folder = tmp_path / "data"
    with_backups(folder, fixed_now, set_clock)
    async with window(folder, content) as pilot:
        app = pilot.app
        assert len(app.journal.entries) == 3
        await open_backups(pilot)
        text = screen_text(app)
        assert "2 entries, 0 answers, 0 promises" in text and "1 entry, 0 answers, 0 promises" in text
        assert app.focused is app.screen.query_one(OptionList)
        await pilot.press("down", "enter")  # the older one: one entry
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmRestore) and "It holds 1 entry" in screen_text(app)
        await pilot.press("escape")  # first, changing one's mind changes nothing
        await pilot.pause()
        assert isinstance(app.screen, BackupsScreen) and len(app.journal.entries) == 3
        await pilot.press("enter")
        await pilot.pause()
        await pilot.click("#restore")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert [e.text for e in app.journal.entries] == ["one"]
        assert any("Restored the backup" in str(n.message) for n in notifications(app))
        await pilot.press("ctrl+q")
    kept = next(b for b in backups.list_backups(folder) if b.kind == "restore")
    assert len(Store(kept.folder).load(JOURNAL_FILE, Journal).entries) == 3
    assert [e.text for e in Store(folder).load(JOURNAL_FILE, Journal).entries] == ["one"]


async def test_a_damaged_file_at_start_offers_the_newest_good_backup(tmp_path, content, fixed_now, set_clock):
    folder = damaged_journal(tmp_path / "data", fixed_now, set_clock)
    async with window(folder, content) as pilot:
        app = pilot.app
        assert isinstance(app.screen, DamagedScreen)
        text = " ".join(line.strip(" │") for line in screen_text(app).splitlines())  # the box's lines, joined
        assert "journal.json" in text and "not valid JSON" in text
        assert "2 entries, 0 answers, 0 promises). Restore it?" in text
        await pilot.press("f3", "f2")  # nothing is open yet: the workbook's keys wait
        assert isinstance(app.screen, DamagedScreen)
        await pilot.click("#restore")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert [e.text for e in app.journal.entries] == ["one", "two"]
        await pilot.press("ctrl+q")
    assert app.save_problem is None
    [moved] = (folder / "quarantine").iterdir()
    assert (moved / JOURNAL_FILE).read_bytes() == DAMAGED


async def test_quitting_at_the_offer_leaves_the_damaged_file(tmp_path, content, fixed_now, set_clock):
    folder = damaged_journal(tmp_path / "data", fixed_now, set_clock)
    async with window(folder, content) as pilot:
        assert isinstance(pilot.app.screen, DamagedScreen)
        await pilot.press("enter")  # "Quit and leave it as it is" has the focus
        await pilot.pause()
    assert (folder / JOURNAL_FILE).read_bytes() == DAMAGED
    assert not (folder / "quarantine").exists()
    newest = backups.list_backups(folder)[0]
    assert f"trustroad restore {newest.id}" in (pilot.app.save_problem or "")


async def test_an_encrypted_workbook_with_a_damaged_file_offers_its_newest_good_backup(
    tmp_path, content, fixed_now, set_clock
):
    from encrypted_window import PASSPHRASE, unlock
    from encrypted_window import window as encrypted_window
    from trustroad.storage.kdf import FAST_TEST_PARAMS
    from trustroad.storage.switch import turn_on

    folder = tmp_path / "data"
    with_backups(folder, fixed_now, set_clock)
    turn_on(folder, bytearray(PASSPHRASE.encode()), FAST_TEST_PARAMS)
    sealed = bytearray((folder / JOURNAL_FILE).read_bytes())
    sealed[-1] ^= 0x01  # one flipped bit: it no longer passes its integrity check
    (folder / JOURNAL_FILE).write_bytes(bytes(sealed))
    async with encrypted_window(folder, content) as pilot:
        app = pilot.app
        await unlock(pilot)
        assert isinstance(app.screen, DamagedScreen), type(app.screen).__name__
        text = " ".join(line.strip(" │") for line in screen_text(app).splitlines())
        assert "integrity check" in text and "(2 entries, 0 answers, 0 promises). Restore it?" in text
        await pilot.click("#restore")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert [e.text for e in app.journal.entries] == ["one", "two"]
        await pilot.press("ctrl+q")
    [moved] = (folder / "quarantine").iterdir()
    assert (moved / JOURNAL_FILE).read_bytes() == bytes(sealed)  # kept as it was, still sealed


async def test_the_offer_is_taken_with_the_keyboard(tmp_path, content, fixed_now, set_clock):
    # Walking it in tmux: Tab did nothing (the screen held back the app's keys, Tab among them),
    # so "Restore it" could be reached only with a mouse.
    folder = damaged_journal(tmp_path / "data", fixed_now, set_clock)
    async with window(folder, content) as pilot:
        app = pilot.app
        assert isinstance(app.screen, DamagedScreen)
        assert app.focused is app.screen.query_one("#quit")
        await pilot.press("shift+tab")
        assert app.focused is app.screen.query_one("#restore")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert [e.text for e in app.journal.entries] == ["one", "two"]
        await pilot.press("ctrl+q")
    assert app.save_problem is None
