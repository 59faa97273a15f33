"""What an "agreements" step shows under its text: the suggested starting points, and a way in (F7)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import Widget
from textual.widgets import Button, Static

from trustroad.agreements.model import topic_label
from trustroad.content.model import Step

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp


class OpenAgreementsButton(Button):
    """Handles its own press, so the phase screen needs no code for it."""

    app: TrustroadApp

    def __init__(self) -> None:
        super().__init__("Open my agreements (F7)", id="open-agreements", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.app.action_agreements()


def agreements_step_widgets(step: Step) -> list[Widget]:
    lines = "\n".join(f"• {t.title} — {topic_label(t.topic).lower()}" for t in step.templates)
    return [
        Static("Suggested starting points", classes="prompt-label", markup=False),
        Static(lines, classes="prompt-help", markup=False),
        OpenAgreementsButton(),
    ]
