"""The date logic gives the same answers on any day, at any hour, in any time zone.

Each test runs at every moment of MOMENTS: each weekday of one week (just after midnight
and just before the next), month and year ends, the leap day 2028-02-29, both
daylight-saving changes in Berlin and New York (before, after, and both readings of the
repeated hour), in zones from UTC-11 (Pago Pago) to UTC+14 (Kiritimati). The zone is set
the way a person's machine has it (TZ and time.tzset), and trustroad's clock is fixed at
that moment. Expectations are written from the calendar, not from the code under test.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from trustroad import clock
from trustroad.agreements import model as ag
from trustroad.checkins.model import CheckIn, CheckIns, promises_this_week
from trustroad.export.model import Entry as ExportEntry
from trustroad.export.model import Period
from trustroad.export.output import default_name
from trustroad.export.summary import build_summary
from trustroad.journal.model import Entry, Journal
from trustroad.journal.trends import (
    LOWER,
    daily_means,
    intensity_points,
    reading,
    since,
)
from trustroad.promises.milestones import milestones, newest
from trustroad.promises.model import PromisesBook
from trustroad.promises.records import Promise, Setback
from trustroad.promises.repair import check_repair_time, repair_trend
from trustroad.promises.schedule import due_dates, is_due, today_summary
from trustroad.storage.files import (
    CHECKINS_FILE,
    JOURNAL_FILE,
    PROMISES_FILE,
    WORKBOOK_FILE,
)
from trustroad.workbook.model import Workbook

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make the fixture module importable
from export_fixture import content as export_content

DAY = timedelta(days=1)
ZONES = ["UTC", "Pacific/Pago_Pago", "Pacific/Kiritimati", "Europe/Berlin", "America/New_York", "Asia/Kathmandu"]
MONDAY = date(2026, 11, 30)  # also a month end


def _moments() -> list[tuple[str, datetime]]:
    """(zone, local wall-clock moment); `fold=1` is the second reading of a repeated hour."""
    found = []
    for zone in ZONES:
        for n in range(7):
            for at in (time(0, 30), time(23, 30)):
                found.append((zone, datetime.combine(MONDAY + n * DAY, at)))
        for moment in (
            "2026-12-31T23:59",
            "2027-02-28T12:00",
            "2028-02-29T00:00",
            "2028-02-29T23:59",
            "2028-03-01T00:01",
        ):
            found.append((zone, datetime.fromisoformat(moment)))
    for zone, day, hours in (
        ("Europe/Berlin", date(2026, 3, 29), (time(1, 30), time(3, 30), time(23, 30))),  # clocks forward at 02:00
        ("America/New_York", date(2026, 3, 8), (time(1, 30), time(3, 30), time(23, 30))),
        ("Europe/Berlin", date(2026, 10, 25), (time(2, 30), time(2, 30, fold=1), time(23, 30))),  # 02:00-03:00 twice
        ("America/New_York", date(2026, 11, 1), (time(1, 30), time(1, 30, fold=1), time(23, 30))),
    ):
        found += [(zone, datetime.combine(day, at)) for at in hours]
    return found


MOMENTS = _moments()


def _id(case: tuple[str, datetime]) -> str:
    zone, wall = case
    return f"{zone.split('/')[-1]}-{wall:%a-%Y-%m-%dT%H%M}" + ("-again" if wall.fold else "")


@pytest.fixture(params=MOMENTS, ids=[_id(c) for c in MOMENTS])
def today(request, local_zone, set_clock) -> date:
    """The case's zone and moment, in force for the test; its local date."""
    zone, wall = request.param
    local_zone(zone)
    set_clock(wall.replace(tzinfo=ZoneInfo(zone)))
    return wall.date()


def local(day: date, at: time) -> datetime:
    """A wall-clock time on a day where the person is, as the app stores it (aware, local offset)."""
    return datetime.combine(day, at).astimezone()


def test_the_clock_gives_the_local_day_and_offset(today):
    moment = clock.now()
    assert clock.today() == today == moment.date()
    assert moment.utcoffset() == moment.astimezone(ZoneInfo(os.environ["TZ"])).utcoffset()
    assert Promise(wording="x").start == today and Setback().when == moment
    assert Entry.new("x").written == moment and CheckIn.new(5, 5, {}).date == today


def test_schedule(today):
    daily = Promise(wording="a", start=today - 20 * DAY)
    weekdays = Promise(wording="b", frequency="weekdays", days=[0, 1, 2, 3, 4], start=today - 20 * DAY)
    weekly = Promise(wording="c", frequency="weekly", start=today - 21 * DAY)  # three weeks ago today
    assert is_due(daily, today) and is_due(weekly, today) and not is_due(weekly, today - DAY)
    assert is_due(weekdays, today) == (today.isoweekday() <= 5)
    assert list(due_dates(daily, today - 6 * DAY, today)) == [today - n * DAY for n in range(6, -1, -1)]
    assert len(list(due_dates(weekdays, today - 6 * DAY, today))) == 5  # any seven days in a row
    assert list(due_dates(weekly, today - 6 * DAY, today)) == [today]
    book = PromisesBook()
    book.add_promise(daily)
    for back in range(1, 8):
        if back != 3:
            book.record(daily.id, today - back * DAY, kept=True)
    summary = today_summary(book, today)
    assert (summary.due, summary.recorded, summary.without_record) == (1, 0, 1)
    book.record(daily.id, today, kept=False)
    assert today_summary(book, today).recorded == 1


