"""Write or edit one journal entry: kind, phase, intensity, tags, share, the text, and for a
rupture talk how it went. ctrl+s saves; Esc asks before any unsaved words are dropped.

Dismisses with "saved", "deleted" or None (closed without changes).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Checkbox, Footer, Input, Label, Select, Static, TextArea

from trustroad.journal.filter import NO_PHASE
from trustroad.journal.model import (
    KIND_LABELS,
    KIND_PLACEHOLDERS,
    Entry,
    Journal,
    TalkDetails,
    parse_intensity,
    parse_tags,
)
from trustroad.storage.files import DRAFTS_FILE, JOURNAL_FILE
from trustroad.tui.modals.confirm_discard_entry import DISCARD, SAVE
from trustroad.tui.person_text import as_edited, for_editing, shown
from trustroad.tui.screens.base import TrustroadModalScreen
from trustroad.tui.widgets.field import Field
from trustroad.tui.widgets.phase_choices import phase_choices
from trustroad.tui.widgets.talk_details import TalkDetailsForm, TalkProblem
from trustroad.tui.widgets.toggles import ShareSwitch

WRITE_ANYTHING = "Write whatever you need to. It stays on this computer."


class JournalEntryScreen(TrustroadModalScreen[str | None]):
    # The app's own ctrl+s and ctrl+q give way to this screen's (see TrustroadApp.check_action).
    TAKES_APP_ACTIONS = ("save_now", "quit")
    BINDINGS = [
        # Not priority: no field of this form uses these keys, so they reach the screen after the
        # focused field has handled every key typed before them (a burst of typing, or a paste a
        # terminal does not mark, then ctrl+s at once: a priority binding would read the form
        # before the last words reached the text area).
        Binding("ctrl+s", "save_form", "Save"),
        Binding("ctrl+q", "quit_asking", "Quit", show=False),
        Binding("escape", "close", "Close"),
        # One key to each of the form's small fields, even while the text has the focus (issue 14).
        Binding("ctrl+l", "choose_kind", "Kind", priority=True, show=False),
        Binding("ctrl+r", "focus_field('#entry-intensity')", "Intensity", priority=True, show=False),
        Binding("ctrl+t", "focus_field('#entry-tags')", "Tags", priority=True, show=False),
    ]

    def __init__(self, entry: Entry | None = None, *, text: str = "", recovered: str | None = None) -> None:
        """`text`: a new entry's words to start from; `recovered`: the recovered draft they came
        from, forgotten once the entry is saved."""
        super().__init__()
        self.entry = entry
        self.text = text
        self.recovered = recovered
        self._initial: tuple | None = None

    @property
    def journal(self) -> Journal:
        return self.app.journal

    def compose(self) -> ComposeResult:
        entry = self.entry
        phase = entry.phase if entry else self.app.workbook.current_phase
        phases = phase_choices(self.app.content.phases)
        if phase and phase not in {p.id for p in self.app.content.phases}:
            # Keep what was saved (the id comes from the file, so it is shown printable).
            phases.insert(0, (shown(phase) + " (not in this workbook's text)", phase))

        with Vertical(id="entry-box"):
            yield Static(self._heading(), classes="modal-title", markup=False)
            with Horizontal(classes="entry-row"):
                yield Select(
                    [(label, kind) for kind, label in KIND_LABELS.items()],
                    allow_blank=False,
                    value=entry.kind if entry else "reflection",
                    id="entry-kind",
                    compact=True,
                )
                yield Select(phases, allow_blank=False, value=phase or NO_PHASE, id="entry-phase", compact=True)
            with Horizontal(classes="entry-row"):
                yield Label("Intensity now:")
                yield Field(
                    "" if entry is None or entry.intensity is None else str(entry.intensity),
                    id="entry-intensity",
                    compact=True,
                    restrict=r"\d{0,2}",
                    max_length=2,
                    placeholder="0–10",
                )
                yield Field(
                    for_editing(" ".join(entry.tags)) if entry else "",
                    placeholder="tags, e.g. sleep evening",
                    id="entry-tags",
                    compact=True,
                )
                yield ShareSwitch(entry.share if entry else False, id="entry-share", compact=True)
            yield TalkDetailsForm((entry.talk if entry else None) or TalkDetails())
            yield TextArea(
                for_editing(entry.text) if entry else for_editing(self.text),  # printable: see tui/person_text.py
                id="entry-text",
                soft_wrap=True,
                show_line_numbers=False,
                placeholder=WRITE_ANYTHING,
            )
            yield Static(id="entry-problem", markup=False)
            with Horizontal(classes="journal-buttons"):
                yield Button("Save (ctrl+s)", id="entry-save", variant="primary", compact=True)
                yield Button("Close (Esc)", id="entry-close", compact=True)
                if entry is not None:
                    yield Button("Delete…", id="entry-delete", variant="error", compact=True)
                yield Static("^l kind · ^r intensity · ^t tags", classes="modal-hint", markup=False)
        # Its own footer, over the journal's, whose keys wait while the form is open (as a dialog's).
        yield Footer()

    def _heading(self) -> str:
        if self.entry is None:
            return "New journal entry"
        written = self.entry.written.strftime("%Y-%m-%d %H:%M")
        edited = f" · edited {self.entry.edited.strftime('%Y-%m-%d %H:%M')}" if self.entry.edited else ""
        return f"Journal entry · written {written}{edited}"

    def on_mount(self) -> None:
        self._show_talk()
        self._initial = self._form()
        text = self.query_one("#entry-text", TextArea)
        text.move_cursor(text.document.end)  # carry on writing where the entry ends
        text.focus()

    # --- the form -----------------------------------------------------------------------------

    def _value(self, selector: str):
        value = self.query_one(selector, Select).value
        return None if value is Select.NULL else value

    def _form(self) -> tuple:
        """Everything the person can change, as typed (to tell whether anything changed)."""
        return (
            self.query_one("#entry-text", TextArea).text,
            self._value("#entry-kind"),
            self._value("#entry-phase"),
            self.query_one("#entry-share", Checkbox).value,
            *(self.query_one(box, Input).value for box in ("#entry-intensity", "#entry-tags")),
            *self.query_one(TalkDetailsForm).typed(),
        )

    @property
    def dirty(self) -> bool:
        return self._initial is not None and self._form() != self._initial

    @on(Select.Changed, "#entry-kind")
    def _show_talk(self) -> None:
        kind = self._value("#entry-kind")
        self.query_one("#talk-details").display = kind == "rupture-talk"
        # Content: the placeholder is the app's words, shown as written (a str is read as markup).
        self.query_one("#entry-text", TextArea).placeholder = Content(KIND_PLACEHOLDERS.get(kind, WRITE_ANYTHING))

    def _problem(self, message: str, focus: str) -> None:
        self.query_one("#entry-problem", Static).update(message)
        self.query_one(focus).focus()

    def _read(self) -> dict | None:
        """The form as entry fields, or None after pointing at the box that needs a fix."""
        fields: dict = {}
        try:
            fields["intensity"] = parse_intensity(self.query_one("#entry-intensity", Input).value)
        except ValueError as exc:
            self._problem(str(exc), "#entry-intensity")
            return None
        talk = None
        if self._value("#entry-kind") == "rupture-talk":
            try:
                talk = self.query_one(TalkDetailsForm).read()
            except TalkProblem as exc:
                self._problem(str(exc), exc.box)
                return None
        text = self.query_one("#entry-text", TextArea).text
        if self.entry is not None:  # left as shown: the stored words stay exactly as they are
            text = as_edited(text, self.entry.text)
        if not text.strip():
            hint = "To remove this entry, use Delete." if self.entry else "Write a few words first."
            self._problem(f"An entry needs some words. {hint}", "#entry-text")
            return None
        phase = self._value("#entry-phase")
        fields.update(
            text=text,
            kind=self._value("#entry-kind"),
            phase=None if phase == NO_PHASE else phase,
            tags=parse_tags(self._tags()),
            share=self.query_one("#entry-share", Checkbox).value,
            talk=talk,
        )
        return fields

    def _tags(self) -> str:
        typed = self.query_one("#entry-tags", Input).value
        return as_edited(typed, " ".join(self.entry.tags)) if self.entry else typed

    # --- actions --------------------------------------------------------------------------------

    def action_save_form(self) -> bool:
        """Save and close; False when a box needs fixing first (nothing closes then)."""
        fields = self._read()
        if fields is None:
            return False
        if self.entry is None:
            self.journal.add(Entry.new(**fields))
            changed = True
        else:
            changed = self.entry.edit(**fields)
        if changed:
            self.app.changed(JOURNAL_FILE)
            self.app.notify("Saved to your journal.", timeout=2)
        if self.recovered and self.app.drafts.remove(self.recovered):
            self.app.changed(DRAFTS_FILE)
        self.dismiss("saved" if changed else None)
        return True

    def action_choose_kind(self) -> None:
        kind = self.query_one("#entry-kind", Select)
        kind.focus()
        kind.action_show_overlay()

    def action_focus_field(self, selector: str) -> None:
        self.query_one(selector).focus()

    def action_close(self) -> None:
        self._leave(quitting=False)

    async def action_quit_asking(self) -> None:
        if self.dirty:
            self._leave(quitting=True)
        else:
            await self.app.action_quit()

    def _leave(self, *, quitting: bool) -> None:
        """Close (or quit), asking first when there are unsaved words."""
        if not self.dirty and not quitting:
            self.dismiss(None)
            return
        from trustroad.tui.modals.confirm_discard_entry import ConfirmDiscardEntry

        async def chosen(choice: str | None) -> None:
            if choice == SAVE:
                if not self.action_save_form():
                    return  # a box needs fixing; the words stay on screen
            elif choice != DISCARD:
                return
            elif not quitting:
                self.dismiss(None)
            if quitting:
                await self.app.action_quit()

        self.app.push_screen(ConfirmDiscardEntry(), chosen)

    def action_delete(self) -> None:
        from trustroad.tui.modals.confirm_delete_entry import ConfirmDeleteEntry

        entry = self.entry
        if entry is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes and self.journal.delete(entry.id):
                self.app.changed(JOURNAL_FILE)
                self.dismiss("deleted")  # the journal says so, and offers ctrl+z to bring it back

        self.app.push_screen(ConfirmDeleteEntry(entry), confirmed)

    @on(Button.Pressed)
    def _button(self, event: Button.Pressed) -> None:
        match event.button.id:
            case "entry-save":
                self.action_save_form()
            case "entry-close":
                self.action_close()
            case "entry-delete":
                self.action_delete()
