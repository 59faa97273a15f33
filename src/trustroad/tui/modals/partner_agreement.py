"""An agreement the partner sent: their words and review date beside mine; say yes to theirs.

Saying yes copies their wording and review date into my own agreement (same id), marks it
agreed and chooses it for my next letter, which carries the yes back. Nothing is merged
silently: where the two differ, both are shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import on
from textual.content import Content as Text
from textual.widget import Widget
from textual.widgets import Button, Static

from trustroad.letters import joint
from trustroad.tui.modals.dialog import Dialog
from trustroad.tui.person_text import shown


class PartnerAgreementDialog(Dialog[bool]):
    BOX_ID = "letter-box"
    FOCUS = "#cancel"

    def __init__(self, agreement_id: str) -> None:
        super().__init__()
        self.agreement_id = agreement_id

    def heading(self) -> str:
        return "Your partner's agreement"

    def body(self) -> Iterable[Widget]:
        together = self.app.together
        theirs = together.partner.agreements[self.agreement_id]
        mine = self.app.agreements.get(self.agreement_id)
        yield Static(
            Text.assemble(
                Text.styled("Their words: ", "bold"),
                shown(theirs.title),
                "\n",
                shown(theirs.wording),
                f"\nReview on {theirs.review_on.isoformat()}",
            )
        )
        if mine is not None:
            yield Static(
                Text.assemble(
                    Text.styled("Your words: ", "bold"),
                    shown(mine.title),
                    "\n",
                    shown(mine.wording),
                    f"\nReview on {mine.review_on.isoformat()}",
                )
            )
        status = joint.agreement_status(together, mine, self.agreement_id)
        yield Static(f"Where it stands: {status}.", classes="modal-hint", markup=False)

    def buttons(self) -> Iterable[Button]:
        theirs = self.app.together.partner.agreements[self.agreement_id]
        yield Button("Say yes to their words", id="accept", variant="primary", disabled=theirs.stance != "yes")
        yield Button("Not now", id="cancel")

    def cancelled(self) -> bool:
        return False

    @on(Button.Pressed, "#accept")
    def _accept(self) -> None:
        together = self.app.together
        joint.accept(self.app.agreements, together, together.partner.agreements[self.agreement_id])
        self.notify("Your yes goes to your partner with your next letter.", markup=False)
        self.dismiss(True)
