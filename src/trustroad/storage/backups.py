"""Rolling backups beside the data, and the quarantine folder for damaged files.

    <data folder>/backups/20261125-120000-daily/journal.json …   one folder a backup
    <data folder>/quarantine/20261125-120000/workbook.json       damaged files, moved aside

A backup is a byte-for-byte copy of the data files as they are on disk: in an encrypted
workbook they are sealed, so a backup is sealed with the same data key (each file's own name
is authenticated, and a backup keeps the names). No backup holds a key file: the folder's one
key file opens them, so after a passphrase change the old passphrase opens no backup either.
Turning encryption on or off converts the backups with the data files (storage/switch.py).

The store makes one before its first write (storage/store.py): the state a session started
from ("daily" for the first of a day, else "session"), or, when it read files in an older
format, "migration". A restore keeps the state it replaces first ("restore"). Each backup is
written into a hidden folder, read back and compared, then renamed into place, so a backup
that is listed is whole. Pruning (KEEP) never removes the newest backup that validates.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from trustroad import clock
from trustroad.storage.bytestore import ByteStore, fsync_folder
from trustroad.storage.files import DATA_FILES
from trustroad.storage.private_dirs import make_private_dirs

BACKUPS_DIR = "backups"
QUARANTINE_DIR = "quarantine"
UNFINISHED = ".unfinished-"  # a backup being written: never listed, removed when found
KINDS = {
    "daily": "first of the day",
    "session": "start of a session",
    "migration": "before a format update",
    "restore": "before a restore",
}
# (kinds, how many of the newest to keep; None: all). A backup is kept if any rule keeps it.
KEEP: tuple[tuple[frozenset[str], int | None], ...] = (
    (frozenset({"daily", "session"}), 5),  # the last 5 sessions
    (frozenset({"daily"}), 7),  # the first of each of the last 7 days that had a save
    (frozenset({"restore"}), 5),
    (frozenset({"migration"}), None),  # rare, and the only copy in the old format
)
_ID = re.compile(r"(\d{8}-\d{6})-(" + "|".join(KINDS) + r")(?:-(\d+))?")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    id: str
    kind: str
    created: datetime  # local wall-clock time, as the person saw it (no zone)
    folder: Path

    @property
    def label(self) -> str:
        return KINDS[self.kind]

    def sort_key(self) -> tuple[datetime, int]:
        found = _ID.fullmatch(self.id)
        return self.created, int(found.group(3) or 1) if found else 1


def backups_folder(folder: Path) -> Path:
    return folder / BACKUPS_DIR


def parse(folder: Path) -> Backup | None:
    found = _ID.fullmatch(folder.name)
    if found is None or not folder.is_dir() or folder.is_symlink():
        return None
    created = datetime.strptime(found.group(1), _STAMP)
    return Backup(folder.name, found.group(2), created, folder)


def list_backups(folder: Path) -> list[Backup]:
    """Every finished backup of the data folder, newest first."""
    try:
        entries = list(backups_folder(folder).iterdir())
    except OSError:
        return []
    found = [b for b in map(parse, entries) if b is not None]
    return sorted(found, key=Backup.sort_key, reverse=True)


def find(folder: Path, backup_id: str) -> Backup | None:
    return next((b for b in list_backups(folder) if b.id == backup_id), None)


def extra_folders(folder: Path) -> list[Path]:
    """Every folder beside the data that holds copies of data files: each backup and each
    quarantine folder (turning encryption on or off converts them too)."""
    quarantine = folder / QUARANTINE_DIR
    moved = sorted(p for p in quarantine.iterdir() if p.is_dir() and not p.is_symlink()) if quarantine.is_dir() else []
    return [b.folder for b in list_backups(folder)] + moved


def remove_unfinished(folder: Path) -> None:
    """Backups a killed process left half-written (they may hold plain copies). The caller holds
    the folder's lock, so none is being written now."""
    with contextlib.suppress(OSError):
        for entry in backups_folder(folder).iterdir():
            if entry.name.startswith(UNFINISHED):
                shutil.rmtree(entry, ignore_errors=True)


