"""Two calm lines on the road map: agreements ready for a review, and when the last check-in was."""

from __future__ import annotations

from textual.widgets import Static

from trustroad.checkins.model import CheckIns
from trustroad.clock import now
from trustroad.storage.files import AGREEMENTS_FILE, CHECKINS_FILE


def status_lines(documents: dict) -> str:
    today = now().date()
    lines: list[str] = []
    agreements = documents.get(AGREEMENTS_FILE)
    due = len(agreements.due_for_review(today)) if agreements else 0
    if due:
        what = "agreement is" if due == 1 else "agreements are"
        lines.append(f"{due} {what} ready for a review (press a).")
    checkins = documents.get(CHECKINS_FILE)
    lines.append((checkins or CheckIns()).last_checkin_phrase(today))
    return "\n".join(lines)


class StabilizeStatus(Static):
    """Refreshed by HomeScreen.refresh_map, so it is current whenever the road map shows."""

    def __init__(self) -> None:
        super().__init__(id="stabilize-status", markup=False)

    def refresh_status(self) -> None:
        self.update(status_lines(self.app.documents))
