"""The welcome (first run): a new data folder opens on it; it is walked with keys alone, kept
only when finished or skipped, shown again after a restart before that, and revisited from
Settings. Each test restarts on the real data folder to see what a next start would see."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, RadioButton, RadioSet, SelectionList, Static

from trustroad.content.kinds import RUPTURE_KINDS
from trustroad.demo import build_demo
from trustroad.documents import load_all
from trustroad.storage.store import Store
from trustroad.tui.app import TrustroadApp
from trustroad.tui.demo_app import DemoApp
from trustroad.tui.modals.passphrase import PassphraseDialog
from trustroad.tui.screens.first_run import FirstRunScreen
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.settings import SettingsScreen

ROLES = ("hurt", "broke-trust", "unsaid")


async def choose(pilot: Pilot, selector: str, name: str) -> None:
    """Arrow keys to a choice in a radio group (focused), then Enter."""
    group = pilot.app.screen.query_one(selector, RadioSet)
    assert group.has_focus
    names = [button.name for button in group.query(RadioButton)]
    start = max(group.pressed_index, 0)
    delta = names.index(name) - start
    await pilot.press(*(["down"] * delta if delta > 0 else ["up"] * -delta), "enter")
    await pilot.pause()
    assert group.pressed_button is not None and group.pressed_button.name == name


async def tick(pilot: Pilot, kinds: list[str]) -> None:
    """Down the list of kinds (focused), space on each one to choose."""
    chooser = pilot.app.screen.query_one("#fr-kinds", SelectionList)
    assert chooser.has_focus
    at = chooser.highlighted if chooser.highlighted is not None else -1
    for kind in sorted(kinds, key=RUPTURE_KINDS.index):
        target = RUPTURE_KINDS.index(kind)
        await pilot.press(*["down"] * (target - at), "space")
        at = target
    await pilot.pause()
    assert sorted(chooser.selected) == sorted(kinds)


async def next_page(pilot: Pilot, expected: str) -> FirstRunScreen:
    await pilot.press("n")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, FirstRunScreen) and screen.page_name == expected
    return screen


@pytest.mark.parametrize("role", ROLES)
async def test_the_whole_welcome_in_each_role(new_folder, content, screen, road_map, here, role):
    spec = content.first_run
    async with new_folder.run() as pilot:
        app = pilot.app
        assert isinstance(app.screen, FirstRunScreen)
        text = screen(app)
        assert all(line in text for line in spec.about.lines)  # three short lines, from content
        assert not new_folder.workbook_path.exists()

        await next_page(pilot, "privacy")
        await choose(pilot, "#fr-privacy", "shared")
        assert "--data-dir" in screen(app)  # the honest advice for a shared login
        # Where the workbook is kept (a long path wraps, so it is read from the page, not the screen).
        page = app.screen.query_one("#fr-page-privacy")
        assert any(str(new_folder.folder) in str(line.content) for line in page.query(Static))

        await next_page(pilot, "role")
        await choose(pilot, "#fr-role", role)
        await next_page(pilot, "kinds")
        await tick(pilot, ["hidden-spending", "ongoing-deception"])
        await next_page(pilot, "stage")
        await choose(pilot, "#fr-stage", "months-in")
        await next_page(pilot, "last")
        assert app.focused is app.screen.query_one("#fr-start", Button)
        assert not new_folder.workbook_path.exists()  # nothing is kept before the end
        await pilot.press("enter")  # Start
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert here(road_map(app, "Make Meaning"))

    saved = new_folder.on_disk()
    assert saved["role"] == role
    assert saved["rupture_kinds"] == ["hidden-spending", "ongoing-deception"]
    assert saved["current_phase"] == "make-meaning"
    assert saved["first_run_done"]

    async with new_folder.run() as pilot:  # the next start: straight to the road map
        assert isinstance(pilot.app.screen, HomeScreen)
        assert pilot.app.workbook.role == role


@pytest.mark.parametrize("pages", range(6))
async def test_the_welcome_can_be_skipped_from_every_page(new_folder, pages):
    async with new_folder.run() as pilot:
        for _ in range(pages):
            await pilot.press("n")
        await pilot.pause()
        assert isinstance(pilot.app.screen, FirstRunScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HomeScreen)
    saved = new_folder.on_disk()
    assert saved["first_run_done"] and saved["role"] == "unsaid" and saved["rupture_kinds"] == []
    async with new_folder.run() as pilot:
        assert isinstance(pilot.app.screen, HomeScreen)


async def test_skipping_keeps_what_was_chosen_so_far(new_folder):
    async with new_folder.run() as pilot:
        await next_page(pilot, "privacy")
        await next_page(pilot, "role")
        await choose(pilot, "#fr-role", "hurt")
        await pilot.press("escape")
        await pilot.pause()
    assert new_folder.on_disk()["role"] == "hurt"


async def test_a_restart_before_the_end_shows_the_welcome_again(new_folder):
    async with new_folder.run() as pilot:
        await next_page(pilot, "privacy")
        await next_page(pilot, "role")
        await choose(pilot, "#fr-role", "broke-trust")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not new_folder.workbook_path.exists()  # nothing was kept
    async with new_folder.run() as pilot:
        app = pilot.app
        assert isinstance(app.screen, FirstRunScreen) and app.screen.page_name == "about"
        assert app.workbook.role == "unsaid"


async def test_back_returns_to_a_page_as_it_was_left(new_folder):
    async with new_folder.run() as pilot:
        await next_page(pilot, "privacy")
        await next_page(pilot, "role")
        await choose(pilot, "#fr-role", "hurt")
        await next_page(pilot, "kinds")
        await pilot.press("b")
        await pilot.pause()
        group = pilot.app.screen.query_one("#fr-role", RadioSet)
        assert pilot.app.screen.page_name == "role" and group.pressed_button.name == "hurt"


class AsksForTheCheck(TrustroadApp):
    """Records the app action the last page runs (the safety check itself is another screen's work)."""

    checks = 0

    def action_safety_check(self) -> None:
        type(self).checks += 1


async def test_the_safety_check_button_keeps_the_answers_then_asks_for_the_check(new_folder):
    AsksForTheCheck.checks = 0
    async with new_folder.run(app_class=AsksForTheCheck) as pilot:
        for page in ("privacy", "role"):
            await next_page(pilot, page)
        await choose(pilot, "#fr-role", "hurt")
        for page in ("kinds", "stage", "last"):
            await next_page(pilot, page)
        await pilot.press("shift+tab", "enter")  # from Start back to the safety check
        await pilot.pause()
        assert AsksForTheCheck.checks == 1
        assert not isinstance(pilot.app.screen, FirstRunScreen)
    saved = new_folder.on_disk()
    assert saved["role"] == "hurt" and saved["first_run_done"]


async def test_encryption_can_be_turned_on_from_the_privacy_page(new_folder, screen):
    async with new_folder.run() as pilot:
        app = pilot.app
        app.test_kdf = True  # a fast key derivation, as Settings.test_kdf gives the CLI's tests
        await next_page(pilot, "privacy")
        await choose(pilot, "#fr-privacy", "only-me")
        app.screen.query_one("#fr-encrypt", Button).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PassphraseDialog) and app.screen.mode == "on"
        await pilot.press(*"a long passphrase", "enter", *"a long passphrase", "enter")
        for _ in range(100):  # the key derivation runs on a worker thread
            await app.workers.wait_for_complete()
            await pilot.pause()
            if isinstance(app.screen, FirstRunScreen):
                break
        assert isinstance(app.screen, FirstRunScreen) and app.screen.page_name == "privacy"
        assert content_line(app, "encrypted") in screen(app)
        assert not app.screen.query_one("#fr-encrypt").display
        await pilot.press("escape")
        await pilot.pause()
    assert (new_folder.folder / ".trustroad-key.json").exists()


