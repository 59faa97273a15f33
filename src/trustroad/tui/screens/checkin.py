"""The weekly check-in: this week's ratings and answers (kept as a draft while typing), and past check-ins."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content as Text
from textual.widget import Widget
from textual.widgets import (
    Button,
    Checkbox,
    Footer,
    Header,
    Input,
    OptionList,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)
from textual.widgets.option_list import Option

from trustroad.checkins import model as ck
from trustroad.checkins import trends
from trustroad.checkins.model import CheckIn, CheckIns
from trustroad.clock import now
from trustroad.content.model import CheckinSpec, RatingSpec
from trustroad.safe_text import printable
from trustroad.storage.files import CHECKINS_FILE
from trustroad.tui.person_text import as_edited, for_editing, shown
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.field import Field
from trustroad.tui.widgets.readable_option_list import ReadableOptionList
from trustroad.tui.widgets.spark_text import spark_text
from trustroad.tui.widgets.toggles import ShareSwitch

NO_QUESTIONS = "The check-in questions are missing from the workbook text (checkin/weekly.yaml)."
RATING_RE = r"(10|[0-9])?"  # 0 to 10, or empty
TREND_WIDTH = 24  # check-ins shown in a trend line, one character each (the .trend-line width)


def _rating(value: str) -> int | None:
    return int(value) if value.strip() else None


def _shown(value: int | None) -> str:
    return "—" if value is None else str(value)


class CheckinAnswer(TextArea):
    def __init__(self, text: str, question_id: str, placeholder: str) -> None:
        super().__init__(
            for_editing(text),  # printable: see tui/person_text.py
            id=f"answer--{question_id}",
            classes="answer checkin-answer",
            soft_wrap=True,
            tab_behavior="focus",
            placeholder=Text(placeholder),  # the workbook's words, literal (a str is markup)
        )
        self.question_id = question_id


class CheckinScreen(TrustroadScreen[None]):
    BINDINGS = [Binding("escape", "back", "Back")]

    @property
    def document(self) -> CheckIns:
        return self.app.checkins

    @property
    def spec(self) -> CheckinSpec | None:
        return self.app.content.checkin

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(id="checkin-tabs"):
            # Composed, not mounted later: keys typed right after F8 land in the form.
            with TabPane("This week", id="checkin-new"), VerticalScroll(id="checkin-form", can_focus=False):
                yield from self._form_widgets()
            with TabPane("Past check-ins", id="checkin-past"), VerticalScroll(id="checkin-past-pane"):
                yield Static(id="checkin-trend-head", classes="prompt-label", markup=False)
                for which in ("safety", "connection"):
                    with Horizontal(classes="trend-row"):
                        yield Static(which.capitalize(), classes="trend-name", markup=False)
                        yield Static(id=f"trend-{which}", classes="trend-line", markup=False)
                        yield Static(id=f"trend-{which}-note", classes="trend-note", markup=False)
                yield ReadableOptionList(id="checkin-list")
                yield Static(id="checkin-detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · Weekly check-in"
        first = self.query("#checkin-form Input")
        if first:
            # Not Textual's scroll to the focus: before the first layout it would centre the
            # field, question and all out of sight; tui/reveal.py shows the question with it.
            self.set_focus(first.first(), scroll_visible=False)
        self.refresh_past()

    # --- this week's form ---------------------------------------------------------------------

    async def build_form(self) -> None:
        """A fresh, empty form after saving. Not focused: focusing inside a tab pane makes it the active tab."""
        form = self.query_one("#checkin-form", VerticalScroll)
        await form.remove_children()
        await form.mount_all(self._form_widgets())
        form.scroll_home(animate=False)

    def _rating_widgets(self, which: str, rating: RatingSpec, value: int | None) -> list[Widget]:
        widgets: list[Widget] = [Static(rating.label, classes="prompt-label", markup=False)]
        if rating.help:
            widgets.append(Static(rating.help, classes="prompt-help", markup=False))
        widgets.append(
            Field(
                "" if value is None else str(value),
                id=f"rating-{which}",
                classes="rating",
                restrict=RATING_RE,
                placeholder=f"0 = {rating.low} … 10 = {rating.high}",
                compact=True,
            )
        )
        if rating.low_note:  # shown only while the rating is low
            # Not a "prompt-help": it belongs to the rating above, not to the question after it.
            note = Static(rating.low_note, id=f"rating-note-{which}", classes="rating-note", markup=False)
            note.display = rating.note_for(value) is not None
            widgets.append(note)
        return widgets

    def _form_widgets(self) -> list[Widget]:
        spec = self.spec
        if spec is None:
            return [Static(NO_QUESTIONS, markup=False)]
        draft = self.document.draft or ck.Draft()
        widgets: list[Widget] = [Static(spec.intro, id="checkin-intro", markup=False)]
        if self._today() is not None:  # a second check-in the same day: say so, and offer the first
            widgets += [
                Static("You saved a check-in today already. You can open it, or write another.", classes="prompt-help"),
                Button("Open today's check-in", id="checkin-open-today", compact=True),
            ]
        widgets += self._rating_widgets("safety", spec.safety, draft.safety)
        widgets += self._rating_widgets("connection", spec.connection, draft.connection)
        for question in spec.questions:
            widgets.append(Static(question.label, classes="prompt-label", markup=False))
            if question.help:
                widgets.append(Static(question.help, classes="prompt-help", markup=False))
            if question.shows_promises:
                listing = ck.promises_this_week(self.app.documents, now().date())
                if listing:
                    widgets.append(Static(shown(listing), classes="checkin-promises"))
            widgets.append(CheckinAnswer(draft.answers.get(question.id, ""), question.id, question.placeholder or ""))
        widgets.append(ShareSwitch(draft.share, hint="(this check-in)", id="checkin-share"))
        widgets.append(Button("Save this check-in", id="checkin-save", variant="primary"))
        return widgets

    def _form_state(self) -> tuple[int | None, int | None, dict[str, str], bool]:
        stored = (self.document.draft or ck.Draft()).answers
        # An answer left as shown stays exactly as stored (see tui/person_text.py).
        answers = {
            box.question_id: as_edited(box.text, stored.get(box.question_id, "")) for box in self.query(CheckinAnswer)
        }
        return (
            _rating(self.query_one("#rating-safety", Input).value),
            _rating(self.query_one("#rating-connection", Input).value),
            answers,
            self.query_one("#checkin-share", Checkbox).value,
        )

    @on(Input.Changed, ".rating")
    @on(TextArea.Changed, ".checkin-answer")
    @on(Checkbox.Changed, "#checkin-share")
    def _form_changed(self) -> None:
        if not self.query("#checkin-save"):
            return  # the form is being rebuilt
        # set_draft returns False when nothing changed, so opening the form never saves.
        if self.document.set_draft(*self._form_state()):
            self.app.changed(CHECKINS_FILE)

    @on(Input.Changed, ".rating")
    def _rating_note(self, event: Input.Changed) -> None:
        which = (event.input.id or "").removeprefix("rating-")
        spec = self.spec
        rating = getattr(spec, which, None) if spec else None
        for note in self.query(f"#rating-note-{which}"):
            note.display = isinstance(rating, RatingSpec) and rating.note_for(_rating(event.value)) is not None

    @on(Input.Submitted, ".rating")
    def _rating_entered(self) -> None:
        self.focus_next()  # Enter after a number moves on, as in a guided form

    @on(Button.Pressed, "#checkin-save")
    async def _save_pressed(self) -> None:
        self._form_changed()
        note = ck.promises_this_week(self.app.documents, now().date()) if self._asks_about_promises() else ""
        checkin = self.document.commit_draft(promises_note=note)
        if checkin is None:
            self.notify("Nothing to save yet. Any one rating or answer is enough.", timeout=4, markup=False)
            return
        self.app.changed(CHECKINS_FILE)
        await self.build_form()
        self.refresh_past(select=checkin.id)
        self.query_one("#checkin-tabs", TabbedContent).active = "checkin-past"
        self.query_one("#checkin-list", OptionList).focus()
        self.notify("Check-in saved. Thank you for taking the time.", timeout=3, markup=False)

    def _today(self) -> CheckIn | None:
        day = now().date()
        return next((c for c in self.document.newest_first() if c.date == day), None)

    @on(Button.Pressed, "#checkin-open-today")
    def _open_today(self) -> None:
        checkin = self._today()
        if checkin is None:
            return
        self.refresh_past(select=checkin.id)
        self.query_one("#checkin-tabs", TabbedContent).active = "checkin-past"
        self.query_one("#checkin-list", OptionList).focus()

    def _asks_about_promises(self) -> bool:
        return bool(self.spec and any(q.shows_promises for q in self.spec.questions))

    # --- past check-ins -----------------------------------------------------------------------

    def refresh_past(self, select: str | None = None) -> None:
        items = self.document.newest_first()
        series = trends.ratings_series(items)
        count = len(items)
        self.query_one("#checkin-trend-head", Static).update(
            f"{count} check-in{'s' if count != 1 else ''} so far" if count else "No check-ins yet."
        )
        for which in ("safety", "connection"):
            values = trends.values(series, which)
            # One value is not a trend: the line stays empty until there are two. The scale is
            # the fixed 0–10 of the ratings, so going from 4 to 5 is one small step.
            line = spark_text(values[-TREND_WIDTH:]) if len(values) > 1 else ""
            self.query_one(f"#trend-{which}", Static).update(line)
            note = f"latest {values[-1]} · {trends.trend_reading(values)}" if values else "no ratings yet"
            self.query_one(f"#trend-{which}-note", Static).update(note)
        listing = self.query_one("#checkin-list", OptionList)
        listing.set_options(
            Option(f"{c.date.isoformat()}   safety {_shown(c.safety)} · connection {_shown(c.connection)}", id=c.id)
            for c in items
        )
        if items:
            ids = [c.id for c in items]
            listing.highlighted = ids.index(select) if select in ids else 0
        else:
            self.query_one("#checkin-detail", Static).update("")

    @on(OptionList.OptionHighlighted, "#checkin-list")
    def _past_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        checkin = self.document.get(event.option.id or "")
        if checkin is not None:
            self.query_one("#checkin-detail", Static).update(self._detail(checkin))

    def _detail(self, checkin: CheckIn) -> Text:
        # Everything the person wrote goes in as plain Content, never as markup.
        labels = {q.id: q.label for q in self.spec.questions} if self.spec else {}
        parts: list[Text | str] = [
            Text.styled(f"{checkin.date.isoformat()}", "bold"),
            f"\nSafety {_shown(checkin.safety)} · connection {_shown(checkin.connection)}",
            "\nShared in my therapy summary" if checkin.share else "",
        ]
        for key, text in checkin.answers.items():
            parts += ["\n\n", Text.styled(printable(labels.get(key, key)), "bold $accent"), "\n", shown(text)]
        if checkin.promises_note:
            parts += ["\n\n", Text.styled("Promises that week", "bold $accent"), "\n", shown(checkin.promises_note)]
        return Text.assemble(*parts)

    def action_back(self) -> None:
        self.app.pop_screen()
