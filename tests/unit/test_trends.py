"""The intensity trend: daily means with gaps and the honest reading (the sparkline: test_sparkline.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from trustroad.journal.model import Entry, TalkDetails
from trustroad.journal.trends import (
    HIGHER,
    LOWER,
    SAME,
    TOO_FEW,
    after_talk_points,
    bucket,
    daily_means,
    intensity_points,
    reading,
)

TODAY = date(2026, 6, 30)


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def test_daily_means_average_each_day_and_leave_gaps():
    points = [(days_ago(0), 4), (days_ago(0), 6), (days_ago(2), 9), (days_ago(40), 1)]
    series = daily_means(points, TODAY, 3)
    assert series == [9.0, None, 5.0]  # oldest first; yesterday had no entry: a gap, not a zero
    assert len(daily_means(points, TODAY, 90)) == 90
    assert daily_means(points, TODAY, 90)[89 - 40] == 1.0


def test_future_and_too_old_points_are_ignored():
    assert daily_means([(TODAY + timedelta(days=1), 5), (days_ago(30), 5)], TODAY, 30) == [None] * 30


def test_points_use_the_day_the_person_was_living():
    evening = datetime(2026, 6, 29, 23, 30, tzinfo=timezone(timedelta(hours=-5)))  # 04:30 UTC on the 30th
    morning = datetime(2026, 6, 30, 0, 30, tzinfo=timezone(timedelta(hours=9)))  # 15:30 UTC on the 29th
    entries = [Entry.new("a", intensity=8, written=evening), Entry.new("b", intensity=2, written=morning)]
    assert intensity_points(entries) == [(date(2026, 6, 29), 8), (date(2026, 6, 30), 2)]
    assert daily_means(intensity_points(entries), TODAY, 2) == [8.0, 2.0]


def test_entries_without_intensity_do_not_count():
    assert intensity_points([Entry.new("no number")]) == []


def test_after_talk_points_only_from_rupture_talks_with_an_after_value():
    when = datetime(2026, 6, 1, 20, tzinfo=UTC)
    entries = [
        Entry.new("t1", kind="rupture-talk", written=when, talk=TalkDetails(intensity_before=9, intensity_after=4)),
        Entry.new("t2", kind="rupture-talk", written=when, talk=TalkDetails(intensity_before=9)),
        Entry.new("t3", kind="rupture-talk", written=when),
        Entry.new("r", kind="reflection", intensity=7, written=when),
    ]
    assert after_talk_points(entries) == [(date(2026, 6, 1), 4)]


def window(values_recent, values_before):
    """Points: one per listed value, on consecutive days in each 30-day window."""
    recent = [(days_ago(i), v) for i, v in enumerate(values_recent)]
    before = [(days_ago(30 + i), v) for i, v in enumerate(values_before)]
    return recent + before


@pytest.mark.parametrize(
    ("recent", "before", "expected"),
    [
        ([3, 3, 3], [6, 6, 6], LOWER),
        ([6, 6, 6], [3, 3, 3], HIGHER),
        ([5, 5, 5], [5, 5, 5.4], SAME),
        ([5, 5, 5], [5.5, 5.5, 5.5], LOWER),  # exactly the tolerance counts as a change
        ([5.5, 5.5, 5.5], [5, 5, 5], HIGHER),
        ([3, 3], [6, 6, 6, 6], TOO_FEW),  # under 3 days with data in one window
        ([3, 3, 3], [], TOO_FEW),
        ([], [], TOO_FEW),
    ],
)
def test_reading(recent, before, expected):
    assert reading(window(recent, before), TODAY).text == expected


def test_each_day_weighs_the_same():
    # ten calm entries on one day do not outweigh two hard days
    points = (
        [(days_ago(0), 1)] * 10 + [(days_ago(1), 8), (days_ago(2), 8)] + [(days_ago(30 + i), 5.6) for i in range(3)]
    )
    result = reading(points, TODAY)
    assert result.recent == pytest.approx((1 + 8 + 8) / 3)
    assert result.text == SAME and result.recent_days == 3 and result.before_days == 3


def test_the_windows_are_the_last_30_days_and_the_30_before():
    points = (
        [(days_ago(29), 2)] * 3
        + [(days_ago(28), 2), (days_ago(27), 2)]
        + [(days_ago(30), 9), (days_ago(59), 9), (days_ago(45), 9)]
    )
    points += [(days_ago(60), 0)] * 5  # outside both windows
    result = reading(points, TODAY)
    assert (result.recent, result.before, result.text) == (2, 9, LOWER)


def test_bucket_keeps_gaps():
    assert bucket([1, 3, None, None, None, None, 5], 2) == [2, None, None, 5]


def test_since_reads_a_newest_first_list_only_to_the_window_and_agrees_with_a_full_scan():
    import random
    from datetime import datetime, timedelta, timezone

    from trustroad.journal.trends import since

    rng = random.Random(3)
    base = datetime(2026, 3, 1, 12, tzinfo=UTC)
    # Entries written in offsets from -11 to +14 hours (travel), near the window's first day.
    entries = []
    for n in range(400):
        offset = timezone(timedelta(hours=rng.choice([-11, -5, 0, 9, 14])))
        entries.append(Entry(written=(base - timedelta(hours=n * 7)).astimezone(offset), text=str(n)))
    newest_first = sorted(entries, key=lambda e: e.written, reverse=True)
    oldest_first = list(reversed(newest_first))
    first = date(2026, 2, 10)
    expected = [e for e in oldest_first if e.written.date() >= first]
    assert since(newest_first, first, newest_first=True) == expected
    assert since(oldest_first, first) == expected
    assert 0 < len(expected) < len(entries)


def test_too_few_days_says_how_far_there_is_to_go():
    # Days with an entry in the last 30 days, and in the 30 before: each needs three.
    few = reading([(days_ago(n), 5) for n in (0, 1, 2, 3, 4)] + [(days_ago(40), 5)], TODAY)
    assert few.shown == "no trend yet: 3 days needed, 5 so far (1 before)"
    assert reading([], TODAY).shown == "no trend yet: 3 days needed, 0 so far (0 before)"
    assert reading([(days_ago(n), 5) for n in range(60)], TODAY).shown == SAME
