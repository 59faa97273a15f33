"""Seal and open one data file's bytes with the folder's data key (AES-256-GCM).

A file that does not authenticate is refused as damaged, naming the file: it is never decrypted
to something else, and never overwritten.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from trustroad.storage.errors import UNTOUCHED, DataFileError
from trustroad.storage.sealed_header import (
    HEADER_BYTES,
    NONCE_BYTES,
    VERSION,
    Header,
    associated_data,
    is_sealed,
    looks_plain,
)

DAMAGED_ADVICE = "Restore it from a backup, or move it aside to start that part afresh. " + UNTOUCHED


class DataKey:
    """The random 256-bit key every data file is sealed with, and its id. Its repr shows no key."""

    __slots__ = ("key_id", "_aead")

    def __init__(self, key: bytes, key_id: bytes) -> None:
        self.key_id = key_id
        self._aead = AESGCM(key)

    def __repr__(self) -> str:
        return f"DataKey(id={self.key_id.hex()[:8]}…)"

    def seal(self, name: str, data: bytes) -> bytes:
        # Random 96-bit nonces: one key may seal about 2**32 times before a repeat becomes
        # plausible, decades of autosaves at one every few seconds.
        header = Header(VERSION, self.key_id, os.urandom(NONCE_BYTES)).pack()
        return header + self._aead.encrypt(header[-NONCE_BYTES:], data, associated_data(header, name))

    def same_key(self, other: DataKey) -> bool:
        """Whether `other` is this very key: the same id, and what it seals this one opens."""
        if other.key_id != self.key_id:
            return False
        nonce = os.urandom(NONCE_BYTES)
        try:
            self._aead.decrypt(nonce, other._aead.encrypt(nonce, b"", None), None)
        except InvalidTag:
            return False
        return True

    def open(self, path: Path, data: bytes) -> bytes:
        """The plain bytes of a sealed file at `path` (its name is authenticated too)."""
        if not is_sealed(data):
            if looks_plain(data):
                raise DataFileError(
                    path,
                    "",
                    "this file is not encrypted, but this workbook is.",
                    "It may have been copied in from an unencrypted workbook: move it aside, start trustroad, "
                    "and bring its contents back by hand. " + UNTOUCHED,
                )
            raise DataFileError(path, "", "the file is damaged: it is not a sealed trustroad file.", DAMAGED_ADVICE)
        try:
            header = Header.parse(data)
        except ValueError:
            raise DataFileError(path, "", "the file is damaged: it is cut short.", DAMAGED_ADVICE) from None
        if header.version != VERSION:
            raise DataFileError(
                path,
                "",
                f"the file is damaged, or was sealed by a newer trustroad (format {header.version}).",
                "Update trustroad, or restore the file from a backup. " + UNTOUCHED,
            )
        if header.key_id != self.key_id:
            raise DataFileError(
                path,
                "",
                "the file is damaged, or was encrypted with another workbook's key.",
                DAMAGED_ADVICE,
            )
        aad = associated_data(data[:HEADER_BYTES], path.name)
        try:
            return self._aead.decrypt(header.nonce, data[HEADER_BYTES:], aad)
        except InvalidTag:
            raise DataFileError(
                path, "", "the file is damaged: it does not pass its integrity check.", DAMAGED_ADVICE
            ) from None
