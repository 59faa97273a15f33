"""Privacy at rest benchmark (issue 12): unlock time, and encrypted saves against plain ones.

Usage:  python bench/bench_crypto.py [--rounds N] [--quick]
Prints:
  (a) unlock with the real key derivation (storage.kdf.DEFAULT_PARAMS: Argon2id, 256 MiB,
      4 lanes): reading and checking the key file, deriving, unwrapping the data key. Median
      seconds, wall and CPU; in-process, because it is pure CPU in Argon2id and a process
      start adds nothing of its own to it.                               target 0.3–1 s
  (b) Store.save of a 10,000-entry journal (journal_data.synthetic_entries) through
      EncryptedByteStore / through the plain ByteStore, paired in the same round,
      interleaved; in-process, as the app's writer thread does it.           target <= 1.3x
  (c) for scale, the same for Store.load (the start-up read of that journal); no target.
  (d) start-up with encryption on, to the unlock screen / today's start-up, the same workbook
      plain, to the home screen: whole `trustroad` processes painting their first screen and
      leaving (TRUSTROAD_EXIT_ON_READY), paired in the same round, interleaved (as
      bench_startup.py). The unlock screen reads only the key file (no derivation, no data
      file) but imports the cryptography package; the plain start loads every data file.
--quick: two rounds, no warm-up: proves the benchmark runs.
Writes nothing outside its temporary folder.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import TRUSTROAD, measured_copy, median_ratio, paired, report
from journal_data import ENTRIES, synthetic_entries

PASSPHRASE = b"correct horse battery staple, but longer"


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="paired rounds")
    parser.add_argument("--quick", action="store_true", help="two rounds, no warm-up: proves the benchmark runs")
    args = parser.parse_args()
    rounds, warmup = (2, 0) if args.quick else (args.rounds, 2)

    from trustroad.journal.model import Journal
    from trustroad.storage.encrypted import EncryptedByteStore, read_key_file
    from trustroad.storage.files import JOURNAL_FILE
    from trustroad.storage.kdf import DEFAULT_PARAMS
    from trustroad.storage.store import Store
    from trustroad.storage.switch import turn_on

    print(measured_copy(), flush=True)
    with tempfile.TemporaryDirectory(prefix="trustroad-bench-crypto-") as tmp:
        plain_dir, sealed_dir = Path(tmp) / "plain", Path(tmp) / "sealed"
        plain_dir.mkdir()
        sealed_dir.mkdir()
        turn_on(sealed_dir, PASSPHRASE, DEFAULT_PARAMS)

        def unlock() -> None:
            key_file = read_key_file(sealed_dir)
            assert key_file is not None
            key_file.unlock(bytearray(PASSPHRASE))

        unlocks, cpu = [], []
        for _ in range(max(rounds // 3, 2)):
            started = time.process_time()
            unlocks.append(timed(unlock))
            cpu.append(time.process_time() - started)
        p = DEFAULT_PARAMS
        # CPU time too: on a shared machine other processes stretch the wall time, and Argon2id
        # here runs on one thread (the lanes are computed one after another).
        print(
            f"(a) unlock (Argon2id {p.memory_kib // 1024} MiB, {p.iterations} passes, {p.lanes} lanes): "
            f"median {statistics.median(unlocks):.2f} s wall (min {min(unlocks):.2f}, max {max(unlocks):.2f}), "
            f"{statistics.median(cpu):.2f} s CPU; target 0.3–1 s",
            flush=True,
        )

        key_file = read_key_file(sealed_dir)
        assert key_file is not None
        plain = Store(plain_dir)
        sealed = Store(sealed_dir, bytes_io=EncryptedByteStore(sealed_dir, key_file.unlock(PASSPHRASE)))
        journal = Journal(entries=synthetic_entries(ENTRIES))
        size = len(Store.encode(journal))
        times: dict[str, list[float]] = {"plain save": [], "sealed save": [], "plain load": [], "sealed load": []}
        for n in range(warmup + rounds):
            row = {
                "plain save": timed(lambda: plain.save(JOURNAL_FILE, journal)),
                "sealed save": timed(lambda: sealed.save(JOURNAL_FILE, journal)),
                "plain load": timed(lambda: plain.load(JOURNAL_FILE, Journal)),
                "sealed load": timed(lambda: sealed.load(JOURNAL_FILE, Journal)),
            }
            if n >= warmup:
                for name, value in row.items():
                    times[name].append(value)
        ms = {name: statistics.median(values) * 1000 for name, values in times.items()}
        print(
            f"journal of {ENTRIES:,} entries ({size / 1e6:.1f} MB): save plain {ms['plain save']:.0f} ms, "
            f"sealed {ms['sealed save']:.0f} ms; load plain {ms['plain load']:.0f} ms, "
            f"sealed {ms['sealed load']:.0f} ms",
            flush=True,
        )
        report("(b) save, encrypted / plain", median_ratio(times["sealed save"], times["plain save"]), 1.3)
        report("(c) load, encrypted / plain", median_ratio(times["sealed load"], times["plain load"]))
        start_up(Path(tmp), rounds, warmup)
    return 0


def start_up(tmp: Path, rounds: int, warmup: int) -> None:
    """(d): the same small workbook (a role, a name, 200 journal entries), plain and encrypted."""
    from trustroad.journal.model import Journal
    from trustroad.storage.files import JOURNAL_FILE, WORKBOOK_FILE
    from trustroad.storage.kdf import DEFAULT_PARAMS
    from trustroad.storage.store import Store
    from trustroad.storage.switch import turn_on
    from trustroad.workbook.model import Workbook

    folders = {"plain": tmp / "start-plain", "encrypted": tmp / "start-encrypted"}
    for folder in folders.values():
        store = Store(folder)
        workbook = Workbook()
        workbook.set_role("hurt")
        workbook.set_name("A")
        store.save(WORKBOOK_FILE, workbook)
        store.save(JOURNAL_FILE, Journal(entries=synthetic_entries(200)))
    turn_on(folders["encrypted"], PASSPHRASE, DEFAULT_PARAMS)
    commands = {
        name: (TRUSTROAD, {"TRUSTROAD_DATA_DIR": str(folder), "TRUSTROAD_EXIT_ON_READY": "1"})
        for name, folder in folders.items()
    }
    times = paired(commands, rounds, warmup)
    ms = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(
        f"start-up: plain to the home screen {ms['plain']:.0f} ms, "
        f"encrypted to the unlock screen {ms['encrypted']:.0f} ms"
    )
    report(
        "(d) start-up, encrypted to the unlock screen / plain to the home screen",
        median_ratio(times["encrypted"], times["plain"]),
    )


if __name__ == "__main__":
    raise SystemExit(main())
