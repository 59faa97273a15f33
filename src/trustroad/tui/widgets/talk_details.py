"""How a rupture talk went, as part of a journal entry: at the agreed time, how long, whether a
time-out was used, and the intensity before and after (journal/model.py TalkDetails).

Apart from the entry editor (tui/screens/journal_entry.py) because it is a small form of its
own, shown only for an entry of the kind "rupture talk". Every box may stay empty ("not said").
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Select

from trustroad.journal.model import TalkDetails, parse_intensity
from trustroad.tui.widgets.field import Field

YES_NO = [("Yes", True), ("No", False)]
_SELECTS = ("#talk-agreed", "#talk-timeout")
_BOXES = ("#talk-minutes", "#talk-before", "#talk-after")


class TalkProblem(ValueError):
    """A box that cannot be read: the message says why, `box` is the selector to point at."""

    def __init__(self, message: str, box: str) -> None:
        super().__init__(message)
        self.box = box


class TalkDetailsForm(Vertical):
    def __init__(self, talk: TalkDetails) -> None:
        super().__init__(id="talk-details")
        self.talk = talk  # what the form starts from

    def compose(self) -> ComposeResult:
        talk = self.talk
        # Two rows that fit 80 columns: the yes-or-no questions, then the numbers.
        with Horizontal(classes="entry-row"):
            yield Label("At the agreed time?")
            yield Select(YES_NO, prompt="not said", value=_blank(talk.at_agreed_time), id="talk-agreed", compact=True)
            yield Label("Time-out used?")
            yield Select(YES_NO, prompt="not said", value=_blank(talk.time_out_used), id="talk-timeout", compact=True)
        with Horizontal(classes="entry-row"):
            yield Label("Minutes:")
            yield Field(_text(talk.minutes), id="talk-minutes", restrict=r"\d{0,4}", compact=True, placeholder="min")
            yield Label("Intensity before the talk:")
            yield Field(
                _text(talk.intensity_before), id="talk-before", restrict=r"\d{0,2}", compact=True, placeholder="0–10"
            )
            yield Label("after:")
            yield Field(
                _text(talk.intensity_after), id="talk-after", restrict=r"\d{0,2}", compact=True, placeholder="0–10"
            )

    def typed(self) -> tuple:
        """Every choice and box as it stands (to tell whether anything changed)."""
        return (
            *(self.query_one(select, Select).value for select in _SELECTS),
            *(self.query_one(box, Input).value for box in _BOXES),
        )

    def read(self) -> TalkDetails:
        """The form as TalkDetails; raises TalkProblem for a box that needs a fix."""
        values = {}
        for key, box in (("intensity_before", "#talk-before"), ("intensity_after", "#talk-after")):
            try:
                values[key] = parse_intensity(self.query_one(box, Input).value)
            except ValueError as exc:
                raise TalkProblem(str(exc), box) from None
        minutes = self.query_one("#talk-minutes", Input).value.strip()
        if minutes and int(minutes) > 24 * 60:
            raise TalkProblem("Minutes: a rough number of minutes, up to 1440 (a whole day).", "#talk-minutes")
        return TalkDetails(
            at_agreed_time=self.query_one("#talk-agreed", Select).selection,
            time_out_used=self.query_one("#talk-timeout", Select).selection,
            minutes=int(minutes) if minutes else None,
            **values,
        )


def _blank(value: bool | None) -> object:
    return Select.NULL if value is None else value


def _text(value: int | None) -> str:
    return "" if value is None else str(value)