def test_milestones_and_the_newest(today):
    written = clock.now() - 20 * DAY
    book = PromisesBook()
    promise = book.add_promise(
        Promise(wording="I'll text you when I leave work", start=written.date(), created=written)
    )
    for back in range(1, 12):  # the tenth keep was the day before yesterday
        book.record(promise.id, today - back * DAY, kept=True)
    found = {m.key.split(":")[0]: m.on for m in milestones(book, today)}
    assert found["kept-10"] == today - 2 * DAY
    # A whole Monday-to-Sunday week fits in the eleven recorded days only when last Sunday
    # was at most five days ago: from Monday to Friday.
    last_sunday = today - today.isoweekday() * DAY
    assert found.get("first-full-week") == (last_sunday if today.isoweekday() <= 5 else None)
    best = newest(book, today)
    assert best is not None
    if today.isoweekday() == 1:  # the whole week ended yesterday, after the tenth keep
        assert (best.key, best.on) == ("first-full-week", today - DAY)
    else:
        assert best.key.startswith("kept-10:") and best.on == today - 2 * DAY


def test_time_to_repair(today):
    book = PromisesBook()
    promise = book.add_promise(Promise(wording="a", start=today - 200 * DAY))
    for back, owned_up in ((2, clock.now()), (100, today - 90 * DAY), (95, today - 89 * DAY)):
        book.record(promise.id, today - back * DAY, kept=False)
        book.add_repair(promise.id, today - back * DAY, owned_up, "we talked")
    assert check_repair_time(today - 2 * DAY, clock.now()) == 2 * DAY
    assert check_repair_time(today, local(today, time(23, 59))) == timedelta(0)
    trend = repair_trend(book, today)  # the last 90 days start the day after today - 90
    assert (trend.recent_count, trend.before_count) == (2, 1)
    setback = book.add_setback(Setback(when=local(today - DAY, time(22, 0)), repaired_at=clock.now()))
    assert setback.time_to_repair is not None and setback.time_to_repair > timedelta(0)


def test_intensity_trend(today):
    # Sixty days of entries just after midnight and just before the next: calmer lately.
    entries = [
        Entry.new(str(n), intensity=3 if n < 30 else 8, written=local(today - n * DAY, at))
        for n in range(59, -1, -1)
        for at in (time(0, 5), time(23, 55))
    ]
    points = intensity_points(entries)
    assert {day for day, _ in points} == {today - n * DAY for n in range(60)}
    assert daily_means(points, today, 30) == [3.0] * 30
    assert reading(points, today).text == LOWER
    assert len(since(entries, today - 29 * DAY)) == 60
    book = PromisesBook()
    calmer = [m for m in milestones(book, today, {JOURNAL_FILE: Journal(entries=entries)}) if m.key == "calmer-month"]
    assert [m.on for m in calmer] == [today]


def test_agreement_review_dates(today):
    agreement = ag.Agreement.new()
    assert agreement.review_on == today + ag.DEFAULT_REVIEW_DAYS * DAY and agreement.created == clock.now()
    assert ag.parse_review_date(today.isoformat(), today) == today
    assert ag.parse_review_date((today - DAY).isoformat(), today) is None
    agreement.set_review_on(today)
    assert agreement.is_due(today) and agreement.review_phrase(today) == "ready for a review today"
    agreement.set_review_on(today + DAY)
    assert not agreement.is_due(today) and agreement.review_phrase(today).endswith("(tomorrow)")
    agreement.mark_reviewed()
    assert agreement.review_on == today + agreement.review_days * DAY


def test_checkin_weeks(today):
    yesterday = CheckIn.new(5, 5, {}, at=local(today - DAY, time(23, 55)))
    assert yesterday.date == today - DAY
    assert CheckIns(checkins=[yesterday]).last_checkin_phrase(today) == "Last check-in: yesterday."
    six, seven = (CheckIn.new(5, 5, {}, at=local(today - n * DAY, time(0, 5))) for n in (6, 7))
    assert not CheckIns(checkins=[six]).invite_due(today) and CheckIns(checkins=[seven]).invite_due(today)
    assert (
        CheckIns(checkins=[seven]).last_checkin_phrase(today)
        == "Last check-in: 7 days ago — a new one is welcome (press c)."
    )
    book = PromisesBook()
    promise = book.add_promise(Promise(wording="Walk", start=today - 30 * DAY))
    for back in range(1, 7):
        book.record(promise.id, today - back * DAY, kept=True)
    documents = {PROMISES_FILE: book, CHECKINS_FILE: CheckIns()}
    assert promises_this_week(documents, today) == "• Walk — kept 6 of 7 due days (1 without a record yet)"


def test_export_period(today):
    first = today - 13 * DAY  # "the last two weeks", today included
    times = {
        "in-first": local(first, time(0, 5)),
        "in-last": local(today, time(23, 55)),
        "now": clock.now(),
        "out-before": local(first - DAY, time(23, 55)),
    }
    journal = Journal(entries=[Entry.new(name, share=True, written=when) for name, when in times.items()])
    documents = {WORKBOOK_FILE: Workbook(), JOURNAL_FILE: journal}
    summary = build_summary(documents, export_content(), Period(first, today), include={"journal"})
    assert summary.made_on == today and default_name("md", summary.made_on) == f"trustroad-summary-{today}.md"
    shown = {part.text for part in summary.sections[0].parts if isinstance(part, ExportEntry)}
    assert shown == {"in-first", "in-last", "now"}
