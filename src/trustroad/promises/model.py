"""promises.json as a document: small promises, the record of keeping them, and setbacks with
their repair, changed only through PromisesBook's methods.

The records it holds (Promise, CheckMark, Setback and the values their fields may take) are in
records.py. Every change goes through the methods here (a wording change keeps the old wording,
a status change is dated so pauses become periods), which count the book's version so that
what is derived from it invalidates itself. Everything computed from the book lives next door:
schedule.py (what was due when, keep rates), repair.py (time to repair) and milestones.py
(small celebrations).

Dates here are calendar dates in the person's own time zone: a daily promise is due once
per calendar day, whatever the clock does at a daylight-saving change.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field, PrivateAttr

from trustroad.clock import now, today
from trustroad.promises.records import (
    EDITABLE,
    STATUSES,
    CheckMark,
    Promise,
    Repair,
    Setback,
    Status,
    StatusChange,
    WordingVersion,
)
from trustroad.storage.ranges import Day, UniqueIds
from trustroad.storage.record import Document


class PromisesBook(Document):
    """promises.json: the person's promises, the record of keeping them, and the setback log.

    A day's plain "kept" or "not this time" is stored compactly in `ledger` (promise id ->
    day -> kept): two years of daily check-ins for many promises then load in milliseconds,
    where one object per day would take a noticeable moment at every start. A check mark
    with more to it (a note, a repair, or an occasion of a "whenever" promise) is a full
    `CheckMark` in `checkmarks`; for a given promise and day it takes the place of the
    ledger entry. Read marks through schedule.index(book), which joins the two.
    """

    COMPACT = True  # two years of daily records are read at every start

    promises: UniqueIds[Promise] = Field(default_factory=list)
    ledger: dict[str, dict[Day, bool]] = Field(default_factory=dict)
    checkmarks: UniqueIds[CheckMark] = Field(default_factory=list)
    setbacks: UniqueIds[Setback] = Field(default_factory=list)
    # Counts the changes made through the methods below. What is derived from the book
    # (schedule.index, the milestones) is kept with the version it was computed at, so
    # every change here invalidates it; no caller has to remember to.
    _version: int = PrivateAttr(default=0)
    # The derived lookups (see schedule.CheckIndex), each tagged with its version.
    _index: object | None = PrivateAttr(default=None)

    @property
    def version(self) -> int:
        return self._version

    def _changed(self) -> None:
        self._version += 1

    def promise(self, promise_id: str) -> Promise | None:
        return next((p for p in self.promises if p.id == promise_id), None)

    def add_promise(self, promise: Promise) -> Promise:
        if not promise.wording_history:
            promise.wording_history.append(WordingVersion(at=promise.created, wording=promise.wording))
        self.promises.append(promise)
        self._changed()
        return promise

    def set_wording(self, promise_id: str, wording: str, at: datetime | None = None) -> bool:
        """Change a promise's wording and keep every earlier one. False when nothing changed."""
        promise = self.promise(promise_id)
        if promise is None or wording == promise.wording:
            return False
        if not promise.wording_history:
            promise.wording_history.append(WordingVersion(at=promise.created, wording=promise.wording))
        promise.wording_history.append(WordingVersion(at=at or now(), wording=wording))
        promise.wording = wording
        self._changed()
        return True

    def set_status(self, promise_id: str, status: Status, on: date | None = None) -> bool:
        """Change a promise's status from a day on (dated, so pauses become periods). False when unchanged."""
        if status not in STATUSES:
            raise ValueError("unknown promise status")
        promise = self.promise(promise_id)
        if promise is None or status == promise.status:
            return False
        promise.status = status
        promise.status_history.append(StatusChange(on=on or today(), status=status))
        self._changed()
        return True

    def edit_promise(self, promise_id: str, **changes: object) -> bool:
        """Change a promise's plain settings (see EDITABLE); False when nothing changed.

        Wording and status have their own methods: they keep a history.
        """
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise TypeError(f"not editable here: {', '.join(sorted(unknown))}")
        promise = self.promise(promise_id)
        if promise is None:
            return False
        changed = False
        for name, value in changes.items():
            if getattr(promise, name) != value:
                setattr(promise, name, value)
                changed = True
        if changed:
            self._changed()
        return changed

    def detailed(self, promise_id: str, day: date) -> CheckMark | None:
        """The full check mark of a scheduled promise on a day, if there is one."""
        return next((m for m in self.checkmarks if m.promise_id == promise_id and m.date == day), None)

    def record(self, promise_id: str, day: date, kept: bool, note: str = "") -> None:
        """Record a promise as kept or not on a day. For a scheduled promise a second record
        of the same day replaces the first (keeping a repair if it is still not kept); each
        record of a "whenever" promise is a new occasion."""
        promise = self.promise(promise_id)
        self._changed()
        if promise is not None and promise.frequency == "whenever":
            self.checkmarks.append(CheckMark(promise_id=promise_id, date=day, kept=kept, note=note))
            return
        mark = self.detailed(promise_id, day)
        if mark is not None:
            mark.kept, mark.note, mark.recorded_at = kept, note, now()
            if kept:
                mark.repair = None
            return
        if note:
            self.ledger.get(promise_id, {}).pop(day, None)
            self.checkmarks.append(CheckMark(promise_id=promise_id, date=day, kept=kept, note=note))
        else:
            self.ledger.setdefault(promise_id, {})[day] = kept

    def add_repair(
        self,
        promise_id: str,
        day: date,
        owned_up_on: date | datetime,
        what_was_done: str,
        mark_id: str | None = None,
    ) -> CheckMark | None:
        """Add a repair to a day recorded as not kept (for a "whenever" promise: the occasion
        `mark_id`). Returns the check mark, or None when there is no such missed day."""
        if mark_id is not None:
            mark = next((m for m in self.checkmarks if m.id == mark_id), None)
        else:
            mark = self.detailed(promise_id, day)
            if mark is None and self.ledger.get(promise_id, {}).get(day) is False:
                # From a plain ledger entry to a full check mark, which can hold the repair.
                del self.ledger[promise_id][day]
                mark = CheckMark(promise_id=promise_id, date=day, kept=False)
                self.checkmarks.append(mark)
        if mark is None or mark.kept:
            return None
        mark.repair = Repair(owned_up_on=owned_up_on, what_was_done=what_was_done)
        self._changed()
        return mark

    def setback(self, setback_id: str) -> Setback | None:
        return next((s for s in self.setbacks if s.id == setback_id), None)

    def add_setback(self, setback: Setback) -> Setback:
        self.setbacks.append(setback)
        self._changed()
        return setback

    def repair_setback(self, setback_id: str, repaired_at: datetime | None, how_repaired: str) -> bool:
        """Note when and how a setback was talked through; False when nothing changed."""
        setback = self.setback(setback_id)
        if setback is None or (setback.repaired_at, setback.how_repaired) == (repaired_at, how_repaired):
            return False
        setback.repaired_at, setback.how_repaired = repaired_at, how_repaired
        self._changed()
        return True
