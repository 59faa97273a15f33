"""The journal (F3), driven as a person would: write, edit, filter and delete entries, each
checked again after restarting on the same data folder."""

from __future__ import annotations

import json
from datetime import timedelta

from textual.widgets import Input, OptionList, Select, TextArea

from in_view import scroll_into_view
from textual_private import notifications
from trustroad.clock import now
from trustroad.journal.model import Entry, Journal, TalkDetails
from trustroad.storage.files import JOURNAL_FILE
from trustroad.storage.store import Store
from trustroad.tui.screens.journal import JournalScreen
from trustroad.tui.screens.journal_entry import JournalEntryScreen

MARKUP = "Felt [bold]small[/] today <b>again</b> 😀"


def seed(launcher, *entries) -> list:
    journal = Journal()
    for entry in entries:
        journal.add(entry)
    Store(launcher.folder).save(JOURNAL_FILE, journal)
    return list(entries)


def on_disk(launcher) -> dict:
    return json.loads((launcher.folder / JOURNAL_FILE).read_text(encoding="utf-8"))


async def type_text(pilot, text: str) -> None:
    keys = {" ": "space", "\n": "enter", "[": "left_square_bracket", "]": "right_square_bracket"}
    await pilot.press(*(keys.get(ch, ch) for ch in text))


async def open_journal(pilot, key: str = "f3") -> JournalScreen:
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(pilot.app.screen, JournalScreen)
    return pilot.app.screen


async def quit_app(pilot) -> None:
    await pilot.press("ctrl+q")
    await pilot.pause()


def listed(screen: JournalScreen) -> list[str]:
    return [e.text for e in screen.matches]


async def test_write_an_entry_and_find_it_after_a_restart(launcher, screen):
    async with launcher.run() as pilot:
        journal = await open_journal(pilot, "j")  # j on the road map
        assert "No entries yet" in screen(pilot.app)
        await pilot.press("ctrl+n")
        await pilot.pause()
        editor = pilot.app.screen
        assert isinstance(editor, JournalEntryScreen)
        assert editor.query_one("#entry-share").value is False  # off by default
        await type_text(pilot, "A quiet walk helped.")
        editor.query_one("#entry-kind", Select).value = "gratitude"
        editor.query_one("#entry-intensity", Input).focus()
        await pilot.press("3")
        editor.query_one("#entry-tags", Input).focus()
        await type_text(pilot, "#Walk evening")
        await pilot.press("ctrl+s")  # the entry's own save, not the app's
        await pilot.pause()
        assert pilot.app.screen is journal
        assert listed(journal) == ["A quiet walk helped."]
        assert "helped" in screen(pilot.app) and "A quiet walk helped." in screen(pilot.app)
        await quit_app(pilot)
    entry = on_disk(launcher)["entries"][0]
    assert (entry["text"], entry["kind"], entry["intensity"], entry["tags"], entry["share"]) == (
        "A quiet walk helped.",
        "gratitude",
        3,
        ["walk", "evening"],
        False,
    )
    async with launcher.run() as pilot:
        journal = await open_journal(pilot)
        assert listed(journal) == ["A quiet walk helped."]


