"""Issue 14: Esc in a dialog leaves, asking first when words typed into it would be lost."""

from __future__ import annotations

from textual.widgets import Input

from trustroad.tui.modals.confirm_discard_entry import ConfirmDiscardEntry
from trustroad.tui.modals.setback_log import SetbackLogModal
from trustroad.tui.screens.setbacks import SetbacksScreen


async def open_setback_log(pilot) -> SetbackLogModal:
    await pilot.press("p", "s")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SetbacksScreen)
    await pilot.press("n")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SetbackLogModal)
    return pilot.app.screen


async def test_esc_with_nothing_typed_just_closes(launcher):
    async with launcher.run() as pilot:
        await open_setback_log(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, SetbacksScreen)


async def test_esc_after_typing_asks_and_keep_writing_keeps_the_words(launcher):
    async with launcher.run() as pilot:
        log = await open_setback_log(pilot)
        log.query_one("#note", Input).focus()
        await pilot.press(*"it hurt")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ConfirmDiscardEntry)
        assert not pilot.app.screen.query("#save")  # no single Save here: keep writing, or drop it
        await pilot.press("escape")  # keep writing
        await pilot.pause()
        assert pilot.app.screen is log and log.query_one("#note", Input).value == "it hurt"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#discard")
        await pilot.pause()
        assert isinstance(pilot.app.screen, SetbacksScreen)
        assert pilot.app.promises.setbacks == []
