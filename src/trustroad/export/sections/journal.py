"""Journal entries marked for sharing within the period, and their intensity trend.

Only shared entries count, for the trend too: the summary holds nothing the person kept private.
"""

from __future__ import annotations

from datetime import date
from operator import attrgetter

from trustroad.export.model import Chart, Entry, Para, Section
from trustroad.journal import model as journal_mod
from trustroad.storage.files import JOURNAL_FILE

TITLE = "Journal entries I chose to share"
MAX_POINTS = 60  # more days than this are shown as weekly means, so the chart stays readable
_WRITTEN = attrgetter("written")



def build(ctx) -> Section | None:
    journal = ctx.documents.get(JOURNAL_FILE)
    if journal is None:
        return None
    period = ctx.period
    if period.start is None and period.end is None:  # "everything": no date test per entry
        shared = [e for e in journal.entries if e.share]
    else:
        shared = [e for e in journal.entries if e.share and period.contains(e.written)]
    shared.sort(key=_WRITTEN)  # stable, and quick on a journal already in the order written
    if not shared:
        return None
    labels = journal_mod.KIND_LABELS
    parts: list = []
    chart = intensity_chart(shared)
    if chart is not None:
        parts.append(chart)
    parts.append(Para(f"{len(shared)} shared entr{'y' if len(shared) == 1 else 'ies'}.", muted=True))
    minute = _MinuteText().text
    append = parts.append
    for entry in shared:
        title = f"{minute(entry.written)} · {labels.get(entry.kind, entry.kind)}"
        if entry.talk is None and not entry.tags:  # most entries: at most an intensity
            meta = "" if entry.intensity is None else f"intensity {entry.intensity}/10"
        else:
            meta = _meta(entry)
        append(Entry(title, entry.text.strip() or "(no text)", meta))
    return Section("journal", TITLE, parts)


class _MinuteText:
    """"YYYY-MM-DD HH:MM" of a time, in the offset it was written with.

    The same text as isoformat(" ", "minutes")[:16], at about half the cost (isoformat
    formats the offset through printf): days are formatted once each, hours and minutes
    come from a table. It was a tenth of a 10,000-entry export.
    """

    HOURS_MINUTES = [f"{hour:02}:{minute:02}" for hour in range(24) for minute in range(60)]

    def __init__(self) -> None:
        self.days: dict[int, str] = {}

    def text(self, when) -> str:
        ordinal = when.toordinal()
        day = self.days.get(ordinal)
        if day is None:
            day = self.days[ordinal] = when.date().isoformat() + " "
        return day + self.HOURS_MINUTES[when.hour * 60 + when.minute]


def _meta(entry) -> str:
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


def intensity_chart(entries) -> Chart | None:
    """Daily mean intensity of the shared entries (weekly means over long periods).

    Days are kept as ordinals (date.toordinal) while grouping: one int per entry rather
    than a date object, which matters with 10,000 entries.
    """
    by_day: dict[int, list[int]] = {}
    for entry in entries:
        if entry.intensity is not None:
            by_day.setdefault(entry.written.toordinal(), []).append(entry.intensity)
    if len(by_day) < 2:
        return None
    days = sorted(by_day)
    if len(days) <= MAX_POINTS:
        labels = [date.fromordinal(d).isoformat() for d in days]
        values = [round(sum(by_day[d]) / len(by_day[d]), 1) for d in days]
        title = "Intensity (daily average of shared entries)"
    else:
        weeks: dict[int, list[int]] = {}
        for day in days:
            monday = day - (day + 6) % 7  # date.weekday() is (toordinal() + 6) % 7
            weeks.setdefault(monday, []).extend(by_day[day])
        labels = [f"week of {date.fromordinal(w).isoformat()}" for w in sorted(weeks)]
        values = [round(sum(weeks[w]) / len(weeks[w]), 1) for w in sorted(weeks)]
        title = "Intensity (weekly average of shared entries)"
    return Chart(title, labels, values, 0, 10)
