"""Journal entries marked for sharing within the period, and their intensity trend.

Only shared entries count, for the trend too: the summary holds nothing the person kept private
(the whole workbook holds every entry).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from trustroad.export.model import Chart, Entry, Part, Section
from trustroad.export.sections import Context
from trustroad.journal import model as journal_mod
from trustroad.journal.trends import intensity_points
from trustroad.storage.files import JOURNAL_FILE

TITLE = "Journal entries I chose to share"
MAX_POINTS = 60  # more days than this are shown as weekly means, so the chart stays readable


def chosen_entries(ctx: Context) -> list[journal_mod.Entry]:
    """The entries in this export (shared ones in the therapy summary) within the period, oldest first."""
    journal = ctx.document(JOURNAL_FILE, journal_mod.Journal)
    if journal is None:
        return []
    shared = [e for e in journal.entries if ctx.chosen(e) and ctx.period.contains(e.written)]
    shared.sort(key=lambda e: e.written)  # stable: entries written at the same moment keep their order
    return shared


def intensity_figure(ctx: Context) -> list[str] | None:
    """The glance's row: the mean of the daily intensities in the first half of the days against the second."""
    chart = intensity_chart(chosen_entries(ctx))
    if chart is None:
        return None
    half = len(chart.values) // 2
    before, after = chart.values[:half], chart.values[-half:]
    unit = "weeks" if "weekly" in chart.title else "days"
    value = (
        f"{sum(before) / len(before):.1f} → {sum(after) / len(after):.1f} "
        f"(average of each half of {len(chart.values)} rated {unit})"
    )
    return ["Intensity in the journal (0–10)", value]


def build(ctx: Context) -> Section | None:
    shared = chosen_entries(ctx)
    if not shared:
        return None
    parts: list[Part] = []
    chart = intensity_chart(shared, ctx.title("shared entries", "entries"))
    if chart is not None:
        parts.append(chart)
    # No count line: the entries follow, and the glance gives the number of rated days.
    for entry in shared:
        # Day and time as the person lived them: the clock of the offset the entry was written with.
        when = entry.written
        kind = journal_mod.KIND_LABELS.get(entry.kind, entry.kind)
        title = f"{when.date().isoformat()} {when.time().isoformat('minutes')} · {kind}"
        parts.append(Entry(title, entry.text.strip() or "(no text)", _meta(entry)))
    return Section("journal", ctx.title(TITLE, "Journal entries"), parts)


def _meta(entry: journal_mod.Entry) -> str:
    talk = entry.talk
    bits = []
    if entry.intensity is not None:
        bits.append(f"intensity {entry.intensity}/10")
    if talk is not None:
        if talk.intensity_before is not None and talk.intensity_after is not None:
            bits.append(f"talk: {talk.intensity_before} → {talk.intensity_after}")
        if talk.minutes is not None:
            bits.append(f"{talk.minutes} min")
        if talk.at_agreed_time is not None:
            bits.append("at the agreed time" if talk.at_agreed_time else "not at the agreed time")
        if talk.time_out_used:
            bits.append("time-out used")
    if entry.tags:
        bits.append(" ".join(f"#{t}" for t in entry.tags))
    return " · ".join(bits)


def intensity_chart(entries: Iterable[journal_mod.Entry], whose: str = "shared entries") -> Chart | None:
    """Daily mean intensity of the entries (weekly means over long periods)."""
    by_day: dict[date, list[float]] = {}
    for day, value in intensity_points(entries):
        by_day.setdefault(day, []).append(value)
    if len(by_day) < 2:
        return None
    days = sorted(by_day)
    if len(days) <= MAX_POINTS:
        labels = [day.isoformat() for day in days]
        values = [round(sum(by_day[d]) / len(by_day[d]), 1) for d in days]
        title = f"Intensity (daily average of {whose})"
    else:
        weeks: dict[date, list[float]] = {}
        for day in days:
            monday = day - timedelta(days=day.weekday())
            weeks.setdefault(monday, []).extend(by_day[day])
        labels = [f"week of {monday.isoformat()}" for monday in sorted(weeks)]
        values = [round(sum(weeks[w]) / len(weeks[w]), 1) for w in sorted(weeks)]
        title = f"Intensity (weekly average of {whose})"
    return Chart(title, labels, values, 0, 10)
