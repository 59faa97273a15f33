"""The pages that guard the workbook or stand beside it, at 80x24 dark: how each is reached.

- Unlock (tui/screens/unlock.py): an encrypted folder opened as `trustroad` opens it
  (tui/open_workbook.prepare); its first view, the view after a wrong passphrase, and the view
  when the key file itself cannot be read.
- Damaged (tui/screens/damaged.py): a data file that cannot be read at start, and a backup that
  opens; the app built as open_workbook builds it for that case.
- Hidden (tui/screens/hidden.py): the hide key (ctrl+backslash) over an open journal.
- Reading (tui/screens/reading.py): the safety page, from the support place (ctrl+g).
- Self-check (tui/screens/self_check.py): from the support place, as it opens and with a sign ticked.
- PassphraseDialog (tui/modals/passphrase.py): from Settings, encrypting a plain workbook, and
  changing the passphrase of (or stopping) an encrypted one after unlocking it.
- ConfirmDialog (tui/modals/confirm.py): Unpair… on the Together place of a paired couple.

The fixed moment and steady cursors come from conftest.py. The key derivation is the fast test
one (a key file written with FAST_TEST_PARAMS; Settings.test_kdf for new ones). A message that
would name the temporary data folder is made with a fixed made-up path instead, so that every
picture is the same on every machine. Regenerate with `--snapshot-update` and look at every SVG.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make test_together importable

from test_together import paired_couple

from encrypted_window import PASSPHRASE, encrypted_folder, settle_workers
from trustroad import clock
from trustroad.content.model import Content
from trustroad.demo import build_demo
from trustroad.documents import load_all
from trustroad.journal.model import Entry, Journal
from trustroad.recovery import newest_good
from trustroad.settings import Settings
from trustroad.storage.errors import DataFileError
from trustroad.storage.files import JOURNAL_FILE, KEY_FILE
from trustroad.storage.store import Store
from trustroad.tui.app import TrustroadApp
from trustroad.tui.modals.confirm import ConfirmDialog
from trustroad.tui.modals.passphrase import PassphraseDialog
from trustroad.tui.open_workbook import prepare
from trustroad.tui.screens.damaged import DamagedScreen
from trustroad.tui.screens.hidden import HiddenScreen
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.reading import ReadingScreen
from trustroad.tui.screens.self_check import SelfCheckScreen
from trustroad.tui.screens.unlock import UnlockScreen

SIZE = (80, 24)
# Where a person's data folder might be; shown in the messages that name a file.
FOLDER = Path("/home/someone/.local/share/trustroad")


def fixed_place(error: DataFileError) -> str:
    """The error's message, naming its file in FOLDER rather than in the test's temporary one."""
    return str(DataFileError(FOLDER / error.path.name, error.where, error.problem, error.advice))


@pytest.fixture
def at_start(tmp_path: Path) -> Iterator:
    """`at_start(app)`: an app built on a locked folder as at start; written out and unlocked after."""
    apps: list[TrustroadApp] = []

    def keep(app: TrustroadApp) -> TrustroadApp:
        apps.append(app)
        return app

    yield keep
    for app in apps:
        app.writer.close()
        app.store.unlock()


def encrypted_window(folder: Path, content: Content) -> TrustroadApp:
    encrypted_folder(folder)
    return prepare(content, Settings(chosen_data_dir=folder, test_kdf=True))


def on_top(pilot: Pilot, page: type) -> None:
    assert isinstance(pilot.app.screen, page), pilot.app.screen


async def tab_to(pilot: Pilot, keys, widget: Widget) -> None:
    """Tab until the widget has the focus, then scroll the page to put it at the top.

    The page shows behind the dialog the widget opens. Textual's scroll to each field Tab
    reaches is animated, and the next one can stop it part-way, so where the page ends up
    depends on timing; a last scroll once the others are over, not animated and to a place that
    does not depend on where it starts, makes the picture the same every time."""
    for _ in range(40):
        if pilot.app.focused is widget:
            await keys(pilot)  # the last scrolls that come with the focus (tui/reveal.py) are done
            await pilot.wait_for_scheduled_animations()
            pilot.app.screen.scroll_to_widget(widget, animate=False, top=True, immediate=True)
            await keys(pilot)
            return
        await pilot.press("tab")
    raise AssertionError(f"tab never reached {widget}")


# --- unlock -------------------------------------------------------------------------------------


def test_unlock(snap_compare, content, tmp_path, at_start, keys):
    app = at_start(encrypted_window(tmp_path / "data", content))

    async def walk(pilot: Pilot) -> None:
        await keys(pilot)
        on_top(pilot, UnlockScreen)

    assert snap_compare(app, terminal_size=SIZE, run_before=walk)


def test_unlock_wrong_passphrase(snap_compare, content, tmp_path, at_start, keys):
    app = at_start(encrypted_window(tmp_path / "data", content))

    async def walk(pilot: Pilot) -> None:
        await pilot.pause()
        await pilot.press(*"not the right words", "enter")
        await settle_workers(pilot)  # the derivation has failed: the message is final, no "Opening…"
        await keys(pilot)
        on_top(pilot, UnlockScreen)

    assert snap_compare(app, terminal_size=SIZE, run_before=walk)


def test_unlock_damaged_key_file(snap_compare, content, tmp_path, at_start, keys):
    from trustroad.commands.data_folder import settle_and_read_key

    folder = tmp_path / "data"
    encrypted_folder(folder)
    (folder / KEY_FILE).write_text("{ not a key file")
    store = Store(folder)
    store.lock()
    with pytest.raises(DataFileError) as raised:
        settle_and_read_key(store)
    # As tui/open_workbook.prepare opens it, with the message naming a fixed made-up folder.
    app = at_start(TrustroadApp(content, store, None, unlock=UnlockScreen(FOLDER, None, fixed_place(raised.value))))

    async def walk(pilot: Pilot) -> None:
        await keys(pilot)
        on_top(pilot, UnlockScreen)

    assert snap_compare(app, terminal_size=SIZE, run_before=walk)


# --- a damaged file at start ------------------------------------------------------------------------


def test_damaged(snap_compare, content, tmp_path, at_start, keys):
    folder = tmp_path / "data"
    first = Store(folder)
    for name, document in build_demo(content, today=clock.today()).items():  # on the fixed day (conftest.py)
        first.save(name, document)
    later = Store(folder)  # a second session keeps a backup of the files as it found them
    journal = later.load(JOURNAL_FILE, Journal)
    journal.add(Entry.new("An evening entry."))
    later.save(JOURNAL_FILE, journal)
    (folder / JOURNAL_FILE).write_bytes(b'{"entries": [')  # cut off mid-write

    store = Store(folder)
    store.lock()
    with pytest.raises(DataFileError) as raised:
        load_all(store)
    found = newest_good(store)
    assert found is not None
    # As tui/open_workbook.prepare opens it, with the message naming a fixed made-up folder.
    app = at_start(TrustroadApp(content, store, None, unlock=DamagedScreen(fixed_place(raised.value), found)))

    async def walk(pilot: Pilot) -> None:
        await keys(pilot)
        on_top(pilot, DamagedScreen)

    assert snap_compare(app, terminal_size=SIZE, run_before=walk)


# --- the hide key, and the support place's pages -------------------------------------------------


def test_hidden(snap_compare, make_app, reach):
    walk = reach(HiddenScreen, "f3", "ctrl+backslash")  # hidden over the journal and its entries
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_reading_safety_page(snap_compare, make_app, reach):
    walk = reach(ReadingScreen, "ctrl+g", "down", "enter")  # "Safety and privacy: if anyone is in danger"
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_self_check(snap_compare, make_app, reach):
    walk = reach(SelfCheckScreen, "ctrl+g", "down", "down", "down", "enter")  # "When to seek support"
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


def test_self_check_a_sign_ticked(snap_compare, make_app, reach):
    walk = reach(SelfCheckScreen, "ctrl+g", "down", "down", "down", "enter", "enter")  # the first sign ticked
    assert snap_compare(make_app(demo=True), terminal_size=SIZE, run_before=walk)


# --- the dialogs --------------------------------------------------------------------------------


async def settings_button(pilot: Pilot, keys, button: str) -> None:
    """Settings (F2), tab to the button, Enter: the passphrase dialog."""
    await keys(pilot, "f2")
    # Settings shows the data folder, a new temporary one each run, and the dialog leaves part
    # of the page in view: the picture shows a fixed made-up one.
    [place] = [line for line in pilot.app.screen.query(Static) if line.content == str(pilot.app.store.folder)]
    place.update(str(FOLDER))
    await tab_to(pilot, keys, pilot.app.screen.query_one(f"#{button}"))
    await keys(pilot, "enter")
    on_top(pilot, PassphraseDialog)


def test_passphrase_on(snap_compare, make_app, keys):
    app = make_app(demo=True)
    app.test_kdf = True

    async def walk(pilot: Pilot) -> None:
        await pilot.pause()
        await settings_button(pilot, keys, "encryption-on")

    assert snap_compare(app, terminal_size=SIZE, run_before=walk)


@pytest.mark.parametrize("mode", ["change", "off"])
def test_passphrase_encrypted(snap_compare, content, tmp_path, at_start, keys, mode):
    app = at_start(encrypted_window(tmp_path / "data", content))

    async def walk(pilot: Pilot) -> None:
        await pilot.pause()
        await pilot.press(*PASSPHRASE, "enter")
        await settle_workers(pilot)
        on_top(pilot, HomeScreen)
        await settings_button(pilot, keys, f"encryption-{mode}")

    assert snap_compare(app, terminal_size=SIZE, run_before=walk)


def test_confirm_unpair(snap_compare, make_app, keys):
    async def walk(pilot: Pilot) -> None:
        await keys(pilot, "ctrl+o", "l")  # Go to…, then l: the Together place
        await tab_to(pilot, keys, pilot.app.screen.query_one("#unpair"))
        await keys(pilot, "enter")
        on_top(pilot, ConfirmDialog)

    assert snap_compare(make_app(demo=True, extra=paired_couple()), terminal_size=SIZE, run_before=walk)
