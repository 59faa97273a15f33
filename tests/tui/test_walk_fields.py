"""A walk through the journal's filter bar at 80x24: every box says what it is for, whole, and
the focused one is marked by more than colour (NO_COLOR=1), a one-line choice as a typed box is."""

from __future__ import annotations

from textual.widgets import Input, Select

from textual_private import screen_text


async def _filter_bar(pilot) -> None:
    await pilot.press("f3", "ctrl+f")
    await pilot.pause()


async def test_every_filter_box_shows_its_whole_placeholder_at_80_columns(launcher):
    async with launcher.run(size=(80, 24)) as pilot:
        await _filter_bar(pilot)
        shown = screen_text(pilot.app)
        for box in pilot.app.screen.query(".journal-filters Input").results(Input):
            assert box.placeholder in shown, box.placeholder


async def test_a_focused_choice_in_the_filter_bar_is_marked_without_colour(launcher, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    async with launcher.run(size=(80, 24)) as pilot:
        await _filter_bar(pilot)
        kind = pilot.app.screen.query_one("#filter-kind", Select)
        row = next(line for line in screen_text(pilot.app).splitlines() if "Any kind" in line)
        assert "▌Any kind" not in row, row
        while not kind.has_focus:
            await pilot.press("tab")
        await pilot.pause()
        row = next(line for line in screen_text(pilot.app).splitlines() if "Any kind" in line)
        assert "▌Any kind" in row, row  # the heavy bar of a focused field, as a focused Input has


async def test_a_long_checklist_item_is_read_in_full_at_80_columns(launcher, steps):
    # The step whose longest item is longest: at 80 columns it is wider than the pane.
    step = max(
        (s for phase in launcher.content.phases for s in phase.steps if s.kind == "checklist"),
        key=lambda s: max(len(item.label) for item in s.items_for("unsaid")),
    )
    async with launcher.run(size=(80, 24)) as pilot:
        phase = await launcher.open_step(pilot, step)
        await pilot.press("enter")  # into the first item
        await pilot.pause()
        for item in step.items_for("unsaid"):
            box = phase.query_one(f"#item--{item.id}")
            box.focus()
            await pilot.pause()
            lines = screen_text(pilot.app).splitlines()[box.region.y : box.region.bottom]
            shown = " ".join(line[box.region.x : box.region.right].strip(" ▊▎▔▁▐▌X") for line in lines)
            assert " ".join(item.label.split()) in " ".join(shown.split()), (item.label, shown)


async def test_a_rupture_talks_details_fit_in_the_entry_form_at_80_columns(launcher):
    from textual.widgets import Label

    async with launcher.run(size=(80, 24)) as pilot:
        await pilot.press("f3", "ctrl+n")
        await pilot.pause()
        editor = pilot.app.screen
        editor.query_one("#entry-kind", Select).value = "rupture-talk"
        await pilot.pause()
        details = editor.query_one("#talk-details")
        shown = screen_text(pilot.app)
        for part in details.query("Label, Select, Input"):
            assert details.region.contains_region(part.region), part  # not cut at the form's edge
        for label in details.query(Label).results(Label):
            assert str(label.content) in shown, label.content


async def test_the_promise_forms_dates_are_named_and_their_placeholders_whole(launcher):
    from trustroad.tui.reveal import labels_before

    async with launcher.run(size=(80, 24)) as pilot:
        await pilot.press("f9", "n")
        await pilot.pause()
        form = pilot.app.screen
        start = form.query_one("#start", Input)
        assert start.value  # today, filled in: its placeholder is not seen
        assert labels_before(start), "the start date has no label"
        for box in form.query("#promise-form Input").results(Input):
            box.focus()
            await pilot.pause(0.3)  # in view, with its label
            if not box.value and box.placeholder:
                assert box.placeholder in screen_text(pilot.app), box.placeholder


async def test_the_entry_forms_choices_read_as_fields_and_show_their_focus_without_colour(launcher, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    async with launcher.run(size=(80, 24)) as pilot:
        await pilot.press("f3", "ctrl+n")
        await pilot.pause()
        kind = pilot.app.screen.query_one("#entry-kind", Select)

        def row() -> str:
            return next(line for line in screen_text(pilot.app).splitlines() if "Reflection" in line)

        assert "▏Reflection" in row(), row()  # a field's thin bars, like the intensity box below it
        while not kind.has_focus:
            await pilot.press("shift+tab")
        await pilot.pause()
        assert "▌Reflection" in row(), row()  # the heavy bar of a focused field
