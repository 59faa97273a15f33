"""Issue 14, bug 3: one-line fields look like fields, keep their text when Tab reaches them, and
undo (ctrl+z) / redo (ctrl+y) what was typed."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from trustroad.agreements.model import Agreements
from trustroad.storage.files import AGREEMENTS_FILE
from trustroad.tui.screens.agreements import AgreementsScreen


async def open_new_agreement(pilot) -> AgreementsScreen:
    await pilot.press("a")
    await pilot.pause()
    await pilot.press("n")
    await pilot.pause()
    await pilot.press("enter")  # the first suggested wording
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, AgreementsScreen)
    assert isinstance(pilot.app.focused, TextArea)
    return screen


async def test_tab_into_the_agreement_name_keeps_it_and_undo_brings_back_what_a_key_replaced(launcher):
    async with launcher.run() as pilot:
        screen = await open_new_agreement(pilot)
        title = screen.query_one("#agreement-title", Input)
        name = title.value
        assert name  # the suggestion's name
        await pilot.press("shift+tab")  # from the wording back to the name
        assert pilot.app.focused is title
        assert title.selected_text == ""  # Tab does not select it all
        await pilot.press("end", "s")
        assert title.value == name + "s"
        title.select_all()  # even with everything selected, one key ...
        await pilot.press("x")
        assert title.value == "x"
        await pilot.press("ctrl+z")  # ... can be undone
        await pilot.pause()
        assert title.value == name + "s"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert title.value == name
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert title.value == name + "s"
        await pilot.press("ctrl+q")
    doc = Agreements.model_validate_json((launcher.folder / AGREEMENTS_FILE).read_text(encoding="utf-8"))
    assert [a.title for a in doc.agreements] == [name + "s"]


async def test_the_agreement_name_has_a_border_like_every_field(launcher):
    async with launcher.run() as pilot:
        screen = await open_new_agreement(pilot)
        title = screen.query_one("#agreement-title", Input)
        assert title.styles.border_top[0] != "" and title.outer_size.height == 3
