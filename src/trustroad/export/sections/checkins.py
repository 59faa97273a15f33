"""Weekly check-ins marked for sharing (all of them in the whole workbook) within the period:
ratings over time and the answers."""

from __future__ import annotations

from trustroad.checkins import trends as mod
from trustroad.checkins.model import CheckIn, CheckIns
from trustroad.export.model import Chart, Entry, Heading, Para, Part, Section, Table
from trustroad.export.sections import Context
from trustroad.storage.files import CHECKINS_FILE

TITLE = "Weekly check-ins"
SHOWN_RATINGS = 6  # the glance lists this many ratings at most
MIN_CHART_POINTS = 4  # fewer are read at once from the table above: a chart would only take room


def chosen_checkins(ctx: Context) -> list[CheckIn]:
    """The check-ins in this export (shared ones in the therapy summary) within the period, oldest first."""
    document = ctx.document(CHECKINS_FILE, CheckIns)
    if document is None:
        return []
    return sorted(
        (c for c in document.checkins if ctx.chosen(c) and ctx.period.contains(c.date)),
        key=lambda c: (c.date, c.created),
    )


def safety_figure(ctx: Context) -> list[str] | None:
    """The glance's row: the safety ratings in order (the last few, when there are many) and the reading."""
    ratings = mod.values(mod.ratings_series(chosen_checkins(ctx)), "safety")
    if not ratings:
        return None
    shown = " → ".join(str(r) for r in ratings[-SHOWN_RATINGS:])
    if len(ratings) > SHOWN_RATINGS:
        shown = f"… {shown} (the last {SHOWN_RATINGS} of {len(ratings)})"
    reading = mod.trend_reading(ratings)
    if not reading.startswith("too early"):
        shown += f"; {reading}"
    return ["Safety in the weekly check-ins (0–10)", shown]


def build(ctx: Context) -> Section | None:
    shared = chosen_checkins(ctx)
    if not shared:
        return None
    spec = ctx.content.checkin
    safety_name = "Safety"
    connection_name = "Connection"
    parts: list[Part] = []
    rows = [[c.date.isoformat(), _n(c.safety), _n(c.connection)] for c in shared]
    parts.append(Table(["Date", f"{safety_name} (0–10)", f"{connection_name} (0–10)"], rows))
    for which, name in (("safety", safety_name), ("connection", connection_name)):
        points = [(c.date.isoformat(), getattr(c, which)) for c in shared if getattr(c, which) is not None]
        if len(points) >= MIN_CHART_POINTS:
            parts.append(
                Chart(f"{name} over the period", [p[0] for p in points], [p[1] for p in points], 0, 10, table=False)
            )
    if len(shared) >= 2:
        reading = mod.trend_reading(mod.values(mod.ratings_series(shared), "safety"))
        if not reading.startswith("too early"):
            parts.append(Para(f"Safety: {reading}.", muted=True))
    labels = {q.id: q.label for q in spec.questions} if spec is not None else {}
    for checkin in shared:
        answers = [(labels.get(k, k), v) for k, v in checkin.answers.items() if v.strip()]
        if not answers:
            continue
        parts.append(Heading(f"Check-in of {checkin.date.isoformat()}"))
        for label, text in answers:
            parts.append(Entry(label, text.strip()))
    return Section("checkins", TITLE, parts)


def _n(value: int | None) -> str:
    return "—" if value is None else str(value)
