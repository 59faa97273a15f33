"""Build a `Summary` from the loaded documents, and hand it to a renderer.

Sections come from small builders in export/sections/, one per data source. A builder
returns None when nothing of its kind is shared in the period, so a section appears as
soon as there is something in it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from datetime import date

from trustroad import clock
from trustroad.export.model import Para, Period, Section, Summary
from trustroad.storage.files import WORKBOOK_FILE

# typing itself is not imported: quick commands (`trustroad export`, `journal add`) skip its cost.
TYPE_CHECKING = False
if TYPE_CHECKING:  # types only: `trustroad export` builds a summary without pydantic when it can
    from trustroad.content.model import Content
    from trustroad.storage.record import Document
    from trustroad.workbook.model import Workbook

TITLE = "Therapy summary"
PRIVACY = (
    "Private: this summary contains sensitive personal information. "
    "It holds only what its author chose to share. Please keep it safe."
)

# (key, menu label, builder module). The order is the order in the summary: the
# agenda first, because it is what a therapist reads first.
SECTIONS: list[tuple[str, str, str]] = [
    ("agenda", "What I want to talk about", "trustroad.export.sections.agenda"),
    ("roadmap", "Road map progress", "trustroad.export.sections.roadmap"),
    ("answers", "Shared worksheet answers", "trustroad.export.sections.answers"),
    ("journal", "Journal and intensity", "trustroad.export.sections.journal"),
    ("agreements", "Agreements", "trustroad.export.sections.agreements"),
    ("checkins", "Weekly check-ins", "trustroad.export.sections.checkins"),
    ("promises", "Promises and setbacks", "trustroad.export.sections.promises"),
]

# Our own sections: a problem there is a bug to see, not to hide.
FOUNDATION = {"agenda", "roadmap", "answers"}

FORMATS = {"md": "Markdown", "html": "HTML", "pdf": "PDF"}


class Context:
    """What every section builder gets."""

    __slots__ = ("documents", "content", "period", "made_on")

    def __init__(self, documents: dict[str, Document], content: Content, period: Period, made_on: date) -> None:
        self.documents = documents
        self.content = content
        self.period = period
        self.made_on = made_on

    @property
    def workbook(self) -> Workbook:
        return self.documents[WORKBOOK_FILE]  # type: ignore[return-value]


def _builder(module: str):
    return importlib.import_module(module)


def available_sections() -> list[tuple[str, str]]:
    """(key, label) of every section, in summary order (for the export screen's toggles)."""
    return [(key, label) for key, label, _module in SECTIONS]


def build_summary(
    documents: dict[str, Document],
    content: Content,
    period: Period = Period(),
    include: Iterable[str] | None = None,
    made_on: date | None = None,
) -> Summary:
    """The summary for `period`, with the sections in `include` (all when None)."""
    wanted = set(include) if include is not None else {key for key, _, _ in SECTIONS}
    ctx = Context(documents, content, period, made_on or clock.today())
    sections: list[Section] = []
    for key, _label, module in SECTIONS:
        if key not in wanted:
            continue
        try:
            section = _builder(module).build(ctx)
        except Exception:  # a feature still changing shape: say so rather than fail or drop it silently
            if key in FOUNDATION:
                raise
            section = Section(key, _label, [Para(
                "This part could not be put together by this version of trustroad. "
                "The rest of the summary is complete.", muted=True,
            )])
        if section is not None:
            sections.append(section)
    name = (ctx.workbook.name or "").strip() or None
    return Summary(TITLE, period, ctx.made_on, name, PRIVACY, sections)


def render(summary: Summary, fmt: str) -> tuple[bytes, list[str]]:
    """The file's bytes and any warnings (for PDF: characters the font cannot draw)."""
    if fmt == "md":
        from trustroad.export.markdown import render_markdown

        return render_markdown(summary).encode("utf-8"), []
    if fmt == "html":
        from trustroad.export.html import render_html

        return render_html(summary).encode("utf-8"), []
    if fmt == "pdf":
        from trustroad.export.pdf import render_pdf

        return render_pdf(summary)
    raise ValueError(f"unknown format {fmt!r}")
