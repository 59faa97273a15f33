"""Issue 14: every footer fits at 80 columns (the rest of the keys are in help and the palette), and
the small-terminal promises of the layout hold (home's key line in sight at 60x20)."""

from __future__ import annotations

import pytest

from textual_private import screen_text

SCREENS = {
    "home": (),
    "phase": ("enter",),
    "journal": ("f3",),
    "agreements": ("a",),
    "check-in": ("c",),
    "promises": ("p",),
    "new promise": ("p", "n"),
    "setbacks": ("p", "s"),
    "summary": ("e",),
    "agenda": ("e", "ctrl+o", "t"),
    "settings": ("f2",),
}


@pytest.mark.parametrize("where", sorted(SCREENS))
async def test_the_footer_shows_every_key_it_lists_at_80_columns(launcher, where):
    async with launcher.run(size=(80, 24)) as pilot:
        for key in SCREENS[where]:
            await pilot.press(key)
            await pilot.pause()
        await pilot.pause()
        footer = screen_text(pilot.app).splitlines()[-1]
        shown = {b.binding.description for b in pilot.app.screen.active_bindings.values() if b.binding.show}
        missing = [d for d in shown if d and d not in footer]
        assert missing == [], footer
        assert "Go to" in footer  # the way to everything else, on every screen


async def test_home_keeps_its_key_line_in_sight_at_60x20(launcher):
    async with launcher.run(size=(60, 20)) as pilot:
        text = screen_text(pilot.app)
        assert "j Journal" in text and "a Agreements" in text


async def test_hide_comes_first_in_the_footer_also_with_an_answer_box_focused(launcher, content):
    # TextArea binds f6 itself ("select line"); the phase screen's f6 (Next) used to take that
    # early place in the footer, before Hide.
    from trustroad.tui.widgets.answer_box import AnswerBox

    step = next(s for s in content.phase("stabilize").steps if s.kind == "worksheet")
    async with launcher.run(size=(80, 24)) as pilot:
        screen = await launcher.open_step(pilot, step)
        screen.query(AnswerBox).first().focus()
        await pilot.pause()
        assert isinstance(pilot.app.focused, AnswerBox)
        footer = screen_text(pilot.app).splitlines()[-1]
        assert footer.split()[:2] == ["^\\", "Hide"], footer
        assert footer.index("Back") < footer.index("Done") < footer.index("Next") < footer.index("Go to"), footer
