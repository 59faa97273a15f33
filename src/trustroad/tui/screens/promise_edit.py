"""Write or change one promise, with the coach reading along as the wording changes.

The coach only advises: saving always works. ctrl+s (or F4) saves; Esc leaves, asking first
when typed words are not saved; an edit of the wording keeps the earlier wording in its history.
"""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import (
    Button,
    Checkbox,
    Footer,
    Header,
    Input,
    Select,
    Static,
    TextArea,
)

from trustroad.clock import today
from trustroad.promises.model import PromisesBook
from trustroad.promises.records import DAY_NAMES, Promise, Status
from trustroad.storage.files import DRAFTS_FILE, PROMISES_FILE
from trustroad.tui.chosen import chosen
from trustroad.tui.person_text import as_edited, for_editing
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.coach_panel import CoachPanel
from trustroad.tui.widgets.field import Field
from trustroad.tui.widgets.toggles import ShareSwitch

OWNERS = [("Mine", "mine"), ("My partner's", "partner"), ("Ours", "ours")]
FREQUENCIES = [
    ("Every day", "daily"),
    ("On chosen weekdays", "weekdays"),
    ("Once a week", "weekly"),
    ("Whenever it happens (if… / when…)", "whenever"),
]
STATUSES = [("Active", "active"), ("Paused for now", "paused"), ("Completed", "completed"), ("Set aside", "retired")]


def parse_days(text: str) -> list[int]:
    """ "Mon Wed fri" or "1,3,5"-free text -> weekday numbers (0 = Monday); unknown words ignored."""
    found = set()
    for word in text.replace(",", " ").split():
        key = word[:3].lower()
        for number, name in enumerate(DAY_NAMES):
            if name.lower() == key:
                found.add(number)
    return sorted(found)


def parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


