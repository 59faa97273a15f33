"""Stuck signals from the person's own data (support/stuck.py): fixtures on a fixed day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from trustroad.agreements.model import Agreement, Agreements
from trustroad.journal.model import Entry, Journal
from trustroad.promises.model import PromisesBook
from trustroad.promises.records import Setback
from trustroad.support.stuck import (
    high_intensity,
    recurring_tags,
    reopened_agreements,
    stuck_signals,
    times_reopened,
    unrepaired_setbacks,
    weekly_high_streak,
)
from trustroad.support.time_out import time_out_phrase

TODAY = date(2026, 6, 30)


def at(days_ago: int, hour: int = 20) -> datetime:
    day = TODAY - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def journal(*entries: tuple[int, int | None, list[str]]) -> Journal:
    """(days ago, intensity, tags) for each entry."""
    book = Journal()
    for days_ago, intensity, tags in entries:
        book.add(Entry.new("an entry", intensity=intensity, tags=tags, written=at(days_ago)))
    return book


def high_every_other_day(days: int, intensity: int = 8) -> Journal:
    return journal(*((d, intensity, []) for d in range(0, days, 2)))


# --- intensity high for three weeks ---------------------------------------------------------


def test_three_high_weeks_in_a_row_are_a_signal():
    book = high_every_other_day(21)
    assert weekly_high_streak(book.entries, TODAY) == 3
    signal = high_intensity(book, TODAY)
    assert signal is not None and "3 weeks" in signal.text


def test_two_high_weeks_are_not_yet():
    book = high_every_other_day(14)
    assert weekly_high_streak(book.entries, TODAY) == 2
    assert high_intensity(book, TODAY) is None


def test_a_calmer_week_or_a_week_without_entries_ends_the_streak():
    calmer = journal(*((d, 8, []) for d in range(0, 7)), *((d, 4, []) for d in range(7, 14)), (15, 9, []))
    assert weekly_high_streak(calmer.entries, TODAY) == 1
    gap = journal(*((d, 9, []) for d in (0, 3, 15, 18)))
    assert weekly_high_streak(gap.entries, TODAY) == 1


def test_an_average_below_high_is_not_high():
    book = journal(*((d, v, []) for d in range(0, 21, 3) for v in (9, 4)))
    assert high_intensity(book, TODAY) is None


# --- setbacks without repair -------------------------------------------------------------------


def book_with_setbacks(*setbacks: tuple[int, bool]) -> PromisesBook:
    """(days ago, repaired) for each setback."""
    book = PromisesBook()
    for days_ago, repaired in setbacks:
        setback = book.add_setback(Setback(when=at(days_ago)))
        if repaired:
            book.repair_setback(setback.id, at(days_ago - 1 if days_ago else 0), "talked it through")
    return book


def test_two_setbacks_without_repair_after_a_week_are_a_signal():
    signal = unrepaired_setbacks(book_with_setbacks((10, False), (8, False), (20, True)), TODAY)
    assert signal is not None and signal.text.startswith("2 setbacks")


def test_recent_or_repaired_setbacks_are_not():
    assert unrepaired_setbacks(book_with_setbacks((10, False), (3, False), (20, True)), TODAY) is None
    assert unrepaired_setbacks(PromisesBook(), TODAY) is None


# --- the same tag with high intensity ------------------------------------------------------------


def test_a_tag_recurring_with_high_intensity_is_a_signal():
    book = journal((1, 8, ["money"]), (5, 9, ["money", "work"]), (12, 7, ["money"]), (2, 3, ["work"]))
    signals = recurring_tags(book, TODAY)
    assert [s.kind for s in signals] == ["tag"]
    assert "“money” came up 3 times" in signals[0].text


def test_a_tag_at_low_intensity_or_long_ago_is_not():
    book = journal((1, 4, ["money"]), (5, 5, ["money"]), (12, 6, ["money"]), (40, 9, ["money"]), (45, 9, ["money"]))
    assert recurring_tags(book, TODAY) == []


# --- an agreement reopened many times ------------------------------------------------------------


def reopened(times: int, status_now: str = "agreed") -> Agreement:
    agreement = Agreement.new(today=TODAY, at=at(60))
    agreement.edit_wording("We talk after dinner", at=at(60), title="Talks")
    agreement.set_status("agreed", at=at(59))
    for n in range(times):
        agreement.set_status("proposed", at=at(50 - 2 * n))
        agreement.set_status("agreed", at=at(49 - 2 * n))
    if status_now != "agreed":
        agreement.set_status(status_now, at=at(1))
    return agreement


def test_an_agreement_reopened_three_times_is_a_signal():
    assert times_reopened(reopened(3)) == 3
    signals = reopened_agreements(Agreements(agreements=[reopened(3), reopened(2)]))
    assert len(signals) == 1 and "“Talks” has been reopened 3 times" in signals[0].text


def test_rewording_an_agreed_agreement_counts_as_reopening_it():
    agreement = reopened(1)
    agreement.edit_wording("We talk after dinner, not in bed", at=at(10))
    agreement.edit_wording("We talk after dinner, never in bed", at=at(5))  # a new session, 5 days on
    assert times_reopened(agreement) == 3


def test_an_ended_agreement_is_left_in_peace():
    assert reopened_agreements(Agreements(agreements=[reopened(4, "ended")])) == []


# --- all together ------------------------------------------------------------------------------------


def test_quiet_data_gives_no_signal_and_a_heavy_time_gives_each_kind_once():
    assert stuck_signals(Journal(), Agreements(), PromisesBook(), TODAY) == []
    heavy = high_every_other_day(21)
    for days_ago in (1, 3, 5):
        heavy.add(Entry.new("x", intensity=9, tags=["evenings"], written=at(days_ago, 22)))
    signals = stuck_signals(
        heavy, Agreements(agreements=[reopened(3)]), book_with_setbacks((9, False), (8, False)), TODAY
    )
    assert [s.kind for s in signals] == ["intensity", "setbacks", "tag", "agreement"]


# --- the time-out phrase for the grounding card ----------------------------------------------------


def test_the_time_out_phrase_is_the_agreed_one_before_a_proposed_one():
    def time_out(wording: str, status: str) -> Agreement:
        agreement = Agreement.new(today=TODAY, at=at(3))
        agreement.topic = "time-out-signal"
        agreement.edit_wording(wording, at=at(3))
        if status != "proposed":
            agreement.set_status(status, at=at(2))
        return agreement

    assert time_out_phrase(Agreements()) is None
    assert time_out_phrase(Agreements(agreements=[time_out("Pause, twenty minutes", "proposed")])) == (
        "Pause, twenty minutes"
    )
    both = [time_out("Pause", "proposed"), time_out("Yellow card", "agreed"), time_out("Old", "ended")]
    assert time_out_phrase(Agreements(agreements=both)) == "Yellow card"
    assert time_out_phrase(Agreements(agreements=[time_out("Old", "ended")])) is None
