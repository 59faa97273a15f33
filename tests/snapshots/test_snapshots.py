"""Screenshots of the main screens at 80x24, compared with approved SVGs in __snapshots__/.

Fixed size and theme, a fresh data folder, the real built-in content. Nothing time-dependent
is on these screens: no clock in the header, no "saving…" (nothing is changed), no dates, and
the answer box's cursor does not blink. When the content or a screen changes on purpose,
regenerate with `pytest tests/snapshots --snapshot-update` and LOOK at every new SVG before
committing it. The pictures with the sample workbook are in test_screens.py and test_modals.py.
"""

from __future__ import annotations

from textual.widgets import OptionList

from trustroad.content.model import Content
from trustroad.tui.widgets.answer_box import AnswerBox

SIZE = (80, 24)


def _worksheet(content: Content):
    return next(s for s in content.phase("stabilize").steps if s.kind == "worksheet")


def test_home_dark(snap_compare, make_app):
    app = make_app()
    assert snap_compare(app, terminal_size=SIZE)
    assert app.theme == "trustroad-dark"


def test_home_light(snap_compare, make_app):
    app = make_app("light")
    assert snap_compare(app, terminal_size=SIZE)
    assert app.theme == "trustroad-light"


def test_phase_with_a_worksheet(snap_compare, make_app, content):
    step = _worksheet(content)
    phase = content.phase(step.phase)

    async def open_worksheet(pilot) -> None:
        app = pilot.app
        ids = [p.id for p in content.phases]
        await pilot.press(*["down"] * ids.index(phase.id), "enter")
        await pilot.pause()
        await pilot.press(*["down"] * [s.id for s in phase.steps].index(step.id))
        await pilot.pause()
        await pilot.press("enter")  # into the first answer box: the prompts are on screen
        await pilot.pause()
        box = app.focused
        assert isinstance(box, AnswerBox) and box.step_id == step.id
        box.cursor_blink = False  # a blinking cursor would make the picture depend on timing
        assert isinstance(app.screen.query_one("#steps"), OptionList)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=open_worksheet)


def test_help(snap_compare, make_app):
    assert snap_compare(make_app(), press=["f1"], terminal_size=SIZE)


def test_settings(snap_compare, make_app):
    # The data folder's path (different on every run) is shown at the bottom of Settings,
    # below the fold at 80x24; the picture checks that it stays out of view is not needed.
    assert snap_compare(make_app(), press=["f2"], terminal_size=SIZE)
