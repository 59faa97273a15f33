"""Issue 12, hide and lock: ctrl+backslash hides everything behind a plain "notes" page.

A canary is written into every kind of field (journal entry, answer, promise, agreement,
check-in, agenda, setback, a recovered draft). Every screen and dialog is opened with a text
box focused where it has one; the hide key must leave none of the canaries, nor anything that
says trustroad or the road map, on the rendered screen; the same key (or Enter) brings back
the same screen with the same focus.
"""

from __future__ import annotations

from datetime import timedelta

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from textual_private import screen_text
from trustroad.agreements.model import Agreement
from trustroad.clock import now, today
from trustroad.journal.model import Entry
from trustroad.promises.records import Promise, Setback
from trustroad.tui.app import TrustroadApp
from trustroad.tui.modals.agreement_template import AgreementTemplateModal
from trustroad.tui.modals.confirm_delete_entry import ConfirmDeleteEntry
from trustroad.tui.modals.confirm_discard_entry import ConfirmDiscardEntry
from trustroad.tui.modals.record_check import RecordCheckModal
from trustroad.tui.modals.repair import RepairModal
from trustroad.tui.modals.setback_log import SetbackLogModal
from trustroad.tui.screens.agenda import AgendaScreen
from trustroad.tui.screens.agreements import AgreementsScreen
from trustroad.tui.screens.checkin import CheckinScreen
from trustroad.tui.screens.export import ExportScreen
from trustroad.tui.screens.first_run import FirstRunScreen
from trustroad.tui.screens.help import HelpScreen
from trustroad.tui.screens.hidden import HiddenScreen
from trustroad.tui.screens.home import HomeScreen
from trustroad.tui.screens.journal import JournalScreen
from trustroad.tui.screens.journal_entry import JournalEntryScreen
from trustroad.tui.screens.phase import PhaseScreen
from trustroad.tui.screens.promise_edit import PromiseEditScreen
from trustroad.tui.screens.promises import PromisesScreen
from trustroad.tui.screens.recovered import RecoveredScreen
from trustroad.tui.screens.setbacks import SetbacksScreen
from trustroad.tui.screens.settings import SettingsScreen

CANARY = "Quokka"
HIDE = "ctrl+backslash"


def fill(app: TrustroadApp, step_id: str, prompt_id: str) -> None:
    """A canary in every kind of person text."""
    app.journal.add(Entry.new(f"{CANARY} entry", tags=["t"], share=True))
    app.workbook.set_answer(step_id, prompt_id, f"{CANARY} answer")
    promise = app.promises.add_promise(Promise(wording=f"{CANARY} promise", visibility=f"{CANARY} seen"))
    app.promises.record(promise.id, today() - timedelta(days=1), False, f"{CANARY} note")
    agreement = app.agreements.add(Agreement.new())
    agreement.edit_wording(f"{CANARY} agreement", title=f"{CANARY} title")
    app.checkins.set_draft(5, 6, {"helped": f"{CANARY} helped"}, share=True)
    app.checkins.commit_draft(promises_note=f"{CANARY} promises")
    app.checkins.set_draft(4, 4, {"hard": f"{CANARY} draft"})
    app.agenda.add(f"{CANARY} agenda")
    setback = app.promises.add_setback(Setback(kind="other", note=f"{CANARY} setback", share=True))
    app.promises.repair_setback(setback.id, now(), f"{CANARY} repaired")
    app.drafts.keep("1/entry-text", "A journal entry", f"{CANARY} recovered")
    for name in app.documents:
        app.changed(name)


async def go(pilot: Pilot, *keys: str, expect: type) -> None:
    await pilot.press(*keys)
    await pilot.pause()
    assert isinstance(pilot.app.screen, expect), f"{keys} showed {type(pilot.app.screen).__name__}"


