"""The workbook's phases as the choices of a Select, "No phase" last.

One list for the two places that choose a journal entry's phase: the entry editor and the
journal's filter bar, so an entry is filed and found under the same names.
"""

from __future__ import annotations

from textual.content import Content

from trustroad.content.model import Phase
from trustroad.journal.filter import NO_PHASE


def phase_choices(phases: list[Phase]) -> list[tuple[Content, str]]:
    # Content, not str: a Select reads a str prompt as markup, and titles are shown as written.
    return [(Content(p.title), p.id) for p in phases] + [(Content("No phase"), NO_PHASE)]
