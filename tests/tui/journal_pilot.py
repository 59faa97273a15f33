"""Shared by the journal Pilot tests (test_journal_*.py): entries seeded on disk, read back from
disk, and the steps a person takes (typing, opening the journal, quitting)."""

from __future__ import annotations

import json

from trustroad.journal.model import Journal
from trustroad.storage.files import JOURNAL_FILE
from trustroad.storage.store import Store
from trustroad.tui.screens.journal import JournalScreen


def seed(launcher, *entries) -> list:
    journal = Journal()
    for entry in entries:
        journal.add(entry)
    Store(launcher.folder).save(JOURNAL_FILE, journal)
    return list(entries)


def on_disk(launcher) -> dict:
    return json.loads((launcher.folder / JOURNAL_FILE).read_text(encoding="utf-8"))


async def type_text(pilot, text: str) -> None:
    keys = {" ": "space", "\n": "enter", "[": "left_square_bracket", "]": "right_square_bracket"}
    await pilot.press(*(keys.get(ch, ch) for ch in text))


async def open_journal(pilot, key: str = "f3") -> JournalScreen:
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(pilot.app.screen, JournalScreen)
    return pilot.app.screen


async def quit_app(pilot) -> None:
    await pilot.press("ctrl+q")
    await pilot.pause()


def listed(screen: JournalScreen) -> list[str]:
    return [e.text for e in screen.matches]
