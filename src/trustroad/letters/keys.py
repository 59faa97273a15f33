"""The pairing's keys: making this workbook's key pair, offers, the shared secret and the words.

A pairing offer is a small file holding one public key (not secret). Both partners compare six
words made from both public keys: if a third file stood in for either offer, the words differ.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from trustroad.letters.errors import LetterRefused
from trustroad.letters.pairing import Pairing
from trustroad.letters.words import code_words

OFFER_FORMAT = "trustroad-pairing-offer"
OFFER_VERSION = 1
KEY_BYTES = 32
MAX_OFFER_BYTES = 4096  # a real offer is about 120 bytes
NOT_AN_OFFER = "This file is not a trustroad pairing offer, or it is damaged."


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def pair_digest(purpose: bytes, one: bytes, other: bytes) -> bytes:
    """A hash of two public keys that is the same whichever partner computes it."""
    first, second = sorted((one, other))
    return hashlib.sha256(purpose + first + second).digest()


def _private(pairing: Pairing) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(_unb64(pairing.my_secret))


def my_public(pairing: Pairing) -> bytes:
    return _private(pairing).public_key().public_bytes_raw()


def partner_public(pairing: Pairing) -> bytes:
    return _unb64(pairing.partner_public)


def shared_secret(pairing: Pairing) -> bytes:
    return _private(pairing).exchange(X25519PublicKey.from_public_bytes(partner_public(pairing)))


def offer(pairing: Pairing) -> bytes:
    """The pairing offer file's bytes. Makes this workbook's key pair the first time."""
    if not pairing.my_secret:
        pairing.keep_secret(_b64(X25519PrivateKey.generate().private_bytes_raw()))
    body = {"format": OFFER_FORMAT, "version": OFFER_VERSION, "public_key": _b64(my_public(pairing))}
    return json.dumps(body, indent=2).encode("ascii") + b"\n"


def take_offer(pairing: Pairing, data: bytes) -> None:
    """Keep the partner's public key from their offer; raises LetterRefused, changing nothing."""
    key = read_offer(data)
    if pairing.my_secret and key == my_public(pairing):
        raise LetterRefused("This is your own pairing offer.", "Open the offer your partner's trustroad wrote.")
    if pairing.paired and key != partner_public(pairing):
        raise LetterRefused(
            "This workbook is already paired with another key.",
            "Unpair first (for example after a lost device), then pair again.",
        )
    if not pairing.my_secret:
        offer(pairing)  # this workbook needs its own key pair to pair at all
    pairing.keep_partner(_b64(key))


def code(pairing: Pairing) -> str:
    """The six words both partners compare aloud."""
    return code_words(pair_digest(b"trustroad pairing code v1", my_public(pairing), partner_public(pairing)))


def read_offer(data: bytes) -> bytes:
    """The public key in a pairing offer's bytes; LetterRefused for anything else."""
    if len(data) > MAX_OFFER_BYTES:
        raise LetterRefused(NOT_AN_OFFER)
    try:
        body = json.loads(data.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise LetterRefused(NOT_AN_OFFER) from None
    if not isinstance(body, dict) or body.get("format") != OFFER_FORMAT:
        raise LetterRefused(NOT_AN_OFFER)
    version = body.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LetterRefused(NOT_AN_OFFER)
    if version > OFFER_VERSION:
        raise LetterRefused(
            f"This pairing offer was written by a newer trustroad (format {version}).", "Update trustroad."
        )
    text = body.get("public_key")
    try:
        key = _unb64(text) if isinstance(text, str) else b""
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise LetterRefused(NOT_AN_OFFER)
    return key
