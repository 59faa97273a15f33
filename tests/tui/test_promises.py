"""Promises, the live coach, check marks, repair and setbacks, driven as a person would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from textual.widgets import Input, TextArea

from trustroad.clock import now, today
from trustroad.promises.model import PromisesBook
from trustroad.promises.records import Promise
from trustroad.storage.files import PROMISES_FILE
from trustroad.storage.store import Store
from trustroad.tui.modals.confirm_discard_entry import ConfirmDiscardEntry
from trustroad.tui.widgets.coach_panel import CoachPanel

SMALL = "I'll text you when I leave work, every weekday, so you see it arrive"


def seed(launcher, *promises: Promise) -> PromisesBook:
    book = PromisesBook()
    for promise in promises:
        book.add_promise(promise)
    Store(launcher.folder).save(PROMISES_FILE, book)
    return book


def on_disk(launcher) -> PromisesBook:
    return Store(launcher.folder).load(PROMISES_FILE, PromisesBook)


async def type_text(pilot, text: str) -> None:
    """Type into the focused box: the first few keys really pressed, the rest inserted as one
    edit (the same Changed events as typing, without a pause per key)."""
    head, rest = text[:3], text[3:]
    await pilot.press(*head)
    focused = pilot.app.focused
    if isinstance(focused, TextArea):
        focused.insert(rest)
    elif isinstance(focused, Input):
        focused.insert_text_at_cursor(rest)
    await pilot.pause()


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def test_new_promise_coach_changes_live_and_saving_is_never_blocked(launcher, screen):
    async with launcher.run() as pilot:
        app = pilot.app
        await pilot.press("f9")
        await pilot.pause()
        assert "No promises yet" in screen(app)
        await pilot.press("n")
        await pilot.pause()
        coach = app.screen.query_one("#coach", CoachPanel)
        assert coach.review.verdict == "empty"
        await type_text(pilot, "I will never lie to you")
        assert coach.review.verdict == "needs-work"
        assert "absolute" in {f.kind for f in coach.review.concerns}
        assert "Words like “never”" in screen(app)
        # Rewrite it small: the findings change while typing.
        app.screen.query_one("#wording", TextArea).clear()
        await type_text(pilot, SMALL)
        assert coach.review.verdict == "small"
        assert "Small and concrete" in screen(app)
        assert "Words like “never”" not in screen(app)
        # A grand promise can still be saved: the coach only advises.
        app.screen.query_one("#wording", TextArea).clear()
        await type_text(pilot, "I'll be a better person [forever]")
        await pilot.press("f4")
        await pilot.pause()
        assert "I'll be a better person [forever]" in screen(app)  # shown literally, not as markup
        await pilot.press("ctrl+q")
        await pilot.pause()
    book = on_disk(launcher)
    assert [p.wording for p in book.promises] == ["I'll be a better person [forever]"]
    async with launcher.run() as pilot:
        await pilot.press("p")  # from the road map
        await pilot.pause()
        assert "I'll be a better person [forever]" in screen(pilot.app)


async def test_editing_wording_keeps_history(launcher):
    seed(launcher, Promise(wording="I will never lie"))
    async with launcher.run() as pilot:
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        pilot.app.screen.query_one("#wording", TextArea).clear()
        await type_text(pilot, SMALL)
        await pilot.press("escape")  # Esc leaves, asking first: Save has the focus
        await pilot.pause()
        assert isinstance(pilot.app.screen, ConfirmDiscardEntry)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
    promise = on_disk(launcher).promises[0]
    assert promise.wording == SMALL
    assert [v.wording for v in promise.wording_history] == ["I will never lie", SMALL]


async def test_record_kept_and_missed_add_a_repair_and_restart(launcher, screen):
    start = today() - timedelta(days=5)
    seed(launcher, Promise(wording=SMALL, start=start))
    async with launcher.run() as pilot:
        app = pilot.app
        # The road map's calm line (below the phases at 80x24: the home screen scrolls)
        assert "Today: 1 promise due" in str(app.screen.query_one("#promises-glance").render())
        await pilot.press("f9")
        await pilot.pause()
        assert "5 earlier check-ins from the last 7 days have no record yet" in text_of(app, "#promises-summary")
        await pilot.press("k")  # kept today
        await pilot.pause()
        assert "kept the last time" in screen(app)
        await pilot.press("left")  # yesterday
        await pilot.pause()
        assert "(an earlier day)" in screen(app)
        await pilot.press("enter")
        await pilot.pause()
        await type_text(pilot, "Forgot, phone was dead")
        await pilot.click("#missed")
        await pilot.pause()
        assert "kept 1 of the last 2" in screen(app)
        await pilot.press("r")
        await pilot.pause()
        await type_text(pilot, "Told you at dinner, charged the phone at work")
        await pilot.press("enter")
        await pilot.pause()
        assert "↺" in screen(app)
        await pilot.press("ctrl+q")
        await pilot.pause()
    async with launcher.run() as pilot:
        await pilot.press("f9")
        await pilot.pause()
        assert "kept 1 of the last 2" in screen(pilot.app)
        assert "4 earlier check-ins" in text_of(pilot.app, "#promises-summary")
    book = on_disk(launcher)
    promise_id = book.promises[0].id
    assert book.ledger[promise_id] == {today(): True}  # a plain "kept": compact
    marks = book.checkmarks  # a note and a repair: a full check mark
    assert [(m.date, m.kept) for m in marks] == [(today() - timedelta(days=1), False)]
    assert marks[0].note == "Forgot, phone was dead"
    assert marks[0].repair.what_was_done == "Told you at dinner, charged the phone at work"
    assert marks[0].repair.day == today()


async def test_repair_needs_a_missed_day(launcher, screen):
    seed(launcher, Promise(wording=SMALL))
    async with launcher.run() as pilot:
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert pilot.app.screen.__class__.__name__ == "PromisesScreen"  # a gentle note, no dialog


async def test_log_a_setback_and_repair_it_then_restart(launcher, screen):
    async with launcher.run() as pilot:
        app = pilot.app
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert "No repairs recorded yet" in screen(app)
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#intensity", Input).value = "7"
        app.screen.query_one("#note", Input).value = "Saw [her] name on your phone"
        await pilot.click("#save")
        await pilot.pause()
        assert "intensity 7" in screen(app)
        assert "Saw [her] name on your phone" in screen(app)
        assert "not talked through yet" in screen(app)
        await pilot.press("r")
        await pilot.pause()
        await type_text(pilot, "We sat down and you showed me")
        await pilot.press("enter")
        await pilot.pause()
        assert "talked through within the hour" in screen(app)
        assert "Time to repair, last 90 days" in text_of(app, "#repair-trend")
        assert "missed promises owned up to" in text_of(app, "#repair-trend")  # what the figure counts
        await pilot.press("ctrl+q")
        await pilot.pause()
    setback = on_disk(launcher).setbacks[0]
    assert (setback.intensity, setback.kind, setback.share) == (7, "moment-of-doubt", False)
    assert setback.how_repaired == "We sat down and you showed me"
    assert setback.time_to_repair is not None
    async with launcher.run() as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "Setbacks")
        await pilot.press("enter")
        await pilot.pause()
        assert "Saw [her] name on your phone" in screen(pilot.app)


# Seven days in a row, Monday 30 November to Sunday 6 December 2026: the newest milestone
# depends on the weekday.
A_WEEK = [datetime(2026, 11, 30, 12, tzinfo=UTC) + timedelta(days=n) for n in range(7)]


@pytest.mark.parametrize("moment", A_WEEK, ids=lambda m: f"{m:%a-%d-%b}")
async def test_home_shows_the_newest_milestone(launcher, screen, set_clock, moment):
    set_clock(moment)
    written = now() - timedelta(days=20)
    book = seed(launcher, Promise(wording=SMALL, start=written.date(), created=written))
    for back in range(1, 12):  # kept on each of the last eleven days: the tenth was the day before yesterday
        book.record(book.promises[0].id, today() - timedelta(days=back), kept=True)
    Store(launcher.folder).save(PROMISES_FILE, book)
    async with launcher.run() as pilot:
        home = pilot.app.screen.query_one("#promises-glance")
        text = str(home.render())  # below the phases at 80x24: the home screen scrolls
        assert "Today: 1 promise due" in text
        if today().weekday() == 0:
            # On a Monday the week that ended yesterday (Sunday) was whole, which is newer
            # than the tenth keep.
            assert "A whole week with every check-in recorded" in text and "kept 10 times" not in text
        else:
            # Any other day the newest whole week ended on the tenth keep's day or earlier;
            # on the same day the count is shown.
            assert "kept 10 times" in text and "A whole week" not in text


async def test_worksheet_answer_gets_the_coach_and_can_become_a_promise(launcher, screen):
    async with launcher.run() as pilot:
        app = pilot.app
        app.open_phase("rebuild", "rebuild-big-into-small")
        await pilot.pause()
        panel = app.screen.query_one("#coach--small-1", CoachPanel)
        assert not app.screen.query("#coach--big-promise")  # only the small-promise boxes
        box = app.screen.query_one("#answer--small-1", TextArea)
        box.focus()
        await type_text(pilot, "I will always be honest")
        assert panel.review.verdict == "needs-work"
        box.clear()
        await type_text(pilot, SMALL)
        assert panel.review.verdict == "small"
        button = app.screen.query_one("#promise-from--small-1")
        button.press()
        await pilot.pause()
        assert app.screen.query_one("#wording", TextArea).text == SMALL
        await pilot.press("ctrl+s")  # the key on every keyboard (F4 does the same)
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert [p.wording for p in on_disk(launcher).promises] == [SMALL]


async def test_leaving_the_editor_with_f9_keeps_the_words(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, "I'll call at lunch, every weekday")
        await pilot.press("f9")  # jumps to the promises list, closing the editor
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert [p.wording for p in on_disk(launcher).promises] == ["I'll call at lunch, every weekday"]


async def test_esc_in_a_new_promise_asks_and_closing_without_saving_keeps_nothing(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await type_text(pilot, SMALL)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ConfirmDiscardEntry)
        await pilot.press("escape")  # keep writing
        await pilot.pause()
        assert pilot.app.screen.query_one("#wording", TextArea).text == SMALL
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#discard")
        await pilot.pause()
        assert pilot.app.promises.promises == []
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert on_disk(launcher).promises == []


async def test_esc_in_an_untouched_new_promise_just_leaves(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, ConfirmDiscardEntry)
        assert pilot.app.promises.promises == []
