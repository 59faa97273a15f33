"""Weekly check-ins: storing, the seven-day invitation, the ratings trend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from pydantic import ValidationError

from trustroad.checkins import model as ck
from trustroad.storage.files import CHECKINS_FILE
from trustroad.storage.store import Store

TODAY = date(2026, 3, 20)


def at(day: date, hour: int = 20) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def make(day: date, safety=5, connection=5, **kw) -> ck.CheckIn:
    return ck.CheckIn.new(safety, connection, kw.pop("answers", {}), at=at(day), **kw)


def test_new_checkin_is_dated_private_and_drops_empty_answers():
    c = ck.CheckIn.new(3, 7, {"helped": "a walk", "hard": "   ", "therapy": ""}, at=at(TODAY))
    assert c.date == TODAY and c.safety == 3 and c.connection == 7
    assert c.answers == {"helped": "a walk"}
    assert c.share is False


@pytest.mark.parametrize("bad", [-1, 11])
def test_ratings_must_be_zero_to_ten(bad):
    with pytest.raises(ValidationError):
        ck.CheckIn.new(bad, 5, {}, at=at(TODAY))
    with pytest.raises(ValidationError):
        ck.CheckIn.new(5, bad, {}, at=at(TODAY))


def test_ratings_can_be_left_out():
    c = ck.CheckIn.new(None, None, {}, at=at(TODAY))
    assert c.safety is None and c.is_empty
    assert not ck.CheckIn.new(None, 0, {}, at=at(TODAY)).is_empty


def test_last_date_and_days_since():
    items = [make(TODAY - timedelta(days=9)), make(TODAY - timedelta(days=2)), make(TODAY - timedelta(days=20))]
    assert ck.CheckIns(checkins=items).last_date() == TODAY - timedelta(days=2)
    assert ck.CheckIns(checkins=items).days_since_last(TODAY) == 2
    assert ck.CheckIns(checkins=[]).last_date() is None and ck.CheckIns(checkins=[]).days_since_last(TODAY) is None


@pytest.mark.parametrize(("days_ago", "due"), [(0, False), (1, False), (6, False), (7, True), (9, True)])
def test_invite_after_seven_days(days_ago, due):
    assert ck.CheckIns(checkins=[make(TODAY - timedelta(days=days_ago))]).invite_due(TODAY) is due


def test_invite_when_never_checked_in():
    assert ck.CheckIns(checkins=[]).invite_due(TODAY) is True


def phrase(*checkins: ck.CheckIn, draft: ck.Draft | None = None) -> str:
    return ck.CheckIns(checkins=list(checkins), draft=draft).last_checkin_phrase(TODAY)


def test_last_checkin_phrase():
    assert "No weekly check-in yet" in phrase()
    assert phrase(make(TODAY)) == "Last check-in: today."
    assert phrase(make(TODAY - timedelta(days=1))) == "Last check-in: yesterday."
    assert phrase(make(TODAY - timedelta(days=9))).startswith("Last check-in: 9 days ago — a new one is welcome")


def test_last_checkin_phrase_mentions_a_draft_first():
    assert "started and kept as a draft" in phrase(make(TODAY - timedelta(days=9)), draft=ck.Draft(safety=3))


def test_ratings_series_is_oldest_first_and_skips_unrated():
    a = make(TODAY - timedelta(days=14), 2, 3)
    b = make(TODAY - timedelta(days=7), None, None, answers={"hard": "x"})
    c = make(TODAY, 6, None)
    series = ck.ratings_series([c, a, b])
    assert [p.date for p in series] == [a.date, c.date]
    assert ck.values(series, "safety") == [2, 6]
    assert ck.values(series, "connection") == [3]


def test_newest_first_orders_same_day_by_time():
    early = ck.CheckIn.new(1, 1, {}, at=at(TODAY, 8))
    late = ck.CheckIn.new(2, 2, {}, at=at(TODAY, 21))
    old = make(TODAY - timedelta(days=3))
    assert ck.CheckIns(checkins=[early, old, late]).newest_first() == [late, early, old]


def test_round_trip_through_store(tmp_path):
    store = Store(tmp_path)
    doc = ck.CheckIns(
        checkins=[
            ck.CheckIn.new(4, 8, {"helped": "Ünïcode 🌱 [b]not markup[/b]"}, promises_note="kept 3 of 4", at=at(TODAY))
        ]
    )
    store.save(CHECKINS_FILE, doc)
    loaded = store.load(CHECKINS_FILE, ck.CheckIns)
    assert loaded == doc
    assert loaded.checkins[0].answers["helped"] == "Ünïcode 🌱 [b]not markup[/b]"


def test_registered_as_a_document():
    from trustroad.documents import DOCUMENTS

    assert DOCUMENTS[CHECKINS_FILE] is ck.CheckIns


def test_draft_is_kept_and_loading_an_empty_form_is_not_a_change():
    doc = ck.CheckIns()
    assert doc.set_draft(None, None, {"helped": "  "}) is False
    assert doc.draft is None
    assert doc.set_draft(4, None, {"helped": "a walk"}) is True
    assert doc.set_draft(4, None, {"helped": "a walk", "hard": ""}) is False
    assert doc.draft.answers == {"helped": "a walk"}
    assert doc.set_draft(None, None, {}) is True and doc.draft is None


def test_commit_draft_makes_a_dated_checkin_and_clears_the_draft():
    doc = ck.CheckIns()
    assert doc.commit_draft(at=at(TODAY)) is None and doc.checkins == []
    doc.set_draft(3, 8, {"therapy": "money talks"}, share=True)
    c = doc.commit_draft(promises_note="Call if late: kept 4 of 5", at=at(TODAY))
    assert doc.checkins == [c] and doc.draft is None
    assert (c.date, c.safety, c.connection, c.share) == (TODAY, 3, 8, True)
    assert c.answers == {"therapy": "money talks"} and c.promises_note.startswith("Call")


def test_draft_survives_a_save_and_load(tmp_path):
    store = Store(tmp_path)
    doc = ck.CheckIns()
    doc.set_draft(None, 2, {"hard": "the weekend"})
    store.save(CHECKINS_FILE, doc)
    assert store.load(CHECKINS_FILE, ck.CheckIns).draft.answers == {"hard": "the weekend"}


@pytest.mark.parametrize(
    ("series", "reading"),
    [
        ([], "too early to see a trend"),
        ([5, 5, 5], "too early to see a trend"),
        ([2, 3, 2, 5, 6, 5], "higher than before"),
        ([7, 7, 7, 5, 5, 6], "lower than before"),
        ([5, 5, 6, 5, 6, 5], "about the same as before"),
        ([4, 6, 6, 6], "higher than before"),
    ],
)
def test_trend_reading(series, reading):
    assert ck.trend_reading(series) == reading


def test_promises_this_week_lists_active_promises_with_their_record():
    from datetime import date, timedelta

    from trustroad.checkins.model import promises_this_week
    from trustroad.promises.model import PromisesBook
    from trustroad.promises.records import Promise
    from trustroad.storage.files import PROMISES_FILE

    today = date(2026, 11, 26)
    book = PromisesBook()
    daily = Promise(wording="Text when I leave work [b]", start=today - timedelta(days=30))
    paused = Promise(wording="A paused one", start=today - timedelta(days=30), status="paused")
    book.promises += [daily, paused]
    book.ledger[daily.id] = {today - timedelta(days=n): n != 2 for n in range(5)}  # 4 kept, 1 not, 2 open
    text = promises_this_week({PROMISES_FILE: book}, today)
    assert text == "• Text when I leave work [b] — kept 4 of 7 due days (2 without a record yet)"
    assert promises_this_week({PROMISES_FILE: PromisesBook()}, today) == ""
    assert promises_this_week({}, today) == ""
