"""The dialog that turns encryption on or off or changes the passphrase (from Settings).

Its fields are PassphraseInputs (tui/widgets/passphrase_input.py: never copied out, never a
draft), and the key derivation runs off the UI thread (tui/secret_work.py: the passphrase's bytes
zeroed after, never in a message or a traceback).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, ClassVar, Literal, TypeVar

from textual import events, on
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from trustroad.tui.modals.dialog import Dialog
from trustroad.tui.reveal import LATE_SCROLL
from trustroad.tui.secret_work import plain_reason, run_with_secrets
from trustroad.tui.widgets.passphrase_input import PassphraseInput, take_secret

if TYPE_CHECKING:
    from trustroad.storage.store import Store

T = TypeVar("T")
Mode = Literal["on", "off", "change"]
MIN_LENGTH = 8  # characters; several words are better

FORGOTTEN = (
    "If you forget the passphrase, your workbook cannot be recovered: not by you, not by trustroad, "
    "not by anyone. Write it down and keep it somewhere safe, away from this computer."
)
PROTECTS = (
    "It protects your words if this computer is lost or stolen, or if someone opens the data folder "
    "(or a copy of it) without the passphrase. It does not protect them from someone at this computer "
    "while trustroad is open and unlocked, or from a program that records what you type (a keylogger). "
    "Copies of the folder made before now, and therapy summaries you export, are not encrypted."
)
HEADINGS = {
    "on": "Encrypt this workbook with a passphrase",
    "off": "Stop encrypting this workbook",
    "change": "Change the passphrase",
}
ACTIONS = {"on": "Encrypt", "off": "Stop encrypting", "change": "Change passphrase"}
DONE = {
    "on": "Your workbook is encrypted. trustroad will ask for the passphrase each time it opens.",
    "off": "Your workbook is no longer encrypted: anyone who can open the data folder can read it.",
    "change": "The passphrase is changed. The old one no longer opens this workbook.",
}


class PassphraseDialog(Dialog[bool]):
    """Turn encryption on ("on"), off ("off"), or change the passphrase ("change"); True once done."""

    FOCUS: ClassVar[str] = "PassphraseInput"

    def __init__(self, mode: Mode) -> None:
        super().__init__()
        self.mode: Mode = mode
        self._working = False
        self._finished = False
        self._was_hidden = False

    def heading(self) -> str:
        return HEADINGS[self.mode]

    def body(self) -> Iterable[Widget]:
        if self.mode == "on":
            yield Static(FORGOTTEN, classes="prompt-help", markup=False)
            yield Static(PROTECTS, classes="prompt-help", markup=False)
        elif self.mode == "off":
            yield Static(
                "Every file in the data folder will be written unencrypted again, and anyone who can open "
                "the folder will be able to read it. Type the passphrase to confirm.",
                classes="prompt-help",
                markup=False,
            )
        else:
            yield Static(
                "Your files stay as they are; only the passphrase that opens them changes. " + FORGOTTEN,
                classes="prompt-help",
                markup=False,
            )
        if self.mode != "on":
            yield Static("Current passphrase", classes="prompt-label", markup=False)
            yield PassphraseInput(id="current")
        if self.mode != "off":
            yield Static(f"New passphrase (at least {MIN_LENGTH} characters)", classes="prompt-label", markup=False)
            yield PassphraseInput(id="new")
            yield Static("The new passphrase again", classes="prompt-label", markup=False)
            yield PassphraseInput(id="again")
        yield Static("", id="passphrase-status", markup=False)

    def buttons(self) -> Iterable[Button]:
        yield Button(ACTIONS[self.mode], id="go", variant="warning" if self.mode == "off" else "primary")
        yield Button("Cancel", id="cancel")

    def action_cancel(self) -> None:
        if not self._working:  # a switch under way finishes first: its files must all agree
            super().action_cancel()

    def _say(self, message: str) -> None:
        self.query_one("#passphrase-status", Static).update(message)
        # The focus goes back to a field above the message, and the box, taller than the window
        # at 80x24, scrolls up to it: the message was left out of sight, under the last field.
        # Once those scrolls are done (tui/reveal.py's last look), both are brought into sight.
        self.set_timer(LATE_SCROLL * 1.5, self._status_in_sight)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        super().on_descendant_focus(event)  # the field's label comes into view (tui/reveal.py)
        # The focus that follows a message can land after _say's timer was set (a loaded machine),
        # and its label's scroll would then come last and hide the message again: look once more
        # after that scroll, counted from the focus itself.
        if self.query_one("#passphrase-status", Static).content:
            self.set_timer(LATE_SCROLL * 1.5, self._status_in_sight)

    def _status_in_sight(self) -> None:
        if not self.is_attached or not self.is_current:
            return  # done, or hidden (the hide key): the next message scrolls again
        shown: list[Widget] = [self.query_one("#passphrase-status", Static)]
        if self.focused is not None and self.focused.parent is self._box:
            shown.append(self.focused)
        region = Region.from_union([widget.virtual_region for widget in shown])
        if region.height <= self._box.scrollable_content_region.height:
            self._box.scroll_to_region(region, animate=False, immediate=True)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        fields: list[Input] = list(self.query(PassphraseInput))
        if event.input is fields[-1]:
            self._go()
        else:
            fields[fields.index(event.input) + 1].focus()

    @on(Button.Pressed, "#go")
    def _go(self) -> None:
        if self._working:
            return
        fields = {field.id: field for field in self.query(PassphraseInput)}
        if "current" in fields and not fields["current"].value:
            self._say("Type the current passphrase.")
            fields["current"].focus()
            return
        if "new" in fields:
            new, again = fields["new"], fields["again"]
            if len(new.value) < MIN_LENGTH:
                self._say(f"The new passphrase needs at least {MIN_LENGTH} characters; several words are best.")
                new.focus()
                return
            if new.value != again.value:
                again.value = ""
                self._say("The two new passphrases are not the same. Type it again in the second field.")
                again.focus()
                return
            fields["again"].value = ""
        if not self.app.save_and_wait():
            self._say("Your latest changes could not be saved yet, so nothing was switched. Fix that first.")
            return
        secrets = [take_secret(fields[name]) for name in ("current", "new") if name in fields]
        self._working = True
        self._enable(False)
        self._say("Working… this takes a few seconds.")
        run_with_secrets(self, secrets, self._job(), self._done, self._failed)

    def _enable(self, enabled: bool) -> None:
        for field in self.query(PassphraseInput):
            field.disabled = not enabled
        self.query_one("#go", Button).disabled = not enabled

    def _job(self) -> Callable[[list[bytearray]], Store | None]:
        """What runs on the worker thread (storage/switch.py, then a new Store that has read every file)."""
        folder, mode = self.app.store.folder, self.mode
        from trustroad.storage.kdf import new_params

        params = new_params(self.app.test_kdf)

        def job(secrets: list[bytearray]) -> Store | None:
            from trustroad.documents import load_all
            from trustroad.storage import switch
            from trustroad.storage.encrypted import EncryptedByteStore
            from trustroad.storage.store import Store

            if mode == "change":
                switch.change_passphrase(folder, secrets[0], secrets[1], params)
                return None
            if mode == "on":
                store = Store(folder, bytes_io=EncryptedByteStore(folder, switch.turn_on(folder, secrets[0], params)))
            else:
                switch.turn_off(folder, secrets[0])
                store = Store(folder)
            load_all(store)  # every file opens the new way (and the store knows them, for its guard)
            return store

        return job

    def _done(self, store: Store | None) -> None:
        self._working = False
        if store is not None:
            try:
                self.app.use_store(store)
            except Exception as error:
                self.app.notify(plain_reason(error), title="Not saved", severity="error", timeout=15, markup=False)
        self.app.notify(DONE[self.mode], title="Privacy", timeout=8, markup=False)
        self._finished = True
        if self.app.screen is self:
            self.dismiss(True)

    def on_screen_suspend(self) -> None:
        # Handled after the push: the screen on top is the one that covered this dialog.
        self._was_hidden = self.app.privacy.hidden

    def on_screen_resume(self) -> None:
        if self._finished:  # it finished while hidden (the hide key)
            self.dismiss(True)
        elif self._was_hidden and not self._working:  # a switch under way keeps its "Working…"
            self._start_over()
        self._was_hidden = False

    def _start_over(self) -> None:
        """Back from the hide key (or the idle lock): someone may have come near, so no half-typed
        passphrase waits in the window, nor the last message; the first field has the focus."""
        fields = list(self.query(PassphraseInput))
        for field in fields:
            field.value = ""
        self.query_one("#passphrase-status", Static).update("")
        fields[0].focus()
        self.call_after_refresh(self._open_at_top)  # the heading in sight again, and the field

    def _failed(self, message: str) -> None:
        self._working = False
        self._enable(True)
        self._say(message)
        next(iter(self.query(PassphraseInput))).focus()
