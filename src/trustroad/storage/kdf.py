"""From a passphrase to a key-encryption key: Argon2id, with limits checked before any work.

Derivation is deliberately slow (it is what makes guessing a passphrase expensive), so
`derive_key` is a pure function with no global state: the TUI can run it on a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

SALT_BYTES = 16
KEY_BYTES = 32  # AES-256

# Beyond these a key file is damaged or hostile: 4 GiB of memory or 100 passes would hang or kill
# the program before it could say anything, so they are refused before deriving.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 100
MAX_LANES = 64


class BadKdfParams(ValueError):
    """Parameters no trustroad writes; the message names the field, never a secret."""


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    def check(self) -> None:
        """Refuse absurd parameters before any memory is spent on them."""
        for field, value, low, high in (
            ("lanes", self.lanes, 1, MAX_LANES),
            ("iterations", self.iterations, 1, MAX_ITERATIONS),
            # Argon2 itself needs at least 8 KiB per lane.
            ("memory_kib", self.memory_kib, 8 * max(self.lanes, 1), MAX_MEMORY_KIB),
        ):
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise BadKdfParams(f"{field} must be a whole number from {low} to {high}")


# RFC 9106 favours memory over passes. 256 MiB with 4 lanes; two passes keep one unlock near a
# second on a 2-core machine (bench/bench_crypto.py measures it).
DEFAULT_PARAMS = KdfParams(memory_kib=256 * 1024, iterations=2, lanes=4)
# Tests only (TRUSTROAD_TEST_KDF=fast, via Settings): milliseconds instead of a second.
FAST_TEST_PARAMS = KdfParams(memory_kib=64, iterations=1, lanes=1)


def new_params(fast_for_tests: bool) -> KdfParams:
    """The parameters a new key file is written with; `fast_for_tests` comes from Settings.test_kdf."""
    return FAST_TEST_PARAMS if fast_for_tests else DEFAULT_PARAMS


def derive_key(passphrase: bytes | bytearray, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte key-encryption key. A bytearray passphrase is zeroed afterwards: Python cannot
    promise to erase every copy, but the buffer the caller handed over no longer holds it."""
    params.check()
    if len(salt) != SALT_BYTES:
        raise BadKdfParams(f"the salt must be {SALT_BYTES} bytes")
    try:
        kdf = Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        )
        # The binding reads any buffer (its stub says bytes): handing over the bytearray itself
        # avoids an immutable copy that could never be cleared.
        return kdf.derive(cast(bytes, passphrase))
    finally:
        if isinstance(passphrase, bytearray):
            passphrase[:] = bytes(len(passphrase))
