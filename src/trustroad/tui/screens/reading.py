"""One step's text on its own, read-only, opened from the support place (the safety page).

Not the phase screen: opening that would leave the screens underneath (an entry being written,
a dialog) for the road map; this page sits over them and Esc comes back.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static

from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.content_markdown import ContentMarkdown


class ReadingScreen(TrustroadScreen[None]):
    IN_SUPPORT = True
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]
    DEFAULT_CSS = "ReadingScreen #reading { padding: 0 1; }"

    def __init__(self, step_id: str) -> None:
        super().__init__()
        self.step_id = step_id

    def compose(self) -> ComposeResult:
        step = self.app.content.step(self.step_id)
        yield Header()
        with VerticalScroll(id="reading"):
            if step is None:  # a content pack without this step
                yield Static("This page is not in your workbook's text.", markup=False)
            else:
                yield Static(step.title, classes="step-title", markup=False)
                yield ContentMarkdown(step.body, classes="step-body")
        yield Footer()

    def on_mount(self) -> None:
        step = self.app.content.step(self.step_id)
        self.title = f"trustroad · {step.title}" if step else "trustroad"
        self.query_one("#reading").focus()
