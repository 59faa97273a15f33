"""Promises marked for sharing (kept/missed over the period) and shared setbacks with their repair.

Only counts are given for check marks: their notes stay private.
"""

from __future__ import annotations

from datetime import date

from trustroad.export.model import Entry, Heading, Para, Part, Section, Table
from trustroad.export.sections import Context
from trustroad.promises import model as mod
from trustroad.promises import repair, schedule
from trustroad.storage.files import PROMISES_FILE

TITLE = "Promises and setbacks"


def build(ctx: Context) -> Section | None:
    book = ctx.document(PROMISES_FILE, mod.PromisesBook)
    if book is None:
        return None
    promises = [p for p in book.promises if p.share]
    setbacks = sorted((s for s in book.setbacks if s.share and ctx.period.contains(s.when)), key=lambda s: s.when)
    if not promises and not setbacks:
        return None
    parts: list[Part] = []
    if promises:
        parts.append(Heading("Promises"))
        rows = []
        for promise in promises:
            marks = [m for m in _marks(book, promise.id) if ctx.period.contains(m[0])]
            kept = sum(1 for _, was_kept, _ in marks if was_kept)
            missed = len(marks) - kept
            owned_up = sum(1 for _, was_kept, mended in marks if not was_kept and mended is not None)
            owner = mod.OWNER_LABELS.get(promise.owner, promise.owner)
            rows.append(
                [
                    promise.wording.strip() or "(no wording)",
                    owner,
                    promise.schedule_label(),
                    mod.STATUS_LABELS.get(promise.status, promise.status),
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
            title = f"{setback.when.strftime('%Y-%m-%d')} · {mod.SETBACK_LABELS.get(setback.kind, setback.kind)}"
            text = setback.note.strip()
            if setback.how_repaired.strip():
                text = (text + "\n\n" if text else "") + "How we repaired it: " + setback.how_repaired.strip()
            parts.append(Entry(title, text or "(no note)", meta))
        times = [took for s in setbacks if (took := s.time_to_repair) is not None]
        if times:
            times.sort()
            middle = times[len(times) // 2]
            parts.append(
                Para(
                    f"Typical time to repair a setback in this period: {repair.describe(middle, whole_days=False)}.",
                    muted=True,
                )
            )
    return Section("promises", TITLE, parts)


def _marks(book: mod.PromisesBook, promise_id: str) -> list[tuple[date, bool, mod.Repair | None]]:
    """(day, kept, repair) for every record of a promise (the index joins the compact ledger
    and the full check marks)."""
    return [(m.date, m.kept, m.repair) for m in schedule.index(book).marks(promise_id)]
