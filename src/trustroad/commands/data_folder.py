"""Opening the data folder for a command: its lock, an encrypted folder's key file and passphrase,
and every data file, saying plainly what is wrong (docs/encryption.md).

Each function returns what the command needs, or None after printing why not, ending with
"Nothing was changed." (the caller does not say it again); a wrong passphrase or an unreadable
file changes nothing on disk.
"""

from __future__ import annotations

import getpass
import os
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from trustroad.settings import Settings
from trustroad.storage.errors import DataFileError, FolderInUseError, WrongPassphrase
from trustroad.storage.files import KEY_FILE
from trustroad.storage.record import Document
from trustroad.storage.store import Store

if TYPE_CHECKING:
    from trustroad.storage.keyfile import KeyFile

PASSPHRASE_TRIES = 3  # one command's tries; the command can be run again as often as a person likes
NO_TERMINAL = (
    "this workbook is encrypted, and its passphrase can only be typed at a terminal "
    "(never given as an option or an environment variable). Run the command in a terminal."
)
# Every way these functions refuse ends with this, said once, so a command adds nothing after it.
UNCHANGED = "Nothing was changed."


def load_documents_or_report(store: Store, who: str) -> dict[str, Document] | None:
    """Every data file, or None after naming the one that cannot be read (it is left untouched)
    and offering the newest backup that opens."""
    from trustroad.commands.backups import offer_or_nothing

    # Here, not at the top: the registry imports every feature's models, which a command that
    # saves one file (`journal add`) has no use for.
    from trustroad.documents import load_all

    try:
        return load_all(store)
    except DataFileError as exc:
        print(f"{who} cannot read your workbook.\n{exc}", file=sys.stderr)
        offer_or_nothing(store, exc)
        return None


def _may_need_settling(folder: Path) -> bool:
    """A quick look (no cryptography imported) for a key file or what an interrupted switch leaves."""
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return any(name == KEY_FILE or name.endswith((".to-sealed", ".to-plain", ".tmp")) for name in names)


def settle_and_read_key(store: Store) -> KeyFile | None:
    """With the folder's lock held: finish or roll back an interrupted switch, then the key file
    (None: the folder is not encrypted). Raises DataFileError for a damaged key file."""
    if not _may_need_settling(store.folder):
        return None
    from trustroad.storage.switch import settle

    settle(store.folder)
    return read_key(store.folder)


def read_key(folder: Path) -> KeyFile | None:
    from trustroad.storage.encrypted import read_key_file

    return read_key_file(folder) if _may_need_settling(folder) else None


def encrypted_store(folder: Path, key_file: KeyFile, passphrase: bytearray) -> Store:
    """A Store that seals and opens every file (slow: derives; the bytearray is zeroed).
    Raises WrongPassphrase."""
    from trustroad.storage.encrypted import EncryptedByteStore

    try:
        key = key_file.unlock(passphrase)
    finally:
        passphrase[:] = bytes(len(passphrase))
    return Store(folder, bytes_io=EncryptedByteStore(folder, key))


def hand_over_lock(old: Store, new: Store) -> None:
    """The folder's lock passes from `old` to `new` (a new Store after unlocking or a switch),
    never free in between. Raises FolderInUseError if another trustroad took the folder while
    `old` held it (its lock file removed by hand)."""
    new.take_lock_from(old)


