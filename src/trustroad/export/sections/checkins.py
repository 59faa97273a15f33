"""Weekly check-ins marked for sharing (all of them in the whole workbook) within the period:
ratings over time and the answers."""

from __future__ import annotations

from trustroad.checkins import trends as mod
from trustroad.checkins.model import CheckIn, CheckIns
from trustroad.export.model import Chart, Entry, Para, Part, Section, Table
from trustroad.export.sections import Context
from trustroad.storage.files import CHECKINS_FILE

TITLE = "Weekly check-ins"
SHOWN_RATINGS = 6  # the glance lists this many ratings at most
MIN_CHART_POINTS = 4  # fewer are read at once from the table above: a chart would only take room
# Up to this many answered questions are columns of the table beside the ratings; more would make
# columns too narrow to read, so the answers then follow the table, a short block per check-in.
ANSWER_COLUMNS = 2


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
    labels = {q.id: q.label for q in spec.questions} if spec is not None else {}
    # The questions answered in at least one of these check-ins, in the order the check-in asks them.
    asked = [*labels, *sorted({k for c in shared for k in c.answers} - set(labels))]
    answered = [k for k in asked if any(c.answers.get(k, "").strip() for c in shared)]
    ratings = ["Date", "Safety (0–10)", "Connection (0–10)"]
    parts: list[Part] = []
    if len(answered) <= ANSWER_COLUMNS:
        # One row a week: the ratings and what was written side by side, read down at a glance.
        headers = ratings + [labels.get(k, k) for k in answered]
        rows = [_ratings(c) + [c.answers.get(k, "").strip() for k in answered] for c in shared]
        parts.append(Table(headers, rows))
    else:
        parts.append(Table(ratings, [_ratings(c) for c in shared]))
    for which, name in (("safety", "Safety"), ("connection", "Connection")):
        points = [(c.date.isoformat(), getattr(c, which)) for c in shared if getattr(c, which) is not None]
        if len(points) >= MIN_CHART_POINTS:
            parts.append(
                Chart(f"{name} over the period", [p[0] for p in points], [p[1] for p in points], 0, 10, table=False)
            )
    if len(shared) >= 2:
        reading = mod.trend_reading(mod.values(mod.ratings_series(shared), "safety"))
        if not reading.startswith("too early"):
            parts.append(Para(f"Safety: {reading}.", muted=True))
    if len(answered) > ANSWER_COLUMNS:
        # Too many questions for columns wide enough to read: each week's answers as one short block.
        for checkin in shared:
            lines = [
                f"{labels.get(k, k)} {checkin.answers[k].strip()}"
                for k in answered
                if checkin.answers.get(k, "").strip()
            ]
            if lines:
                parts.append(Entry(f"Check-in of {checkin.date.isoformat()}", "\n".join(lines)))
    return Section("checkins", TITLE, parts)


def _ratings(checkin: CheckIn) -> list[str]:
    return [checkin.date.isoformat(), _n(checkin.safety), _n(checkin.connection)]


def _n(value: int | None) -> str:
    return "—" if value is None else str(value)
