"""The one clock: tests fix it, child processes take it from the test hook, and nothing
else reads the real date."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from trustroad import clock
from trustroad.journal.model import Journal
from trustroad.storage.files import JOURNAL_FILE
from trustroad.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]
LEAP_DAY = "2028-02-29T09:15:00+01:00"
# Spelled in pieces so that this file does not match its own search.
REAL_CLOCK = re.compile(
    "|".join(
        re.escape(p)
        for p in ("date" + ".today(", "datetime" + ".now(", "datetime" + ".today(", "time" + ".time(", "utc" + "now(")
    )
)


def test_every_test_starts_at_the_same_moment(fixed_now):
    assert clock.now() == fixed_now and clock.now().tzinfo is not None
    assert clock.today() == fixed_now.astimezone().date()


@pytest.mark.now(LEAP_DAY)
def test_a_test_can_pick_its_moment():
    assert clock.now() == datetime.fromisoformat(LEAP_DAY)


def test_set_clock_moves_it_mid_test(set_clock, fixed_now):
    set_clock(fixed_now + timedelta(days=400))
    assert clock.now() - fixed_now == timedelta(days=400)


def test_a_moment_without_an_offset_is_refused(set_clock):
    with pytest.raises(ValueError):
        clock.set_now(datetime(2026, 11, 30, 12))
    with pytest.raises(ValueError):
        set_clock("2026-11-30T12:00")


def _child(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)


def test_a_child_process_takes_the_moment_from_the_test_hook(subprocess_env):
    # 22:30 UTC on Monday is already Tuesday in Kiritimati (UTC+14).
    env = dict(subprocess_env, TZ="Pacific/Kiritimati", TRUSTROAD_TEST_NOW="2026-11-30T22:30:00+00:00")
    result = _child("from trustroad import clock; print(clock.now().isoformat(), clock.today())", env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["2026-12-01T12:30:00+14:00", "2026-12-01"]


def test_the_test_hook_needs_an_offset(subprocess_env):
    env = dict(subprocess_env, TRUSTROAD_TEST_NOW="2026-11-30T22:30")
    result = _child("import trustroad.clock", env)
    assert result.returncode != 0 and "needs an offset" in result.stderr


def test_children_started_by_the_suite_get_the_fixed_moment(subprocess_env, fixed_now, tmp_path):
    folder = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "trustroad", "--data-dir", str(folder), "journal", "add"],
        input=b"words",
        env=subprocess_env,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    (entry,) = Store(folder).load(JOURNAL_FILE, Journal).entries
    assert entry.written == fixed_now


def _python_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_only_the_clock_reads_the_real_date():
    readers = [
        str(p.relative_to(ROOT)) for p in _python_files("src") if REAL_CLOCK.search(p.read_text(encoding="utf-8"))
    ]
    assert readers == ["src/trustroad/clock.py"]


def test_only_the_clock_reads_the_test_hook():
    readers = [
        str(p.relative_to(ROOT)) for p in _python_files("src") if clock.TEST_NOW_ENV in p.read_text(encoding="utf-8")
    ]
    assert readers == ["src/trustroad/clock.py"]


def test_no_test_reads_the_real_date():
    readers = [
        str(p.relative_to(ROOT)) for p in _python_files("tests") if REAL_CLOCK.search(p.read_text(encoding="utf-8"))
    ]
    assert readers == []
