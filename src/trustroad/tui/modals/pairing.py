"""Pairing, once: write my offer, open my partner's, compare the six words aloud.

The offer holds one public key: no secret and none of the person's writing. Files are written
next to where summaries go (export.output.default_folder), never over an existing file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import on
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from trustroad.export.folder import default_folder
from trustroad.export.output import write_private
from trustroad.letters.errors import LetterRefused
from trustroad.letters.keys import code, offer, take_offer
from trustroad.storage.files import PAIRING_FILE
from trustroad.tui.modals.dialog import Dialog

STEPS = (
    "1. Write your offer and give the file to your partner.  2. Open theirs below.  "
    "3. Compare the six words on both screens, aloud or side by side: only if they match exactly, "
    "say so. Different words mean a file that is not your partner's: stop there."
)


def free_path(folder: Path, stem: str, suffix: str) -> Path:
    path, number = folder / f"{stem}{suffix}", 2
    while path.exists():
        path, number = folder / f"{stem}-{number}{suffix}", number + 1
    return path


class PairingDialog(Dialog[None]):
    BOX_ID = "pairing-box"
    FOCUS = "#write-offer"

    def heading(self) -> str:
        return "Pair with your partner's workbook"

    def body(self) -> Iterable[Widget]:
        yield Static(STEPS, classes="modal-hint", markup=False)
        yield Button("Write my pairing offer", id="write-offer")
        yield Static("", id="offer-written", markup=False)
        yield Input(placeholder="Path to your partner's pairing offer, then Enter", id="their-offer")
        yield Static("", id="words", markup=False)

    def buttons(self) -> Iterable[Button]:
        yield Button("The words match", id="match", variant="primary", disabled=True)
        yield Button("Close", id="cancel")

    def on_mount(self) -> None:
        super().on_mount()
        self._show_words()

    def _show_words(self) -> None:
        pairing = self.app.pairing
        words = self.query_one("#words", Static)
        if pairing.has_partner:
            state = "Paired: these words match." if pairing.paired else "Compare these words with your partner's:"
            words.update(f"{state}\n   {code(pairing)}")
        self.query_one("#match", Button).disabled = not pairing.has_partner or pairing.paired

    @on(Button.Pressed, "#write-offer")
    def _write_offer(self) -> None:
        data = offer(self.app.pairing)
        self.app.changed(PAIRING_FILE)
        if not self.app.save_and_wait():  # the key pair must be on disk before its offer leaves
            return
        target = free_path(default_folder(), "pairing-offer", ".json")
        try:
            written = write_private(target, data)
        except OSError as exc:
            self.query_one("#offer-written", Static).update(f"Could not write {target} ({exc.strerror}).")
            return
        self.query_one("#offer-written", Static).update(f"Written to {written}. Give this file to your partner.")

    @on(Input.Submitted, "#their-offer")
    def _open_offer(self, event: Input.Submitted) -> None:
        path = Path(event.value.strip()).expanduser()
        try:
            take_offer(self.app.pairing, path.read_bytes())
        except OSError as exc:
            self.notify(f"Could not read {path} ({exc.strerror}). Nothing was changed.", markup=False)
            return
        except LetterRefused as exc:
            self.notify(exc.message(), title="Not a pairing offer", severity="warning", markup=False)
            return
        self.app.changed(PAIRING_FILE)
        self._show_words()
        self.query_one("#match", Button).focus()

    @on(Button.Pressed, "#match")
    def _words_match(self) -> None:
        self.app.pairing.confirm()
        self.app.changed(PAIRING_FILE)
        self._show_words()
        self.notify("Paired. You can now write and open letters.", markup=False)
