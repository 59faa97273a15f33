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


async def test_the_journal_trend_gives_way_at_60_columns_and_comes_back_when_wider(launcher):
    from datetime import timedelta

    from trustroad import clock
    from trustroad.journal.model import Entry

    async with launcher.run(size=(60, 20)) as pilot:
        for days in range(6):
            pilot.app.journal.add(Entry.new(f"day {days}", intensity=5, written=clock.now() - timedelta(days=days)))
        await pilot.press("j")
        await pilot.pause()
        lines = screen_text(pilot.app).splitlines()
        row = next(line for line in lines if line.lstrip().startswith("Intensity"))
        assert row.rstrip().endswith("30 days")  # the 90-day line made way: nothing wraps
        assert not any(line.lstrip().startswith("·") or "90 days" in line for line in lines)
        await pilot.resize_terminal(100, 24)
        await pilot.pause()
        assert any(line.rstrip().endswith("30 | 90 days") for line in screen_text(pilot.app).splitlines())


async def test_a_dialog_footer_lists_the_keys_that_work_in_it_not_those_of_the_screen_below(launcher):
    from trustroad.tui.modals.setback_log import SetbackLogModal

    async with launcher.run(size=(80, 24)) as pilot:
        for key in ("p", "s"):  # the setbacks list: "n Log one" in its footer
            await pilot.press(key)
            await pilot.pause()
        assert "Log one" in screen_text(pilot.app).splitlines()[-1]
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(pilot.app.screen, SetbackLogModal)
        footer = screen_text(pilot.app).splitlines()[-1]
        assert "Hide" in footer and "Support" in footer and "esc Cancel" in footer, footer
        assert "Log one" not in footer and "Go to" not in footer, footer
        await pilot.press("ctrl+backslash")  # the hide key it lists works here too
        await pilot.pause()
        assert pilot.app.privacy.hidden


async def test_a_dialog_taller_than_the_window_opens_at_its_heading_and_scrolls_to_its_buttons(launcher):
    from textual.containers import VerticalScroll
    from textual.widgets import Button

    from trustroad.tui.modals.setback_log import SetbackLogModal

    async with launcher.run(size=(80, 24)) as pilot:
        for key in ("p", "s", "n"):  # the setback dialog: taller than 80x24 above its footer
            await pilot.press(key)
            await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, SetbackLogModal)
        box = dialog.query_one(VerticalScroll)
        assert box.max_scroll_y > 0 and box.scroll_y == 0  # the heading first, not the end
        save = dialog.query(Button).first()
        while not save.has_focus:
            await pilot.press("tab")
        await pilot.pause(0.5)
        assert box.region.contains_region(save.region), (box.region, save.region)


async def test_the_journal_entry_form_has_a_footer_of_its_own(launcher):
    """The form covers the journal; its last line lists the keys that work in the form (hide and
    support first), not the journal's New and Find, which wait while the form is open."""
    from trustroad.tui.screens.journal_entry import JournalEntryScreen

    async with launcher.run(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(pilot.app.screen, JournalEntryScreen)
        footer = screen_text(pilot.app).splitlines()[-1]
        assert footer.split()[:4] == ["^\\", "Hide", "^g", "Support"], footer
        assert "^s Save" in footer and "esc Close" in footer, footer
        assert "New" not in footer and "Find" not in footer, footer
        await pilot.press("ctrl+backslash")  # the hide key it lists works with the text focused
        await pilot.pause()
        assert pilot.app.privacy.hidden


async def test_the_recovered_writing_page_has_a_footer_of_its_own(launcher):
    from trustroad.storage.files import DRAFTS_FILE
    from trustroad.storage.store import Store
    from trustroad.tui.screens.recovered import RecoveredScreen
    from trustroad.workbook.drafts import Drafts

    drafts = Drafts()
    drafts.keep("1/entry-text", "A journal entry", "Words typed before trustroad closed")
    Store(launcher.folder).save(DRAFTS_FILE, drafts)
    async with launcher.run(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(pilot.app.screen, RecoveredScreen)
        footer = screen_text(pilot.app).splitlines()[-1]
        assert "Hide" in footer and "Support" in footer and "esc Keep for later" in footer, footer
        assert "Next step" not in footer and "I am here" not in footer, footer
