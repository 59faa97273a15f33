"""'At a glance': the first thing a therapist reads, in about two minutes before the session.

What the person wants to talk about, where they are on the road map, and the few figures that
matter (intensity and safety over the period, promises kept, setbacks and time to repair). Built
from the same chosen items as the sections below it (only shared ones in the therapy summary),
and only from the sections asked for: a figure never shows what its section leaves out.
"""

from __future__ import annotations

from trustroad.export.model import Heading, Part, Section, Table
from trustroad.export.sections import Context, agenda, checkins, journal, promises, roadmap

TITLE = "At a glance"


def build(ctx: Context) -> Section | None:
    parts: list[Part] = []
    if "agenda" in ctx.include:
        items = agenda.parts(ctx)
        if items:
            parts += [Heading(agenda.TITLE), *items]
    if "roadmap" in ctx.include:
        parts += roadmap.parts(ctx)
    rows: list[list[str]] = []
    if "journal" in ctx.include and (row := journal.intensity_figure(ctx)):
        rows.append(row)
    if "checkins" in ctx.include and (row := checkins.safety_figure(ctx)):
        rows.append(row)
    if "promises" in ctx.include:
        rows += promises.figures(ctx)
    if rows:
        parts += [Heading("In figures"), Table(["Figure", "Over the period"], rows)]
    return Section("glance", TITLE, parts) if parts else None
