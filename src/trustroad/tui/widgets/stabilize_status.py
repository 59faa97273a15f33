"""Two calm lines on the road map: agreements ready for a review, and when the last check-in was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from trustroad.agreements import model as ag
from trustroad.checkins import model as ck
from trustroad.clock import now

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp


def status_lines(agreements: ag.Agreements, checkins: ck.CheckIns) -> str:
    today = now().date()
    lines: list[str] = []
    due = len(ag.due_for_review(agreements.agreements, today))
    if due:
        what = "agreement is" if due == 1 else "agreements are"
        lines.append(f"{due} {what} ready for a review (press a).")
    lines.append(ck.last_checkin_phrase(checkins.checkins, today, has_draft=bool(checkins.draft)))
    return "\n".join(lines)


class StabilizeStatus(Static):
    """Refreshed by HomeScreen.refresh_map, so it is current whenever the road map shows."""

    app: TrustroadApp

    def __init__(self) -> None:
        super().__init__(id="stabilize-status", markup=False)

    def refresh_status(self) -> None:
        self.update(status_lines(self.app.agreements, self.app.checkins))
