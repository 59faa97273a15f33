"""The pairing of this workbook with the partner's (pairing.json): what it holds, not how it is used.

Each workbook has its own X25519 key pair (made the first time it pairs); pairing keeps the
partner's public key, whether both partners confirmed the same words aloud, and the numbering
of letters both ways. The cryptography over it is in keys.py and envelope.py, imported only when
a person pairs or handles a letter, so a workbook that never does pays nothing for it at start-up.

The private key lives in this data file, so it is as protected as the rest of the workbook:
sealed with the data key when the workbook is encrypted, readable by this login otherwise.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field

from trustroad import clock
from trustroad.letters.errors import LetterRefused
from trustroad.storage.record import Document


class Pairing(Document):
    my_secret: str = ""  # base64 X25519 private key; empty until this workbook first pairs
    partner_public: str = ""  # base64 X25519 public key from the partner's offer
    confirmed: bool = False  # both read the same words aloud
    paired_on: date | None = None
    next_sequence: int = Field(default=1, ge=1)  # of the next letter this workbook writes
    opened: list[int] = Field(default_factory=list)  # sequence numbers of the partner's letters opened

    @property
    def has_partner(self) -> bool:
        return bool(self.partner_public)

    @property
    def paired(self) -> bool:
        return self.confirmed and self.has_partner and bool(self.my_secret)

    def keep_secret(self, secret: str) -> None:
        """This workbook's new private key (keys.py makes it)."""
        self.my_secret = secret

    def keep_partner(self, public: str) -> None:
        """The partner's public key from their offer: the words must be compared again."""
        self.partner_public = public
        self.confirmed = False
        self.paired_on = None

    def confirm(self) -> None:
        """Both read the same words: letters may now be sealed and opened."""
        if not (self.my_secret and self.has_partner):
            raise LetterRefused("There is no partner's offer to confirm yet.", "Open their pairing offer first.")
        self.confirmed = True
        self.paired_on = clock.today()

    def unpair(self) -> None:
        """Forget both keys and the letters' numbering: old letters open nothing from now on."""
        self.my_secret = ""
        self.partner_public = ""
        self.confirmed = False
        self.paired_on = None
        self.next_sequence = 1
        self.opened = []

    def take_sequence(self) -> int:
        """The number of the letter being sealed now; the next one gets the one after."""
        number = self.next_sequence
        self.next_sequence += 1
        return number

    def record_opened(self, number: int) -> None:
        if number not in self.opened:
            self.opened.append(number)
            self.opened.sort()

    def missing(self) -> list[int]:
        """Letters from the partner not opened though a later one was ("letter 4 has not been opened")."""
        if not self.opened:
            return []
        have = set(self.opened)
        return [number for number in range(1, self.opened[-1]) if number not in have]
