"""Promises benchmark: start-up with two years of promise records, the coach, home's sums.

Usage:  python bench/bench_promises.py [--rounds N] [--quick]
Synthetic promises.json: 50 daily promises, each checked in every day for two years
(36,500 check-ins, one in ten not kept, most of those with a note and a repair) and 300
setbacks, written the way the app writes them.
Prints:
  - whole-process start-up to the painted home screen (TRUSTROAD_EXIT_ON_READY=1),
    paired in the same rounds with an empty data folder and a bare Textual app:
    promises data / empty data, target <= 1.1x
  - in-process: the promise coach on a 300-character wording (median), and what the home
    screen computes from this data (today's line and the newest milestone).
Writes nothing outside a temporary folder.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import BENCH_DIR, TRUSTROAD, measured_copy, median_ratio, paired, report, welcomed

PROMISES, DAYS, SETBACKS = 50, 730, 300
WORDING_300 = (
    "I promise I'll always text you when I leave work every weekday, and if I feel tempted to hide "
    "anything at all I will tell you the same evening and show you the messages, and every Sunday "
    "after dinner we'll sit down for twenty minutes to talk about how the week felt between us, "
    "because I want to be better."
)[:300]
# The same length typed the way people text (the normalisation pass has the most to do).
TEXTED_300 = (
    "ill txt u b4 i leave work every weekday n if im tempted 2 hide anything ill tell u the same nite, "
    "once weve put the kids 2 bed ill show u my fone, every other sun we check in w the counselor, "
    "ill keep location sharing on w u when im out after 9 n ill come n find u after every argument, thats my promise"
)[:300]


def synthetic_book(today: date):
    from trustroad.promises.model import PromisesBook
    from trustroad.promises.records import CheckMark, Promise, Repair, Setback

    rng = random.Random(4)
    start = today - timedelta(days=DAYS)
    book = PromisesBook()
    for n in range(PROMISES):
        created = datetime(start.year, start.month, start.day, 9, tzinfo=UTC)
        book.add_promise(
            Promise(
                wording=f"Promise {n}: I'll text you when I leave work, and you'll see it arrive.",
                start=start,
                created=created,
                visibility="You'll see the message arrive.",
            )
        )
    for promise in book.promises:
        days = book.ledger.setdefault(promise.id, {})
        for offset in range(DAYS):
            day = start + timedelta(days=offset)
            kept = rng.random() > 0.1
            if not kept and rng.random() < 0.8:  # a note and a repair: a full check mark
                book.checkmarks.append(
                    CheckMark(
                        promise_id=promise.id,
                        date=day,
                        kept=False,
                        note="Forgot; phone was flat.",
                        recorded_at=datetime(day.year, day.month, day.day, 21, tzinfo=UTC),
                        repair=Repair(
                            owned_up_on=day + timedelta(days=rng.randint(0, 3)), what_was_done="Told you at dinner."
                        ),
                    )
                )
            else:
                days[day] = kept
    for n in range(SETBACKS):
        when = datetime(start.year, start.month, start.day, 20, tzinfo=UTC) + timedelta(hours=n * 58)
        repaired = when + timedelta(hours=rng.randint(1, 96)) if rng.random() < 0.9 else None
        book.setbacks.append(
            Setback(
                when=when,
                kind="moment-of-doubt",
                intensity=rng.randint(2, 9),
                note="A hard evening.",
                repaired_at=repaired,
                how_repaired="We talked it through.",
            )
        )
    return book


def timed(fn, repeat: int) -> float:
    """Median seconds of `repeat` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_process(folder: Path, quick: bool) -> None:
    from trustroad.promises.coach import review_promise
    from trustroad.promises.milestones import newest
    from trustroad.promises.model import PromisesBook, today
    from trustroad.promises.schedule import CheckIndex, today_summary
    from trustroad.storage.files import PROMISES_FILE
    from trustroad.storage.store import Store

    repeat = 20 if quick else 200
    coach = timed(lambda: review_promise(WORDING_300), repeat * 5)
    print(
        f"coach on a {len(WORDING_300)}-character wording: median {coach * 1e6:.0f} µs "
        f"(target < 1,000 µs; a keystroke's budget is ~16,000 µs)"
    )
    texted = timed(lambda: review_promise(TEXTED_300, frequency="weekly", visibility="You'll see it."), repeat * 5)
    print(
        f"coach on a {len(TEXTED_300)}-character texted wording, with the editor's fields: median {texted * 1e6:.0f} µs"
    )
    store = Store(folder)
    load = timed(lambda: store.load(PROMISES_FILE, PromisesBook), 3 if quick else 7)
    print(f"loading promises.json ({(folder / PROMISES_FILE).stat().st_size // 1024} KB): median {load * 1000:.1f} ms")
    book = store.load(PROMISES_FILE, PromisesBook)
    day = today()
    build = timed(lambda: CheckIndex(book), 3 if quick else 11)

    first = book.promises[0].id

    def home() -> None:
        book.record(first, day, True)  # the first look after a change: index and milestone again
        today_summary(book, day)
        newest(book, day, {PROMISES_FILE: book})

    print(f"check index (by promise and day): median {build * 1000:.1f} ms")
    print(
        f"home screen's promise lines (the milestone one frame after paint), index included: "
        f"median {timed(home, 3 if quick else 11) * 1000:.1f} ms"
    )
    encode = timed(lambda: store.encode(book), 3 if quick else 7)
    print(f"encoding promises.json for a save (UI thread): median {encode * 1000:.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds",
        type=int,
        default=31,
        help="paired rounds (this kind of machine can swing ±30%% in speed between seconds: "
        "more rounds, steadier medians)",
    )
    parser.add_argument("--quick", action="store_true", help="two rounds, no warm-up: proves the benchmark runs")
    args = parser.parse_args()
    rounds, warmup = (2, 0) if args.quick else (args.rounds, 2)

    from trustroad.clock import today
    from trustroad.storage.files import PROMISES_FILE
    from trustroad.storage.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        empty, full = Path(tmp, "empty"), Path(tmp, "promises")
        welcomed(empty)  # both paint the road map, not the welcome
        welcomed(full)
        Store(full).save(PROMISES_FILE, synthetic_book(today()))
        env = {"TRUSTROAD_EXIT_ON_READY": "1"}
        print(measured_copy())
        trustroad = TRUSTROAD
        commands = {
            "bare": ([sys.executable, str(BENCH_DIR / "bare_app.py")], {}),
            "empty": (trustroad, {**env, "TRUSTROAD_DATA_DIR": str(empty)}),
            "promises": (trustroad, {**env, "TRUSTROAD_DATA_DIR": str(full)}),
        }
        times = paired(commands, rounds, warmup)
        for name, values in times.items():
            print(f"{name:>8}: median {statistics.median(values) * 1000:.0f} ms over {len(values)} runs")
        print(f"({PROMISES} promises x {DAYS} days of check marks, {SETBACKS} setbacks)")
        report("start-up, empty data / bare Textual app", median_ratio(times["empty"], times["bare"]))
        report("start-up, promises data / empty data", median_ratio(times["promises"], times["empty"]), 1.1)
        in_process(full, args.quick)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
