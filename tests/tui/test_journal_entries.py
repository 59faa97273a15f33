"""The journal's entries (F3), driven as a person would: write, edit and delete them (with a
question before unsaved words or an entry are dropped, and ctrl+z after a delete), each checked
again on disk or after restarting on the same data folder."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import Input, Select, TextArea

from textual_private import notifications
from trustroad.clock import now
from trustroad.journal.model import Entry, Journal
from trustroad.storage.files import JOURNAL_FILE
from trustroad.tui.screens.journal import JournalScreen
from trustroad.tui.screens.journal_entry import JournalEntryScreen
from tui.journal_pilot import listed, on_disk, open_journal, quit_app, seed, type_text


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