def _new_id(folder: Path, kind: str) -> str:
    stamp = clock.now().strftime(_STAMP)
    taken = {p.name for p in backups_folder(folder).iterdir()} if backups_folder(folder).is_dir() else set()
    number = 1
    while (candidate := f"{stamp}-{kind}" + (f"-{number}" if number > 1 else "")) in taken:
        number += 1
    return candidate


def session_kind(folder: Path) -> str:
    """ "daily" for the first backup of today, "session" after it."""
    today = clock.now().date()
    made_today = any(b.kind == "daily" and b.created.date() == today for b in list_backups(folder))
    return "session" if made_today else "daily"


def make_backup(io: ByteStore, kind: str, names: Iterable[str] = DATA_FILES) -> Backup | None:
    """Copy the data files (their bytes as on disk) into a new backup; None when there is no data
    file to copy yet. Raises OSError (nothing listed is half-made)."""
    originals = {name: data for name in names if (data := io.read_raw(name)) is not None}
    if not originals:
        return None
    root = backups_folder(io.folder)
    make_private_dirs(root)
    remove_unfinished(io.folder)
    backup_id = _new_id(io.folder, kind)
    staging = root / f"{UNFINISHED}{backup_id}"
    staging.mkdir(mode=0o700)
    try:
        writer = ByteStore(staging)
        for name, data in originals.items():
            writer.write_raw(name, data)  # atomic and durable, as every data file
        for name, data in originals.items():  # read back: a backup that cannot be trusted is no backup
            if (staging / name).read_bytes() != data:
                raise OSError(f"the copy of {name} did not read back the same")
        os.replace(staging, root / backup_id)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    fsync_folder(root)
    backup = parse(root / backup_id)
    assert backup is not None
    return backup


def prune(folder: Path, is_good: Callable[[Backup], bool]) -> list[Backup]:
    """Remove the backups no KEEP rule keeps, except the newest one that `is_good`; the removed."""
    backups = list_backups(folder)
    kept: set[str] = set()
    for kinds, count in KEEP:
        same = [b for b in backups if b.kind in kinds]
        kept.update(b.id for b in (same if count is None else same[:count]))
    doomed = [b for b in backups if b.id not in kept]
    if not doomed:
        return []
    newest_good = next((b for b in backups if _safely(is_good, b)), None)
    doomed = [b for b in doomed if b != newest_good]
    for backup in doomed:
        shutil.rmtree(backup.folder, ignore_errors=True)
    fsync_folder(backups_folder(folder))
    return doomed


def _safely(is_good: Callable[[Backup], bool], backup: Backup) -> bool:
    try:
        return is_good(backup)
    except Exception:  # an unexpected failure says "not known to be good", never "delete it"
        return False


def restore_files(io: ByteStore, backup: Backup, names: Iterable[str] = DATA_FILES) -> None:
    """Put the backup's files in place of the data files, each atomically; a data file the backup
    does not have is removed (the state it restores had none). The caller has kept the current
    state first and opens a new Store afterwards."""
    source = ByteStore(backup.folder)
    for name in names:
        data = source.read_raw(name)
        if data is not None:
            io.write_raw(name, data)
        else:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(io.path(name))
    fsync_folder(io.folder)


def quarantine(folder: Path, names: Iterable[str]) -> Path:
    """Move the named files into a new quarantine folder (never deleted); the folder."""
    root = folder / QUARANTINE_DIR
    make_private_dirs(root)
    stamp = clock.now().strftime(_STAMP)
    target, number = root / stamp, 1
    while target.exists():
        number += 1
        target = root / f"{stamp}-{number}"
    target.mkdir(mode=0o700)
    for name in names:
        os.replace(folder / name, target / name)
    fsync_folder(target)
    fsync_folder(folder)
    return target
