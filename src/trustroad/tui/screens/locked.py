"""The way back from the hidden page when the workbook is encrypted: the passphrase first.

The hide key or Enter on the hidden page puts this in its place (tui/screens/hidden.py): still a
plain "notes" page, now with one passphrase field. The check runs on a worker thread and only
unwraps the data key from the key file (storage/encrypted.check_passphrase): no document is
read again, so everything underneath (the same screen, its focused field, words not yet saved)
is exactly as it was when the right passphrase takes the person back. A wrong one changes
nothing, says so, and may be tried again as often as the person likes. The hide key or Escape
goes back to the bare page (someone walked in), and a check still running then is ignored.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, Static

from trustroad.tui.screens.hidden import NEUTRAL_TITLE, HiddenScreen
from trustroad.tui.secret_work import run_with_secrets
from trustroad.tui.widgets.passphrase_input import PassphraseInput, take_secret

# Neutral words: nothing here may say what is underneath.
WRONG = "That is not the passphrase. Nothing was changed; try again."


class LockedScreen(HiddenScreen):
    # Not the hidden page's Enter (it comes back): here Enter belongs to the field.
    inherit_bindings = False
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "app.hide", show=False)]
    DEFAULT_CSS = """
    LockedScreen #locked-passphrase { width: 40; margin-top: 1; }
    LockedScreen #locked-status { margin-top: 1; color: $text-muted; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._checking = False

    def compose(self) -> ComposeResult:
        yield Static(NEUTRAL_TITLE, id="hidden-title", markup=False)
        yield PassphraseInput(id="locked-passphrase", placeholder="passphrase")
        yield Static("", id="locked-status", markup=False)

    def on_mount(self) -> None:
        self.query_one(PassphraseInput).focus()

    def _say(self, message: str) -> None:
        self.query_one("#locked-status", Static).update(message)

    @on(Input.Submitted, "#locked-passphrase")
    def _submitted(self, event: Input.Submitted) -> None:
        field = event.input
        key = self.app.store.io.sealing_key()
        if self._checking or not field.value or key is None:
            return
        self._checking = True
        secret = take_secret(field)
        field.disabled = True
        self._say("Checking…")
        folder = self.app.store.folder

        def job(secrets: list[bytearray]) -> bool:
            from trustroad.storage.encrypted import check_passphrase
            from trustroad.storage.errors import WrongPassphrase

            try:
                check_passphrase(folder, secrets[0], key)
            except WrongPassphrase:
                return False
            return True

        run_with_secrets(self, [secret], job, self._checked, self._failed)

    def _checked(self, right: bool) -> None:
        if not self.is_current:  # hidden again meanwhile: it stays hidden
            return
        if right:
            self.app.privacy.returned()
        else:
            self._failed(WRONG)

    def _failed(self, message: str) -> None:
        self._checking = False
        if not self.is_current:
            return
        field = self.query_one(PassphraseInput)
        field.disabled = False
        field.focus()
        self._say(message)