def content_line(app: TrustroadApp, key: str) -> str:
    text = getattr(app.content.first_run.privacy, key)
    return text[:40]


async def test_the_welcome_is_revisited_from_settings(launcher, screen):
    async with launcher.run() as pilot:
        app = pilot.app
        assert isinstance(app.screen, HomeScreen)  # this person finished the welcome before
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        app.screen.query_one("#first-run-again", Button).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FirstRunScreen)
        for page in ("privacy", "role"):
            await next_page(pilot, page)
        await choose(pilot, "#fr-role", "broke-trust")
        await next_page(pilot, "kinds")
        await tick(pilot, ["substance-or-gambling"])
        await pilot.press("f2")  # Settings waits while the welcome is open
        await pilot.pause()
        assert isinstance(app.screen, FirstRunScreen)
        await pilot.press("escape")
        await pilot.pause()
        settings = app.screen
        assert isinstance(settings, SettingsScreen)
        # Settings shows the welcome's answers at once.
        assert settings.query_one("#role", RadioSet).pressed_button.name == "broke-trust"
        assert settings.query_one("#rupture-kinds", SelectionList).selected == ["substance-or-gambling"]
    saved = launcher.on_disk()
    assert saved["role"] == "broke-trust" and saved["rupture_kinds"] == ["substance-or-gambling"]


