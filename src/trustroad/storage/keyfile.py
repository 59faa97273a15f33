"""The key file (.trustroad-key.json): the folder's one data key, wrapped by the passphrase.

    {"format": "trustroad-key", "version": 1,
     "kdf":  {"name": "argon2id", "memory_kib": …, "iterations": …, "lanes": …, "salt": base64},
     "key_id": base64 (16 bytes, repeated in every sealed file's header),
     "wrap": {"name": "aes-256-gcm", "nonce": base64 (12), "ciphertext": base64 (32 + 16 tag)},
     "check": sha256 hex of everything above}

The wrap authenticates the format, version, KDF parameters, salt and key id, so none can be
swapped. The check tells accidental damage (a DataFileError, "damaged") apart from a wrong
passphrase: with the check intact, a wrap that does not open means the passphrase is wrong.
Everything is parsed and bounded before any key is derived.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from trustroad.storage.errors import UNTOUCHED, DataFileError, WrongPassphrase
from trustroad.storage.kdf import KEY_BYTES, SALT_BYTES, BadKdfParams, KdfParams, derive_key
from trustroad.storage.sealed import DataKey
from trustroad.storage.sealed_header import KEY_ID_BYTES, NONCE_BYTES, TAG_BYTES

FORMAT = "trustroad-key"
VERSION = 1
MAX_KEY_FILE_BYTES = 16 * 1024  # a real one is about 500 bytes
ADVICE = "Without this file the encrypted files cannot be opened: restore it from a backup of this folder. " + UNTOUCHED


class _Refused(ValueError):
    """A reason of ours for refusing a key file; it names a field, never a value."""


def _canonical(value: dict[str, Any]) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode("ascii")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class KeyFile:
    params: KdfParams
    salt: bytes
    key_id: bytes
    nonce: bytes
    wrapped: bytes

    def _bound(self) -> dict[str, Any]:
        """What the wrap authenticates."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "kdf": {
                "name": "argon2id",
                "memory_kib": self.params.memory_kib,
                "iterations": self.params.iterations,
                "lanes": self.params.lanes,
                "salt": _b64(self.salt),
            },
            "key_id": _b64(self.key_id),
        }

    def _body(self) -> dict[str, Any]:
        body = self._bound()
        body["wrap"] = {"name": "aes-256-gcm", "nonce": _b64(self.nonce), "ciphertext": _b64(self.wrapped)}
        return body

    def to_bytes(self) -> bytes:
        body = self._body()
        body["check"] = hashlib.sha256(_canonical(body)).hexdigest()
        return (json.dumps(body, indent=2) + "\n").encode("ascii")

    def unwrap_raw(self, passphrase: bytes | bytearray) -> bytes:
        """The raw data key (slow: derives). WrongPassphrase when the wrap does not open."""
        kek = derive_key(passphrase, self.salt, self.params)
        try:
            return AESGCM(kek).decrypt(self.nonce, self.wrapped, _canonical(self._bound()))
        except InvalidTag:
            raise WrongPassphrase() from None

    def unlock(self, passphrase: bytes | bytearray) -> DataKey:
        """The folder's data key; pure and slow, so the TUI can run it off the UI thread."""
        return DataKey(self.unwrap_raw(passphrase), self.key_id)

    @classmethod
    def parse(cls, path: Path, data: bytes) -> KeyFile:
        """Every field checked (types, lengths, bounds, version) before anything is derived."""
        try:
            if len(data) > MAX_KEY_FILE_BYTES:
                raise _Refused("it is far too large")
            raw = json.loads(data.decode("utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != FORMAT:
                raise _Refused("it is not a trustroad key file")
            if raw.get("version") != VERSION:
                raise _Refused("its format version is not one this trustroad reads")
            check = raw.pop("check", None)
            if check != hashlib.sha256(_canonical(raw)).hexdigest():
                raise _Refused("it does not match its own checksum")
            kdf, wrap = raw["kdf"], raw["wrap"]
            if kdf.get("name") != "argon2id" or wrap.get("name") != "aes-256-gcm":
                raise _Refused("it names a method this trustroad does not use")
            params = KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
            params.check()
            found = cls(
                params=params,
                salt=_exact(kdf["salt"], SALT_BYTES, "salt"),
                key_id=_exact(raw["key_id"], KEY_ID_BYTES, "key id"),
                nonce=_exact(wrap["nonce"], NONCE_BYTES, "nonce"),
                wrapped=_exact(wrap["ciphertext"], KEY_BYTES + TAG_BYTES, "wrapped key"),
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            # Our own reasons name a field; anything else gets a generic one (never a value).
            if isinstance(exc, _Refused | BadKdfParams):
                reason = str(exc)
            elif isinstance(exc, UnicodeDecodeError | json.JSONDecodeError | RecursionError):
                reason = "it is not valid JSON"
            else:
                reason = "a field is missing or of the wrong kind"
            raise DataFileError(path, "", f"the key file is damaged or not trustroad's ({reason}).", ADVICE) from None
        return found


def _exact(value: object, size: int, what: str) -> bytes:
    if not isinstance(value, str):
        raise _Refused(f"the {what} is not text")
    try:
        decoded = base64.b64decode(value, validate=True)
    except binascii.Error:
        raise _Refused(f"the {what} is not base64") from None
    if len(decoded) != size:
        raise _Refused(f"the {what} should be {size} bytes")
    return decoded


def wrap(raw_key: bytes, key_id: bytes, passphrase: bytes | bytearray, params: KdfParams) -> KeyFile:
    """A key file holding `raw_key` under `passphrase`, with a fresh salt and nonce (slow: derives)."""
    params.check()
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    unsealed = KeyFile(params, salt, key_id, nonce, b"")
    kek = derive_key(passphrase, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, raw_key, _canonical(unsealed._bound()))
    return KeyFile(params, salt, key_id, nonce, wrapped)


def new_key(passphrase: bytes | bytearray, params: KdfParams) -> tuple[KeyFile, DataKey]:
    """A fresh random 256-bit data key and its key file."""
    raw, key_id = AESGCM.generate_key(bit_length=256), os.urandom(KEY_ID_BYTES)
    return wrap(raw, key_id, passphrase, params), DataKey(raw, key_id)
