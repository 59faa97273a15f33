"""'Where I am on the road map': the current phase and progress in each phase."""

from __future__ import annotations

from trustroad.export.model import Para, Part, Section, Table
from trustroad.export.sections import Context
from trustroad.workbook.progress import phase_progress

TITLE = "Where I am on the road map"


def where(ctx: Context) -> str | None:
    """One line for the glance: the phase the person is in and its steps done (None: not marked)."""
    current = ctx.content.phase(ctx.workbook.current_phase) if ctx.workbook.current_phase else None
    if current is None or current not in ctx.content.road_phases:
        return None
    number = ctx.content.road_phases.index(current) + 1
    progress = phase_progress(current, ctx.workbook)
    return f"Phase {number} of {len(ctx.content.road_phases)}, {current.title}: {progress.label}."


def build(ctx: Context) -> Section | None:
    phases = ctx.content.road_phases
    if not phases:
        return None
    workbook = ctx.workbook
    current = ctx.content.phase(workbook.current_phase) if workbook.current_phase else None
    parts: list[Part] = []
    if current is not None:
        parts.append(Para(f"I am in: {current.title}"))
    else:
        parts.append(Para("I have not marked where I am on the road map yet.", muted=True))
    rows = []
    for number, phase in enumerate(phases, 1):
        progress = phase_progress(phase, workbook)
        mark = "← here" if current is not None and phase.id == current.id else ""
        rows.append([f"Phase {number}: {phase.title}", f"{progress.done} of {progress.total}", mark])
    parts.append(Table(["Phase", "Steps done", ""], rows))
    return Section("roadmap", TITLE, parts)
