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
