"""Pictures of issue 15's new widgets at 80x24 (dark): the question ledger with two questions, the
list focused; and the accountability helper reading a statement with a "but" in it."""

from __future__ import annotations

from textual.pilot import Pilot

from in_view import scroll_into_view
from trustroad.storage.files import WORKBOOK_FILE
from trustroad.tui.widgets.accountability_panel import AccountabilityPanel
from trustroad.tui.widgets.ledger_panel import LedgerList
from trustroad.workbook.model import Workbook

SIZE = (80, 24)
LEDGER = "make-meaning-question-ledger"
STATEMENT = "make-meaning-accountability-statement"


def walk_to(content, step_id: str, keys, *, into: bool = True):
    async def walk(pilot: Pilot) -> None:
        await pilot.pause()
        step = content.step(step_id)
        phases = [p.id for p in content.phases]
        await keys(pilot, *["down"] * phases.index(step.phase), "enter")
        steps = [s.id for s in content.phase(step.phase).steps]
        # Enter moves into the step's first box, which scrolls after a refresh: left out where the
        # picture scrolls somewhere else, so the two scrolls cannot race.
        await keys(pilot, *["down"] * steps.index(step_id), *(["enter"] if into else []))

    return walk


def test_the_question_ledger(snap_compare, make_app, content, keys):
    workbook = Workbook(role="hurt")
    ledger = workbook.ledger(LEDGER)
    first = ledger.add("Is there any contact now?")
    ledger.set_status(first.id, "asked")
    ledger.set_shared(first.id, True)
    second = ledger.add("Why then, of all times?", category="meaning")
    ledger.set_status(second.id, "set-aside")
    walk = walk_to(content, LEDGER, keys)

    async def run_before(pilot: Pilot) -> None:
        await walk(pilot)
        await keys(pilot, "tab")
        assert isinstance(pilot.app.focused, LedgerList)

    assert snap_compare(make_app(extra={WORKBOOK_FILE: workbook}), terminal_size=SIZE, run_before=run_before)


def test_the_accountability_helper(snap_compare, make_app, content, keys):
    workbook = Workbook(role="broke-trust")
    workbook.set_answer(STATEMENT, "statement", "I lied about the money, but I was going to pay it back.")
    walk = walk_to(content, STATEMENT, keys, into=False)

    async def run_before(pilot: Pilot) -> None:
        await walk(pilot)
        panel = pilot.app.screen.query_one(AccountabilityPanel)
        await scroll_into_view(pilot, panel)
        await keys(pilot)
        assert panel.review.concerns[0].kind == "but"

    assert snap_compare(make_app(extra={WORKBOOK_FILE: workbook}), terminal_size=SIZE, run_before=run_before)
