"""Find in my worksheets (issue 14): words a person wrote in any worksheet, and the way back to them.

The journal has its own search (ctrl+f there); this one looks through worksheet answers and
ledger questions, every phase at once. Enter opens the step with the answer's box focused,
so the person lands on their own words, ready to read on or change them.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.field import Field
from trustroad.tui.widgets.readable_option_list import ReadableOptionList
from trustroad.workbook.answer_search import AnswerHit, find_in_answers

INTRO = "Words you wrote in any worksheet, in every phase. Enter opens the step at that answer."
HINT = "Type to find · ↓ to the results · Enter: open · Esc: back"
MATCH_STYLE = "bold underline"  # the found word, marked by more than colour


class FindAnswersScreen(TrustroadScreen[None]):
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("down", "to_results", "Results", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[AnswerHit] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="find-box"):
            yield Static(INTRO, id="find-intro", markup=False)
            yield Field(placeholder="Words to find, e.g. Sunday", id="find-text")
            yield Static("", id="find-count", markup=False)
            yield ReadableOptionList(id="find-results")
            yield Static(HINT, id="find-hint", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · Find in my worksheets"
        self.query_one("#find-text", Field).focus()  # the results come with on_screen_resume

    @on(Field.Changed, "#find-text")
    def _typed(self, event: Field.Changed) -> None:
        self.show_hits(event.value)

    @on(Field.Submitted, "#find-text")
    def _submitted(self) -> None:
        self.action_to_results()

    def show_hits(self, query: str) -> None:
        self.hits = find_in_answers(self.app.content, self.app.workbook, query)
        results = self.query_one("#find-results", OptionList)
        results.clear_options()
        results.add_options(_option(hit) for hit in self.hits)
        count = self.query_one("#find-count", Static)
        if not query.strip():
            count.update("Type a word or two: every word must be in the answer, in any order.")
        elif not self.hits:
            count.update(
                "Nothing found in your worksheet answers. (Journal entries: ctrl+o then j, or F3; then ctrl+f.)"
            )
        else:
            count.update(f"{len(self.hits)} answer{'' if len(self.hits) == 1 else 's'} found")
        if self.hits:
            results.highlighted = 0

    def action_to_results(self) -> None:
        if self.hits:
            self.query_one("#find-results", OptionList).focus()

    @on(OptionList.OptionSelected, "#find-results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        from trustroad.tui.screens.phase import PhaseScreen

        hit = self.hits[event.option_index]
        focus = f"answer--{hit.prompt_id}" if hit.prompt_id else "ledger-items"
        # Over this screen, so Esc from the step comes back to the results.
        self.app.push_screen(PhaseScreen(hit.phase_id, hit.step_id, focus_id=focus))

    def on_screen_resume(self) -> None:
        # On opening, and after a step: an answer changed there, so the results say what is there now.
        results = self.query_one("#find-results", OptionList)
        keep = results.highlighted
        self.show_hits(self.query_one("#find-text", Field).value)
        if keep is not None and self.hits:
            results.highlighted = min(keep, len(self.hits) - 1)

    def action_back(self) -> None:
        self.dismiss()


def _option(hit: AnswerHit) -> Option:
    # Content from the workbook text and the person's own words: literal, never markup.
    where = Content.assemble(
        Content.styled(hit.step_title, "bold"), Content.styled(f"  {hit.phase_title}", "$text-muted")
    )
    snippet = Content(hit.snippet)
    if hit.match_end > hit.match_start:
        snippet = snippet.stylize(MATCH_STYLE, hit.match_start, hit.match_end)
    return Option(Content("\n").join([where, Content.styled(hit.question, "italic"), Content("  ").append(snippet)]))
