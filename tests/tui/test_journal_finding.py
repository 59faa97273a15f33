"""Finding entries in the journal (F3), driven as a person would: filters by text, tag, kind,
phase and dates (the same after a restart), paging through 450 entries, and the filter bar that
appears when asked for."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import Input, OptionList, Select, TextArea

from trustroad.clock import now
from trustroad.journal.model import Entry
from trustroad.tui.screens.journal_entry import JournalEntryScreen
from tui.journal_pilot import listed, on_disk, open_journal, quit_app, seed, type_text

MARKUP = "Felt [bold]small[/] today <b>again</b> 😀"


async def test_filter_by_text_tag_kind_phase_and_dates(launcher, screen):
    base = now() - timedelta(days=10)
    seed(
        launcher,
        Entry.new("Calm morning", kind="gratitude", tags=["walk"], phase="stabilize", written=base),
        Entry.new(
            "Hard night after the call",
            kind="hard-moment",
            tags=["night"],
            phase="stabilize",
            written=base + timedelta(days=2),
        ),
        Entry.new(
            "calm talk at eight",
            kind="rupture-talk",
            tags=["night"],
            phase="make-meaning",
            written=base + timedelta(days=4),
        ),
        Entry.new(MARKUP, kind="reflection", written=base + timedelta(days=6)),
    )
    for _round in range(2):  # the same answers after a restart
        async with launcher.run() as pilot:
            journal = await open_journal(pilot)
            assert len(journal.matches) == 4 and journal.matches[0].text == MARKUP  # newest first
            assert MARKUP in screen(pilot.app)  # shown as written, never as markup
            await pilot.press("ctrl+f")
            await type_text(pilot, "CALM")
            await pilot.pause(0.3)  # the filter waits for a pause in typing
            assert listed(journal) == ["calm talk at eight", "Calm morning"]
            assert "2 of 4 entries match" in screen(pilot.app)
            journal.query_one("#filter-tag", Input).focus()
            await type_text(pilot, "night")
            await pilot.pause(0.3)
            assert listed(journal) == ["calm talk at eight"]
            await pilot.press("ctrl+r")
            await pilot.pause()
            journal.query_one("#filter-kind", Select).value = "hard-moment"
            await pilot.pause()
            assert listed(journal) == ["Hard night after the call"]
            journal.query_one("#filter-kind", Select).clear()
            journal.query_one("#filter-phase", Select).value = "stabilize"
            await pilot.pause()
            assert listed(journal) == ["Hard night after the call", "Calm morning"]
            journal.query_one("#filter-from", Input).value = (base + timedelta(days=1)).date().isoformat()
            await pilot.pause(0.3)
            assert listed(journal) == ["Hard night after the call"]
            journal.query_one("#filter-to", Input).value = "soon"
            await pilot.pause(0.3)
            assert "Use a date like" in screen(pilot.app)
            await quit_app(pilot)
    assert len(on_disk(launcher)["entries"]) == 4


async def test_paging_reaches_the_oldest_entry_and_opens_it(launcher, screen):
    # 450 entries: five pages of at most 100, newest first; entry 0 is the oldest.
    start = now() - timedelta(days=500)
    seed(launcher, *(Entry.new(f"Entry number {n}", written=start + timedelta(days=n)) for n in range(450)))
    async with launcher.run() as pilot:
        journal = await open_journal(pilot)
        entries = journal.query_one("#journal-entries", OptionList)
        assert len(journal.matches) == 100 and journal.matches[0].text == "Entry number 449"
        assert "showing 1–100 of 450 entries · ↓ at the end shows older" in screen(pilot.app)
        await pilot.press("end")  # the oldest entry, on the last page
        await pilot.pause()
        assert "showing 401–450 of 450 entries · ↑ at the top shows newer" in screen(pilot.app)
        await pilot.press("enter")
        await pilot.pause()
        editor = pilot.app.screen
        assert isinstance(editor, JournalEntryScreen)
        assert editor.query_one("#entry-text", TextArea).text == "Entry number 0"
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is journal and listed(journal)[entries.highlighted] == "Entry number 0"
        for _ in range(20):  # PageUp to the top row of the last page
            if entries.highlighted == 0:
                break
            await pilot.press("pageup")
        await pilot.press("up")  # past the top: the newer page, on its last row
        await pilot.pause()
        assert journal.matches[0].text == "Entry number 149" and entries.highlighted == 99
        assert "showing 301–400 of 450 entries · ↓ at the end shows older" in screen(pilot.app)
        for key in ("down", "pagedown"):  # past the end: the older page, on its first row
            await pilot.press(key)
            await pilot.pause()
            assert journal.matches[0].text == "Entry number 49" and entries.highlighted == 0
            await pilot.press("up")
            await pilot.pause()
        await pilot.press("home")  # the newest, from anywhere
        await pilot.pause()
        assert journal.matches[0].text == "Entry number 449" and entries.highlighted == 0
        await pilot.press("end")
        await pilot.press("ctrl+f")
        await type_text(pilot, "number 4")  # a new filter starts again at its newest match
        await pilot.pause(0.3)
        assert listed(journal)[0] == "Entry number 449" and len(journal.matches) == 61  # 4, 40–49, 400–449
        assert "61 of 450 entries match" in screen(pilot.app)


async def test_the_filter_bar_appears_when_asked_for_and_stays(launcher, screen):
    seed(
        launcher,
        Entry.new("A quiet evening", tags=["walk"]),
        Entry.new("Slept badly", tags=["night"], written=now() - timedelta(days=1)),
    )
    # 100 columns: at 80 the footer (hide and support first) has no room left for "Clear filters".
    async with launcher.run(size=(100, 24)) as pilot:
        journal = await open_journal(pilot)
        # The journal opens on what was written: the list has the focus, no filter boxes yet.
        assert not journal.filters_shown and not journal.query(Input)
        assert isinstance(pilot.app.focused, OptionList)
        assert "Clear filters" not in screen(pilot.app) and "Find" in screen(pilot.app)
        await pilot.press("ctrl+r")  # nothing to clear: nothing happens
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert journal.filters_shown and pilot.app.focused is journal.query_one("#filter-text", Input)
        assert "Search the text" in screen(pilot.app) and "Any kind" in screen(pilot.app)
        await type_text(pilot, "quiet")
        await pilot.pause(0.3)
        assert listed(journal) == ["A quiet evening"]
        await pilot.press("escape")  # back to the list, not out of the journal; the filter stays
        await pilot.pause()
        assert pilot.app.screen is journal and isinstance(pilot.app.focused, OptionList)
        await pilot.press("ctrl+f")
        await pilot.press("enter")  # Enter in the search also goes back to the list
        await pilot.pause()
        assert isinstance(pilot.app.focused, OptionList)
        assert journal.filters_shown and listed(journal) == ["A quiet evening"]
        assert "ctrl+r clears the filter" in screen(pilot.app)
        await pilot.press("ctrl+f")  # asked again: the same bar, not a second one
        await pilot.pause()
        assert len(journal.query(".journal-filters")) == 2
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert listed(journal) == ["A quiet evening", "Slept badly"]
