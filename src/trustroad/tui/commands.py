"""The command palette (ctrl+p): every place and action of trustroad, by name.

Titles come from the workbook text, which is shown exactly as written: Textual's own provider
reads each title and help line as markup (a title "Week [/] plan" crashed the palette), so
trustroad's provider builds them as literal Content.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape
from textual.system_commands import SystemCommandsProvider

if TYPE_CHECKING:
    from textual.screen import Screen

    from trustroad.tui.app import TrustroadApp


def system_commands(app: TrustroadApp, screen: Screen) -> Iterator[SystemCommand]:
    """`screen`: the one the palette was opened over (while it searches, app.screen is the palette)."""
    from trustroad.tui.screens.phase import PhaseScreen

    yield SystemCommand("Go to…", "Every place, one letter each (ctrl+o)", app.action_go_to)
    yield SystemCommand("Road map", "Go to the road map (home)", app.go_home)
    yield SystemCommand(
        "Next step", "Open the next step on the road map that is not done yet", lambda: open_next_step(app)
    )
    if isinstance(screen, PhaseScreen):  # what the phase screen's keys do: letters outside a text box, F-keys anywhere
        if screen.check_action("toggle_done", ()):  # not on a page that is only information
            yield SystemCommand(
                "Mark this step done / not done", "The step shown now (d or F4)", screen.action_toggle_done
            )
        yield SystemCommand("Next step in this phase", "The step after this one (n or F6)", screen.action_next_step)
        yield SystemCommand(
            "Previous step in this phase", "The step before this one (p or F5)", screen.action_previous_step
        )
    for phase in app.content.phases:
        yield SystemCommand(f"Open: {phase.title}", phase.purpose, lambda p=phase.id: app.open_phase(p))
    for phase in app.content.phases:
        for step in phase.steps:
            yield SystemCommand(
                f"Step: {step.title}",
                f"{phase.title} · {step.summary}",
                lambda p=phase.id, s=step.id: app.open_phase(p, s),
                discover=False,
            )
    yield SystemCommand("Journal", "Your journal entries and the intensity trend (F3)", app.action_journal)
    yield SystemCommand(
        "Find in my worksheets", "Words you wrote in any worksheet answer, every phase", app.action_find_answers
    )
    yield SystemCommand(
        "New journal entry", "Write a journal entry or log a rupture talk", app.action_new_journal_entry
    )
    yield SystemCommand(
        "Agreements", "Stabilize's short-term agreements: wording, status, review (F7)", app.action_agreements
    )
    yield SystemCommand(
        "Weekly check-in", "Safety and connection ratings, and a few questions (F8)", app.action_checkin
    )
    yield SystemCommand("Promises", "Small promises: record kept or not, add a repair (F9)", app.action_promises)
    yield SystemCommand("New promise", "Write a small promise, with the coach reading along", app.action_new_promise)
    yield SystemCommand("Setbacks", "Log a hard moment and its repair; how quickly repair comes", app.action_setbacks)
    yield SystemCommand(
        "Therapy summary", "Preview and write a summary of what you chose to share (F10)", app.action_therapy_summary
    )
    yield SystemCommand(
        "Together: letters",
        "Sealed letters with your partner's workbook: pairing, sending, side by side",
        app.action_together,
    )
    yield SystemCommand("What I want to talk about", "Your list for the next therapy session", app.action_agenda)
    yield SystemCommand(
        "The welcome", "What trustroad is, privacy, which partner, what happened, where you are", app.show_first_run
    )
    if app.draft_keeper.has_recovered:
        yield SystemCommand(
            "Recovered writing", "What you were typing when trustroad last closed unexpectedly", app.show_recovered
        )
    yield SystemCommand("Support", "I'm flooded right now, safety, when to seek support (ctrl+g)", app.action_support)
    yield SystemCommand(
        "Safety check", "A private safety check: a few questions only you will see", app.action_safety_check
    )
    yield SystemCommand("Settings", "Your role, where you are, light or dark", app.action_settings)
    yield SystemCommand("Help", "Every key, and what trustroad is", app.action_help)
    yield SystemCommand("Light / dark", "Switch between the light and dark theme", app.action_toggle_theme)
    yield SystemCommand("Save now", "Write everything to disk now", app.action_save_now)
    yield SystemCommand("Quit", "Save and close trustroad", app.action_quit)
    # Textual's "Screenshot" command is left out on purpose: it would write a person's
    # words to a file outside their data folder.


def open_next_step(app: TrustroadApp) -> None:
    """The first step on the road map not done yet (the road map's n, from anywhere)."""
    from trustroad.workbook.progress import next_step

    step = next_step(app.content, app.workbook)
    if step is not None:
        app.open_phase(step.phase, step.id)


class LiteralCommands(SystemCommandsProvider):
    """The app's system commands, with every title and help line literal text."""

    async def discover(self) -> Hits:
        commands = sorted(self.app.get_system_commands(self.screen), key=lambda command: command[0])
        for name, help_text, callback, discover in commands:
            if discover:
                # The palette reads `help` as markup: escaped, it is shown as written.
                yield DiscoveryHit(Content(name), callback, text=name, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, _highlighted(matcher, name), callback, text=name, help=escape(help_text))


def _highlighted(matcher: Matcher, name: str) -> Content:
    """The name as literal Content with the matched letters marked, as Matcher.highlight does
    (which reads the name as markup)."""
    content = Content(name)
    score, offsets = matcher.fuzzy_search.match(matcher.query, name)
    for offset in offsets if score else ():
        if not name[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
