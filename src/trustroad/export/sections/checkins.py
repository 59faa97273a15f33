"""Weekly check-ins marked for sharing within the period: ratings over time and the answers."""

from __future__ import annotations

from trustroad.checkins import trends as mod
from trustroad.checkins.model import CheckIns
from trustroad.export.model import Chart, Entry, Heading, Para, Part, Section, Table
from trustroad.export.sections import Context
from trustroad.storage.files import CHECKINS_FILE

TITLE = "Weekly check-ins"


def build(ctx: Context) -> Section | None:
    document = ctx.document(CHECKINS_FILE, CheckIns)
    if document is None:
        return None
    shared = sorted(
        (c for c in document.checkins if c.share and ctx.period.contains(c.date)),
        key=lambda c: (c.date, c.created),
    )
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
        if len(points) >= 2:
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
