"""Pick where a new agreement starts: one of the suggested wordings from content, or a blank page."""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content as Text
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from trustroad.content.model import AgreementTemplate
from trustroad.tui.modals.dialog import Dialog
from trustroad.tui.widgets.readable_option_list import ReadableOptionList

BLANK = "--blank--"  # not a valid template id (ids are lowercase words joined by single hyphens)


def _opening(wording: str, width: int = 48) -> str:
    """The start of a suggested wording, to tell the suggestions apart at a glance."""
    flat = " ".join(wording.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


class AgreementTemplateModal(Dialog[str | None]):
    """Dismisses with a template id, BLANK, or None when the person changes their mind."""

    BOX_CLASSES = ""
    BOX_ID = "template-box"
    FOCUS = "#template-list"

    def __init__(self, templates: list[AgreementTemplate]) -> None:
        super().__init__()
        self.templates = templates

    def heading(self) -> str:
        return "Start a new agreement from…"

    def body(self) -> Iterable[Widget]:
        options = [
            Option(
                Text.assemble(Text.styled(t.title, "bold"), "\n", Text.styled(_opening(t.wording), "$text-muted")),
                id=t.id,
            )
            for t in self.templates
        ]
        options.append(
            Option(
                Text.assemble(Text.styled("A blank page", "bold"), "\n", Text.styled("Your own words", "$text-muted")),
                id=BLANK,
            )
        )
        yield ReadableOptionList(*options, id="template-list")
        yield Static("Enter chooses · Esc cancels", classes="modal-hint", markup=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
