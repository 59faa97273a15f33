"""F1 help: opens from anywhere, lists every key, closes with Esc."""

from __future__ import annotations

import re

from textual.widgets import Button, Markdown

from trustroad.tui.app import TrustroadApp
from trustroad.tui.screens.help import HELP, HelpScreen
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.phase import PhaseScreen

FOUNDATION_KEYS = ["F1", "F2", "F4", "F5", "F6", "ctrl+s", "ctrl+q", "ctrl+p", "Esc", "m", "n"]
# How a binding's key is written in the help table.
SPELLING = {"escape": "Esc", "enter": "Enter", "question_mark": "?", "space": "space", "delete": "Delete"}


def _help_keys() -> set[str]:
    """Every key named in the first column of the help's tables ("F5 / F6" names two)."""
    keys: set[str] = set()
    for row in re.findall(r"^\| *([^|]+?) *\|", HELP, flags=re.MULTILINE):
        for part in re.split(r" / | or |, ", row):
            keys.add(part.strip())
    return keys


def _spelled(key: str) -> str:
    if key in SPELLING:
        return SPELLING[key]
    if re.fullmatch(r"f\d+", key):
        return key.upper()
    return key


async def test_f1_opens_help_listing_the_keys_and_esc_closes_it(launcher, screen):
    async with launcher.run() as pilot:
        await pilot.press("f1")
        await pilot.pause()
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        source = help_screen.query_one(Markdown).source
        listed = _help_keys()
        for key in FOUNDATION_KEYS:
            assert key in listed or any(key in row for row in listed), key
        assert "| F1 |" in source and "| Esc |" in source
        assert "Keys" in screen(pilot.app)  # the table is really on screen
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HomeScreen)


async def test_f1_works_while_typing_and_f1_again_closes(launcher, steps):
    async with launcher.run() as pilot:
        await launcher.open_step(pilot, steps("worksheet"))
        await pilot.press("enter", *"a")
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(pilot.app.screen, PhaseScreen)
        assert pilot.app.focused.text == "a"


def test_every_key_of_the_app_and_its_main_screens_is_in_help():
    bindings = [*TrustroadApp.BINDINGS, *HomeScreen.BINDINGS, *PhaseScreen.BINDINGS]
    listed = _help_keys()
    missing = sorted({_spelled(b.key) for b in bindings} - listed)
    assert not missing, f"keys with no line in the help screen: {missing}"


async def test_the_help_points_to_the_welcome_and_the_support_key(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f2")
        await pilot.pause()
        again = str(pilot.app.screen.query_one("#first-run-again", Button).label)
        assert f"Settings (F2), “{again}”" in " ".join(HELP.split())  # the button's own words
        assert "| ctrl+g | Support:" in HELP
