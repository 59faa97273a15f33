"""Opening a letter from the partner: check it, then keep its items on their side of together.json.

Nothing is changed unless the whole letter checks out (envelope, body, numbering). The caller
saves together.json and pairing.json afterwards; until then a retry opens the same letter again.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from trustroad.letters.body import BODY_FORMAT, LetterBody
from trustroad.letters.envelope import open_letter
from trustroad.letters.errors import LetterRefused
from trustroad.letters.outbox import describe
from trustroad.letters.pairing import Pairing
from trustroad.letters.together import Together


@dataclass(frozen=True)
class Received:
    sequence: int
    lines: list[str]  # what it held, in plain words
    missing: list[int]  # earlier letters not opened yet

    def summary(self) -> str:
        held = "; ".join(self.lines) if self.lines else "nothing new"
        gap = ""
        if len(self.missing) == 1:
            gap = f" Letter {self.missing[0]} from your partner has not been opened yet."
        elif self.missing:
            numbers = ", ".join(str(n) for n in self.missing)
            gap = f" Letters {numbers} from your partner have not been opened yet."
        return f"Letter {self.sequence} opened: {held}.{gap}"


def read_body(data: bytes) -> LetterBody:
    try:
        body = LetterBody.model_validate_json(data)
    except ValidationError:
        raise LetterRefused(
            "This letter opened, but what it holds could not be read: it may come from a newer trustroad"
            f" (this one reads letter format {BODY_FORMAT}).",
            "Update trustroad, or ask your partner to write it again.",
        ) from None
    return body


def take_letter(pairing: Pairing, together: Together, data: bytes) -> Received:
    """Open `data`, keep what it holds on the partner's side, note its number. LetterRefused otherwise."""
    opened = open_letter(pairing, data)
    body = read_body(opened.body)
    together.take(body, opened.sequence)
    pairing.record_opened(opened.sequence)
    return Received(opened.sequence, describe(body, received=True), pairing.missing())
