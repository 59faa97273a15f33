"""The theme the window opens in (tui/app.py `_first_theme`).

A dark workbook opens with its stylesheets read once, not read again by Textual's theme watcher;
a light one opens in light; and switching theme afterwards restyles the window as before.
The colours themselves are checked by the pictures (tests/snapshots) and tests/tui/test_theme_contrast.py.
"""

from __future__ import annotations

from typing import ClassVar

from textual.color import Color

from textual_private import screen_text
from trustroad.storage.files import WORKBOOK_FILE
from trustroad.storage.store import Store
from trustroad.tui.app import TrustroadApp
from trustroad.tui.themes import DARK_NAME, LIGHT_NAME
from trustroad.tui.widgets.readable_option_list import CURSOR, ReadableOptionList
from trustroad.workbook.model import Workbook
from waiting import until


class CountingApp(TrustroadApp):
    """Counts Textual's stylesheet refreshes (each parses every stylesheet again)."""

    refreshes: ClassVar[list[str]] = []

    def refresh_css(self, animate: bool = True) -> None:
        CountingApp.refreshes.append(self.theme)
        super().refresh_css(animate)


def _background(app: TrustroadApp) -> Color:
    """The current theme's background colour, as the stylesheets should have it."""
    return Color.parse(app.get_css_variables()["background"])


def _cursor_row_text(app: TrustroadApp) -> Color:
    """The colour of the words on the road map's cursor row, as drawn."""
    colour = app.screen.query_one(ReadableOptionList).get_visual_style(*CURSOR).rich_style.color
    assert colour is not None
    return Color.from_rich_color(colour)


def _theme_classes(app: TrustroadApp) -> set[str]:
    return {name for name in app.classes if name.startswith("-theme-") or name.endswith("-mode")}


def _light_workbook(launcher) -> None:
    workbook = Workbook()
    workbook.finish_first_run()
    workbook.set_theme("light")
    Store(launcher.folder).save(WORKBOOK_FILE, workbook)


async def _switch_theme(pilot) -> None:
    """Light / dark, from the command palette, as a person would."""
    theme = pilot.app.theme
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*"light / dark")
    await until(pilot, lambda: "Switch between the light and dark theme" in screen_text(pilot.app))
    await pilot.press("enter")
    await until(pilot, lambda: pilot.app.theme != theme)
    await pilot.pause()


async def test_a_dark_workbook_opens_dark_with_its_stylesheets_read_once(launcher):
    CountingApp.refreshes = []
    async with launcher.run(app_class=CountingApp) as pilot:
        app = pilot.app
        assert app.theme == DARK_NAME
        assert _theme_classes(app) == {f"-theme-{DARK_NAME}", "-dark-mode"}
        assert app.screen.styles.background == _background(app)
        # trustroad-dark's own words on the cursor's blue (full white; textual-dark's are 87%).
        assert _cursor_row_text(app) == Color(255, 255, 255)
        assert CountingApp.refreshes == []


async def test_a_light_workbook_opens_light(launcher):
    _light_workbook(launcher)
    async with launcher.run() as pilot:
        app = pilot.app
        assert app.theme == LIGHT_NAME
        assert _theme_classes(app) == {f"-theme-{LIGHT_NAME}", "-light-mode"}
        assert app.screen.styles.background == _background(app)


async def test_switching_theme_after_a_dark_start_restyles_the_window(launcher):
    CountingApp.refreshes = []
    async with launcher.run(app_class=CountingApp) as pilot:
        app = pilot.app
        await _switch_theme(pilot)
        assert CountingApp.refreshes == [LIGHT_NAME]
        assert _theme_classes(app) == {f"-theme-{LIGHT_NAME}", "-light-mode"}
        assert app.screen.styles.background == _background(app)

        await _switch_theme(pilot)
        assert CountingApp.refreshes == [LIGHT_NAME, DARK_NAME]
        assert _theme_classes(app) == {f"-theme-{DARK_NAME}", "-dark-mode"}
        assert app.screen.styles.background == _background(app)
