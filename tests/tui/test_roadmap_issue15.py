"""Issue 15 on screen: every new step is reachable from the road map by keys; the question ledger
and the accountability helper work by keyboard; the safety page has nothing to mark done; a low
safety rating points to it; the journal offers a trigger log."""

from __future__ import annotations

from textual.widgets import Button, Input, OptionList, Select, TextArea

from trustroad.tui.screens.journal_entry import JournalEntryScreen
from trustroad.tui.widgets.accountability_panel import AccountabilityPanel
from trustroad.tui.widgets.ledger_panel import LedgerList, LedgerPanel

NEW_STEPS = {
    "stabilize": [
        "stabilize-still-going-on",
        "stabilize-flooding-triggers",
        "stabilize-sexual-health",
        "stabilize-substances-gambling",
    ],
    "make-meaning": [
        "make-meaning-accountability-statement",
        "make-meaning-broke-trust-page",
        "make-meaning-question-ledger",
        "make-meaning-forgiveness",
        "make-meaning-deciding",
    ],
}
LEDGER = "make-meaning-question-ledger"
STATEMENT = "make-meaning-accountability-statement"


async def go_home(pilot):
    await pilot.press("escape")
    await pilot.pause()


async def test_every_new_step_is_reachable_from_the_road_map(launcher, screen, content):
    async with launcher.run() as pilot:
        for phase_id, step_ids in NEW_STEPS.items():
            await launcher.open_phase(pilot, phase_id)
            for step_id in step_ids:
                await launcher.choose_step(pilot, step_id)
                assert content.step(step_id).title[:40] in screen(pilot.app)
            await go_home(pilot)


async def test_the_question_ledger_by_keyboard_survives_a_restart(launcher, screen, content):
    async with launcher.run() as pilot:
        pilot.app.workbook.set_role("hurt")
        phase = await launcher.open_step(pilot, content.step(LEDGER))
        await pilot.press("enter")  # from the step list into the ledger's box
        assert pilot.app.workbook.ledgers == {}  # looking adds nothing to the workbook
        box = phase.query_one("#ledger-new", Input)
        assert pilot.app.focused is box
        await pilot.press(*"Is there [b]any[/b] contact now?", "enter")
        await pilot.press(*"Where exactly did you meet?", "enter")
        assert box.value == ""
        ledger = pilot.app.workbook.ledger(LEDGER)
        assert [i.text for i in ledger.items] == ["Is there [b]any[/b] contact now?", "Where exactly did you meet?"]
        assert "Is there [b]any[/b] contact now?" in screen(pilot.app)  # shown literally
        await pilot.press("tab")  # into the list
        items = phase.query_one(LedgerList)
        assert pilot.app.focused is items
        await pilot.press("down")  # the second question
        await pilot.press("c", "c")  # need to know -> meaning -> graphic detail
        await pilot.press("s", "s", "s")  # not asked yet -> asked -> answered -> set aside
        await pilot.press("up", "s", "ctrl+t")  # the first: asked, and shared
        await pilot.pause()
        first, second = ledger.items
        assert (first.category, first.status, first.share) == ("need-to-know", "asked", True)
        assert (second.category, second.status, second.share) == ("graphic-detail", "set-aside", False)
        await pilot.press("enter")  # edit the first in the box
        assert pilot.app.focused is box and box.value == first.text
        await pilot.press("end", *" At work?")
        assert first.text == "Is there [b]any[/b] contact now? At work?"
        await pilot.press("ctrl+q")
    saved = launcher.on_disk()["ledgers"][LEDGER]["items"]
    assert [(i["text"], i["category"], i["status"], i["share"]) for i in saved] == [
        ("Is there [b]any[/b] contact now? At work?", "need-to-know", "asked", True),
        ("Where exactly did you meet?", "graphic-detail", "set-aside", False),
    ]
    async with launcher.run() as pilot:
        pilot.app.workbook.set_role("hurt")
        phase = await launcher.open_step(pilot, content.step(LEDGER))
        await pilot.press("enter", "tab")  # into the box, then the list (scrolled into view)
        await pilot.pause()
        assert isinstance(pilot.app.focused, LedgerList)
        assert "Where exactly did you meet?" in screen(pilot.app)
        assert "Graphic detail · set aside" in screen(pilot.app)


async def test_the_ledger_is_the_hurt_partners_list(launcher, screen, content):
    async with launcher.run() as pilot:
        pilot.app.workbook.set_role("broke-trust")
        phase = await launcher.open_step(pilot, content.step(LEDGER))
        assert not phase.query(LedgerPanel)
        notes = [str(w.render()) for w in phase.query("#step-pane .prompt-help")]
        assert any("meant for the other partner" in note for note in notes)


async def test_the_accountability_helper_reads_along(launcher, screen, content):
    async with launcher.run() as pilot:
        pilot.app.workbook.set_role("broke-trust")
        phase = await launcher.open_step(pilot, content.step(STATEMENT))
        await pilot.press("enter")
        box = pilot.app.focused
        assert isinstance(box, TextArea) and box.id == "answer--statement"
        panel = phase.query_one("#accountability--statement", AccountabilityPanel)
        assert panel.review.verdict == "empty"
        await pilot.press(*"I'm sorry if you were hurt [/].")
        await pilot.pause()
        assert panel.review.verdict == "needs-work"
        assert panel.review.concerns[0].kind == "if-hurt"
        assert "If you were hurt" in screen(pilot.app) or "if you were hurt" in screen(pilot.app)
        box.clear()
        await pilot.press(
            *"I hid the debts for a year. You have lost sleep and your sense of safety. "
            "I kept it secret because I was ashamed."
        )
        await pilot.pause()
        assert panel.review.verdict == "clear"
        assert "Clear:" in screen(pilot.app)
        await pilot.press("ctrl+q")
    assert "I was ashamed" in launcher.on_disk()["answers"][f"{STATEMENT}/statement"]["text"]


async def test_the_safety_page_has_nothing_to_mark_done(launcher, screen):
    async with launcher.run() as pilot:
        phase = await launcher.open_phase(pilot, "support")
        assert phase.step_id == "support-safety"  # first in Support
        assert not phase.query("#done-button")
        await pilot.press("f4")
        await pilot.pause()
        assert not pilot.app.workbook.is_done("support-safety")
        steps = phase.query_one("#steps", OptionList)
        assert steps.border_title == f"Steps · 0/{len(phase.phase.steps) - 1} done"
        await launcher.choose_step(pilot, "support-signs")
        assert phase.query_one("#done-button", Button)


async def test_a_low_safety_rating_points_to_the_safety_page(launcher, screen):
    async with launcher.run() as pilot:
        await pilot.press("f8")
        await pilot.pause()
        checkin = pilot.app.screen
        note = checkin.query_one("#rating-note-safety")
        assert not note.display
        await pilot.press("2")
        await pilot.pause()
        assert note.display and "Safety and privacy" in screen(pilot.app)
        await pilot.press("backspace", "8")
        await pilot.pause()
        assert not note.display


async def test_the_journal_offers_a_trigger_log(launcher):
    async with launcher.run() as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        editor = pilot.app.screen
        assert isinstance(editor, JournalEntryScreen)
        kind = editor.query_one("#entry-kind", Select)
        kind.value = "trigger"
        await pilot.pause()
        assert "set it off" in str(editor.query_one("#entry-text", TextArea).placeholder)
        await pilot.press(*"A song in the shop.")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+q")
    import json

    saved = json.loads((launcher.folder / "journal.json").read_text(encoding="utf-8"))
    assert [(e["kind"], e["text"]) for e in saved["entries"]] == [("trigger", "A song in the shop.")]
