"""The one clock: every date and time trustroad derives comes from here.

Tests set it (`clock.set_now`) instead of reading the real date, so the suite passes on
any day, in any time zone.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

_fixed: datetime | None = None


def now() -> datetime:
    """This moment, as an aware datetime in the local time zone."""
    if _fixed is not None:
        return _fixed.astimezone()
    return datetime.now(timezone.utc).astimezone()


def today() -> date:
    """Today's date where the person is."""
    return now().date()


def set_now(moment: datetime | None) -> None:
    """Fix the clock at `moment` (aware), or give it back to the real time with None."""
    if moment is not None and moment.tzinfo is None:
        raise ValueError("the clock needs an aware datetime")
    global _fixed
    _fixed = moment