def ask_passphrase(prompt: str = "Passphrase: ") -> bytearray | None:
    """The passphrase typed at the terminal, unechoed, as bytes; None for Ctrl-C or Ctrl-D.
    Raises OSError when there is no terminal to type it at (stdin is never read instead:
    it may hold a journal entry)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", getpass.GetPassWarning)
        try:
            text = getpass.getpass(prompt)
        except getpass.GetPassWarning:
            raise OSError(NO_TERMINAL) from None
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return None
    # Python cannot erase a str; the bytes are held in a buffer that is zeroed after derivation.
    return bytearray(text.encode("utf-8"))


def unlock_on_terminal(folder: Path, key_file: KeyFile, who: str) -> Store | None:
    """Ask for the passphrase (a few tries) and open the folder's files with it; None after
    saying why not. A wrong passphrase changes nothing on disk."""
    print(f"{who}: this workbook is encrypted.", file=sys.stderr)
    for _ in range(PASSPHRASE_TRIES):
        try:
            passphrase = ask_passphrase()
        except OSError as exc:
            print(f"{who}: {exc} {UNCHANGED}", file=sys.stderr)
            return None
        if passphrase is None:
            print(f"{who}: stopped before the passphrase. {UNCHANGED}", file=sys.stderr)
            return None
        try:
            return encrypted_store(folder, key_file, passphrase)
        except WrongPassphrase as exc:
            print(str(exc), file=sys.stderr)
    print(f"{who}: the passphrase did not open this workbook. {UNCHANGED}", file=sys.stderr)
    return None


def unlock_locked_or_report(store: Store, who: str) -> Store | None:
    """With the folder's lock held by `store`: the store to save through, an encrypted folder's
    after asking for the passphrase (the lock handed over to it). None after saying why not."""
    try:
        key_file = settle_and_read_key(store)
    except DataFileError as exc:
        print(f"trustroad cannot open your workbook. {UNCHANGED}\n{exc}", file=sys.stderr)
        return None
    except OSError as exc:
        print(f"trustroad cannot use the folder {store.folder}: {exc.strerror}. {UNCHANGED}", file=sys.stderr)
        return None
    if key_file is None:
        return store
    unlocked = unlock_on_terminal(store.folder, key_file, who)
    if unlocked is None:
        return None
    try:
        hand_over_lock(store, unlocked)
    except FolderInUseError as exc:
        print(f"{exc}\n{UNCHANGED}", file=sys.stderr)
        return None
    return unlocked


def store_for_reading_or_report(settings: Settings, who: str) -> tuple[Store, bool] | None:
    """The data folder's Store for a command that only reads (it does not keep the lock, so it
    works beside an open window), and whether the folder is encrypted; None after saying why."""
    folder = settings.data_dir
    store = Store(folder)
    try:
        key_file: KeyFile | None = None
        if _may_need_settling(folder):
            try:
                store.lock()  # briefly: only to settle an interrupted switch
            except FolderInUseError:
                key_file = read_key(folder)  # the open window settled it
            else:
                try:
                    key_file = settle_and_read_key(store)
                finally:
                    store.unlock()
    except DataFileError as exc:
        print(f"{who} cannot read your workbook.\n{exc}", file=sys.stderr)
        return None
    except OSError as exc:
        print(f"{who}: cannot use the folder {folder} ({exc.strerror or type(exc).__name__}).", file=sys.stderr)
        return None
    if key_file is None:
        return store, False
    unlocked = unlock_on_terminal(folder, key_file, who)
    return None if unlocked is None else (unlocked, True)


def store_for_writing_or_report(settings: Settings, who: str) -> Store | None:
    """The data folder's Store for a command that saves, its lock held (the caller unlocks it):
    an encrypted folder asks for the passphrase first, before anything is typed or written.
    None after saying why (the lock is released then)."""
    store = Store(settings.data_dir)
    try:
        store.lock()
    except FolderInUseError:
        print(
            f"trustroad is open on {store.folder} in another window.\n"
            f"Close that window (or do this there), then try again. {UNCHANGED}",
            file=sys.stderr,
        )
        return None
    except OSError as exc:
        print(
            f"{who}: cannot use the folder {store.folder} ({exc.strerror or type(exc).__name__}). {UNCHANGED}",
            file=sys.stderr,
        )
        return None
    unlocked = unlock_locked_or_report(store, who)
    if unlocked is None:
        store.unlock()
    return unlocked
