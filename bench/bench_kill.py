"""Proof (issue 12): SIGKILL a process in the middle of encrypted saves, many times over.

Usage:  python bench/bench_kill.py [--kills N] [--quick] [--seed S]
A child process opens an encrypted data folder the way trustroad does (the folder's lock, the
key file, the passphrase, the real Store over EncryptedByteStore) and saves the journal and the
workbook in turn, each carrying a save number, for as long as it lives. It tells the parent on a
pipe before each save ("begin") and once Store.save has returned ("done"). The parent kills it
with SIGKILL at a random moment, then opens the folder as the next trustroad would (the lock,
which tidies what the killed one left, then every data file decrypted and validated) and checks:

  - unreadable files: every data file opens and validates                        must be 0
  - saves reported done, then lost: each file holds its last save reported done,
    or the one begun after it (finished, but killed before it could say so)       must be 0
  - plain words in a temp file a kill left behind (sealed before written)         must be 0

It prints those figures, how many kills landed between a save's "begin" and its "done", and
exits 1 if any must-be-0 figure is not. --quick: 20 kills (CI); the default is 1,000.
Writes nothing outside its temporary folder.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CHILD_ENV, measured_copy

PASSPHRASE = b"river stones at dawn"
MARK = "save number "  # the words each save writes, with its number: never in a sealed file's bytes
JOURNAL_ENTRIES = 300  # about 200 KB of journal: a save takes long enough to be killed inside
KILL_WINDOW = 0.15  # seconds after the child is ready: the kill comes at a uniform moment within


def child(folder: Path, start: int) -> None:
    """Save for ever, numbering each save from `start`, telling the parent before and after."""
    from trustroad.journal.model import Journal
    from trustroad.storage.encrypted import EncryptedByteStore, read_key_file
    from trustroad.storage.files import JOURNAL_FILE, WORKBOOK_FILE
    from trustroad.storage.store import Store
    from trustroad.workbook.model import Workbook

    key_file = read_key_file(folder)
    assert key_file is not None
    store = Store(folder, bytes_io=EncryptedByteStore(folder, key_file.unlock(bytearray(PASSPHRASE))))
    store.lock()
    journal, workbook = store.load(JOURNAL_FILE, Journal), store.load(WORKBOOK_FILE, Workbook)
    os.write(1, b"ready\n")
    number = start
    while True:
        name = (JOURNAL_FILE, WORKBOOK_FILE)[number % 2]
        os.write(1, f"begin {name} {number}\n".encode())
        if name == JOURNAL_FILE:
            journal.entries[0].edit(text=f"{MARK}{number}")
            store.save(name, journal)
        else:
            workbook.set_name(f"{MARK}{number}")
            store.save(name, workbook)
        os.write(1, f"done {name} {number}\n".encode())
        number += 1


def prepare(folder: Path) -> None:
    from journal_data import synthetic_entries
    from trustroad.journal.model import Journal
    from trustroad.storage.files import JOURNAL_FILE, WORKBOOK_FILE
    from trustroad.storage.kdf import FAST_TEST_PARAMS
    from trustroad.storage.store import Store
    from trustroad.storage.switch import turn_on
    from trustroad.workbook.model import Workbook

    store = Store(folder)
    journal = Journal(entries=synthetic_entries(JOURNAL_ENTRIES))
    journal.entries[0].edit(text=f"{MARK}0")
    workbook = Workbook()
    workbook.set_name(f"{MARK}0")
    store.save(JOURNAL_FILE, journal)
    store.save(WORKBOOK_FILE, workbook)
    # The key derivation's cost is not what is measured here: small test parameters.
    turn_on(folder, PASSPHRASE, FAST_TEST_PARAMS)


def saved_number(text: str | None) -> int:
    assert text is not None and text.startswith(MARK), "a save number is missing"
    return int(text[len(MARK) :])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="20 kills: proves the script runs")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--start", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.start)
        return 0
    kills = 20 if args.quick else args.kills

    from trustroad.documents import load_all
    from trustroad.journal.model import Journal
    from trustroad.storage.encrypted import EncryptedByteStore, read_key_file
    from trustroad.storage.errors import DataFileError
    from trustroad.storage.files import JOURNAL_FILE, WORKBOOK_FILE
    from trustroad.storage.store import Store
    from trustroad.workbook.model import Workbook

    print(measured_copy(), flush=True)
    rng = random.Random(args.seed)
    unreadable = lost = plain_leftovers = leftovers = mid_save = reported = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="trustroad-bench-kill-") as tmp:
        folder = Path(tmp) / "data"
        prepare(folder)
        key_file = read_key_file(folder)
        assert key_file is not None
        key = key_file.unlock(bytearray(PASSPHRASE))
        last_done = {JOURNAL_FILE: 0, WORKBOOK_FILE: 0}
        for round_ in range(kills):
            start = (round_ + 1) * 1_000_000  # every save number is new, and later ones are larger
            command = [sys.executable, __file__, "--child", str(folder), "--start", str(start)]
            proc = subprocess.Popen(command, stdout=subprocess.PIPE, env=CHILD_ENV)
            assert proc.stdout is not None
            if proc.stdout.readline() != b"ready\n":
                raise SystemExit(f"the child did not start (exit {proc.wait()})")
            time.sleep(rng.uniform(0, KILL_WINDOW))
            proc.send_signal(signal.SIGKILL)
            lines = proc.stdout.read().decode().splitlines()
            proc.wait()
            begun: dict[str, int] = {}
            for line in lines:
                event, name, number = line.split()
                if event == "begin":
                    begun[name] = int(number)
                else:
                    last_done[name] = int(number)
                    reported += 1
            mid_save += bool(lines) and lines[-1].startswith("begin")

            for entry in os.listdir(folder):  # what the kill left behind: a half-written temp file
                if entry.endswith(".tmp"):
                    leftovers += 1
                    plain_leftovers += MARK.encode() in (folder / entry).read_bytes()
            store = Store(folder, bytes_io=EncryptedByteStore(folder, key))
            store.lock()  # as the next trustroad: it removes those temp files
            try:
                documents = load_all(store)
            except DataFileError as problem:
                unreadable += 1
                print(f"round {round_}: {problem}", flush=True)
                break
            finally:
                store.unlock()
            journal, workbook = documents[JOURNAL_FILE], documents[WORKBOOK_FILE]
            assert isinstance(journal, Journal) and isinstance(workbook, Workbook)
            for name, text in ((JOURNAL_FILE, journal.entries[0].text), (WORKBOOK_FILE, workbook.name)):
                on_disk = saved_number(text)
                if on_disk not in (last_done[name], begun.get(name)):
                    lost += 1
                    print(f"round {round_}: {name} holds save {on_disk}, the last reported done was {last_done[name]}")
                last_done[name] = on_disk  # the next round starts from what is there
            if (round_ + 1) % 100 == 0:
                print(f"  {round_ + 1} kills…", flush=True)

    print(f"kills: {kills} (random moments within {KILL_WINDOW * 1000:.0f} ms of the child's start, seed {args.seed})")
    print(f"kills that landed between a save's begin and its done: {mid_save}")
    print(f"saves reported done: {reported}")
    print(f"temp files a kill left behind (removed at the next open): {leftovers}")
    print(f"unreadable files: {unreadable}")
    print(f"saves reported done then lost: {lost}")
    print(f"plain words in a left-behind temp file: {plain_leftovers}")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0 if unreadable == lost == plain_leftovers == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
