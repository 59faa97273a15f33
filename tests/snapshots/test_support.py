"""The support place, the private safety check and the safety screen at 80x24, dark and with
NO_COLOR (issue 13). Regenerate with `--snapshot-update` and look at every new SVG."""

from __future__ import annotations

import pytest
from textual.widgets import Button, RadioSet

from trustroad.tui.screens.safety import SafetyScreen
from trustroad.tui.screens.safety_check import SafetyCheckScreen
from trustroad.tui.screens.support import SupportScreen

SIZE = (80, 24)
COLOURS = ["dark", "no-color"]


def app_in(make_app, monkeypatch, colours: str):
    if colours == "no-color":
        monkeypatch.setenv("NO_COLOR", "1")  # read (and removed) by Textual as the app is made
    return make_app(demo=True)


@pytest.mark.parametrize("colours", COLOURS)
def test_support_place(snap_compare, make_app, monkeypatch, reach, colours):
    walk = reach(SupportScreen, "ctrl+g")
    assert snap_compare(app_in(make_app, monkeypatch, colours), terminal_size=SIZE, run_before=walk)


@pytest.mark.parametrize("colours", COLOURS)
def test_safety_check(snap_compare, make_app, monkeypatch, keys, colours):
    async def walk(pilot) -> None:
        await keys(pilot, "ctrl+g", "down", "down", "enter")
        assert isinstance(pilot.app.screen, SafetyCheckScreen)
        await keys(pilot, "enter")  # "No" to the first question

    assert snap_compare(app_in(make_app, monkeypatch, colours), terminal_size=SIZE, run_before=walk)


@pytest.mark.parametrize("colours", COLOURS)
def test_safety_screen(snap_compare, make_app, monkeypatch, keys, colours):
    async def walk(pilot) -> None:
        pilot.app.action_safety_check()
        await pilot.pause()
        screen = pilot.app.screen
        screen.query_one("#reply--afraid", RadioSet).focus()
        await keys(pilot, "right", "right", "enter")  # "Yes"
        screen.query_one("#safety-save", Button).focus()
        await keys(pilot, "enter")
        assert isinstance(pilot.app.screen, SafetyScreen)

    assert snap_compare(app_in(make_app, monkeypatch, colours), terminal_size=SIZE, run_before=walk)
