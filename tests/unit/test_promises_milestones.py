"""Milestones: computed from the data, warm, and never about misses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from trustroad.checkins.model import CheckIn, CheckIns
from trustroad.journal.model import Entry, Journal
from trustroad.promises.milestones import milestones, newest
from trustroad.promises.model import PromisesBook
from trustroad.promises.records import Promise, Setback, StatusChange
from trustroad.storage.files import CHECKINS_FILE, JOURNAL_FILE

UTC = UTC
MON = date(2026, 3, 2)
SMALL = "I'll text you when I leave work, every weekday, so you can see it arrive"


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def keys(found) -> list[str]:
    return [m.key.split(":")[0] for m in found]


def test_nothing_yet():
    assert milestones(PromisesBook(), MON) == []
    assert newest(PromisesBook(), MON) is None


def test_first_promise_and_first_small_promise():
    book = PromisesBook()
    book.add_promise(Promise(wording="I'll never hurt you again", created=at(MON)))
    assert keys(milestones(book, MON)) == ["first-promise"]
    book.add_promise(Promise(wording=SMALL, created=at(MON + timedelta(days=2))))
    found = milestones(book, MON + timedelta(days=3))
    assert keys(found) == ["first-promise", "first-small-promise"]
    assert found[-1].on == MON + timedelta(days=2)


def test_first_full_week_needs_every_due_check_in_recorded_kept_or_not():
    book = PromisesBook()
    p = book.add_promise(Promise(wording="x", start=MON, created=at(MON)))
    for offset in range(14):
        if offset != 3:  # Thursday of week one has no record
            book.record(p.id, MON + timedelta(days=offset), kept=offset % 2 == 0)
    found = {m.key: m for m in milestones(book, MON + timedelta(days=20))}
    assert found["first-full-week"].on == MON + timedelta(days=13)  # the second Sunday
    # Not before the week is over
    assert "first-full-week" not in {m.key for m in milestones(book, MON + timedelta(days=13))}


def test_kept_ten_times_counts_kept_only_and_quotes_the_wording():
    book = PromisesBook()
    p = book.add_promise(Promise(wording="Walk together after dinner [daily]", start=MON, created=at(MON)))
    for offset in range(12):
        book.record(p.id, MON + timedelta(days=offset), kept=offset != 5)
    kept10 = next(m for m in milestones(book, MON + timedelta(days=12)) if m.key.startswith("kept-10"))
    assert kept10.on == MON + timedelta(days=10)
    assert kept10.text == "“Walk together after dinner [daily]” kept 10 times."


def test_repair_within_a_day_and_first_setback_talked_through():
    book = PromisesBook()
    p = book.add_promise(Promise(wording="x", start=MON, created=at(MON)))
    book.record(p.id, MON, kept=False)
    book.add_repair(p.id, MON, MON + timedelta(days=4), "talked at the weekend")
    assert "repair-within-a-day" not in keys(milestones(book, MON + timedelta(days=10)))
    book.add_setback(
        Setback(when=at(MON + timedelta(days=6)), repaired_at=at(MON + timedelta(days=6)) + timedelta(hours=3))
    )
    found = {m.key: m for m in milestones(book, MON + timedelta(days=10))}
    assert found["repair-within-a-day"].on == MON + timedelta(days=6)
    assert found["first-setback-repaired"].on == MON + timedelta(days=6)


def test_completed_promise():
    book = PromisesBook()
    book.add_promise(
        Promise(
            wording="Show you my phone bill",
            status="completed",
            created=at(MON),
            status_history=[StatusChange(on=MON + timedelta(days=30), status="completed")],
        )
    )
    assert newest(book, MON + timedelta(days=40)).key.startswith("completed:")


def test_four_weekly_checkins_from_the_checkins_document():
    book = PromisesBook()
    checkins = CheckIns()
    for week in range(4):
        checkins.add(CheckIn.new(5, 5, {}, at=at(MON + timedelta(days=7 * week))))
    found = milestones(book, MON + timedelta(days=30), {CHECKINS_FILE: checkins})
    assert [(m.key, m.on) for m in found] == [("four-checkins", MON + timedelta(days=21))]
    assert milestones(book, MON, {CHECKINS_FILE: CheckIns(checkins=checkins.checkins[:3])}) == []


def test_calmer_month_from_journal_and_setbacks():
    today = MON + timedelta(days=70)
    journal = Journal()
    for back in range(1, 60):
        intensity = 3 if back < 30 else 8
        journal.entries.append(Entry(written=at(today - timedelta(days=back)), intensity=intensity))
    found = milestones(PromisesBook(), today, {JOURNAL_FILE: journal})
    assert [(m.key, m.on) for m in found] == [("calmer-month", today)]


def test_milestones_never_mention_misses():
    book = PromisesBook()
    p = book.add_promise(Promise(wording=SMALL, start=MON, created=at(MON)))
    for offset in range(60):
        day = MON + timedelta(days=offset)
        book.record(p.id, day, kept=offset % 3 != 0)
        if offset % 3 == 0:
            book.add_repair(p.id, day, day, "owned up")
    text = " ".join(m.text for m in milestones(book, MON + timedelta(days=61))).lower()
    for word in ("miss", "fail", "broke", "streak", "only"):
        assert word not in text


def _varied_book(seed: int) -> tuple[PromisesBook, date]:
    import random

    rng = random.Random(seed)
    book = PromisesBook()
    wordings = [
        SMALL,
        "I'll never hurt you again",
        "I will be a better person",
        "Walk together after dinner every day, you and me",
    ]
    for _ in range(rng.randint(0, 4)):
        created = MON + timedelta(days=rng.randint(0, 40))
        p = book.add_promise(Promise(wording=rng.choice(wordings), start=created, created=at(created)))
        for offset in range(rng.randint(0, 40)):
            day = created + timedelta(days=offset)
            book.record(p.id, day, kept=rng.random() > 0.3)
        for offset in range(0, 40, 7):
            day = created + timedelta(days=offset)
            book.record(p.id, day, kept=False)
            book.add_repair(p.id, day, day + timedelta(days=rng.randint(0, 3)), "talked")
    for _ in range(rng.randint(0, 3)):
        when = at(MON + timedelta(days=rng.randint(0, 60)))
        book.add_setback(Setback(when=when, repaired_at=when + timedelta(hours=rng.randint(1, 80))))
    return book, MON + timedelta(days=rng.randint(0, 90))


def test_newest_is_the_last_of_all_milestones():
    # newest() takes a shortcut (it reads the wordings with the coach only when "your first
    # small promise" could be the newest); it must always agree with the full list.
    for seed in range(120):
        book, today = _varied_book(seed)
        found = milestones(book, today)
        assert newest(book, today) == (found[-1] if found else None), seed


def test_newest_reads_no_wording_when_the_first_small_promise_cannot_be_newest(monkeypatch):
    import trustroad.promises.coach

    real = trustroad.promises.coach.review_promise
    read: list[str] = []

    def spy(wording: str):
        read.append(wording)
        return real(wording)

    monkeypatch.setattr(trustroad.promises.coach, "review_promise", spy)
    book = PromisesBook()
    p = book.add_promise(Promise(wording=SMALL, start=MON, created=at(MON)))
    for offset in range(12):
        book.record(p.id, MON + timedelta(days=offset), kept=True)
    assert newest(book, MON + timedelta(days=20)).key.startswith("kept-10")
    assert read == []
    # A promise written after every other milestone could make "first small promise" the
    # newest: now the wordings are read (and the answer is still the full list's).
    book.add_promise(Promise(wording="I'll never hurt you again", created=at(MON + timedelta(days=15))))
    assert newest(book, MON + timedelta(days=20)) == milestones(book, MON + timedelta(days=20))[-1]
    assert read
    lone = PromisesBook()
    lone.add_promise(Promise(wording=SMALL, start=MON, created=at(MON + timedelta(days=3))))
    assert newest(lone, MON + timedelta(days=4)).key == "first-small-promise"


def test_newest_follows_every_change_to_the_book_without_being_told():
    book = PromisesBook()
    p = book.add_promise(Promise(wording="x", start=MON, created=at(MON)))
    day = MON + timedelta(days=40)
    assert newest(book, day).key == "first-promise"
    for offset in range(10):
        book.record(p.id, MON + timedelta(days=offset), kept=True)
    assert newest(book, day).key.startswith("kept-10")
    assert book.set_status(p.id, "completed", on=MON + timedelta(days=30))
    assert newest(book, day).key.startswith("completed:")
    assert book.set_status(p.id, "active", on=MON + timedelta(days=31))
    assert book.repair_setback("none", at(MON), "") is False  # no such setback: nothing changes
    s = book.add_setback(Setback(when=at(MON + timedelta(days=35))))
    assert book.repair_setback(s.id, at(MON + timedelta(days=35)) + timedelta(hours=2), "we talked")
    assert newest(book, day).key in {"first-setback-repaired", "repair-within-a-day"}


def test_a_fourth_checkin_shows_at_once_though_the_promises_did_not_change():
    book = PromisesBook()
    book.add_promise(Promise(wording="x", start=MON, created=at(MON)))
    checkins = CheckIns()
    documents = {CHECKINS_FILE: checkins}
    day = MON + timedelta(days=40)
    for week in range(3):
        checkins.add(CheckIn.new(5, 5, {}, at=at(MON + timedelta(days=7 * week))))
    assert newest(book, day, documents).key == "first-promise"
    checkins.add(CheckIn.new(5, 5, {}, at=at(MON + timedelta(days=21))))
    assert newest(book, day, documents).key == "four-checkins"
