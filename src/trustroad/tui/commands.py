"""The command palette (ctrl+p): every place and action of trustroad, by name."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp


def system_commands(app: TrustroadApp) -> Iterator[SystemCommand]:
    yield SystemCommand("Road map", "Go to the road map (home)", app.go_home)
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
    yield SystemCommand("What I want to talk about", "Your list for the next therapy session", app.action_agenda)
    if app.draft_keeper.has_recovered:
        yield SystemCommand(
            "Recovered writing", "What you were typing when trustroad last closed unexpectedly", app.show_recovered
        )
    yield SystemCommand("Settings", "Your role, where you are, light or dark", app.action_settings)
    yield SystemCommand("Help", "Every key, and what trustroad is", app.action_help)
    yield SystemCommand("Light / dark", "Switch between the light and dark theme", app.action_toggle_theme)
    yield SystemCommand("Save now", "Write everything to disk now", app.action_save_now)
    yield SystemCommand("Quit", "Save and close trustroad", app.action_quit)
    # Textual's "Screenshot" command is left out on purpose: it would write a person's
    # words to a file outside their data folder.
