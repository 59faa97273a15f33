"""The safety check on the phase screen (issue 13): offered at the start of Stabilize, and a
gentle reminder on the later phases while the latest check has a concern.

The reminder never blocks anything: the steps stay open, and "put it away" is remembered
(until the next check). Which phases is the content's choice (safety-check.yaml).
"""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Button, Static

from trustroad.content.model import Phase, Step
from trustroad.content.support import SupportContent
from trustroad.workbook.model import Workbook

OFFER = "Before you begin: a private safety check, a few questions only you will see."
NOTICE_BUTTON = "safety-notice-button"  # not where Enter on a step goes (the step's own boxes are)


def safety_notice_widgets(support: SupportContent | None, workbook: Workbook, phase: Phase, step: Step) -> list[Widget]:
    spec = support.safety_check if support else None
    if spec is None:
        return []
    if workbook.safety_check.shows_reminder(spec, phase.id):
        return [
            Static(spec.reminder, id="safety-reminder", classes="safety-notice", markup=False),
            Button("Put this reminder away", id="dismiss-safety-reminder", classes=NOTICE_BUTTON),
        ]
    if phase.id == spec.offered_in and phase.steps and step.id == phase.steps[0].id:
        return [
            Static(OFFER, id="safety-offer", classes="safety-notice", markup=False),
            Button(spec.title, id="take-safety-check", classes=NOTICE_BUTTON),
        ]
    return []