class PromiseEditScreen(TrustroadScreen[str | None]):
    """Dismisses with the promise's id once saved, or None when nothing was written."""

    # The app's own ctrl+s ("save now") gives way to this screen's (see TrustroadApp.check_action).
    TAKES_APP_ACTIONS = ("save_now",)
    BINDINGS = [
        # ctrl+s works on every keyboard (many laptops keep the F-keys); F4 stays as it was. Not
        # priority, as in the journal entry: it reaches the screen after the wording box has
        # taken every key typed before it, so a burst of typing then ctrl+s saves all of it.
        Binding("ctrl+s", "save", "Save"),
        Binding("f4", "save", "Save", show=False, priority=True),
        # Esc leaves, as everywhere: it asks first when something typed is not saved (issue 14).
        Binding("escape", "close", "Back"),
    ]

    def __init__(self, promise_id: str | None = None, wording: str = "", recovered: str | None = None) -> None:
        """`recovered`: the recovered draft `wording` came from, forgotten once the promise is saved."""
        super().__init__()
        self.promise_id = promise_id
        self.initial_wording = wording
        self.draft: str | None = None  # the wording as typed, kept in case the screen is closed from elsewhere
        self.saved = False
        self.recovered = recovered
        self._initial: tuple = ()  # the form as it opened (on_mount)

    @property
    def book(self) -> PromisesBook:
        return self.app.promises

    def compose(self) -> ComposeResult:
        promise = self.book.promise(self.promise_id) if self.promise_id else None
        p = promise or Promise(wording=self.initial_wording)
        yield Header()
        with VerticalScroll(id="promise-form"):
            yield Static("The promise, in a sentence", classes="form-label", markup=False)
            yield TextArea(
                for_editing(p.wording),  # printable: see tui/person_text.py
                id="wording",
                soft_wrap=True,
                tab_behavior="focus",
                show_line_numbers=False,
                highlight_cursor_line=False,
                placeholder="I'll text you when I leave work, every weekday.",
            )
            yield CoachPanel(for_editing(p.wording), frequency=p.frequency, visibility=p.visibility, id="coach")
            with Horizontal(classes="form-row"):
                yield Select(OWNERS, value=p.owner, allow_blank=False, id="owner", prompt="Whose")
                yield Select(FREQUENCIES, value=p.frequency, allow_blank=False, id="frequency")
            yield Static("Which days (for weekdays or weekly), e.g. Mon Wed Fri", classes="form-label", markup=False)
            yield Field(" ".join(DAY_NAMES[d] for d in p.days), id="days", placeholder="Mon Tue Wed Thu Fri")
            yield Static("How will the other person see it kept?", classes="form-label", markup=False)
            yield Field(for_editing(p.visibility), id="visibility", placeholder="You'll see the message arrive.")
            # Named above the row: a filled box shows no placeholder, and the date alone said nothing.
            yield Static(
                "When it starts, and a day to look back on it together (optional): YYYY-MM-DD",
                classes="form-label",
                markup=False,
            )
            with Horizontal(classes="form-row"):
                yield Field(p.start.isoformat(), id="start", placeholder="Starts on")
                yield Field(
                    p.review_on.isoformat() if p.review_on else "",
                    id="review-on",
                    placeholder="Look back on (optional)",
                )
            if promise is not None:
                yield Select(STATUSES, value=p.status, allow_blank=False, id="status")
            yield ShareSwitch(p.share, id="share")
            yield Button("Save (ctrl+s)", id="save", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · Edit promise" if self.promise_id else "trustroad · New promise"
        self.query_one("#wording", TextArea).focus()
        self._initial = self._form()

    def _form(self) -> tuple:
        """Everything the person can change, as shown (to tell whether anything changed)."""
        return (
            self.query_one("#wording", TextArea).text,
            *(self.query_one(f"#{box}", Input).value for box in ("days", "visibility", "start", "review-on")),
            *(select.value for select in self.query(Select)),
            self.query_one("#share", Checkbox).value,
        )

    def action_close(self) -> None:
        """Esc: leave; with unsaved changes, ask whether to save them, keep writing or drop them."""
        if self.saved or self._form() == self._initial:
            self.saved = True  # nothing to keep: leaving must not add the promise
            self.dismiss(None)
            return
        from trustroad.tui.modals.confirm_discard_entry import DISCARD, SAVE, ConfirmDiscardEntry

        def chosen(choice: str | None) -> None:
            if choice == SAVE:
                self.action_save()
            elif choice == DISCARD:
                self.saved = True  # dropped on purpose: closing must not keep the draft
                self.dismiss(None)

        self.app.push_screen(ConfirmDiscardEntry("promise"), chosen)

    @on(TextArea.Changed, "#wording")
    def _wording_changed(self, event: TextArea.Changed) -> None:
        self._coach()
        self.draft = event.text_area.text

    @on(Select.Changed, "#frequency")
    @on(Input.Changed, "#visibility")
    def _coach(self) -> None:
        """The coach reads the whole promise: the wording, the rhythm and how it is seen."""
        frequency = self.query_one("#frequency", Select).value
        self.query_one("#coach", CoachPanel).show(
            self.query_one("#wording", TextArea).text,
            frequency if isinstance(frequency, str) else None,
            self.query_one("#visibility", Input).value,
        )

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    def on_unmount(self) -> None:
        # Closed without ctrl+s/Esc (e.g. F9 or the palette jumped elsewhere): keep the words.
        self.before_quit()

    def before_quit(self) -> None:
        """Keep the typed wording; the app calls this before its last save on ctrl+q."""
        if self.saved or self.draft is None or not self.draft.strip():
            return
        book = self.book
        promise = book.promise(self.promise_id) if self.promise_id else None
        if promise is None:
            book.add_promise(Promise(wording=self.draft.strip()))
        elif not book.set_wording(promise.id, as_edited(self.draft.strip(), promise.wording)):
            return
        self.saved = True  # kept once: unmounting after a quit must not add it again
        self.app.changed(PROMISES_FILE)

    def action_save(self) -> None:
        self.saved = True
        wording = self.query_one("#wording", TextArea).text.strip()
        book = self.book
        promise = book.promise(self.promise_id) if self.promise_id else None
        if promise is None and not wording:
            self.dismiss(None)  # nothing written: nothing to keep
            return
        if promise is None:
            promise = Promise(wording=wording)
            book.add_promise(promise)
        else:  # left as shown, the stored wording stays exactly as it was
            book.set_wording(promise.id, as_edited(wording, promise.wording))
        start = parse_date(self.query_one("#start", Input).value)
        review_text = self.query_one("#review-on", Input).value
        book.edit_promise(
            promise.id,
            owner=self.query_one("#owner", Select).value,
            frequency=self.query_one("#frequency", Select).value,
            days=parse_days(self.query_one("#days", Input).value),
            visibility=as_edited(self.query_one("#visibility", Input).value.strip(), promise.visibility),
            start=promise.start if start is None else start,
            review_on=parse_date(review_text),
            share=self.query_one("#share", Checkbox).value,
        )
        if self.promise_id:
            status: Select[Status] = self.query_one("#status", Select)
            book.set_status(promise.id, chosen(status), on=today())
        self.app.changed(PROMISES_FILE)
        unread = [] if start is not None else ["the start date"]
        if review_text.strip() and promise.review_on is None:
            unread.append("the look-back date")
        note = f" (Could not read {' or '.join(unread)}; use YYYY-MM-DD.)" if unread else ""
        if self.recovered and self.app.drafts.remove(self.recovered):
            self.app.changed(DRAFTS_FILE)
        self.notify(f"Promise saved.{note}", timeout=3, markup=False)
        self.dismiss(promise.id)
