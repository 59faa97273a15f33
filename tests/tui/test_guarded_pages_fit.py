"""At 80x24, the passphrase dialog and the self-check show everything a person needs.

Found while taking their pictures (tests/snapshots/test_guarded_pages.py): the dialog that turns
encryption on was taller than the window, and its second field and its buttons could not be
seen, even with the focus on them; a self-check sign longer than the window ran off its edge.
"""

from __future__ import annotations

import re

from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button

from textual_private import screen_text
from trustroad.tui.modals.passphrase import PassphraseDialog
from trustroad.tui.screens.self_check import SelfCheckScreen
from trustroad.tui.screens.settings import SettingsScreen

SIZE = (80, 24)


def words(text: str) -> str:
    """The screen's words, the field and button edges gone and the wrapped lines joined."""
    return " ".join(re.sub(r"[▊▎▐▌│▔▁]", " ", text).split())


def fully_seen(pilot: Pilot, widget: Widget) -> bool:
    """Every corner of the widget is on screen and not covered or clipped."""
    region = widget.region
    corners = (
        (region.x, region.y),
        (region.right - 1, region.y),
        (region.x, region.bottom - 1),
        (region.right - 1, region.bottom - 1),
    )
    width, height = pilot.app.size
    return region.area > 0 and all(
        0 <= x < width and 0 <= y < height and pilot.app.screen.get_widget_at(x, y)[0] is widget for x, y in corners
    )


async def test_the_encryption_dialog_shows_its_warning_fields_and_buttons_at_80x24(launcher):
    async with launcher.run(size=SIZE) as pilot:
        app = pilot.app
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        button = app.screen.query_one("#encryption-on", Button)
        while app.focused is not button:
            await pilot.press("tab")
        await pilot.press("enter")
        await pilot.pause(0.3)
        dialog = app.screen
        assert isinstance(dialog, PassphraseDialog)
        # It opens at the top: the heading and the warning first, the first field ready.
        seen = words(screen_text(app))
        assert "Encrypt this workbook with a passphrase" in seen
        assert "If you forget the passphrase, your workbook cannot be recovered" in seen
        assert app.focused is dialog.query_one("#new") and fully_seen(pilot, dialog.query_one("#new"))
        # Tab brings the second field, then each button, into view.
        for target in ("#again", "#go", "#cancel"):
            await pilot.press("tab")
            await pilot.pause(0.3)
            assert app.focused is dialog.query_one(target)
            assert fully_seen(pilot, dialog.query_one(target)), target
        await pilot.press("enter")  # Cancel
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)


async def open_self_check(pilot: Pilot) -> None:
    """From the road map: the support place (ctrl+g), then its self-check."""
    await pilot.press("ctrl+g")
    await pilot.pause()
    pilot.app.screen.open("self-check")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SelfCheckScreen)


async def test_every_self_check_sign_is_seen_whole_at_80x24(launcher, content):
    assert content.support is not None and content.support.self_check is not None
    signs = content.support.self_check.signs
    assert max(len(sign.label) for sign in signs) > 72  # one longer than a line of the window
    async with launcher.run(size=SIZE) as pilot:
        app = pilot.app
        await open_self_check(pilot)
        for index, sign in enumerate(signs):
            if index:
                await pilot.press("tab")
                await pilot.pause(0.3)
            box = app.screen.query_one(f"#sign--{sign.id}")
            assert app.focused is box
            assert fully_seen(pilot, box), sign.id
            assert sign.label in words(screen_text(app)), sign.id


async def test_a_wrapped_sign_goes_on_under_its_first_word_not_under_the_tick_box(launcher, content):
    assert content.support is not None and content.support.self_check is not None
    sign = max(content.support.self_check.signs, key=lambda s: len(s.label))
    async with launcher.run(size=SIZE) as pilot:
        app = pilot.app
        await open_self_check(pilot)
        box = app.screen.query_one(f"#sign--{sign.id}")
        while app.focused is not box:  # Tab to it, as a person would: the page scrolls it into view
            await pilot.press("tab")
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        assert fully_seen(pilot, box)
        lines = screen_text(app).splitlines()
        start = " ".join(sign.label.split()[:6])
        first = next(n for n, line in enumerate(lines) if start in line)
        column = lines[first].index(start)
        after = lines[first + 1]
        assert not re.search(r"\w", after[:column]) and re.match(r"\w", after[column]), (lines[first], after)
