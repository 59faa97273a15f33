"""Issue 14: a journal entry's kind, intensity and tags are one key away, even while writing."""

from __future__ import annotations

from textual.widgets import Input, Select, TextArea

from trustroad.tui.screens.journal_entry import JournalEntryScreen


async def test_kind_intensity_and_tags_from_the_text_in_one_key_each(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, JournalEntryScreen)
        await pilot.press(*"hard day")
        assert isinstance(pilot.app.focused, TextArea)
        await pilot.press("ctrl+r", "7")
        assert screen.query_one("#entry-intensity", Input).value == "7"
        await pilot.press("ctrl+t", *"sleep")
        assert screen.query_one("#entry-tags", Input).value == "sleep"
        await pilot.press("ctrl+l")  # the kind list opens
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.query_one("#entry-kind", Select).value != "reflection"
        await pilot.press("ctrl+s")
        await pilot.pause()
        [entry] = pilot.app.journal.entries
        assert (entry.text, entry.intensity, entry.tags) == ("hard day", 7, ["sleep"])
        assert entry.kind != "reflection"
