"""Reaching the journal (F3) and what it shares with home: the palette's journal commands,
an app that starts on the journal, and the intensity trend shown on both screens."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import OptionList

from in_view import scroll_into_view
from trustroad.clock import now
from trustroad.journal.model import Entry, TalkDetails
from trustroad.tui.screens.journal import JournalScreen
from trustroad.tui.screens.journal_entry import JournalEntryScreen
from tui.journal_pilot import open_journal, seed


async def test_the_trend_shows_on_home_and_journal(launcher, screen):
    today = now().replace(hour=12)
    entries = [Entry.new("x", intensity=8, written=today - timedelta(days=35 + i)) for i in range(4)]
    entries += [Entry.new("y", intensity=3, written=today - timedelta(days=i)) for i in range(4)]
    entries.append(Entry.new("t", kind="rupture-talk", written=today, talk=TalkDetails(intensity_after=4)))
    seed(launcher, *entries)
    async with launcher.run() as pilot:
        await scroll_into_view(pilot, "#home-trend")
        home = screen(pilot.app)
        assert "Intensity, last 30 days" in home and "Overall: lower than the 30 days before." in home
        await open_journal(pilot)
        text = screen(pilot.app)
        assert "lower than the 30 days before (8.0 → 3.0)" in text
        assert "After talks" in text and "Last 30 days: no trend yet: 1 of 3 days; the 30 before: 0 of 3" in text


async def test_palette_commands_open_the_journal(launcher):
    async with launcher.run() as pilot:
        commands = {c.title: c for c in pilot.app.get_system_commands(pilot.app.screen)}
        commands["New journal entry"].callback()
        await pilot.pause()
        assert isinstance(pilot.app.screen, JournalEntryScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, JournalScreen)
        pilot.app.screen.query_one(OptionList)


async def test_starting_on_the_journal_and_going_home(launcher):
    from trustroad.tui.app import TrustroadApp
    from trustroad.tui.screens.home import HomeScreen

    class StartsOnTheJournal(TrustroadApp):  # as bench/ starts an app on the journal
        def get_default_screen(self) -> JournalScreen:
            return JournalScreen()

    async with launcher.run(app_class=StartsOnTheJournal) as pilot:
        assert isinstance(pilot.app.screen, JournalScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HomeScreen)
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(pilot.app.screen, JournalScreen)
        depth = len(pilot.app.screen_stack)
        await pilot.press("f3")  # already there: nothing stacks up
        await pilot.pause()
        assert len(pilot.app.screen_stack) == depth
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HomeScreen)
