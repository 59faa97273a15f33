"""Promises marked for sharing (kept/missed over the period) and shared setbacks with their repair
(every promise and setback in the whole workbook).

Only counts are given for check marks: their notes stay private.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from trustroad.export.model import Entry, Heading, Part, Section, Table
from trustroad.export.sections import Context
from trustroad.promises import records as rec
from trustroad.promises import repair, schedule
from trustroad.promises.model import PromisesBook
from trustroad.storage.files import PROMISES_FILE

TITLE = "Promises and setbacks"


class Tally(NamedTuple):
    kept: int
    missed: int
    owned_up: int  # missed days that were owned up to (a repair recorded)


def _chosen(ctx: Context) -> tuple[PromisesBook, list[rec.Promise], list[rec.Setback]] | None:
    """The book, its promises and setbacks in this export (shared ones in the therapy summary)."""
    book = ctx.document(PROMISES_FILE, PromisesBook)
    if book is None:
        return None
    promises = [p for p in book.promises if ctx.chosen(p)]
    setbacks = sorted((s for s in book.setbacks if ctx.chosen(s) and ctx.period.contains(s.when)), key=lambda s: s.when)
    return book, promises, setbacks


def _tally(ctx: Context, book: PromisesBook, promise: rec.Promise) -> Tally:
    marks = [m for m in _marks(book, promise.id) if ctx.period.contains(m[0])]
    kept = sum(1 for _, was_kept, _ in marks if was_kept)
    owned_up = sum(1 for _, was_kept, mended in marks if not was_kept and mended is not None)
    return Tally(kept, len(marks) - kept, owned_up)


def _typical_repair(setbacks: list[rec.Setback]) -> str | None:
    times = sorted(took for s in setbacks if (took := s.time_to_repair) is not None)
    return repair.describe(times[len(times) // 2], whole_days=False) if times else None


def figures(ctx: Context) -> list[list[str]]:
    """The glance's rows: promises kept over the period, and setbacks with their time to repair."""
    chosen = _chosen(ctx)
    if chosen is None:
        return []
    book, promises, setbacks = chosen
    rows = []
    tallies = [_tally(ctx, book, p) for p in promises]
    kept, missed = sum(t.kept for t in tallies), sum(t.missed for t in tallies)
    if kept + missed:
        owned = sum(t.owned_up for t in tallies)
        rows.append(
            ["Promises kept", f"{kept} of {kept + missed} recorded days ({missed} missed, {owned} owned up to)"]
        )
    if setbacks:
        open_ = sum(1 for s in setbacks if s.time_to_repair is None)
        typical = _typical_repair(setbacks)
        value = f"{len(setbacks)}" + (f"; typical time to repair: {typical}" if typical else "")
        if open_:
            value += f"; {open_} not repaired yet"
        rows.append(["Setbacks", value])
    return rows


def build(ctx: Context) -> Section | None:
    chosen = _chosen(ctx)
    if chosen is None:
        return None
    book, promises, setbacks = chosen
    if not promises and not setbacks:
        return None
    parts: list[Part] = []
    if promises:
        parts.append(Heading("Promises"))
        rows = []
        for promise in promises:
            kept, missed, owned_up = _tally(ctx, book, promise)
            owner = rec.OWNER_LABELS.get(promise.owner, promise.owner)
            rows.append(
                [
                    promise.wording.strip() or "(no wording)",
                    owner,
                    promise.schedule_label(),
                    rec.STATUS_LABELS.get(promise.status, promise.status),
                    str(kept),
                    str(missed),
                    str(owned_up),
                ]
            )
        parts.append(Table(["Promise", "Whose", "When", "Status", "Kept", "Missed", "Owned up to"], rows))
    if setbacks:
        parts.append(Heading("Setbacks"))
        for setback in setbacks:
            took = setback.time_to_repair
            if took is None:
                repaired = "not repaired yet"
            else:
                repaired = f"repaired after {repair.describe(took, whole_days=False)}"
            meta = f"intensity {setback.intensity}/10 · {repaired}"
            title = f"{setback.when.strftime('%Y-%m-%d')} · {rec.SETBACK_LABELS.get(setback.kind, setback.kind)}"
            text = setback.note.strip()
            if setback.how_repaired.strip():
                text = (text + "\n" if text else "") + "How we repaired it: " + setback.how_repaired.strip()
            parts.append(Entry(title, text or "(no note)", meta))
    return Section("promises", TITLE, parts)


def _marks(book: PromisesBook, promise_id: str) -> list[tuple[date, bool, rec.Repair | None]]:
    """(day, kept, repair) for every record of a promise (the index joins the compact ledger
    and the full check marks)."""
    return [(m.date, m.kept, m.repair) for m in schedule.index(book).marks(promise_id)]
