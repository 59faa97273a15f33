"""Turning encryption on or off, and changing the passphrase, with crash consistency.

The key file's presence alone says which generation is current: present, every data file is
sealed; absent, every one is plain. A switch never leaves a mix:

  1. Write every data file's (and conflict copy's) new version beside it, under a staging name that says its target
     (`.journal.json.to-sealed` / `.journal.json.to-plain`), each atomically and durably.
  2. Decide, in one atomic step: write the key file (on), or remove it (off).
  3. settle(): rename every staged file over its data file, then sync the folder.

`settle()` runs at every open and before every switch, and needs no passphrase: a staged file
whose target agrees with the key file's presence is renamed into place (finishing a switch that
was decided), any other is deleted (rolling back one that was not). So after a crash at any
point the folder reads wholly in the old setting or wholly in the new one.

After a switch the caller opens a new Store (the files were replaced, so the old one's
changed-on-disk guard would rightly refuse to save). The caller holds the folder's lock.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from trustroad.storage.backups import extra_folders, remove_unfinished
from trustroad.storage.bytestore import ByteStore, fsync_folder
from trustroad.storage.encrypted import EncryptedByteStore, read_key_file
from trustroad.storage.errors import DataFileError
from trustroad.storage.files import DATA_FILES, KEY_FILE
from trustroad.storage.kdf import KdfParams
from trustroad.storage.keyfile import KeyFile, new_key, wrap
from trustroad.storage.sealed import DataKey
from trustroad.storage.sealed_header import Header, is_sealed


class SwitchRefused(Exception):
    """A switch asked of a folder already in that setting; nothing was changed."""


def staged_name(name: str, sealed: bool) -> str:
    return f".{name}.to-{'sealed' if sealed else 'plain'}"


def _name_pattern() -> str:
    """A data file, or a conflict copy of one (journal.conflict-2.json): the store writes both."""
    names = []
    for name in DATA_FILES:
        stem, dot, suffix = name.partition(".")
        names.append(re.escape(stem) + r"(?:\.conflict-[0-9]+)?" + re.escape(dot + suffix))
    return "(?:" + "|".join(names) + ")"


_SWITCHED = re.compile(_name_pattern())
_STAGED = re.compile(rf"\.({_name_pattern()})\.to-(sealed|plain)")
# mkstemp names of interrupted staging or key-file writes (ByteStore.write: `.<name>.<random>.tmp`).
_LEFT_OVER = re.compile(rf"\.\.(?:{_name_pattern()}\.to-(?:sealed|plain)|{re.escape(KEY_FILE[1:])})\..+\.tmp")


def switched_names(folder: Path) -> list[str]:
    """Every file a switch rewrites: the data files, and any conflict copies of them."""
    return sorted(entry for entry in os.listdir(folder) if _SWITCHED.fullmatch(entry))


def settle(folder: Path) -> None:
    """Finish a decided switch, or roll back an undecided one (see the module's docstring)."""
    key_file = read_key_file(folder)
    for where in [*copies_folders(folder), folder]:  # backups first
        _settle_folder(where, key_file)


def _settle_folder(folder: Path, key_file: KeyFile | None) -> None:
    io = ByteStore(folder)
    changed = False
    for entry in sorted(os.listdir(folder)):
        if _LEFT_OVER.fullmatch(entry):  # half-written copies, some of them plain
            os.unlink(io.path(entry))
            changed = True
        elif found := _STAGED.fullmatch(entry):
            name, target_sealed = found.group(1), found.group(2) == "sealed"
            staged = io.path(entry)
            if target_sealed == (key_file is not None) and _belongs(staged, key_file.key_id if key_file else None):
                os.replace(staged, io.path(name))
            else:
                os.unlink(staged)
            changed = True
    if changed:
        fsync_folder(folder)


def _belongs(staged: Path, key_id: bytes | None) -> bool:
    """A sealed staged file must be sealed with the current key (a leftover of an older attempt is not)."""
    if key_id is None:
        return True
    with staged.open("rb") as handle:
        start = handle.read(64)
    try:
        return Header.parse(start).key_id == key_id
    except ValueError:
        return False


def turn_on(folder: Path, passphrase: bytes | bytearray, params: KdfParams) -> DataKey:
    """Seal every data file under a new random data key wrapped by `passphrase` (slow: derives)."""
    settle(folder)
    if read_key_file(folder) is not None:
        raise SwitchRefused("this workbook is already encrypted")
    key_file, key = new_key(passphrase, params)
    io = ByteStore(folder)
    try:
        stage_copies_sealed(folder, key)  # backups first
        for name in switched_names(folder):
            data = io.read(name)
            if data is not None:
                io.write(staged_name(name, True), key.seal(name, data))
    except Exception:
        settle(folder)  # undecided: the staged copies go
        raise
    io.write(KEY_FILE, key_file.to_bytes())  # the decision
    settle(folder)
    return key


def turn_off(folder: Path, passphrase: bytes | bytearray) -> None:
    """Write every data file plain again and remove the key. WrongPassphrase changes nothing."""
    settle(folder)
    key_file = read_key_file(folder)
    if key_file is None:
        raise SwitchRefused("this workbook is not encrypted")
    sealed = EncryptedByteStore(folder, key_file.unlock(passphrase))
    io = ByteStore(folder)
    try:
        stage_copies_plain(folder, sealed)  # backups first
        for name in switched_names(folder):
            data = sealed.read(name)  # a damaged file stops the switch here, before the decision
            if data is not None:
                io.write(staged_name(name, False), data)
    except Exception:
        settle(folder)
        raise
    os.unlink(io.path(KEY_FILE))  # the decision
    fsync_folder(folder)
    settle(folder)


def change_passphrase(folder: Path, old: bytes | bytearray, new: bytes | bytearray, params: KdfParams) -> None:
    """Re-wrap the one data key under `new`; the data files are untouched.

    Afterwards `old` opens nothing in this folder, backups included: they hold no key file of
    their own (storage/backups.py). A copy of the old key file made by hand still opens with
    `old`, and opens every file sealed with this data key. Replacing the data key itself
    (rotation) is not done here.
    """
    settle(folder)
    key_file = read_key_file(folder)
    if key_file is None:
        raise SwitchRefused("this workbook is not encrypted")
    raw = key_file.unwrap_raw(old)
    ByteStore(folder).write(KEY_FILE, wrap(raw, key_file.key_id, new, params).to_bytes())


# --- backups and quarantined files (storage/backups.py): converted with the data, first -------------
# Each backup or quarantine folder is staged, decided and settled exactly like the data folder,
# by the same key file, so no plain copy survives turning encryption on. A copy that is already
# in the new form is left; a damaged sealed copy cannot be opened to turn it plain, and stays
# sealed (no plainer than before) rather than stopping the switch.


def copies_folders(folder: Path) -> list[Path]:
    return extra_folders(folder)


def stage_copies_sealed(folder: Path, key: DataKey) -> None:
    remove_unfinished(folder)  # a half-written plain backup is not kept, let alone converted
    for where in copies_folders(folder):
        io = ByteStore(where)
        for name in switched_names(where):
            data = io.read_raw(name)
            if data is not None and not is_sealed(data):
                io.write(staged_name(name, True), key.seal(name, data))


def stage_copies_plain(folder: Path, sealed: EncryptedByteStore) -> None:
    for where in copies_folders(folder):
        io, opener = ByteStore(where), sealed.beside(where)
        for name in switched_names(where):
            data = io.read_raw(name)
            if data is None or not is_sealed(data):
                continue
            try:
                plain = opener.read(name)
            except DataFileError:
                continue
            if plain is not None:
                io.write(staged_name(name, False), plain)
