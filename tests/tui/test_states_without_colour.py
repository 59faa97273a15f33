"""Issue 14: a switch's state reads in words or marks, never colour alone (NO_COLOR=1 shows no colour)."""

from __future__ import annotations

from textual.app import App, ComposeResult

from in_view import scroll_into_view
from trustroad.tui.widgets.share_toggle import ShareToggle
from trustroad.tui.widgets.toggles import PRIVATE, SHARED, StateCheckbox, StateRadio


class Toggles(App[None]):
    def compose(self) -> ComposeResult:
        yield StateCheckbox("Tea", False, id="off")
        yield StateCheckbox("Walk", True, id="on")
        yield StateRadio("Dark", True, id="chosen")
        yield StateRadio("Light", False, id="other")


async def test_an_off_box_is_empty_and_an_on_box_is_marked():
    app = Toggles()
    async with app.run_test() as pilot:
        text = {w.id: str(w.render()) for w in app.query("StateCheckbox, StateRadio")}
        assert "X" not in text["off"] and "X" in text["on"]
        assert "●" in text["chosen"] and "●" not in text["other"]
        app.query_one("#off", StateCheckbox).toggle()
        await pilot.pause()
        assert "X" in str(app.query_one("#off").render())


async def test_the_share_switch_says_shared_or_private(launcher, steps, screen):
    step = steps("worksheet", "stabilize")
    first = step.prompts_for("unsaid")[0]
    async with launcher.run() as pilot:
        phase = await launcher.open_step(pilot, step)
        toggle = phase.query_one(f"#share--{first.id}", ShareToggle)
        await scroll_into_view(pilot, toggle)
        assert PRIVATE in str(toggle.render()) and SHARED not in screen(pilot.app)
        await pilot.press("enter", "ctrl+t")
        await pilot.pause()
        assert toggle.value is True
        assert SHARED in str(toggle.render())


async def test_a_focused_button_is_marked_by_more_than_colour(launcher, monkeypatch):
    # Reverse and bold read on a terminal without colour; a label colour alone would not.
    monkeypatch.setenv("NO_COLOR", "1")
    async with launcher.run() as pilot:
        await pilot.press("e")  # the therapy summary: a column of buttons
        await pilot.pause()
        buttons = list(pilot.app.screen.query("Button"))
        assert len(buttons) >= 2
        buttons[0].focus()
        await pilot.pause()
        focused, other = buttons[0].styles.text_style, buttons[1].styles.text_style
        assert focused.reverse and focused.bold
        assert not other.reverse
