"""Home: the road map — phases with their purpose and progress, "you are here", the next step."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content as Text
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.intensity_trend import IntensityTrend
from trustroad.tui.widgets.promises_glance import PromisesGlance
from trustroad.tui.widgets.readable_option_list import ReadableOptionList
from trustroad.tui.widgets.stabilize_status import StabilizeStatus
from trustroad.workbook.progress import next_step, phase_progress

INTRO = (
    "Private: everything stays on this computer. Not therapy and not for emergencies: "
    "if anyone is unsafe, open “When to seek support”."
)
# The day-to-day tools, listed on the screen itself so the Footer can keep to the main keys.
TOOLS = (("j", "Journal"), ("a", "Agreements"), ("c", "Check-in"), ("p", "Promises"), ("e", "Therapy summary"))


class HomeScreen(TrustroadScreen[None]):
    # Focus goes straight to the road map: by default Textual would first focus the scrolling
    # page around it, and each move of focus restyles the screen.
    AUTO_FOCUS = "#phases"
    _just_mounted = False
    BINDINGS = [
        Binding("enter", "open", "Open", show=False),
        Binding("m", "mark_here", "I am here"),
        Binding("n", "next_step", "Next step"),
        Binding("j", "app.journal", "Journal", show=False),
        Binding("f", "app.find_answers", "Find", show=False),
        Binding("e", "app.therapy_summary", "Summary", show=False),  # therapy summary (issue 5)
        Binding("a", "app.agreements", "Agreements", show=False),
        Binding("c", "app.checkin", "Check-in", show=False),
        Binding("p", "app.promises", "Promises", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="home"):
            yield Static(INTRO, id="intro", markup=False)
            yield ReadableOptionList(id="phases")
            yield Static(id="phase-detail", markup=False)
            yield Static(id="next-step", markup=False)
            yield IntensityTrend(compact=True, id="home-trend")  # is the intensity coming down? (journal)
            yield StabilizeStatus()  # agreements to review, last weekly check-in
            yield PromisesGlance()  # today's promises, newest milestone
        # Outside the scrolling part: the day-to-day keys stay in sight on a small terminal.
        yield Static(self._tools(), id="tools", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_map()
        self.query_one("#phases", OptionList).focus()
        self._just_mounted = True

    def on_screen_resume(self) -> None:
        # The first resume follows mount directly: the map is fresh, don't build it twice.
        if self._just_mounted:
            self._just_mounted = False
            return
        self.refresh_map()

    def refresh_map(self) -> None:
        app = self.app
        workbook, content = app.workbook, app.content
        phases = self.query_one("#phases", OptionList)
        keep = phases.highlighted
        phases.clear_options()
        number = 0
        for phase in content.phases:
            # One line per phase keeps the whole road map in view at 80x24; the highlighted
            # phase's purpose shows underneath.
            here = phase.id == workbook.current_phase
            head = Text.styled("▶ ", "bold $accent") if here else Text("  ")
            if phase.kind == "phase":
                number += 1
                progress = phase_progress(phase, workbook)
                option = Text.assemble(
                    head,
                    Text.styled(f"Phase {number} · {phase.title}", "bold"),
                    Text.styled(f"  {progress.done}/{progress.total} done", "$text-muted"),
                )
            else:
                option = Text.assemble(head, Text.styled(phase.title, "bold"))
            if here:
                option = Text.assemble(option, Text.styled("  ← here", "$accent"))  # short: fits at 80 columns
            phases.add_option(Option(option, id=phase.id))
        phases.highlighted = keep if keep is not None else self._index_of(workbook.current_phase)
        self._show_detail()
        self.query_one("#home-trend", IntensityTrend).refresh_trend()
        self.query_one(StabilizeStatus).refresh_status()
        self.query_one(PromisesGlance).refresh_glance()
        step = next_step(content, workbook)
        hint = self.query_one("#next-step", Static)
        if step is None:
            hint.update("Every step is marked done. You can come back to any of them at any time.")
        else:
            step_phase = content.phase(step.phase)
            hint.update(
                Text.assemble(
                    Text.styled("Next step (n): ", "bold"),
                    f"{step.title} · {step_phase.title if step_phase else ''}",
                )
            )

    def _tools(self) -> Text:
        parts: list[Text | str] = []
        for key, label in TOOLS:
            parts += [Text.styled(key, "bold $accent"), f" {label}   "]
        return Text.assemble(*parts)

    def _show_detail(self) -> None:
        phase = self.app.content.phase(self._highlighted_phase() or "")
        detail = self.query_one("#phase-detail", Static)
        if phase is None:
            detail.update("")
            return
        here = phase.id == self.app.workbook.current_phase
        mark = "You are here. " if here else "Press m to mark “I am here”. "
        detail.update(Text.assemble(phase.purpose, " ", Text.styled(mark + "Enter opens it.", "$text-muted")))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_detail()

    def _index_of(self, phase_id: str | None) -> int:
        ids = [p.id for p in self.app.content.phases]
        return ids.index(phase_id) if phase_id in ids else 0

    def _highlighted_phase(self) -> str | None:
        phases = self.query_one("#phases", OptionList)
        if phases.highlighted is None:
            return None
        return phases.get_option_at_index(phases.highlighted).id

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        phase_id = event.option.id
        if phase_id is not None:  # every road-map option is made with its phase's id
            self.app.open_phase(phase_id)

    def action_open(self) -> None:
        phase_id = self._highlighted_phase()
        if phase_id:
            self.app.open_phase(phase_id)

    def action_mark_here(self) -> None:
        phase_id = self._highlighted_phase()
        if phase_id is None:
            return
        workbook = self.app.workbook
        workbook.set_current_phase(None if workbook.current_phase == phase_id else phase_id)
        self.app.changed()
        self.refresh_map()

    def action_next_step(self) -> None:
        step = next_step(self.app.content, self.app.workbook)
        if step is not None:
            self.app.open_phase(step.phase, step.id)
