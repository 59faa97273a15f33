"""Issue 14, bug 4: counts read as a person would say them, and a missing trend says what it needs."""

from __future__ import annotations

from datetime import date, timedelta

from trustroad.journal.filter import Filter
from trustroad.journal.trends import MIN_DAYS, reading
from trustroad.promises.repair import RepairTrend, talked_through
from trustroad.tui.widgets.journal_rows import count_text

TODAY = date(2026, 6, 30)


def test_one_journal_entry_is_one_entry():
    text = count_text(0, 1, 1, 1, Filter(), None)
    assert text.startswith("1 entry ·")
    assert count_text(0, 2, 2, 2, Filter(), None).startswith("2 entries ·")
    assert "1 of 1 entry matches" in count_text(0, 1, 1, 1, Filter(text="x"), None)
    assert "2 of 3 entries match" in count_text(0, 2, 2, 3, Filter(text="x"), None)


def test_a_single_repair_is_not_called_the_middle_of_one():
    lines = " ".join(RepairTrend(timedelta(hours=3), 1, timedelta(days=2), 3).lines())
    assert "middle of 1" not in lines
    assert "(1 repair)" in lines and "the middle of 3 repairs" in lines


def test_a_repair_within_the_hour_reads_naturally():
    assert talked_through(timedelta(minutes=20)) == "talked through within the hour"
    assert talked_through(timedelta(hours=5)) == "talked through after about 5 hours"


def test_a_missing_trend_says_what_it_needs():
    points = [(TODAY - timedelta(days=d), 5.0) for d in (0, 1, 40)]
    result = reading(points, TODAY)
    assert not result.enough
    words = result.shown
    assert "entries" not in words
    assert words == f"no trend yet: 2 of {MIN_DAYS} days; the 30 before: 1 of {MIN_DAYS}"
    assert reading([], TODAY).shown == f"no trend yet: 0 of {MIN_DAYS} days; the 30 before: 0 of {MIN_DAYS}"


def test_a_missing_trend_says_which_month_is_short():
    # Ten days this month and none before: it is the month before that is short, not this one.
    recent_only = [(TODAY - timedelta(days=d), 5.0) for d in range(10)]
    assert reading(recent_only, TODAY).shown == f"no trend yet: the 30 days before have 0 of {MIN_DAYS}"
    before_only = [(TODAY - timedelta(days=d), 5.0) for d in range(31, 41)]
    assert reading([*before_only, (TODAY, 4.0)], TODAY).shown == f"no trend yet: 1 of {MIN_DAYS} days needed"


def test_the_longest_missing_trend_fits_on_its_line_at_80_columns():
    longest = max(
        (reading([(TODAY - timedelta(days=d), 5.0) for d in days], TODAY).shown for days in ([], range(10), (1, 40))),
        key=len,
    )
    # The journal's trend (tui/widgets/intensity_trend.py): 77 columns wide, the reading under
    # the sparklines, 13 columns in; the home screen's: after "After rupture talks: ".
    assert len(f"{' ' * 13}Last 30 days: {longest}") <= 77
    assert len(f"  After rupture talks: {longest}.") <= 80
