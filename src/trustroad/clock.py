"""The one clock: every date and time trustroad derives comes from here.

Tests set it (`clock.set_now`) instead of reading the real date, so the suite passes on
any day, in any time zone. Timers that only measure a pause (debounce) use a monotonic
clock instead and are not dates.

Test hook: a test that starts trustroad as a child process cannot call `set_now` in it, so
the child reads TRUSTROAD_TEST_NOW (ISO 8601 with an offset, e.g. 2026-11-30T12:00:00+00:00)
once, when this module is imported. It exists for the test suite only: nothing else in
trustroad reads it, and a person never needs to set it.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

TEST_NOW_ENV = "TRUSTROAD_TEST_NOW"


def _from_test_env() -> datetime | None:
    text = os.environ.get(TEST_NOW_ENV)
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        # Only tests set it: a moment without its offset would depend on the machine's zone.
        raise ValueError(f"{TEST_NOW_ENV} needs an offset, e.g. 2026-11-30T12:00:00+00:00")
    return moment


_fixed: datetime | None = _from_test_env()


def now() -> datetime:
    """This moment, as an aware datetime in the local time zone."""
    if _fixed is not None:
        return _fixed.astimezone()
    return datetime.now(UTC).astimezone()


def today() -> date:
    """Today's date where the person is."""
    return now().date()


def fixed() -> datetime | None:
    """The moment the clock is fixed at (as it was given), or None while it runs."""
    return _fixed


def set_now(moment: datetime | None) -> None:
    """Fix the clock at `moment` (aware), or give it back to the real time with None."""
    if moment is not None and moment.tzinfo is None:
        raise ValueError("the clock needs an aware datetime")
    global _fixed
    _fixed = moment
