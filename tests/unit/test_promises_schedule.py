"""Due dates, what has a record, keep rates: across weekdays, month ends, DST and pauses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from trustroad.promises.model import PromisesBook
from trustroad.promises.records import Promise, StatusChange
from trustroad.promises.schedule import (
    active_periods,
    due_dates,
    index,
    is_due,
    keep_rate,
    local_day,
    today_line,
    today_summary,
    without_record,
)

MON = date(2026, 3, 2)  # a Monday


def promise(**fields) -> Promise:
    fields.setdefault("start", MON)
    return Promise(wording="I'll text when I leave work, every weekday", **fields)


def days(p: Promise, first: date, last: date) -> list[date]:
    return list(due_dates(p, first, last))


def test_daily_is_due_every_day_from_start():
    p = promise(start=date(2026, 1, 30))
    assert days(p, date(2026, 1, 28), date(2026, 2, 2)) == [
        date(2026, 1, 30),
        date(2026, 1, 31),
        date(2026, 2, 1),
        date(2026, 2, 2),
    ]
    assert not is_due(p, date(2026, 1, 29))


def test_chosen_weekdays_only():
    p = promise(frequency="weekdays", days=[0, 2, 4])  # Mon Wed Fri
    assert [d.weekday() for d in days(p, MON, MON + timedelta(days=13))] == [0, 2, 4, 0, 2, 4]


def test_weekly_on_its_weekday_and_default_to_start_weekday():
    sunday = promise(frequency="weekly", days=[6])
    assert days(sunday, MON, MON + timedelta(days=20)) == [date(2026, 3, 8), date(2026, 3, 15), date(2026, 3, 22)]
    unset = promise(frequency="weekly", start=date(2026, 3, 4))  # a Wednesday
    assert [d.weekday() for d in days(unset, MON, MON + timedelta(days=20))] == [2, 2, 2]


def test_month_and_year_ends_and_leap_day():
    p = promise(start=date(2027, 12, 30))
    assert days(p, date(2027, 12, 30), date(2028, 1, 2)) == [
        date(2027, 12, 30),
        date(2027, 12, 31),
        date(2028, 1, 1),
        date(2028, 1, 2),
    ]
    leap = promise(start=date(2028, 2, 27))
    assert date(2028, 2, 29) in days(leap, date(2028, 2, 27), date(2028, 3, 1))
    assert len(days(leap, date(2028, 2, 27), date(2028, 3, 1))) == 4
    # A Friday-only promise across the end of a 31-day month
    fri = promise(frequency="weekdays", days=[4], start=date(2026, 1, 1))
    assert days(fri, date(2026, 1, 28), date(2026, 2, 8)) == [date(2026, 1, 30), date(2026, 2, 6)]


def test_whenever_is_never_due():
    p = promise(frequency="whenever")
    assert days(p, MON, MON + timedelta(days=30)) == []
    assert not is_due(p, MON)


@pytest.mark.parametrize(
    "zone, utc_start",
    [
        ("Europe/London", datetime(2026, 3, 27, 12, tzinfo=UTC)),  # clocks forward 29 March
        ("Europe/London", datetime(2026, 10, 23, 12, tzinfo=UTC)),  # clocks back 25 October
        ("America/New_York", datetime(2026, 3, 6, 12, tzinfo=UTC)),  # forward 8 March
        ("America/New_York", datetime(2026, 10, 30, 12, tzinfo=UTC)),  # back 1 November
    ],
)
def test_daily_promise_due_exactly_once_per_calendar_day_across_dst(zone, utc_start):
    tz = ZoneInfo(zone)
    p = promise(start=date(2026, 1, 1))
    # Walk the clock every 20 minutes through a week spanning the change, as the app would
    # ask "what is due today?" at any moment; collect the days it answers.
    due_seen: list[date] = []
    moment = utc_start
    while moment < utc_start + timedelta(days=7):
        day = local_day(moment, tz)
        if is_due(p, day) and (not due_seen or due_seen[-1] != day):
            due_seen.append(day)
        moment += timedelta(minutes=20)
    first = local_day(utc_start, tz)
    expected = [first + timedelta(days=i) for i in range(len(due_seen))]
    assert due_seen == expected  # one due day per calendar day, none skipped or doubled
    assert len(due_seen) in (7, 8)

    # The 23- or 25-hour day itself is one calendar day (same-zone subtraction ignores
    # offsets in Python, so measure in UTC):
    def midnight(d: date) -> datetime:
        return datetime.combine(d, datetime.min.time(), tz).astimezone(UTC)

    lengths = {(midnight(d + timedelta(days=1)) - midnight(d)).total_seconds() / 3600 for d in due_seen[:-1]}
    assert lengths & {23.0, 25.0}
    assert days(p, due_seen[0], due_seen[-1]) == due_seen


def test_pause_is_a_period_without_due_days():
    p = promise(
        status_history=[
            StatusChange(on=MON + timedelta(days=3), status="paused"),
            StatusChange(on=MON + timedelta(days=6), status="active"),
        ]
    )
    got = days(p, MON, MON + timedelta(days=8))
    assert got == [
        MON,
        MON + timedelta(days=1),
        MON + timedelta(days=2),
        MON + timedelta(days=6),
        MON + timedelta(days=7),
        MON + timedelta(days=8),
    ]
    assert active_periods(p) == [(MON, MON + timedelta(days=3)), (MON + timedelta(days=6), None)]


def test_completed_and_retired_stop_due_dates_last_change_of_a_day_wins():
    done = promise(status="completed", status_history=[StatusChange(on=MON + timedelta(days=2), status="completed")])
    assert days(done, MON, MON + timedelta(days=9)) == [MON, MON + timedelta(days=1)]
    flip = promise(
        status_history=[
            StatusChange(on=MON + timedelta(days=1), status="retired"),
            StatusChange(on=MON + timedelta(days=1), status="active"),  # changed mind the same day
        ]
    )
    assert len(days(flip, MON, MON + timedelta(days=3))) == 4


def test_set_status_records_history():
    p = promise()
    book = book_with(p)
    assert book.set_status(p.id, "paused", on=MON + timedelta(days=1))
    assert not book.set_status(p.id, "paused")
    assert p.status == "paused" and p.status_history[-1].on == MON + timedelta(days=1)
    assert not is_due(p, MON + timedelta(days=5))


def book_with(*promises: Promise) -> PromisesBook:
    book = PromisesBook()
    for p in promises:
        book.add_promise(p)
    return book


def test_today_summary_and_calm_line():
    a, b, w = promise(), promise(frequency="weekdays", days=[0]), promise(frequency="whenever")
    book = book_with(a, b, w)
    today = MON + timedelta(days=7)  # the next Monday
    for offset in range(7):
        if offset not in (2, 4):
            book.record(a.id, MON + timedelta(days=offset), kept=offset != 3)
    book.record(a.id, today, kept=True)
    summary = today_summary(book, today)
    assert (summary.due, summary.recorded) == (2, 1)
    # a: days 2 and 4 have no record; b: last Monday has none. The missed day counts as recorded.
    assert summary.without_record == 3
    assert [d for _, d in without_record(book, today)] == [MON, MON + timedelta(days=2), MON + timedelta(days=4)]
    line = today_line(summary)
    assert line == "Today: 2 promises due (1 recorded) · 3 earlier check-ins from the last 7 days have no record yet"
    assert "miss" not in line.lower() and "fail" not in line.lower()


def test_today_line_nothing_and_all_recorded():
    book = book_with(promise())
    book.record(book.promises[0].id, MON, kept=False)
    assert today_line(today_summary(book, MON)) == "Today: 1 promise due, all recorded"
    assert today_line(today_summary(PromisesBook(), MON)) == "Today: nothing due"


def test_keep_rate_counts_records_not_streaks():
    p = promise(start=MON - timedelta(days=30))
    book = book_with(p)
    for offset in range(12):
        book.record(p.id, MON - timedelta(days=offset), kept=offset != 4)
    rate = keep_rate(book, p.id)
    assert (rate.kept, rate.of) == (9, 10)
    assert rate.label == "kept 9 of the last 10"
    # A miss today does not reset anything to zero:
    book.record(p.id, MON + timedelta(days=1), kept=False)
    assert keep_rate(book, p.id).label == "kept 8 of the last 10"
    assert keep_rate(book, "nope").label == "no records yet"


def test_recording_twice_replaces_for_scheduled_but_adds_occasions():
    p, w = promise(), promise(frequency="whenever")
    book = book_with(p, w)
    book.record(p.id, MON, kept=False)
    book.record(p.id, MON, kept=True, note="did it after all")
    assert book.ledger[p.id] == {} and len(book.checkmarks) == 1 and book.checkmarks[0].kept
    assert keep_rate(book, p.id).label == "kept the last time"
    assert index(book).on(p.id, MON).note == "did it after all"
    book.record(w.id, MON, kept=True)
    book.record(w.id, MON, kept=False)
    assert len(book.checkmarks) == 3
    assert keep_rate(book, w.id).label == "kept 1 of the last 2"
    assert [m.kept for m in index(book).marks_on(w.id, MON)] == [True, False]
    occasion = index(book).marks_on(w.id, MON)[1].detail
    assert book.add_repair(w.id, MON, MON, "told you", mark_id=occasion.id) is occasion


def test_days_joins_ledger_and_full_marks_and_a_full_mark_wins_a_shared_day():
    from trustroad.promises.model import PromisesBook
    from trustroad.promises.records import CheckMark, Promise
    from trustroad.promises.schedule import CheckIndex

    start = date(2026, 3, 2)
    book = PromisesBook()
    p = book.add_promise(Promise(wording="x", start=start))
    for offset in range(6):
        book.record(p.id, start + timedelta(days=offset), kept=offset != 2)
    book.record(p.id, start + timedelta(days=6), kept=True, note="with a note")  # a full mark
    assert CheckIndex(book).days(p.id, kept_only=True) == [start + timedelta(days=n) for n in (0, 1, 3, 4, 5, 6)]
    assert len(CheckIndex(book).days(p.id)) == 7
    # A file edited by hand can hold a day in both places: the full mark decides, once.
    book.ledger[p.id][start + timedelta(days=3)] = True
    book.checkmarks.append(CheckMark(promise_id=p.id, date=start + timedelta(days=3), kept=False, note="not really"))
    assert CheckIndex(book).days(p.id, kept_only=True) == [start + timedelta(days=n) for n in (0, 1, 4, 5, 6)]
    assert CheckIndex(book).days(p.id) == [start + timedelta(days=n) for n in range(7)]


def test_every_change_through_the_book_moves_its_version_and_renews_the_index():
    from trustroad.promises.records import Setback

    p = promise()
    book = book_with(p)
    seen = [book.version]
    first = index(book)
    assert index(book) is first  # nothing changed: the same lookups

    def moved() -> bool:
        seen.append(book.version)
        return seen[-1] > seen[-2]

    book.record(p.id, MON, kept=False)
    assert moved() and index(book) is not first and index(book).on(p.id, MON).kept is False
    assert book.add_repair(p.id, MON, MON, "said so") is not None and moved()
    assert book.set_wording(p.id, "new words") and moved()
    assert not book.set_wording(p.id, "new words") and not moved()
    assert book.edit_promise(p.id, frequency="weekdays", days=[0, 2]) and moved()
    assert not book.edit_promise(p.id, frequency="weekdays") and not moved()
    assert book.set_status(p.id, "paused", on=MON) and moved()
    s = book.add_setback(Setback(when=datetime(2026, 3, 2, 9, tzinfo=UTC)))
    assert moved()
    assert book.repair_setback(s.id, datetime(2026, 3, 2, 11, tzinfo=UTC), "talked") and moved()
    with pytest.raises(TypeError):
        book.edit_promise(p.id, wording="not here: it keeps a history")
    with pytest.raises(ValueError):
        book.set_status(p.id, "forgotten")
