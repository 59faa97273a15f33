"""Answering worksheet prompts: every word is kept, literally, across quit and restart."""

from __future__ import annotations

from textual.widgets import Markdown, OptionList, TextArea

from trustroad.tui.widgets.answer_box import AnswerBox
from trustroad.workbook.model import answer_key

# Looks like markup to Rich, Textual and HTML: it must be stored and shown exactly as typed.
MARKUP_LIKE = "[/] [bold] <b> [red]x[/red]"


async def test_answer_with_markup_like_text_survives_quit_and_restart(launcher, steps, screen):
    step = steps("worksheet", "stabilize")
    first = step.prompts_for("unsaid")[0]
    key = answer_key(step.id, first.id)

    async with launcher.run() as pilot:
        phase = await launcher.open_step(pilot, step)
        # The step's text is rendered as Markdown beside the list.
        assert phase.query_one("#step-pane Markdown", Markdown)
        assert step.title in screen(pilot.app)
        await pilot.press("enter")  # from the step list into the first answer box
        box = pilot.app.focused
        assert isinstance(box, AnswerBox) and box.prompt_id == first.id
        await pilot.press(*MARKUP_LIKE)
        assert box.text == MARKUP_LIKE
        # Shown literally: the brackets and tags are on screen, not swallowed as styles.
        assert MARKUP_LIKE in screen(pilot.app)
        await pilot.press("ctrl+q")
    assert not pilot.app.is_running
    assert pilot.app.save_problem is None
    assert launcher.on_disk()["answers"][key]["text"] == MARKUP_LIKE

    async with launcher.run() as pilot:
        await launcher.open_step(pilot, step)
        box = pilot.app.screen.query_one(f"#answer--{first.id}", TextArea)
        assert box.text == MARKUP_LIKE
        # The list marks the step as having writing in it.
        mark = pilot.app.screen.query_one("#steps", OptionList).get_option(step.id).prompt
        assert str(mark).startswith("✎ ")
        await pilot.press("enter")  # into the box, which scrolls into view
        assert pilot.app.focused is box
        assert MARKUP_LIKE in screen(pilot.app)


async def test_answers_autosave_after_a_pause_without_quitting(launcher, steps):
    step = steps("worksheet", "make-meaning")
    first = step.prompts_for("unsaid")[0]
    async with launcher.run() as pilot:
        await launcher.open_step(pilot, step)
        await pilot.press("enter")
        await pilot.press(*"still here [/]")
        assert pilot.app.sub_title == "saving…"  # a save is waiting for the person to pause
        await pilot.pause(1.6)  # past the debounce
        # Only waits for a write already handed to the background writer; it does not start one.
        assert pilot.app.writer.flush()
        saved = launcher.on_disk()["answers"][answer_key(step.id, first.id)]["text"]
        assert saved == "still here [/]"
        assert pilot.app.is_running


async def test_typing_on_after_a_short_pause_saves_the_newest_text(launcher, steps):
    step = steps("worksheet")
    first = step.prompts_for("unsaid")[0]
    async with launcher.run() as pilot:
        await launcher.open_step(pilot, step)
        await pilot.press("enter")
        await pilot.press(*"one")
        await pilot.pause(0.6)
        await pilot.press(*" two")
        await pilot.pause(1.6)
        assert pilot.app.writer.flush()
        assert launcher.on_disk()["answers"][answer_key(step.id, first.id)]["text"] == "one two"


async def test_opening_steps_never_writes_the_file(launcher, content, steps):
    worksheet = steps("worksheet")
    async with launcher.run() as pilot:
        await launcher.open_step(pilot, worksheet)
        await pilot.press("enter")  # into the answer box, without typing
        await pilot.press("f6", "f5")  # next and back
        await pilot.pause(1.6)
        assert pilot.app.writer.flush()
        assert not launcher.workbook_path.exists()
        await pilot.press("ctrl+q")
    assert not launcher.workbook_path.exists()  # quitting with no change writes nothing either

    # With a saved workbook (an answer in it), loading that answer into its box is not a change.
    async with launcher.run() as pilot:
        await launcher.open_step(pilot, worksheet)
        await pilot.press("enter", *"kept")
        await pilot.press("ctrl+q")
    before = launcher.workbook_path.read_bytes()
    stamp = launcher.workbook_path.stat().st_mtime_ns

    async with launcher.run() as pilot:
        await launcher.open_step(pilot, worksheet)
        await pilot.press("enter")
        await pilot.pause(1.6)
        assert pilot.app.writer.flush()
        assert pilot.app.sub_title != "saving…"
        await pilot.press("ctrl+q")
    assert launcher.workbook_path.stat().st_mtime_ns == stamp
    assert launcher.workbook_path.read_bytes() == before


async def test_unknown_fields_in_the_workbook_survive_an_edit_through_the_app(launcher, steps):
    # A file from a newer minor version (or edited by hand) keeps what this version does not know.
    launcher.folder.mkdir(parents=True)
    launcher.workbook_path.write_text(
        '{"schema_version": 1, "future_field": {"keep": [1, 2]}, "role": "unsaid"}',
        encoding="utf-8",
    )
    step = steps("worksheet")
    async with launcher.run() as pilot:
        await launcher.open_step(pilot, step)
        await pilot.press("enter", *"hello")
        await pilot.press("ctrl+q")
    saved = launcher.on_disk()
    assert saved["future_field"] == {"keep": [1, 2]}
    assert saved["answers"][answer_key(step.id, step.prompts_for("unsaid")[0].id)]["text"] == "hello"
