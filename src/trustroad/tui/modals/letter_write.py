"""Show what the next letter holds, then seal it and write the file where the person says.

The letter's number is saved before the file exists (a number is never used twice); what it
held is marked sent only once the file is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import on
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from trustroad.export.folder import default_folder
from trustroad.export.output import write_private
from trustroad.letters.envelope import seal
from trustroad.letters.errors import LetterRefused
from trustroad.letters.outbox import Draft, describe
from trustroad.storage.files import PAIRING_FILE, TOGETHER_FILE
from trustroad.tui.modals.dialog import Dialog
from trustroad.tui.modals.pairing import free_path


class LetterWriteDialog(Dialog[Path | None]):
    BOX_ID = "letter-box"
    FOCUS = "#folder"  # Enter there seals too; what is typed goes into the folder, not nowhere

    def __init__(self, draft: Draft) -> None:
        super().__init__()
        self.draft = draft

    def heading(self) -> str:
        return "Seal this letter?"

    def body(self) -> Iterable[Widget]:
        yield Static("It will hold:\n  " + "\n  ".join(describe(self.draft.body)), markup=False)
        yield Static("Folder to write it in:", classes="form-label", markup=False)
        yield Input(str(default_folder()), id="folder")
        yield Static("The file's name says nothing about you or what is inside.", classes="modal-hint", markup=False)

    def buttons(self) -> Iterable[Button]:
        yield Button("Seal and write", id="seal", variant="primary")
        yield Button("Cancel", id="cancel")

    @on(Button.Pressed, "#seal")
    @on(Input.Submitted, "#folder")
    def _seal(self) -> None:
        folder = Path(self.query_one("#folder", Input).value.strip() or str(default_folder())).expanduser()
        if not folder.is_dir():
            self.notify(f"{folder} is not a folder.", severity="warning", markup=False)
            return
        app = self.app
        try:
            letter = seal(app.pairing, self.draft.body.model_dump_json().encode("utf-8"))
        except LetterRefused as exc:
            self.notify(exc.message(), severity="warning", markup=False)
            return
        app.changed(PAIRING_FILE)
        if not app.save_and_wait():
            self.notify("Your workbook could not be saved, so no letter was written.", severity="error", markup=False)
            return
        target = free_path(folder, "letter", ".sealed")
        try:
            written = write_private(target, letter)
        except OSError as exc:
            self.notify(f"Could not write {target} ({exc.strerror}).", severity="error", markup=False)
            return
        app.together.mark_sent(self.draft.digests)
        app.changed(TOGETHER_FILE)
        self.dismiss(written.resolve())
