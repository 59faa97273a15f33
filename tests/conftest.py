"""Suite-wide: nothing a test runs writes to the real user's folders or reads the real clock.

The clock: every test runs with trustroad's clock (trustroad.clock) fixed at FIXED_NOW, so
the suite gives the same answers on any day. A test picks its own moment with
`@pytest.mark.now("2028-02-29T09:00:00+01:00")` or, part-way through, `set_clock(moment)`.
Child processes (the command-line tests, tmux) get the same moment through the
TRUSTROAD_TEST_NOW test hook. The time zone is left as the machine has it, so running the
suite under `TZ=Pacific/Kiritimati` or `TZ=Pacific/Pago_Pago` tests those zones;
`local_zone(name)` switches it inside one test.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

# --import-mode=importlib leaves sys.path alone: this makes tests/textual_private.py (the one
# home of Textual private-attribute access) importable from every test folder.
sys.path.insert(0, str(Path(__file__).parent))

from trustroad import clock

# A Wednesday at noon UTC: the same week and month in every zone from UTC-11 to UTC+14,
# away from month ends and daylight-saving changes (tests of those ask for them).
FIXED_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def aware(moment: datetime | str) -> datetime:
    """An aware datetime from a datetime or ISO 8601 text; a moment without an offset is a mistake."""
    value = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    if value.tzinfo is None:
        raise ValueError(f"give the clock an offset: {moment!r}")
    return value


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "now(moment): fix trustroad's clock at this aware moment (datetime or ISO text)")
    # Also for session fixtures, which are set up before any test's own fixtures, and for
    # child processes started with a copy of this environment.
    clock.set_now(FIXED_NOW)
    os.environ[clock.TEST_NOW_ENV] = FIXED_NOW.isoformat()


@pytest.fixture(autouse=True)
def _private_cache_folder(tmp_path_factory, monkeypatch):
    # The content cache (its folder chosen in trustroad.settings) would otherwise land in ~/.cache.
    monkeypatch.setenv("TRUSTROAD_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "content-cache"))


@pytest.fixture(autouse=True)
def fixed_now(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[datetime]:
    """The moment this test runs at: FIXED_NOW, or the test's `now` mark. Restored afterwards."""
    mark = request.node.get_closest_marker("now")
    moment = aware(mark.args[0]) if mark else FIXED_NOW
    before = clock.fixed()
    clock.set_now(moment)
    monkeypatch.setenv(clock.TEST_NOW_ENV, moment.isoformat())
    yield moment
    clock.set_now(before)


@pytest.fixture
def set_clock(fixed_now: datetime, monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime | str], datetime]:
    """`set_clock(moment)` moves the clock (and a child process's) mid-test; undone afterwards."""

    def move(moment: datetime | str) -> datetime:
        value = aware(moment)
        clock.set_now(value)
        monkeypatch.setenv(clock.TEST_NOW_ENV, value.isoformat())
        return value

    return move


@pytest.fixture
def local_zone() -> Iterator[Callable[[str], None]]:
    """`local_zone("Europe/Berlin")` makes that the local time zone (TZ + time.tzset) until the test ends."""
    before = os.environ.get("TZ")

    def switch(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield switch
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
