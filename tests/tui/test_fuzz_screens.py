"""Whatever the models accept, every screen opens (issue 11: a promise with `days: [9]` loaded,
and pressing `e` on it crashed the window).

Hypothesis edits the demo couple's data files by hand (tests/unit/demo_mutations.py keeps only
the edits the models accept), writes them to a data folder, opens the window on it and walks
every screen that reads them, as a person would with the keys. Modest and repeatable: a few
examples, one window each, derandomized.

The same walk over the demo, in the dark and the light theme, reads every word each screen draws
against its own background (tests/contrast.py): at least 4.5:1, WCAG AA.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.app import App
from textual.widgets import RadioButton

from contrast import unreadable_text
from textual_private import screen_text
from trustroad.content.model import Content
from trustroad.documents import DOCUMENTS, load_all
from trustroad.storage.files import PROMISES_FILE
from trustroad.storage.store import Store
from trustroad.tui.app import TrustroadApp
from trustroad.tui.modals.go_to import GoToMenu
from trustroad.tui.modals.grounding import GroundingDialog
from trustroad.tui.modals.stuck_signals import StuckSignalsDialog
from trustroad.tui.screens.agenda import AgendaScreen
from trustroad.tui.screens.agreements import AgreementsScreen
from trustroad.tui.screens.checkin import CheckinScreen
from trustroad.tui.screens.export import ExportScreen
from trustroad.tui.screens.find_answers import FindAnswersScreen
from trustroad.tui.screens.first_run import FirstRunScreen
from trustroad.tui.screens.help import HelpScreen
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.journal import JournalScreen
from trustroad.tui.screens.journal_entry import JournalEntryScreen
from trustroad.tui.screens.phase import PhaseScreen
from trustroad.tui.screens.promise_edit import PromiseEditScreen
from trustroad.tui.screens.promises import PromisesScreen
from trustroad.tui.screens.reading import ReadingScreen
from trustroad.tui.screens.recovered import RecoveredScreen
from trustroad.tui.screens.setbacks import SetbacksScreen
from trustroad.tui.screens.settings import SettingsScreen
from trustroad.tui.screens.support import SupportScreen
from trustroad.tui.screens.together import TogetherScreen

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))  # the edits are shared with the unit property
from demo_mutations import accepted_files, demo_files, edits

SIZE = (80, 24)


Look = Callable[[App], object]


async def step(pilot, *keys: str, expect: type | None = None, look: Look = screen_text) -> None:
    await pilot.press(*keys)
    await pilot.pause()
    app = pilot.app
    if expect is not None:
        assert isinstance(app.screen, expect), f"{keys} showed {type(app.screen).__name__}, not {expect.__name__}"
    look(app)  # draws it whole, as the terminal would (and may read what it drew)


async def walk_every_screen(pilot, files: dict[str, dict[str, Any]], look: Look = screen_text) -> None:
    go = partial(step, pilot, look=look)
    app = pilot.app
    if isinstance(app.screen, RecoveredScreen):  # drafts.json held words from an interrupted form
        await go("escape", expect=HomeScreen)
    await go("j", expect=JournalScreen)
    if app.journal.entries:
        await go("enter", expect=JournalEntryScreen)
        await go("escape", expect=JournalScreen)
    await go("escape", expect=HomeScreen)
    await go("a", expect=AgreementsScreen)
    await go("escape", expect=HomeScreen)
    await go("c", expect=CheckinScreen)
    await go("escape", expect=HomeScreen)
    await go("p", expect=PromisesScreen)
    if files[PROMISES_FILE].get("promises"):
        await go("e", expect=PromiseEditScreen)
        await go("escape", expect=PromisesScreen)
    await go("s", expect=SetbacksScreen)
    await go("escape", expect=PromisesScreen)
    await go("escape", expect=HomeScreen)
    await go("e", expect=ExportScreen)
    app.screen.query_one("#period--all", RadioButton).value = True  # the whole workbook in the preview
    await go()
    await pilot.click("#export-agenda")
    await go(expect=AgendaScreen)
    await go("escape", expect=ExportScreen)
    await go("escape", expect=HomeScreen)
    # The support place reads the journal, agreements and setbacks for its stuck signals and the
    # agreements for the grounding card's time-out phrase (issue 13).
    await go("ctrl+g", expect=SupportScreen)
    for choice, dialog in (("stuck", StuckSignalsDialog), ("grounding", GroundingDialog)):
        app.screen.open(choice)
        await go(expect=dialog)
        await go("escape", expect=SupportScreen)
    await go("down", "enter", expect=ReadingScreen)  # one of its reading pages
    await go("escape", expect=SupportScreen)
    await go("escape", expect=HomeScreen)
    # The places that read the workbook: the phase under the cursor, Find, Settings, Help, and
    # Together (the letters) by way of Go to…
    await go("enter", expect=PhaseScreen)
    await go("escape", expect=HomeScreen)
    await go("f", expect=FindAnswersScreen)
    await go("escape", expect=HomeScreen)
    await go("f2", expect=SettingsScreen)
    await go("escape", expect=HomeScreen)
    await go("f1", expect=HelpScreen)
    await go("escape", expect=HomeScreen)
    await go("ctrl+o", expect=GoToMenu)
    await go("l", expect=TogetherScreen)
    await go("escape", expect=HomeScreen)


async def open_and_walk(
    folder: Path, content: Content, files: dict[str, dict[str, Any]], theme: str = "dark", look: Look = screen_text
) -> None:
    folder.mkdir()
    for name, raw in files.items():
        (folder / name).write_text(json.dumps(raw), encoding="utf-8")
    store = Store(folder)  # as cli.open_workbook: the lock, then every document loaded
    store.lock()
    app = TrustroadApp(content, store, load_all(store))
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            if isinstance(app.screen, FirstRunScreen):  # a workbook without a finished welcome
                await pilot.press("escape")
                await pilot.pause()
            app.set_theme(theme)
            await walk_every_screen(pilot, files, look)
            await pilot.press("ctrl+q")
            await pilot.pause()
    finally:
        app.writer.close()
        store.unlock()
    # run_test re-raises what crashed inside the app; the walk above asserts each screen opened.
    assert app.return_code in (None, 0)


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_demo_itself_opens_every_screen_and_every_word_is_readable(tmp_path, content, theme):
    # Each screen's text against its own background, at least 4.5:1 (WCAG AA): this walk found
    # Textual's 50% grey on a select's arrow (3:1 in light) and on a tab not chosen.
    unreadable: list[str] = []
    asyncio.run(
        open_and_walk(
            tmp_path / "data", content, demo_files(), theme, lambda app: unreadable.extend(unreadable_text(app))
        )
    )
    assert sorted(set(unreadable)) == []


def test_a_promise_on_every_weekday_edge_opens_in_the_editor(tmp_path, content):
    files = json.loads(json.dumps(demo_files()))
    files[PROMISES_FILE]["promises"][0].update(frequency="weekdays", days=[6, 0, 3])
    DOCUMENTS[PROMISES_FILE].model_validate(files[PROMISES_FILE])
    asyncio.run(open_and_walk(tmp_path / "data", content, files))


@settings(
    max_examples=3,  # each example opens the window and walks every screen (~10 s on 2 cores)
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(chosen=st.lists(edits(), min_size=3, max_size=12))
def test_whatever_the_models_accept_every_screen_opens(tmp_path_factory, content, chosen):
    files, _ = accepted_files(chosen)
    folder = tmp_path_factory.mktemp("fuzz") / "data"
    asyncio.run(open_and_walk(folder, content, files))