async def hidden_and_back(pilot: Pilot, back: str = HIDE, canary_shown: bool = True) -> None:
    """Focus a text box if there is one, hide, check the page, come back to the same place."""
    app = pilot.app
    screen = app.screen
    boxes = [box for box in screen.query("TextArea, Input") if box.focusable and box.display]
    boxes.sort(key=lambda box: not isinstance(box, TextArea))  # the writing, where there is some
    if boxes:
        boxes[0].focus()
        await pilot.pause()
    focused = app.focused
    before = screen_text(app)
    if canary_shown:
        assert CANARY in before, f"no canary on {type(screen).__name__} to hide:\n{before}"

    await pilot.press(HIDE)
    await pilot.pause()
    assert isinstance(app.screen, HiddenScreen), type(app.screen).__name__
    page = screen_text(app)
    assert CANARY not in page, page
    for word in ("trustroad", "stabilize", "journal", "promise", "hide"):
        assert word not in page.lower(), (word, page)
    assert page.split() == ["notes"]
    assert app.privacy.title.shown is None or app.privacy.title.shown == "notes"

    await pilot.press(back)
    await pilot.pause()
    assert app.screen is screen, type(app.screen).__name__
    assert app.focused is focused
    # As it was, but for the header's "saving…" / "all changes saved" (hiding saves).
    assert screen_text(app).splitlines()[1:] == before.splitlines()[1:]


async def test_hide_from_every_screen_and_dialog_with_a_text_box_focused(launcher, steps) -> None:
    step = steps("worksheet")
    prompt = step.prompts_for("unsaid")[0]
    async with launcher.run() as pilot:
        fill(pilot.app, step.id, prompt.id)
        assert pilot.app.save_and_wait()

    async with launcher.run(size=(120, 40)) as pilot:
        app = pilot.app
        assert isinstance(app.screen, RecoveredScreen)
        await hidden_and_back(pilot)
        await go(pilot, "escape", expect=HomeScreen)
        await hidden_and_back(pilot, back="enter", canary_shown=False)
        await go(pilot, "f1", expect=HelpScreen)
        await hidden_and_back(pilot, canary_shown=False)
        await go(pilot, "escape", expect=HomeScreen)
        await go(pilot, "f2", expect=SettingsScreen)
        await hidden_and_back(pilot, canary_shown=False)
        app.screen.query_one("#first-run-again").focus()
        await go(pilot, "enter", expect=FirstRunScreen)  # the welcome again, from Settings
        await hidden_and_back(pilot, canary_shown=False)
        await go(pilot, "escape", expect=SettingsScreen)
        await go(pilot, "escape", expect=HomeScreen)
        await pilot.press("ctrl+p")  # the command palette, its search box focused
        await pilot.pause()
        await hidden_and_back(pilot, canary_shown=False)
        await go(pilot, "escape", expect=HomeScreen)

        await launcher.open_step(pilot, step)
        await go(pilot, "enter", expect=PhaseScreen)  # into the answer box
        await hidden_and_back(pilot)
        assert isinstance(app.focused, TextArea) and app.focused.text == f"{CANARY} answer"

        await go(pilot, "f3", expect=JournalScreen)
        await hidden_and_back(pilot)
        await go(pilot, "delete", expect=ConfirmDeleteEntry)
        await hidden_and_back(pilot)
        await go(pilot, "escape", expect=JournalScreen)
        await go(pilot, "enter", expect=JournalEntryScreen)
        await hidden_and_back(pilot)
        await pilot.press(*" typed")  # still typing into the same box
        assert isinstance(app.focused, TextArea) and app.focused.text.endswith(" typed")
        await go(pilot, "escape", expect=ConfirmDiscardEntry)
        await hidden_and_back(pilot)
        await go(pilot, "escape", expect=JournalEntryScreen)
        app.pop_screen()  # leave the entry as it was, without the dialog's choices
        await pilot.pause()

        await go(pilot, "f9", expect=PromisesScreen)
        await hidden_and_back(pilot)
        await go(pilot, "left", "enter", expect=RecordCheckModal)
        await hidden_and_back(pilot)
        await go(pilot, "escape", "r", expect=RepairModal)
        await hidden_and_back(pilot)
        await go(pilot, "escape", "e", expect=PromiseEditScreen)
        await hidden_and_back(pilot)
        await go(pilot, "escape", "s", expect=SetbacksScreen)
        await hidden_and_back(pilot)
        await go(pilot, "r", expect=RepairModal)
        await hidden_and_back(pilot)
        await go(pilot, "escape", "n", expect=SetbackLogModal)
        await hidden_and_back(pilot, canary_shown=False)
        await go(pilot, "escape", expect=SetbacksScreen)

        await go(pilot, "f7", expect=AgreementsScreen)
        await hidden_and_back(pilot)
        app.screen.query_one("#agreement-list").focus()
        await go(pilot, "n", expect=AgreementTemplateModal)
        await hidden_and_back(pilot, canary_shown=False)
        await go(pilot, "escape", expect=AgreementsScreen)

        await go(pilot, "f8", expect=CheckinScreen)
        await hidden_and_back(pilot)
        app.action_agenda()
        await pilot.pause()
        assert isinstance(app.screen, AgendaScreen)
        await hidden_and_back(pilot)
        await go(pilot, "f10", expect=ExportScreen)
        await hidden_and_back(pilot)
        await pilot.press("ctrl+q")


