"""EncryptedByteStore: the byte seam with every data file sealed, so Store works unchanged:

    Store(folder, bytes_io=EncryptedByteStore(folder, key_file.unlock(passphrase)))

Opening a folder, in order (the TUI's unlock screen and the CLI will do this):
  1. Store.lock()                 one window per folder, before anything is renamed
  2. switch.settle(folder)        finish or roll back an interrupted encryption switch
  3. read_key_file(folder)        None: a plain folder (ByteStore); else ask for the passphrase
  4. key_file.unlock(passphrase)  slow (Argon2id) and pure: run it off the UI thread;
                                  WrongPassphrase may be retried as often as the person likes
"""

from __future__ import annotations

from pathlib import Path

from trustroad.storage.bytestore import ByteStore
from trustroad.storage.errors import DataFileError, WrongPassphrase
from trustroad.storage.files import KEY_FILE
from trustroad.storage.keyfile import ADVICE, KeyFile
from trustroad.storage.sealed import DataKey


class EncryptedByteStore(ByteStore):
    """Reads open (and authenticate) sealed files; writes seal them, then save atomically as before."""

    def __init__(self, folder: Path, key: DataKey) -> None:
        super().__init__(folder)
        self.key = key

    def sealing_key(self) -> DataKey:
        return self.key

    def read(self, name: str) -> bytes | None:
        data = self.read_raw(name)
        return None if data is None else self.key.open(self.path(name), data)

    def beside(self, folder: Path) -> EncryptedByteStore:
        return EncryptedByteStore(folder, self.key)

    def write(self, name: str, data: bytes) -> None:
        # The file's own name is sealed in: a conflict copy opens under its own name, and a sealed
        # file renamed to stand in for another does not open at all.
        self.write_raw(name, self.key.seal(name, data))


def read_key_file(folder: Path) -> KeyFile | None:
    """The folder's key file, checked (no derivation yet), or None when the folder is not encrypted."""
    io = ByteStore(folder)
    data = io.read_raw(KEY_FILE)
    return None if data is None else KeyFile.parse(io.path(KEY_FILE), data)


def check_passphrase(folder: Path, passphrase: bytearray, key: DataKey) -> None:
    """Returns when `passphrase` opens the folder's key file to `key`, the key in use (slow: derives;
    the bytearray is zeroed). Unwrapping the key is the whole check: no data file is read.
    Raises WrongPassphrase (also for a key file that now holds another key), or DataFileError."""
    try:
        key_file = read_key_file(folder)
        if key_file is None:
            raise DataFileError(folder / KEY_FILE, "", "the key file is missing.", ADVICE)
        if not key_file.unlock(passphrase).same_key(key):
            raise WrongPassphrase()
    finally:
        passphrase[:] = bytes(len(passphrase))
