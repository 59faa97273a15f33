"""The promise models (wording history, round trip) and time to repair."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from trustroad.promises.model import PromisesBook
from trustroad.promises.records import CheckMark, Promise, Setback
from trustroad.promises.repair import describe, repair_times, repair_trend
from trustroad.storage.store import Store

UTC = UTC
TODAY = date(2026, 6, 30)


def test_wording_edits_keep_history():
    p = Promise(wording="I'll never lie again")
    book = PromisesBook()
    book.add_promise(p)
    assert [v.wording for v in p.wording_history] == ["I'll never lie again"]
    assert book.set_wording(p.id, "I'll tell you about any message from him the same evening")
    assert not book.set_wording(p.id, "I'll tell you about any message from him the same evening")
    assert [v.wording for v in p.wording_history] == [
        "I'll never lie again",
        "I'll tell you about any message from him the same evening",
    ]
    assert p.wording == p.wording_history[-1].wording


def test_book_round_trips_through_the_store_with_unknown_fields(tmp_path):
    store = Store(tmp_path)
    book = PromisesBook()
    p = book.add_promise(Promise(wording="Text when I leave work", frequency="weekdays", days=[0, 1, 2, 3, 4]))
    book.record(p.id, date(2026, 1, 5), kept=False, note="forgot")
    book.record(p.id, date(2026, 1, 6), kept=True)
    book.record(p.id, date(2026, 1, 7), kept=False)
    book.add_repair(
        p.id, date(2026, 1, 5), datetime(2026, 1, 5, 21, tzinfo=UTC), "Told you at dinner and set a reminder"
    )
    book.add_setback(Setback(when=datetime(2026, 1, 6, 9, tzinfo=UTC), kind="moment-of-doubt", intensity=7))
    store.save("promises.json", book)
    raw = json.loads((tmp_path / "promises.json").read_text())
    raw["promises"][0]["colour"] = "blue"  # written by a newer version
    (tmp_path / "promises.json").write_text(json.dumps(raw))
    loaded = store.load("promises.json", PromisesBook)
    assert loaded.promises[0].model_extra == {"colour": "blue"}
    assert loaded.ledger == {p.id: {date(2026, 1, 6): True, date(2026, 1, 7): False}}
    assert loaded.checkmarks[0].note == "forgot"
    assert loaded.checkmarks[0].repair.what_was_done == "Told you at dinner and set a reminder"
    assert isinstance(loaded.checkmarks[0].repair.owned_up_on, datetime)
    assert loaded.setbacks[0].share is False and loaded.promises[0].share is False
    assert loaded.promises[0].schedule_label() == "weekdays"


def test_repair_only_on_a_missed_check():
    book = PromisesBook()
    p = book.add_promise(Promise(wording="x"))
    book.record(p.id, TODAY, kept=True)
    assert book.add_repair(p.id, TODAY, TODAY, "n/a") is None
    assert book.add_repair(p.id, TODAY - timedelta(days=1), TODAY, "n/a") is None  # no record that day
    assert book.add_repair("missing", TODAY, TODAY, "n/a") is None
    assert book.checkmarks == []


def test_a_plain_missed_day_becomes_a_full_check_mark_when_repaired():
    book = PromisesBook()
    p = book.add_promise(Promise(wording="x"))
    book.record(p.id, TODAY, kept=False)
    assert book.ledger[p.id] == {TODAY: False} and book.checkmarks == []
    mark = book.add_repair(p.id, TODAY, TODAY, "said sorry, set an alarm")
    assert mark is not None and book.ledger[p.id] == {} and book.checkmarks == [mark]
    # Recording the day again keeps the repair while it is still "not kept", drops it when kept
    book.record(p.id, TODAY, kept=False, note="late")
    assert book.checkmarks[0].repair is not None and book.checkmarks[0].note == "late"
    book.record(p.id, TODAY, kept=True)
    assert book.checkmarks[0].repair is None


def test_setback_time_to_repair():
    s = Setback(when=datetime(2026, 1, 1, 20, tzinfo=UTC))
    assert s.time_to_repair is None
    s.repaired_at = datetime(2026, 1, 2, 8, tzinfo=UTC)
    assert s.time_to_repair == timedelta(hours=12)
    s.repaired_at = datetime(2025, 12, 31, tzinfo=UTC)  # a mistyped date never gives a negative time
    assert s.time_to_repair == timedelta(0)


def test_repair_times_from_checks_and_setbacks_and_median_recent_vs_before():
    book = PromisesBook()
    p = book.add_promise(Promise(wording="x", start=date(2026, 1, 1)))
    # Before the last 90 days: two slow repairs (3 days, 5 days)
    for day, later in ((date(2026, 1, 10), 3), (date(2026, 2, 1), 5)):
        book.record(p.id, day, kept=False)
        book.add_repair(p.id, day, day + timedelta(days=later), "talked")
    # Recent: same-day check repair and two setbacks repaired in 2 h and 10 h
    book.record(p.id, date(2026, 6, 1), kept=False)
    book.add_repair(p.id, date(2026, 6, 1), datetime(2026, 6, 1, 22, tzinfo=UTC), "owned up that night")
    for hours in (2, 10):
        start = datetime(2026, 6, 10, 8, tzinfo=UTC)
        book.add_setback(Setback(when=start, repaired_at=start + timedelta(hours=hours)))
    book.add_setback(Setback(when=datetime(2026, 6, 20, tzinfo=UTC)))  # not repaired yet: not counted
    times = repair_times(book)
    assert [t.source for t in times] == ["check", "check", "check", "setback", "setback"]
    trend = repair_trend(book, TODAY)
    assert (trend.recent, trend.recent_count) == (timedelta(hours=2), 3)
    assert (trend.before, trend.before_count) == (timedelta(days=4), 2)
    lines = trend.lines()
    assert lines[0] == "Time to repair, last 90 days: about 2 hours (the middle of 3 repairs)."
    assert lines[1] == "Before that: about 4 days (the middle of 2 repairs)."
    assert lines[2] == "Repair is happening sooner than it used to."
    only = repair_trend(book, TODAY, source="setback")
    assert (only.recent, only.before) == (timedelta(hours=6), None)


def test_no_repairs_yet_is_said_gently():
    assert repair_trend(PromisesBook(), TODAY).lines() == [
        "No repairs recorded yet. When you talk something through, note it here."
    ]


def test_describe_durations():
    assert describe(timedelta(0)) == "the same day"
    assert describe(timedelta(minutes=20)) == "under an hour"
    assert describe(timedelta(0), whole_days=False) == "under an hour"
    assert describe(timedelta(hours=1)) == "about 1 hour"
    assert describe(timedelta(hours=30)) == "about 1 day"
    assert describe(timedelta(days=3, hours=13)) == "about 4 days"


def test_checkmark_model_defaults():
    mark = CheckMark(promise_id="p", date=TODAY, kept=True)
    assert mark.note == "" and mark.repair is None and mark.id