async def test_behind_the_page_only_the_way_back_works(launcher) -> None:
    async with launcher.run() as pilot:
        app = pilot.app
        await go(pilot, HIDE, expect=HiddenScreen)
        for key in ("f1", "f2", "f3", "f7", "f8", "f9", "f10", "ctrl+p", "ctrl+q", "ctrl+s", "escape", "j", "tab"):
            await go(pilot, key, expect=HiddenScreen)
        app.notify("Saved.")  # a toast would say something is underneath
        await pilot.pause()
        assert screen_text(app).split() == ["notes"]
        await go(pilot, HIDE, expect=HomeScreen)


async def test_hiding_saves_first(launcher) -> None:
    async with launcher.run() as pilot:
        pilot.app.workbook.set_name(f"{CANARY} name")
        pilot.app.changed()
        await go(pilot, HIDE, expect=HiddenScreen)
        await pilot.pause()
        assert launcher.on_disk()["name"] == f"{CANARY} name"  # well before the save delay


async def test_the_hide_key_is_in_every_footer_and_in_the_help(launcher) -> None:
    # Wide: at 80 columns a crowded footer (the promises list) has no room left for its last keys.
    async with launcher.run(size=(200, 24)) as pilot:
        for keys in ((), ("f3",), ("f9",), ("f9", "s"), ("f7",), ("f8",), ("f2",), ("f10",)):
            for key in keys:
                await pilot.press(key)
            await pilot.pause()
            footer = screen_text(pilot.app).splitlines()[-1]
            assert "^\\ Hide" in footer, (keys, footer)
            pilot.app.go_home()
            await pilot.pause()
        await go(pilot, "f1", expect=HelpScreen)
        assert "ctrl+backslash" in screen_text(pilot.app)


async def test_typing_in_a_text_box_goes_on_after_coming_back(launcher) -> None:
    async with launcher.run() as pilot:
        app = pilot.app
        await go(pilot, "f9", "n", expect=PromiseEditScreen)
        box = app.focused
        assert isinstance(box, (Input, TextArea))
        await pilot.press(*"call at six")
        await go(pilot, HIDE, expect=HiddenScreen)
        await pilot.press(*"xyz")  # behind the page: lost on nothing, typed into nothing
        await go(pilot, "enter", expect=PromiseEditScreen)
        assert app.focused is box
        await pilot.press(*" daily")
        assert (box.value if isinstance(box, Input) else box.text) == "call at six daily"
