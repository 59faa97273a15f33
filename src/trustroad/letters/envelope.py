"""Seal and open a letter's bytes for the paired partner (X25519, HKDF-SHA256, AES-256-GCM).

    offset  size  field (the header, authenticated as associated data)
    0       8     magic b"\x89TRL\r\n\x1a\n" (no name, no text: a neutral binary file)
    8       1     format version (1)
    9       8     pair tag: which pairing sealed it (a hash of both public keys)
    17      8     sender tag: which of the two workbooks wrote it
    25      12    AES-GCM nonce, random for every letter
    37      ...   ciphertext of (the letter's sequence number, 8 bytes big-endian + its body), tag

Each direction has its own key (HKDF over the shared secret, naming sender then recipient), so
a letter cannot be turned around and opened as if the other had written it. Opening checks
everything before it returns and changes nothing; the caller records the number as opened
once the body is taken in, so a replayed letter is refused the second time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trustroad.letters.errors import LetterRefused
from trustroad.letters.keys import my_public, pair_digest, partner_public, shared_secret
from trustroad.letters.pairing import Pairing

MAGIC = b"\x89TRL\r\n\x1a\n"
VERSION = 1
TAG_BYTES = 8
NONCE_BYTES = 12
HEADER_BYTES = len(MAGIC) + 1 + TAG_BYTES + TAG_BYTES + NONCE_BYTES
AEAD_TAG_BYTES = 16
SEQUENCE_BYTES = 8
MAX_LETTER_BYTES = 64 * 1024 * 1024  # far above any real letter; refused before reading on
NOT_A_LETTER = "This file is not a trustroad letter, or it is damaged."
ASK_AGAIN = "Ask your partner to write it again."


def _pair_tag(pairing: Pairing) -> bytes:
    return pair_digest(b"trustroad pair v1", my_public(pairing), partner_public(pairing))[:TAG_BYTES]


def _sender_tag(public: bytes) -> bytes:
    return pair_digest(b"trustroad sender v1", public, b"")[:TAG_BYTES]


def _direction_key(pairing: Pairing, sender: bytes, recipient: bytes) -> AESGCM:
    salt = pair_digest(b"trustroad pair v1", sender, recipient)
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=salt,
        info=b"trustroad letter v1 from " + sender + b" to " + recipient,
    ).derive(shared_secret(pairing))
    return AESGCM(key)


def _require_paired(pairing: Pairing) -> None:
    if not pairing.paired:
        raise LetterRefused(
            "This workbook is not paired with a partner's yet.",
            "Pair first: each of you writes a pairing offer, opens the other's, and you compare the words.",
        )


def seal(pairing: Pairing, body: bytes) -> bytes:
    """A letter holding `body`, numbered with the pairing's next sequence number (which it takes)."""
    _require_paired(pairing)
    me, partner = my_public(pairing), partner_public(pairing)
    number = pairing.take_sequence()
    header = MAGIC + bytes([VERSION]) + _pair_tag(pairing) + _sender_tag(me) + os.urandom(NONCE_BYTES)
    plain = number.to_bytes(SEQUENCE_BYTES, "big") + body
    return header + _direction_key(pairing, me, partner).encrypt(header[-NONCE_BYTES:], plain, header)


@dataclass(frozen=True)
class Opened:
    sequence: int
    body: bytes


def open_letter(pairing: Pairing, data: bytes) -> Opened:
    """The sequence number and body of a letter from the partner; LetterRefused otherwise."""
    if not data.startswith(MAGIC) or len(data) > MAX_LETTER_BYTES:
        raise LetterRefused(NOT_A_LETTER)
    if len(data) <= len(MAGIC):
        raise LetterRefused("This letter is cut short.", ASK_AGAIN)
    version = data[len(MAGIC)]
    if version != VERSION:
        raise LetterRefused(
            f"This letter was sealed by a newer trustroad (format {version}), or it is damaged.",
            "Update trustroad, then open it again.",
        )
    if len(data) < HEADER_BYTES + SEQUENCE_BYTES + AEAD_TAG_BYTES:
        raise LetterRefused("This letter is cut short.", ASK_AGAIN)
    _require_paired(pairing)
    start = len(MAGIC) + 1
    pair_tag, sender_tag = data[start : start + TAG_BYTES], data[start + TAG_BYTES : start + 2 * TAG_BYTES]
    me, partner = my_public(pairing), partner_public(pairing)
    if pair_tag != _pair_tag(pairing):
        raise LetterRefused(
            "This letter was sealed for another pairing (an earlier one, or someone else's).",
            "It can only be opened by the workbook it was written for.",
        )
    if sender_tag == _sender_tag(me):
        raise LetterRefused("This is a letter your own workbook wrote.", "Your partner opens it in theirs.")
    if sender_tag != _sender_tag(partner):
        raise LetterRefused(NOT_A_LETTER)
    header = data[:HEADER_BYTES]
    try:
        plain = _direction_key(pairing, partner, me).decrypt(header[-NONCE_BYTES:], data[HEADER_BYTES:], header)
    except InvalidTag:
        raise LetterRefused("This letter is damaged: it does not pass its integrity check.", ASK_AGAIN) from None
    number = int.from_bytes(plain[:SEQUENCE_BYTES], "big")
    if number < 1:
        raise LetterRefused(NOT_A_LETTER)
    if number in pairing.opened:
        raise LetterRefused(f"Letter {number} has already been opened.", "A letter is taken in only once.")
    return Opened(number, plain[SEQUENCE_BYTES:])
