"""An encrypted data folder, and the window opened on it as `trustroad` opens it (the unlock
screen first). Small key-derivation parameters throughout (Settings.test_kdf / FAST_TEST_PARAMS)."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from textual.pilot import Pilot

from trustroad.content.model import Content
from trustroad.journal.model import Entry, Journal
from trustroad.settings import Settings
from trustroad.storage.files import JOURNAL_FILE, WORKBOOK_FILE
from trustroad.storage.kdf import FAST_TEST_PARAMS
from trustroad.storage.store import Store
from trustroad.storage.switch import turn_on
from trustroad.tui.open_workbook import prepare
from trustroad.tui.screens.unlock import UnlockScreen
from trustroad.tui.widgets.passphrase_input import PassphraseInput
from trustroad.workbook.model import Workbook

SIZE = (100, 36)
PASSPHRASE = "river stones at dawn"


def encrypted_folder(folder: Path, passphrase: str = PASSPHRASE) -> None:
    """A folder with a journal entry and a role (the welcome finished), then encrypted."""
    store = Store(folder)
    journal = Journal()
    journal.add(Entry.new("An entry written before encryption.", kind="reflection"))
    store.save(JOURNAL_FILE, journal)
    workbook = Workbook()
    workbook.finish_first_run(role="hurt")  # past the welcome: unlocking opens the road map
    store.save(WORKBOOK_FILE, workbook)
    turn_on(folder, bytearray(passphrase.encode()), FAST_TEST_PARAMS)


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file's hash and modification time."""
    return {
        path.name: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
        for path in sorted(folder.iterdir())
        if path.is_file() and path.name != ".trustroad.lock"
    }


@asynccontextmanager
async def window(folder: Path, content: Content, size: tuple[int, int] = SIZE) -> AsyncIterator[Pilot]:
    """The window as `trustroad` opens it (tui/open_workbook.prepare), encrypted folder or not."""
    app = prepare(content, Settings(chosen_data_dir=folder, test_kdf=True))
    try:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            yield pilot
    finally:
        app.writer.close()
        app.store.unlock()


async def settle_workers(pilot: Pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def unlock(pilot: Pilot, passphrase: str = PASSPHRASE) -> None:
    assert isinstance(pilot.app.screen, UnlockScreen)
    assert isinstance(pilot.app.focused, PassphraseInput)
    await pilot.press(*passphrase, "enter")
    await settle_workers(pilot)
