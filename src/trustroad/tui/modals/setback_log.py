"""Log a setback: what kind, how intense, a note. Rebuilding is not linear; this is part of it."""

from __future__ import annotations

from collections.abc import Iterable

from textual import on
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Select, Static

from trustroad.promises.records import SETBACK_LABELS, Setback, SetbackKind
from trustroad.tui.chosen import chosen
from trustroad.tui.modals.dialog import Dialog
from trustroad.tui.widgets.field import Field
from trustroad.tui.widgets.toggles import ShareSwitch


class SetbackLogModal(Dialog[Setback | None]):
    BOX_ID = "setback-box"
    FOCUS = "#kind"

    def heading(self) -> str:
        return "Log a setback. Hard moments are part of rebuilding."

    def body(self) -> Iterable[Widget]:
        yield Select(
            [(label, kind) for kind, label in SETBACK_LABELS.items()],
            value="moment-of-doubt",
            allow_blank=False,
            id="kind",
        )
        yield Static("How intense, 0 (barely) to 10 (overwhelming)", classes="form-label", markup=False)
        yield Field("5", id="intensity", type="integer", max_length=2)
        yield Field("", id="note", placeholder="A few words, if you like (optional)")
        yield ShareSwitch(False, id="share")

    def buttons(self) -> Iterable[Button]:
        yield Button("Save", id="save", variant="primary")
        yield Button("Cancel", id="cancel")

    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        try:
            intensity = min(max(int(self.query_one("#intensity", Input).value), 0), 10)
        except ValueError:
            intensity = 5
        kind: Select[SetbackKind] = self.query_one("#kind", Select)
        self.dismiss(
            Setback(
                kind=chosen(kind),
                intensity=intensity,
                note=self.query_one("#note", Input).value.strip(),
                share=self.query_one("#share", Checkbox).value,
            )
        )
