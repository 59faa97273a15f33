"""Two calm lines on the road map: agreements ready for a review, and when the last check-in was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from trustroad.agreements.model import Agreements
from trustroad.checkins.model import CheckIns
from trustroad.clock import now

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp


def status_lines(agreements: Agreements, checkins: CheckIns) -> str:
    today = now().date()
    lines: list[str] = []
    due = len(agreements.due_for_review(today))
    if due:
        what = "agreement is" if due == 1 else "agreements are"
        lines.append(f"{due} {what} ready for a review (press a).")
    lines.append(checkins.last_checkin_phrase(today))
    return "\n".join(lines)


class StabilizeStatus(Static):
    """Refreshed by HomeScreen.refresh_map, so it is current whenever the road map shows."""

    app: TrustroadApp

    def __init__(self) -> None:
        super().__init__(id="stabilize-status", markup=False)

    def refresh_status(self) -> None:
        self.update(status_lines(self.app.agreements, self.app.checkins))
