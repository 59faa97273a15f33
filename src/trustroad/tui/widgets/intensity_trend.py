"""Is the intensity coming down? A text sparkline on a fixed 0–10 scale, and an honest reading.

Drawn as text rather than with Textual's Sparkline because that one scales to the data's own
minimum and maximum (a wobble between 5 and 6 would look like a cliff) and cannot show a
day without entries; here a gap is a "·" and never reads as calm.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from textual.content import Content as Text
from textual.widgets import Static

from trustroad import clock
from trustroad.journal.model import Entry
from trustroad.journal.trends import (
    Reading,
    after_talk_points,
    bucket,
    daily_means,
    intensity_points,
    reading,
    since,
)
from trustroad.tui.widgets.spark_text import spark_text

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp


def _describe(result: Reading) -> str:
    if not result.enough:
        return result.shown
    # The two averages (0–10), so the words can be checked against the numbers.
    return f"{result.text} ({result.before:.1f} → {result.recent:.1f})"


class IntensityTrend(Static):
    """`compact=True` is the home screen's short form (up to 3 lines); otherwise 4 lines."""

    app: TrustroadApp

    def __init__(self, *, compact: bool = False, id: str | None = None) -> None:
        super().__init__(id=id, classes="intensity-trend compact" if compact else "intensity-trend")
        self.compact = compact

    def refresh_trend(self) -> None:
        """Redraw from the app's journal (the home screen calls this when it is shown)."""
        self.show(self.app.journal.entries)

    def show(self, entries: list[Entry], today: date | None = None, *, newest_first: bool = False) -> None:
        today = today or clock.today()
        # Only the last 90 days are drawn or compared.
        recent = since(entries, today - timedelta(days=90), newest_first=newest_first)
        overall = intensity_points(recent)
        talks = after_talk_points(recent)
        if self.compact:
            self.update(self._compact(overall, talks, today))
        else:
            self.update(self._full(overall, talks, today))

    def _compact(self, overall, talks, today: date) -> Text:
        if not overall and not talks:
            return Text("Intensity trend: nothing yet. Give journal entries an intensity (0–10) to see it here (j).")
        lines = [
            Text.assemble(Text.styled("Intensity, last 30 days ", "bold"), spark_text(daily_means(overall, today, 30))),
            Text(f"Overall: {reading(overall, today).shown}."),
        ]
        if talks:
            lines.append(Text(f"After rupture talks: {reading(talks, today).shown}."))
        return Text("\n").join(lines)

    def _full(self, overall, talks, today: date) -> Text:
        rows = []
        for label, points in (("Intensity  ", overall), ("After talks", talks)):
            last30 = daily_means(points, today, 30)
            last90 = bucket(daily_means(points, today, 90), 5)
            rows.append(
                Text.assemble(
                    Text.styled(label, "bold"),
                    "  ",
                    spark_text(last30),
                    "  ",
                    spark_text(last90),
                    Text.styled("  30 | 90 days", "$text-muted"),
                )
            )
            rows.append(
                Text(
                    "             "
                    + (
                        "Last 30 days: " + _describe(reading(points, today))
                        if points
                        else "no entries with an intensity yet"
                    )
                )
            )
        return Text("\n").join(rows)
