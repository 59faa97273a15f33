"""'What I want to talk about': the agenda (shared by nature; open items first)."""

from __future__ import annotations

from trustroad.export.model import Bullets, Para, Part, Section
from trustroad.export.sections import Context
from trustroad.storage.files import AGENDA_FILE
from trustroad.workbook.agenda import Agenda

TITLE = "What I want to talk about"


def build(ctx: Context) -> Section | None:
    found = parts(ctx)
    return Section("agenda", TITLE, found) if found else None


def parts(ctx: Context) -> list[Part]:
    """The open items, then those ticked off in the period; empty when there is neither."""
    agenda = ctx.document(AGENDA_FILE, Agenda)
    if agenda is None:
        return []
    open_items = [i for i in agenda.items if not i.done]
    # Items already talked about are shown only if they were ticked off within the period.
    done_items = [i for i in agenda.items if i.done and ctx.period.contains(i.done)]
    if not open_items and not done_items:
        return []
    found: list[Part] = []
    if open_items:
        found.append(Bullets([i.text for i in open_items], [False] * len(open_items)))
    else:
        found.append(Para("Nothing open right now.", muted=True))
    if done_items:
        found.append(Para("Already talked about:", muted=True))
        found.append(Bullets([i.text for i in done_items], [True] * len(done_items)))
    return found
