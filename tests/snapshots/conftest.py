"""Set-up for the screenshots: a fixed moment in UTC, steady cursors, the app built as the CLI does.

A picture must come out the same on any day, on any machine, however loaded it is:
- the clock is fixed (the suite's set_clock) and the time zone is UTC for the test;
- the home folder, shown in the summary's "Save to" box, is a fixed made-up path;
- scrolls jump to where they end (an animated one stopped part-way leaves a fraction of a line);
- text cursors do not blink, and a save started by opening a form is let finish, or the
  picture would depend on timing (the `keys` fixture does both).
Before each picture, `keys` also checks that every word on the screen is readable (4.5:1).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from contrast import unreadable_text
from textual_private import cursors_always_shown, no_button_flash, screen_text, scrolls_jump
from trustroad.content.loader import load_content
from trustroad.content.model import Content
from trustroad.demo import build_demo
from trustroad.documents import load_all
from trustroad.storage.files import WORKBOOK_FILE
from trustroad.storage.paths import builtin_content_dir
from trustroad.storage.record import Document
from trustroad.storage.store import Store
from trustroad.tui.app import TrustroadApp
from trustroad.tui.reveal import LATE_SCROLL
from trustroad.workbook.model import Workbook

SIZE = (80, 24)
STILL = 0.05  # seconds between two looks at the screen, waiting for it to be still
NOW = datetime(2026, 3, 18, 10, 0, tzinfo=UTC)  # a Wednesday morning


@pytest.fixture(autouse=True)
def fixed_moment(set_clock, local_zone, monkeypatch) -> None:
    set_clock(NOW)
    local_zone("UTC")
    monkeypatch.setenv("HOME", "/home/someone")
    no_button_flash(monkeypatch)  # a pressed button beside a dialog would show by timing
    cursors_always_shown(monkeypatch)  # a box focused late would blink by timing
    scrolls_jump(monkeypatch)  # a scroll stopped part-way would leave the page between two lines


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content(builtin_content_dir())


@pytest.fixture
def make_app(tmp_path: Path, content: Content) -> Iterator:
    """`make_app(theme, demo=False, extra={}, welcomed=True)`: the app as the CLI builds it, on a fresh
    data folder (welcomed=False: one that opens on the welcome).

    demo=True fills the folder with the sample workbook (trustroad.demo, on the fixed day), so
    the screens show real content; `extra` adds documents (file name -> Document) to it.
    """
    apps: list[TrustroadApp] = []

    def make(
        theme: str = "dark", *, demo: bool = False, extra: dict[str, Document] | None = None, welcomed: bool = True
    ) -> TrustroadApp:
        store = Store(tmp_path / "data")
        documents: dict[str, Document] = build_demo(content, today=NOW.date()) if demo else {}
        documents.update(extra or {})
        if theme != "dark":
            workbook = documents.setdefault(WORKBOOK_FILE, Workbook())
            workbook.theme = theme  # type: ignore[attr-defined]  # setdefault gives a Document
        for name, document in documents.items():
            store.save(name, document)
        loaded = load_all(store)
        workbook = loaded[WORKBOOK_FILE]
        if welcomed and isinstance(workbook, Workbook):
            workbook.finish_first_run()  # in memory: the pictures of the road map, not of the welcome
        app = TrustroadApp(content, store, loaded)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.writer.close()


def _steady_cursors(pilot: Pilot) -> None:
    for box in pilot.app.screen.query("Input, TextArea").results():
        if isinstance(box, (Input, TextArea)):
            # Off and on again runs the watcher each time: it stops the blink timer and shows
            # the cursor of the focused box, whatever the last tick left.
            box.cursor_blink = True
            box.cursor_blink = False


async def _saved(pilot: Pilot) -> None:
    # A form can keep a draft as it opens (an Input's first Changed carries its initial words),
    # which puts "saving…" in the header until the debounced save is written. Wait for that
    # to finish, so the header does not depend on when the picture is taken.
    for _ in range(200):
        if pilot.app.sub_title != "saving…":
            return
        await pilot.pause(0.05)
    raise AssertionError("the app was still saving after 10 seconds")


async def _still(pilot: Pilot) -> None:
    # On a loaded machine the last scrolls (a form laid out late, a late focus and its labels) can
    # come after any fixed wait: wait until the screen has not changed for a few looks.
    shown, unchanged = screen_text(pilot.app), 0
    for _ in range(100):
        await pilot.pause(STILL)
        now = screen_text(pilot.app)
        unchanged = unchanged + 1 if now == shown else 0
        if unchanged == 3:
            return
        shown = now
    raise AssertionError("the screen was still changing after 100 looks")


async def _keys(pilot: Pilot, *presses: str) -> None:
    for key in presses:
        await pilot.press(key)
        await pilot.pause()
    await _saved(pilot)
    # The focused field's last scroll into view comes a moment later (tui/reveal.py); the
    # picture is of the settled screen, not of whichever side of that moment it was taken.
    await pilot.pause(LATE_SCROLL + 0.05)
    await _still(pilot)
    # Let a pending Focus event land first: handled after the cursors are steadied, it would
    # restart the blink, and the picture would show the cursor or not by timing.
    await pilot.pause()
    _steady_cursors(pilot)
    # Once more after a blink tick that was already on its way when the timer stopped.
    await pilot.pause()
    _steady_cursors(pilot)
    # Every word the screen (or dialog) draws, readable on its own background (tests/contrast.py).
    assert unreadable_text(pilot.app) == []


@pytest.fixture
def keys():
    """`await keys(pilot, "f9", "s")`: press keys one at a time, letting each screen change
    settle before the next; then let any save finish and stop the text cursors blinking (either
    would make the picture depend on timing). Use it as the last step of every run_before."""
    return _keys


@pytest.fixture
def reach(keys):
    """`reach(ScreenType, *keys)`: a run_before that presses the keys as a person would, then
    checks that they led to that screen (a picture of the wrong screen must not be approved)."""

    def make(screen_type: type, *presses: str):
        async def walk(pilot: Pilot) -> None:
            await pilot.pause()
            await keys(pilot, *presses)
            assert isinstance(pilot.app.screen, screen_type), pilot.app.screen

        return walk

    return make
