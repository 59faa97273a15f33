"""'Where I am on the road map', for the glance: the current phase, and the steps done in each phase.

A paragraph near the top of the summary rather than a section of its own further down, where it
only repeated the glance's line with a table of the same numbers.
"""

from __future__ import annotations

from trustroad.export.model import Para, Part
from trustroad.export.sections import Context
from trustroad.workbook.progress import PhaseProgress, phase_progress

TITLE = "Where I am on the road map"


def where(ctx: Context) -> str | None:
    """The phase the person is in and its steps done (None: not marked)."""
    current = ctx.content.phase(ctx.workbook.current_phase) if ctx.workbook.current_phase else None
    if current is None or current not in ctx.content.road_phases:
        return None
    number = ctx.content.road_phases.index(current) + 1
    progress = phase_progress(current, ctx.workbook)
    return f"Phase {number} of {len(ctx.content.road_phases)}, {current.title}: {progress.label}."


def parts(ctx: Context) -> list[Part]:
    """One paragraph: where the person is, then the steps done in the other phases (in every
    phase when none is marked)."""
    phases = ctx.content.road_phases
    if not phases:
        return []
    line = where(ctx)
    text = f"{TITLE}: {line}" if line else "No place on the road map marked yet."
    others = [p for p in phases if p.id != ctx.workbook.current_phase] if line else phases
    if others:
        # " · " between phases, as a title may hold a comma ("Rebuild with Small, Durable Promises").
        done = " · ".join(f"{p.title} {_fraction(phase_progress(p, ctx.workbook))}" for p in others)
        text += f" Steps done in {'the other phases' if line else 'each phase'}: {done}."
    return [Para(text)]


def _fraction(progress: PhaseProgress) -> str:
    return f"{progress.done} of {progress.total}"
