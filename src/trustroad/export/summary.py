"""Build a `Summary` from the loaded documents, and hand it to a renderer.

Sections come from small builders in export/sections/, one per data source. A builder
returns None when nothing of its kind is chosen in the period, so a section appears as
soon as there is something in it. "At a glance" comes first and holds the agenda and the road map.

Two kinds of export share the builders: the therapy summary (only what the person marked for
sharing) and "my whole workbook" (everything, for the person alone, labelled private throughout).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from types import ModuleType

from trustroad import clock
from trustroad.content.model import Content
from trustroad.export.html import render_html
from trustroad.export.markdown import render_markdown
from trustroad.export.model import Para, Period, Section, Summary
from trustroad.export.pdf import render_pdf
from trustroad.export.sections import (
    Context,
    agenda,
    agreements,
    answers,
    checkins,
    glance,
    journal,
    promises,
    roadmap,
    safety_check,
)
from trustroad.storage.record import Document

TITLE = "Therapy summary"
PRIVACY = (
    "Private: this summary contains sensitive personal information. "
    "It holds only what its author chose to share. Please keep it safe."
)
WHOLE_TITLE = "My whole workbook (private)"
WHOLE_PRIVACY = (
    "PRIVATE — for me only. This is everything in my workbook, shared or not: it is not the "
    "therapy summary. Keep it somewhere safe, and do not hand it on."
)
WHOLE_MARK = " (private)"  # on every section heading of the whole workbook

# (key, menu label, builder module with `build(ctx)`). The order is the order in the
# summary: the agenda first, because it is what a therapist reads first.
SECTIONS: list[tuple[str, str, ModuleType]] = [
    ("agenda", "What I want to talk about", agenda),
    ("roadmap", "Road map progress", roadmap),
    ("answers", "Shared worksheet answers", answers),
    ("journal", "Journal and intensity", journal),
    ("agreements", "Agreements", agreements),
    ("checkins", "Weekly check-ins", checkins),
    ("promises", "Promises and setbacks", promises),
    ("safety", "Safety check, if shared", safety_check),
]

# Our own sections: a problem there is a bug to see, not to hide.
FOUNDATION = {"agenda", "roadmap", "answers"}
# Shown inside "At a glance" rather than as a section of their own.
IN_GLANCE = {"agenda", "roadmap"}

FORMATS = {"md": "Markdown", "html": "HTML", "pdf": "PDF"}


def available_sections() -> list[tuple[str, str]]:
    """(key, label) of every section, in summary order (for the export screen's toggles)."""
    return [(key, label) for key, label, _builder in SECTIONS]


def build_summary(
    documents: dict[str, Document],
    content: Content,
    period: Period | None = None,
    include: Iterable[str] | None = None,
    made_on: date | None = None,
    everything: bool = False,
) -> Summary:
    """The summary for `period` (everything when None), with the sections in `include` (all when None).

    `everything`: the whole workbook, shared or not, for the person themselves."""
    period = Period() if period is None else period
    wanted = frozenset(include) if include is not None else frozenset(key for key, _, _ in SECTIONS)
    ctx = Context(documents, content, period, made_on or clock.today(), everything, wanted)
    sections: list[Section] = []
    at_a_glance = glance.build(ctx)
    if at_a_glance is not None:
        sections.append(at_a_glance)
    for key, label, builder in SECTIONS:
        if key not in wanted or key in IN_GLANCE:
            continue
        section: Section | None
        try:
            # Looked up on the module at each call (not kept as a function), as tests replace it.
            section = builder.build(ctx)
        except Exception:  # a feature still changing shape: say so rather than fail or drop it silently
            if key in FOUNDATION:
                raise
            section = Section(
                key,
                label,
                [
                    Para(
                        "This part could not be put together by this version of trustroad. "
                        "The rest of the summary is complete.",
                        muted=True,
                    )
                ],
            )
        if section is not None:
            sections.append(section)
    name = (ctx.workbook.name or "").strip() or None
    if everything:
        sections = [Section(s.key, s.title + WHOLE_MARK, s.parts) for s in sections]
        return Summary(WHOLE_TITLE, period, ctx.made_on, name, WHOLE_PRIVACY, sections, whole=True)
    return Summary(TITLE, period, ctx.made_on, name, PRIVACY, sections)


def render(summary: Summary, fmt: str) -> tuple[bytes, list[str]]:
    """The file's bytes and any warnings (for PDF: characters the font cannot draw)."""
    if fmt == "md":
        return render_markdown(summary).encode("utf-8"), []
    if fmt == "html":
        return render_html(summary).encode("utf-8"), []
    if fmt == "pdf":
        return render_pdf(summary)
    raise ValueError(f"unknown format {fmt!r}")
