"""Shared set-up for the TUI tests: build the app the way the CLI does, on a temporary data folder.

`launcher.run()` starts a fresh app on the folder; calling it again is a "restart": a new
process would see exactly what is on disk, so a new app is built from a new Store and
freshly loaded documents, never from the previous app's memory.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from textual_private import screen_text
from trustroad.content.loader import load_content
from trustroad.content.model import Content, Step
from trustroad.documents import load_all
from trustroad.storage.files import WORKBOOK_FILE
from trustroad.storage.paths import builtin_content_dir
from trustroad.storage.store import Store
from trustroad.tui.app import TrustroadApp
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.phase import PhaseScreen
from trustroad.workbook.model import Workbook

SIZE = (80, 24)


@pytest.fixture(scope="session")
def content() -> Content:
    # The real built-in workbook text, loaded once: it is read-only after loading.
    return load_content(builtin_content_dir())


class Launcher:
    """`welcomed` (the default): the person finished the welcome long ago, so the window opens
    on the road map, as for most tests; tests of the welcome itself (tests/tui/test_first_run.py)
    set it False and meet the welcome as a new data folder does."""

    def __init__(self, folder: Path, content: Content, welcomed: bool = True) -> None:
        self.folder = folder
        self.content = content
        self.welcomed = welcomed
        self.app: TrustroadApp | None = None

    def new_app(self, app_class: type[TrustroadApp] = TrustroadApp) -> tuple[TrustroadApp, Store]:
        # As cli.open_workbook: one Store per process, the folder lock, every document loaded.
        store = Store(self.folder)
        store.lock()
        documents = load_all(store)
        workbook = documents[WORKBOOK_FILE]
        if self.welcomed and isinstance(workbook, Workbook):
            workbook.finish_first_run()  # in memory only: a test that changes nothing writes nothing
        return app_class(self.content, store, documents), store

    @asynccontextmanager
    async def run(
        self, size: tuple[int, int] = SIZE, app_class: type[TrustroadApp] = TrustroadApp
    ) -> AsyncIterator[Pilot]:
        app, store = self.new_app(app_class)
        self.app = app
        try:
            async with app.run_test(size=size) as pilot:
                await pilot.pause()
                yield pilot
        finally:
            # A test that did not quit with ctrl+q leaves the writer thread waiting: end it
            # (anything already handed to it is written, as in a real process) and free the
            # folder lock so that the restart can take it.
            app.writer.close()
            store.unlock()

    # --- walking the app with keys, as a person would -----------------------------------

    async def open_phase(self, pilot: Pilot, phase_id: str) -> PhaseScreen:
        """From the road map: arrow keys to the phase, then Enter."""
        app = pilot.app
        assert isinstance(app.screen, HomeScreen)
        phases = app.screen.query_one("#phases", OptionList)
        target = [p.id for p in self.content.phases].index(phase_id)
        delta = target - (phases.highlighted or 0)
        await pilot.press(*(["down"] * delta if delta > 0 else ["up"] * -delta))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PhaseScreen), app.screen
        assert app.screen.phase.id == phase_id
        return app.screen

    async def choose_step(self, pilot: Pilot, step_id: str) -> PhaseScreen:
        """In a phase: arrow keys down the step list until the step shows on the right."""
        screen = pilot.app.screen
        assert isinstance(screen, PhaseScreen)
        steps = screen.query_one("#steps", OptionList)
        steps.focus()
        target = [s.id for s in screen.phase.steps].index(step_id)
        delta = target - (steps.highlighted or 0)
        await pilot.press(*(["down"] * delta if delta > 0 else ["up"] * -delta))
        await pilot.pause()
        assert screen.step_id == step_id
        return screen

    async def open_step(self, pilot: Pilot, step: Step) -> PhaseScreen:
        await self.open_phase(pilot, step.phase)
        return await self.choose_step(pilot, step.id)

    @property
    def workbook_path(self) -> Path:
        return self.folder / WORKBOOK_FILE

    def on_disk(self) -> dict:
        """workbook.json as a person's next start would read it."""
        return json.loads(self.workbook_path.read_text(encoding="utf-8"))


@pytest.fixture
def launcher(tmp_path: Path, content: Content) -> Launcher:
    return Launcher(tmp_path / "data", content)


@pytest.fixture
def new_folder(tmp_path: Path, content: Content) -> Launcher:
    """A brand-new data folder: the window opens on the welcome."""
    return Launcher(tmp_path / "data", content, welcomed=False)


@pytest.fixture
def launcher_for(tmp_path: Path, content: Content):
    """`launcher_for(name)` -> a Launcher on its own data folder (two partners' workbooks)."""
    return lambda name: Launcher(tmp_path / name, content)


@pytest.fixture
def screen():
    """`screen(app)` -> the visible screen as text."""
    return screen_text


def road_map_line(app: TrustroadApp, title: str) -> str:
    """The road map's line for a phase or section, as shown (fails if it is not on screen)."""
    lines = [line for line in screen_text(app).splitlines() if title in line]
    assert lines, f"{title!r} is not on the road map:\n{screen_text(app)}"
    return lines[0]


def shows_progress(line: str, done: int, total: int) -> bool:
    """ "3/9 done" or "3 of 9 steps done": the wording may change, the numbers must not."""
    return re.search(rf"(?<!\d){done}(?:/| of ){total}(?!\d)(?: steps)? done", line) is not None


def marked_here(line: str) -> bool:
    """The "you are here" mark on a road-map line (its words, or the ▶ when a long title crowds them)."""
    return "you are here" in line.lower() or "▶" in line


@pytest.fixture
def here():
    return marked_here


@pytest.fixture
def road_map():
    """`road_map(app, title)` -> that phase's line on the home screen."""
    return road_map_line


@pytest.fixture
def progress():
    """`progress(line, done, total)` -> whether the line shows that count."""
    return shows_progress


def find_step(content: Content, kind: str, phase: str | None = None, where=lambda step: True) -> Step:
    """The first built-in step of a kind (the content may grow; tests must not hard-code ids)."""
    for p in content.phases:
        for step in p.steps:
            if step.kind == kind and (phase is None or step.phase == phase) and where(step):
                return step
    raise AssertionError(f"the built-in content has no {kind} step{f' in {phase}' if phase else ''} like this")


@pytest.fixture
def steps(content: Content):
    """`steps(kind, phase=None, where=...)` -> a built-in step."""
    return lambda kind, phase=None, where=lambda step: True: find_step(content, kind, phase, where)
