"""The drafts safety net: words typed into a form that is not saved yet survive an abrupt end."""

from __future__ import annotations

import json

from textual.widgets import TextArea

from trustroad.storage.files import DRAFTS_FILE, PROMISES_FILE
from trustroad.tui.screens.recovered import RecoveredScreen

WORDS = "Tonight I felt [bold]steadier[/] - <b>for once</b> ✨ Ελπίδα"


async def type_text(pilot, text: str) -> None:
    keys = {" ": "space", "[": "left_square_bracket", "]": "right_square_bracket"}
    await pilot.press(*(keys.get(ch, ch) for ch in text))


def drafts_on_disk(launcher) -> dict:
    path = launcher.folder / DRAFTS_FILE
    return json.loads(path.read_text(encoding="utf-8"))["items"] if path.exists() else {}


async def test_an_unsaved_journal_entry_survives_an_abrupt_end_and_is_shown_next_time(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        pilot.app.screen.query_one("#entry-text", TextArea).focus()
        await type_text(pilot, WORDS)
        await pilot.pause(1.6)  # past the save delay; then the app ends without ctrl+q
    assert [d["text"] for d in drafts_on_disk(launcher).values()] == [WORDS]

    async with launcher.run() as pilot:
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, RecoveredScreen)
        shown = [box.text for box in screen.query(".recovered-text").results(TextArea)]
        assert shown == [WORDS]  # literally, markup and all
        await pilot.press("escape")  # keep it for later
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert [d["text"] for d in drafts_on_disk(launcher).values()] == [WORDS]

    async with launcher.run() as pilot:
        await pilot.pause()
        assert isinstance(pilot.app.screen, RecoveredScreen)
        await pilot.click("#recovered-remove")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert drafts_on_disk(launcher) == {}


async def test_saving_or_closing_the_form_clears_its_draft(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        pilot.app.screen.query_one("#entry-text", TextArea).focus()
        await type_text(pilot, "a short entry")
        await pilot.pause(1.6)
        assert drafts_on_disk(launcher)
        await pilot.press("ctrl+s")  # the entry's own save closes the editor
        await pilot.pause(1.6)
        assert drafts_on_disk(launcher) == {}
        await pilot.press("ctrl+q")
        await pilot.pause()
    async with launcher.run() as pilot:
        await pilot.pause()
        assert not isinstance(pilot.app.screen, RecoveredScreen)


async def test_quitting_with_the_promise_editor_open_keeps_the_wording(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, "I will text you when I leave work every weekday")
        await pilot.press("ctrl+q")
        await pilot.pause()
    book = json.loads((launcher.folder / PROMISES_FILE).read_text(encoding="utf-8"))
    assert [p["wording"] for p in book["promises"]] == ["I will text you when I leave work every weekday"]
    assert drafts_on_disk(launcher) == {}


async def test_recovered_writing_reopens_as_a_journal_entry_and_goes_once_saved(launcher):
    """Issue 14: recovered words go back into a form, not only to the clipboard."""
    from trustroad.tui.screens.journal_entry import JournalEntryScreen

    async with launcher.run() as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        await type_text(pilot, WORDS)
        await pilot.pause(1.6)  # kept as a draft; then the app ends without ctrl+q
    async with launcher.run() as pilot:
        await pilot.pause()
        assert isinstance(pilot.app.screen, RecoveredScreen)
        await pilot.click("#recovered-journal--0")
        await pilot.pause()
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, JournalEntryScreen)
        assert screen.query_one("#entry-text", TextArea).text == WORDS
        assert drafts_on_disk(launcher)  # still kept until the entry is saved
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [entry.text for entry in pilot.app.journal.entries] == [WORDS]
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert drafts_on_disk(launcher) == {}


async def test_a_recovered_promise_wording_goes_back_into_a_new_promise(launcher):
    from trustroad.tui.screens.promise_edit import PromiseEditScreen

    async with launcher.run() as pilot:
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, "I will text when I leave work")
        await pilot.pause(1.6)
    async with launcher.run() as pilot:
        await pilot.pause()
        assert isinstance(pilot.app.screen, RecoveredScreen)
        await pilot.click("#recovered-promise--0")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(pilot.app.screen, PromiseEditScreen)
        assert pilot.app.screen.query_one("#wording", TextArea).text == "I will text when I leave work"
        await pilot.press("f4")
        await pilot.pause()
        assert [p.wording for p in pilot.app.promises.promises] == ["I will text when I leave work"]
        assert pilot.app.drafts.items == {}
