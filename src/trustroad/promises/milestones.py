"""Small celebrations, computed from what the person recorded.

Each milestone marks something that went well, with the day it happened. Nothing here
mentions a miss, counts failures or can be "lost" again: once reached, a milestone stays.
The weekly check-in and journal milestones are read only when those features' data is
present (`documents` is the app's loaded documents, by file name).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from trustroad.promises.model import PromisesBook
from trustroad.promises.repair import check_repair_time
from trustroad.promises.schedule import due_dates, index

KEPT_COUNTS = (10, 25, 50, 100)
SHORT = 40  # characters of a promise's wording quoted in a milestone
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Milestone:
    key: str  # stable id, e.g. "kept-10:<promise id>"
    on: date
    text: str  # may quote the person's own wording: render it as plain text, never markup


def _short(wording: str) -> str:
    wording = " ".join(wording.split())
    return wording if len(wording) <= SHORT else wording[: SHORT - 1].rstrip() + "…"


def milestones(book: PromisesBook, today: date, documents: Mapping[str, object] | None = None) -> list[Milestone]:
    """Every milestone reached so far, oldest first."""
    found = _from_book(book, today) + _from_documents(book, today, documents)
    small = _first_small_promise(book)
    if small:
        found.append(small)
    found.sort(key=_order)
    return found


def newest(book: PromisesBook, today: date, documents: Mapping[str, object] | None = None) -> Milestone | None:
    """The most recent milestone.

    The part read from the promises looks at all their history (home asks often): it is
    remembered for this version of the book and this day, so any change to the book shows
    at once. The check-in and journal milestones are read fresh each time.
    """
    memo = index(book).memo
    key = ("newest", book.version, today)
    if key not in memo:
        memo[key] = _newest_from_book(book, today)
    found = [m for m in (memo[key], *_from_documents(book, today, documents)) if isinstance(m, Milestone)]
    return max(found, key=_order, default=None)


FIRST_SMALL = "first-small-promise"


def _order(milestone: Milestone) -> tuple[date, str]:
    return milestone.on, milestone.key


def _newest_from_book(book: PromisesBook, today: date) -> Milestone | None:
    best = max(_from_book(book, today), key=_order, default=None)
    # "Your first small promise" needs the coach, whose patterns take a moment to compile
    # (home asks for this at every start): read the wordings only when that milestone,
    # dated the day its promise was written, could still be the newest.
    if best is None or any((p.created.date(), FIRST_SMALL) > _order(best) for p in book.promises):
        small = _first_small_promise(book)
        if small is not None and (best is None or _order(small) > _order(best)):
            best = small
    return best


def _from_book(book: PromisesBook, today: date) -> list[Milestone]:
    """The milestones read from the promises alone, except the one that needs the coach."""
    found: list[Milestone] = []
    first = _first_promise(book)
    if first:
        found.append(first)
    week = _first_full_week(book, today)
    if week:
        found.append(week)
    found += _kept_counts(book)
    found += _repairs(book)
    found += _completed(book)
    return found


def _from_documents(book: PromisesBook, today: date, documents: Mapping[str, object] | None) -> list[Milestone]:
    """The milestones of the weekly check-in and the journal (with the setbacks' intensity)."""
    if not documents:
        return []
    found = _weekly_checkins(documents)
    calmer = _calmer_month(book, today, documents)
    if calmer:
        found.append(calmer)
    return found


def _first_promise(book: PromisesBook) -> Milestone | None:
    if not book.promises:
        return None
    first = min(book.promises, key=lambda p: p.created)
    return Milestone("first-promise", first.created.date(), "Your first promise is written down. That is a real start.")


def _first_small_promise(book: PromisesBook) -> Milestone | None:
    if not book.promises:
        return None
    from trustroad.promises.coach import review_promise

    ordered = sorted(book.promises, key=lambda p: p.created)
    small = next((p for p in ordered if review_promise(p.wording).verdict == "small"), None)
    if small is None:
        return None
    return Milestone(
        FIRST_SMALL, small.created.date(), "Your first small, concrete promise: something that can be seen being kept."
    )


def _first_full_week(book: PromisesBook, today: date) -> Milestone | None:
    """The first Monday-to-Sunday week, already over, with a record for every due check-in."""
    scheduled = [p for p in book.promises if p.frequency != "whenever"]
    if not scheduled:
        return None
    idx = index(book)
    first_day = min(p.start for p in scheduled)
    monday = first_day - timedelta(days=first_day.weekday())
    while monday + timedelta(days=6) < today:
        sunday = monday + timedelta(days=6)
        due = 0
        complete = True
        for promise in scheduled:
            for day in due_dates(promise, monday, sunday):
                due += 1
                if idx.on(promise.id, day) is None:
                    complete = False
                    break
            if not complete:
                break
        if complete and due:
            return Milestone(
                "first-full-week", sunday, "A whole week with every check-in recorded. Steady, visible effort."
            )
        monday += timedelta(days=7)
    return None


def _kept_counts(book: PromisesBook) -> list[Milestone]:
    found = []
    idx = index(book)
    for promise in book.promises:
        kept_days = idx.days(promise.id, kept_only=True)
        for count in KEPT_COUNTS:
            if len(kept_days) >= count:
                found.append(
                    Milestone(
                        f"kept-{count}:{promise.id}",
                        kept_days[count - 1],
                        f"“{_short(promise.wording)}” kept {count} times.",
                    )
                )
    return found


def _repairs(book: PromisesBook) -> list[Milestone]:
    # The earliest day of each kind of repair. Straight minimums over the records rather than
    # repair.repair_times (which builds and sorts every repair): this runs at every start.
    quick: date | None = None  # a repair within a day, of a check-in or a setback
    talked: date | None = None  # a setback talked through
    for mark in book.checkmarks:
        repair = mark.repair
        if repair is not None and not mark.kept:
            day = repair.day
            if (quick is None or day < quick) and check_repair_time(mark.date, repair.owned_up_on) <= ONE_DAY:
                quick = day
    for setback in book.setbacks:
        took = setback.time_to_repair
        if took is None or setback.repaired_at is None:
            continue
        day = setback.repaired_at.date()
        if talked is None or day < talked:
            talked = day
        if took <= ONE_DAY and (quick is None or day < quick):
            quick = day
    found = []
    if quick is not None:
        found.append(
            Milestone(
                "repair-within-a-day",
                quick,
                "A repair within a day. Coming back to each other quickly is how trust grows.",
            )
        )
    if talked is not None:
        found.append(
            Milestone(
                "first-setback-repaired",
                talked,
                "A setback talked through together. That takes courage from both of you.",
            )
        )
    return found


def _completed(book: PromisesBook) -> list[Milestone]:
    found = []
    for promise in book.promises:
        done = [c for c in promise.status_history if c.status == "completed"]
        if promise.status == "completed" and done:
            found.append(
                Milestone(
                    f"completed:{promise.id}", done[-1].on, f"“{_short(promise.wording)}” completed: it did its work."
                )
            )
    return found


def _weekly_checkins(documents: Mapping[str, object]) -> list[Milestone]:
    """Four weekly check-ins done (only when the weekly check-in feature is installed)."""
    try:
        from trustroad.storage.files import CHECKINS_FILE
    except ImportError:
        return []
    checkins = getattr(documents.get(CHECKINS_FILE), "checkins", None)
    if not checkins or len(checkins) < 4:
        return []
    fourth = sorted(c.date for c in checkins)[3]
    return [
        Milestone("four-checkins", fourth, "Four weekly check-ins done. Making time for each other, week after week.")
    ]


def _calmer_month(book: PromisesBook, today: date, documents: Mapping[str, object]) -> Milestone | None:
    """Feelings (journal and setbacks together) less intense than the month before."""
    try:
        from trustroad.journal.trends import (
            LOWER,
            WINDOW,
            intensity_points,
            reading,
            since,
        )
        from trustroad.storage.files import JOURNAL_FILE
    except ImportError:
        return None
    # The reading compares the last two months: years of entries before them are not read
    # (this runs whenever home shows, since the journal has no version to remember it by).
    first = today - timedelta(days=2 * WINDOW)
    entries = since(getattr(documents.get(JOURNAL_FILE), "entries", None) or [], first)
    points = intensity_points(entries) + [(s.when.date(), float(s.intensity)) for s in book.setbacks]
    if reading(points, today).text != LOWER:
        return None
    return Milestone(
        "calmer-month", today, "This month has felt less intense than the one before. Something is easing."
    )