async def test_a_rupture_talk_keeps_how_it_went(launcher):
    async with launcher.run() as pilot:
        await open_journal(pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        editor = pilot.app.screen
        assert editor.query_one("#talk-details").display is False
        editor.query_one("#entry-kind", Select).value = "rupture-talk"
        await pilot.pause()
        assert editor.query_one("#talk-details").display is True
        await type_text(pilot, "We talked at eight.")
        editor.query_one("#talk-agreed", Select).value = True
        editor.query_one("#talk-timeout", Select).value = False
        for box, value in (("#talk-minutes", "25"), ("#talk-before", "8"), ("#talk-after", "5")):
            editor.query_one(box, Input).focus()
            await type_text(pilot, value)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await quit_app(pilot)
    talk = on_disk(launcher)["entries"][0]["talk"]
    assert talk == {
        "at_agreed_time": True,
        "minutes": 25,
        "intensity_before": 8,
        "intensity_after": 5,
        "time_out_used": False,
    }


async def test_a_bad_intensity_is_explained_and_nothing_is_lost(launcher, screen):
    async with launcher.run() as pilot:
        await open_journal(pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        editor = pilot.app.screen
        await type_text(pilot, "words")
        editor.query_one("#entry-intensity", Input).focus()
        await type_text(pilot, "12")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert pilot.app.screen is editor
        assert "0 (calm) to 10" in screen(pilot.app)
        assert editor.query_one("#entry-text", TextArea).text == "words"


async def test_edit_an_entry_and_see_it_after_a_restart(launcher):
    (first,) = seed(launcher, Entry.new("First words", intensity=6))
    async with launcher.run() as pilot:
        journal = await open_journal(pilot)
        await pilot.press("enter")
        await pilot.pause()
        editor = pilot.app.screen
        assert isinstance(editor, JournalEntryScreen)
        assert editor.query_one("#entry-text", TextArea).text == "First words"
        await type_text(pilot, ", and more.")
        await pilot.click("#entry-save")
        await pilot.pause()
        assert listed(journal) == ["First words, and more."]
        await quit_app(pilot)
    entry = on_disk(launcher)["entries"][0]
    assert entry["id"] == first.id and entry["text"] == "First words, and more." and entry["edited"]
    async with launcher.run() as pilot:
        journal = await open_journal(pilot)
        assert listed(journal) == ["First words, and more."]


async def test_escape_asks_before_dropping_unsaved_words(launcher):
    async with launcher.run() as pilot:
        await open_journal(pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        await type_text(pilot, "Do not lose me")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#stay")  # "Keep writing"
        await pilot.pause()
        assert isinstance(pilot.app.screen, JournalEntryScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#save")
        await pilot.pause()
        assert isinstance(pilot.app.screen, JournalScreen)
        await pilot.press("ctrl+n")
        await pilot.pause()
        await type_text(pilot, "Let this go")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#discard")
        await pilot.pause()
        await quit_app(pilot)
    assert [e["text"] for e in on_disk(launcher)["entries"]] == ["Do not lose me"]


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


async def test_delete_asks_first_and_is_real(launcher, screen):
    _keep, gone = seed(
        launcher, Entry.new("Keep me", written=now() - timedelta(days=1)), Entry.new("Remove this sentence")
    )
    async with launcher.run() as pilot:
        journal = await open_journal(pilot)
        assert journal.matches[0].id == gone.id
        await pilot.press("delete")
        await pilot.pause()
        assert "Delete this journal entry for good?" in screen(pilot.app)
        await pilot.press("escape")  # changed my mind
        await pilot.pause()
        assert len(journal.matches) == 2
        await pilot.press("delete")
        await pilot.pause()
        await pilot.click("#delete")
        await pilot.pause()
        assert listed(journal) == ["Keep me"]
        await quit_app(pilot)
    raw = (launcher.folder / JOURNAL_FILE).read_text(encoding="utf-8")
    assert "Remove this sentence" not in raw and gone.id not in raw
    async with launcher.run() as pilot:
        journal = await open_journal(pilot)
        assert listed(journal) == ["Keep me"]
        await pilot.press("enter")  # delete from inside the entry, too
        await pilot.pause()
        await pilot.click("#entry-delete")
        await pilot.pause()
        await pilot.click("#delete")
        await pilot.pause()
        assert isinstance(pilot.app.screen, JournalScreen) and listed(journal) == []
        await quit_app(pilot)
    assert on_disk(launcher)["entries"] == []


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
        assert "After talks" in text and "no trend yet" in text


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


async def test_quitting_with_an_unsaved_entry_asks_and_can_save_it(launcher):
    async with launcher.run() as pilot:
        await open_journal(pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        await type_text(pilot, "Almost lost")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert pilot.app.is_running  # asked first
        await pilot.click("#save")
        await pilot.pause()
        assert not pilot.app.is_running
    assert [e["text"] for e in on_disk(launcher)["entries"]] == ["Almost lost"]


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


async def test_a_deleted_entry_comes_back_with_ctrl_z(launcher):
    """Issue 14: a short undo after deleting, from the list or from inside the entry."""
    kept, gone = seed(
        launcher, Entry.new("Keep me", written=now() - timedelta(days=1)), Entry.new("Deleted [by] mistake")
    )
    async with launcher.run() as pilot:
        journal = await open_journal(pilot)
        await pilot.press("delete")
        await pilot.pause()
        await pilot.click("#delete")
        await pilot.pause()
        assert listed(journal) == ["Keep me"]
        assert any("ctrl+z" in str(n.message) for n in notifications(pilot.app))
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert listed(journal) == ["Deleted [by] mistake", "Keep me"]
        await pilot.press("home", "enter")  # and from inside the entry
        await pilot.pause()
        await pilot.click("#entry-delete")
        await pilot.pause()
        await pilot.click("#delete")
        await pilot.pause()
        assert listed(journal) == ["Keep me"]
        await pilot.press("ctrl+z")
        await pilot.pause()
        await quit_app(pilot)
    restored = Journal.model_validate_json((launcher.folder / JOURNAL_FILE).read_text(encoding="utf-8"))
    assert {(e.id, e.text, e.written) for e in restored.entries} == {
        (kept.id, kept.text, kept.written),
        (gone.id, gone.text, gone.written),
    }