async def test_the_kinds_can_be_changed_in_settings(launcher):
    async with launcher.run() as pilot:
        app = pilot.app
        await pilot.press("f2")
        await pilot.pause()
        kinds = app.screen.query_one("#rupture-kinds", SelectionList)
        kinds.focus()
        await pilot.press("down", "down", "space")  # the third kind
        await pilot.pause()
        assert app.workbook.rupture_kinds == [RUPTURE_KINDS[2]]
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert launcher.on_disk()["rupture_kinds"] == [RUPTURE_KINDS[2]]


async def test_the_road_map_lists_steps_for_other_kinds_under_also(new_folder, content, screen):
    stabilize = content.phase("stabilize")
    other = next(s for s in stabilize.steps if s.meta.for_kinds and "affair" not in s.meta.for_kinds)
    async with new_folder.run(size=(100, 50)) as pilot:  # tall enough for the whole step list
        for page in ("privacy", "role", "kinds"):
            await next_page(pilot, page)
        await tick(pilot, ["affair"])
        await pilot.press("escape")
        await pilot.pause()
        await new_folder.open_phase(pilot, "stabilize")
        lines = screen(pilot.app).splitlines()
        also = next(i for i, line in enumerate(lines) if "Also" in line)
        at = next(i for i, line in enumerate(lines) if other.title[:20] in line)
        assert at > also
        last_fitting = [s for s in stabilize.steps if s.fits(["affair"])][-1]
        assert next(i for i, line in enumerate(lines) if last_fitting.title[:20] in line) < also


async def test_the_demo_opens_on_the_road_map(tmp_path, content):
    store = Store(tmp_path / "demo")
    for name, document in build_demo(content).items():
        store.save(name, document)
    store.lock()
    app = DemoApp(content, store, load_all(store))
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
    finally:
        app.writer.close()
        store.unlock()


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_every_page_fits_a_small_terminal(new_folder, content, screen, size):
    spec = content.first_run
    titles = [spec.about.title, spec.privacy.title, spec.role.title, spec.kinds.title, spec.stage.title]
    async with new_folder.run(size=size) as pilot:
        app = pilot.app
        for number, title in enumerate([*titles, spec.last.title], 1):
            text = screen(app)
            assert title in text and f"{number} of 6" in text, text
            # The footer's way out, on every page (on the last, Esc starts: nothing is left to skip).
            assert ("esc Start" if number == 6 else "esc Skip the rest") in text
            way_on = "Start" if number == 6 else "Next"
            button = app.screen.query_one("#fr-start" if number == 6 else "#fr-next", Button)
            assert way_on in text and button.region.bottom <= size[1]
            assert app.focused is not None and app.focused.region.bottom <= size[1]
            await pilot.press("n")
            await pilot.pause()
