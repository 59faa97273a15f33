"""The layout of a sealed (encrypted) data file's header. No cryptography here, so the plain
store can recognise a sealed file without importing a cipher.

    offset  size  field
    0       8     magic b"TRSEALED"
    8       1     format version (1)
    9       16    key id: which data key sealed it (the key file holds the same id)
    25      12    AES-GCM nonce, random for every write
    37      ...   AES-256-GCM ciphertext of the file's bytes, then the 16-byte tag

The whole header, then a zero byte and the file's name, is authenticated as associated data:
a changed header, or a sealed file renamed to stand in for another, does not open.
"""

from __future__ import annotations

from dataclasses import dataclass

MAGIC = b"TRSEALED"
VERSION = 1
KEY_ID_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
HEADER_BYTES = len(MAGIC) + 1 + KEY_ID_BYTES + NONCE_BYTES


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def looks_plain(data: bytes) -> bool:
    """A JSON object as trustroad writes it: a plain file, not a damaged sealed one."""
    return data.lstrip()[:1] == b"{"


@dataclass(frozen=True)
class Header:
    version: int
    key_id: bytes
    nonce: bytes

    def pack(self) -> bytes:
        return MAGIC + bytes([self.version]) + self.key_id + self.nonce

    @classmethod
    def parse(cls, data: bytes) -> Header:
        """The header of sealed bytes; ValueError (a plain reason) when there is none to read."""
        if not is_sealed(data):
            raise ValueError("no sealed-file header")
        if len(data) < HEADER_BYTES + TAG_BYTES:
            raise ValueError("too short")
        start = len(MAGIC) + 1
        return cls(
            version=data[len(MAGIC)],
            key_id=data[start : start + KEY_ID_BYTES],
            nonce=data[start + KEY_ID_BYTES : HEADER_BYTES],
        )


def associated_data(header: bytes, name: str) -> bytes:
    return header + b"\x00" + name.encode("utf-8")
