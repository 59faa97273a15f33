"""A phase: its steps on the left; the chosen step's text, prompts or checklist on the right."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, Footer, Header, Input, OptionList, TextArea

from trustroad.content.model import Step
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.accountability_panel import AccountabilityPanel
from trustroad.tui.widgets.answer_box import AnswerBox
from trustroad.tui.widgets.coach_panel import CoachPanel
from trustroad.tui.widgets.ledger_panel import LedgerList, LedgerPanel
from trustroad.tui.widgets.readable_option_list import ReadableOptionList
from trustroad.tui.widgets.safety_notice import NOTICE_BUTTON
from trustroad.tui.widgets.share_toggle import ShareToggle
from trustroad.tui.widgets.step_list import ALSO, step_options, steps_title
from trustroad.tui.widgets.step_view import done_button_look, step_widgets
from trustroad.workbook.progress import ordered_steps


class PhaseScreen(TrustroadScreen[None]):
    BINDINGS = [
        Binding("escape", "back", "Back"),
        # Letters first: the footer names them (many laptops keep their F-keys for the system).
        # Not priority, so in an answer box they stay letters; there the footer names the F-keys
        # instead (active_bindings below). The palette has all three too.
        Binding("d", "toggle_done", "Done"),
        Binding("p", "previous_step", "Previous"),
        Binding("n", "next_step", "Next"),
        Binding("f4", "toggle_done", "Done", priority=True),
        Binding("f5", "previous_step", "Previous", show=False, priority=True),
        Binding("f6", "next_step", "Next", priority=True),
        Binding("ctrl+t", "toggle_share", "Share in summary", show=False, priority=True),  # therapy summary (issue 5)
    ]
    # Each letter and the F-key that does the same: the footer names whichever works where the focus is.
    LETTERS = {"d": "f4", "p": "f5", "n": "f6"}

    def __init__(self, phase_id: str, step_id: str | None = None, focus_id: str | None = None) -> None:
        """`focus_id`: a widget of the step to focus once shown (an answer box, by Find)."""
        super().__init__()
        self._focus_id = focus_id
        phase = self.app.content.phase(phase_id)
        if phase is None:
            # Callers pass the id of a phase they listed from the same content.
            raise ValueError(f"no phase {phase_id!r} in the workbook text")
        self.phase = phase
        ordered = ordered_steps(phase, self.app.workbook)
        # A step asked for (palette, next step, find), else the one last shown here, else the first.
        asked = step_id or self.app.last_steps.get(phase_id)
        self.step_id = asked if asked in {s.id for s in ordered} else (ordered[0].id if ordered else None)
        # (step id, role, the safety check's state: a check taken over this screen brings its
        # reminder) on screen now
        self._shown: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="phase-body"):
            yield ReadableOptionList(id="steps")
            yield VerticalScroll(id="step-pane")
        yield Footer()

    async def on_mount(self) -> None:
        self.title = f"trustroad · {self.phase.title}"
        self.refresh_steps()
        steps = self.query_one("#steps", OptionList)
        steps.highlighted = self._option_index(self.step_id)
        steps.focus()
        await self.show_step()
        if self._focus_id:
            for widget in self.query(f"#{self._focus_id}"):
                widget.focus()

    async def on_screen_resume(self) -> None:
        self.refresh_steps()
        await self.show_step()  # the role may have changed in Settings

    # --- the footer ------------------------------------------------------------------------

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        found = super().active_bindings
        typing = isinstance(self.focused, (Input, TextArea))  # where a letter is typed, not a key
        unused = set(self.LETTERS) if typing else set(self.LETTERS.values())
        return {key: active for key, active in found.items() if not (key in unused and active.node is self)}

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_done":  # a page that is only information has nothing to mark done
            return self.step is not None and self.step.counts_toward_progress
        return True

    # --- the step list --------------------------------------------------------------------

    def _ordered(self) -> list[Step]:
        """The steps as listed: those for the person's rupture kinds first, then the rest."""
        return ordered_steps(self.phase, self.app.workbook)

    def _index(self, step_id: str | None) -> int:
        """The step's place in the list as shown (0 for an unknown step)."""
        ids = [s.id for s in self._ordered()]
        return ids.index(step_id) if step_id in ids else 0

    def _option_index(self, step_id: str | None) -> int:
        steps = self.query_one("#steps", OptionList)
        ordered = self._ordered()
        target = step_id if step_id in {s.id for s in ordered} else (ordered[0].id if ordered else None)
        return steps.get_option_index(target) if target else 0

    def refresh_steps(self) -> None:
        steps = self.query_one("#steps", OptionList)
        keep = steps.highlighted
        steps.set_options(step_options(self.phase, self.app.workbook))
        if keep is not None:
            steps.highlighted = keep
        steps.border_title = steps_title(self.phase, self.app.workbook)

    @on(OptionList.OptionHighlighted, "#steps")
    async def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id == ALSO:
            return
        self.step_id = event.option.id
        await self.show_step()

    @on(OptionList.OptionSelected, "#steps")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        # Enter on a step: move into its text and answer boxes.
        query = self.query("#step-pane .answer, #step-pane Input, #step-pane Checkbox, #step-pane Button")
        targets = [widget for widget in query if not widget.has_class(NOTICE_BUTTON)]
        if targets:
            target = targets[0]
            target.focus()
            # Focus scrolls with the layout of that moment, which on a slow machine may not yet
            # have room for the step text just mounted above the box: reveal it after the refresh.
            self.call_after_refresh(target.scroll_visible, animate=False)

    # --- the step pane --------------------------------------------------------------------

    @property
    def step(self) -> Step | None:
        return self.app.content.step(self.step_id) if self.step_id else None

    async def show_step(self) -> None:
        role = self.app.workbook.role
        check = self.app.workbook.safety_check
        shown = (self.step_id, role, check.taken, check.reminder_dismissed)
        if self._shown == shown:
            return
        self._shown = shown
        if self.step_id:
            self.app.last_steps[self.phase.id] = self.step_id
        self.refresh_bindings()  # Done is in the footer only where there is something to mark done
        pane = self.query_one("#step-pane", VerticalScroll)
        # Awaited: removal finishes before the next step's widgets (same ids) are mounted, and
        # this screen handles the next arrow key only after that. Not awaiting it crashed with
        # DuplicateIds when a person pressed ↓ twice quickly.
        await pane.remove_children()
        step = self.step
        index = self._index(step.id) if step else 0
        await pane.mount_all(step_widgets(step, index, self.phase, self.app.workbook, self.app.content.support))
        pane.scroll_home(animate=False)

    # --- changes ----------------------------------------------------------------------------

    @on(AnswerBox.Changed)
    def _answer_changed(self, event: AnswerBox.Changed) -> None:
        box = event.text_area
        if not isinstance(box, AnswerBox):
            return
        # set_answer returns False for loads and no-op changes, so opening a step never saves.
        if self.app.workbook.set_answer(box.step_id, box.prompt_id, box.text):
            self.app.changed()
        for panel in self.query(f"#coach--{box.prompt_id}").results(CoachPanel):
            panel.show(box.text)
        for helper in self.query(f"#accountability--{box.prompt_id}").results(AccountabilityPanel):
            helper.show(box.text)

    @on(Button.Pressed, "#take-safety-check")
    def _take_safety_check(self) -> None:
        self.app.action_safety_check()

    @on(Button.Pressed, "#dismiss-safety-reminder")
    async def _dismiss_safety_reminder(self) -> None:
        if self.app.workbook.safety_check.dismiss_reminder():
            self.app.changed()
        await self.query("#safety-reminder, #dismiss-safety-reminder").remove()

    @on(Checkbox.Changed, ".check-item")
    def _item_changed(self, event: Checkbox.Changed) -> None:
        item_id = (event.checkbox.id or "").removeprefix("item--")
        if self.step_id and self.app.workbook.is_checked(self.step_id, item_id) != event.value:
            self.app.workbook.set_checked(self.step_id, item_id, event.value)
            self.app.changed()

    @on(Button.Pressed, ".save-as-promise")
    def _save_as_promise(self, event: Button.Pressed) -> None:
        # The answer becomes the wording of a new promise; the person checks the rest and saves.
        prompt_id = (event.button.id or "").removeprefix("promise-from--")
        box = self.query_one(f"#answer--{prompt_id}", AnswerBox)
        self.app.action_new_promise(box.text.strip())

    @on(Button.Pressed, "#done-button")
    def _done_pressed(self) -> None:
        self.action_toggle_done()

    def action_toggle_done(self) -> None:
        if self.step_id is None:
            return
        if self.step is not None and not self.step.counts_toward_progress:
            self.notify("This page is for reading whenever you need it; there is nothing to mark done.", timeout=3)
            return
        workbook = self.app.workbook
        workbook.set_done(self.step_id, not workbook.is_done(self.step_id))
        self.app.changed()
        self.refresh_steps()
        done = workbook.is_done(self.step_id)
        button = self.query_one("#done-button", Button)
        button.label, button.variant = done_button_look(done)
        self.notify("Marked done. Well done for doing it." if done else "Marked as not done.", timeout=2)

    def _move(self, delta: int) -> None:
        steps = self.query_one("#steps", OptionList)
        ordered = self._ordered()
        index = self._index(self.step_id) + delta
        if 0 <= index < len(ordered):
            steps.highlighted = steps.get_option_index(ordered[index].id)

    def action_previous_step(self) -> None:
        self._move(-1)

    def action_next_step(self) -> None:
        self._move(1)

    def action_back(self) -> None:
        self.app.pop_screen()

    # --- therapy summary: share toggles (issue 5) ---------------------------------------------
    # Each answer has a "share" switch, off by default; only shared answers reach the summary.

    @on(ShareToggle.Changed)
    def _share_changed(self, event: ShareToggle.Changed) -> None:
        toggle = event.checkbox
        if isinstance(toggle, ShareToggle) and self.app.workbook.set_shared(
            toggle.step_id, toggle.prompt_id, event.value
        ):
            self.app.changed()

    def action_toggle_share(self) -> None:
        """ctrl+t: flip the share switch of the focused answer box (or of the focused switch)."""
        focused = self.focused
        if isinstance(focused, ShareToggle):
            focused.toggle()
            return
        if isinstance(focused, LedgerList) and isinstance(focused.parent, LedgerPanel):
            shared = focused.parent.toggle_share()
            if shared is not None:
                self.notify("Shared in your therapy summary." if shared else "This question stays private.", timeout=2)
            return
        if not isinstance(focused, AnswerBox):
            self.notify(
                "Move into an answer box first, then press ctrl+t to share it in your therapy summary.", timeout=3
            )
            return
        toggle = self.query_one(f"#share--{focused.prompt_id}", ShareToggle)
        toggle.toggle()
        self.notify(
            "This answer will be in your therapy summary." if toggle.value else "This answer stays private.",
            timeout=2,
        )
