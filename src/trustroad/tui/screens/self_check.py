"""When to seek support: tick the signs that feel true; each shows a plain suggestion (issue 13).

Nothing here is saved or sent: it is a way of looking, for the person alone. The signs and
suggestions come from content/support/self-check.yaml.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content as Text
from textual.widgets import Checkbox, Footer, Header, Static

from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.toggles import WrappingCheckbox


class SelfCheckScreen(TrustroadScreen[None]):
    IN_SUPPORT = True
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]
    DEFAULT_CSS = """
    SelfCheckScreen #self-check { padding: 0 1; }
    SelfCheckScreen .sign-suggestion { color: $text-muted; padding: 0 0 1 4; }
    SelfCheckScreen .sign { max-width: 100%; text-wrap: wrap; }
    """

    def compose(self) -> ComposeResult:
        support = self.app.content.support
        spec = support.self_check if support else None
        yield Header()
        with VerticalScroll(id="self-check"):
            if spec is None:
                yield Static("This workbook's text has no self-check.", markup=False)
            else:
                yield Static(spec.title, classes="step-title", markup=False)
                yield Static(spec.intro, classes="prompt-help", markup=False)
                for sign in spec.signs:
                    yield WrappingCheckbox(Text(sign.label), False, id=f"sign--{sign.id}", classes="sign")
                    suggestion = Static(
                        sign.suggestion, id=f"suggestion--{sign.id}", classes="sign-suggestion", markup=False
                    )
                    suggestion.display = False
                    yield suggestion
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · When to seek support"
        signs = self.query(".sign")
        if signs:
            signs.first().focus()

    @on(Checkbox.Changed, ".sign")
    def _ticked(self, event: Checkbox.Changed) -> None:
        sign_id = (event.checkbox.id or "").removeprefix("sign--")
        self.query_one(f"#suggestion--{sign_id}").display = event.value
