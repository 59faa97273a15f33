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


# The full form's sparkline row: label, 30 days, 90 days in 5-day buckets and their legend.
FULL_WIDTH = 77
INDENT = "             "  # the reading lines start under the sparklines


class IntensityTrend(Static):
    """`compact=True` is the home screen's short form (up to 3 lines); otherwise 4 lines.

    Narrower than a full row (a 60-column terminal), the 90-day line makes way, so that no row
    wraps into the next; it comes back when the window is wide enough again."""

    app: TrustroadApp

    def __init__(self, *, compact: bool = False, id: str | None = None) -> None:
        super().__init__(id=id, classes="intensity-trend compact" if compact else "intensity-trend")
        self.compact = compact
        self._shown: tuple[list, list, date] | None = None  # what the full form last drew

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
            self._shown = (overall, talks, today)
            self.update(self._full(overall, talks, today))

    def on_resize(self) -> None:
        if self._shown is not None:
            self.update(self._full(*self._shown))

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
        wide = not self.size.width or self.size.width >= FULL_WIDTH  # not laid out yet: full
        for label, points in (("Intensity  ", overall), ("After talks", talks)):
            last30 = spark_text(daily_means(points, today, 30))
            if wide:
                last90 = spark_text(bucket(daily_means(points, today, 90), 5))
                sparks = Text.assemble(last30, "  ", last90, Text.styled("  30 | 90 days", "$text-muted"))
            else:
                sparks = Text.assemble(last30, Text.styled("  30 days", "$text-muted"))
            rows.append(Text.assemble(Text.styled(label, "bold"), "  ", sparks))
            said = (
                "Last 30 days: " + _describe(reading(points, today)) if points else "no entries with an intensity yet"
            )
            rows.append(Text((INDENT if wide else "") + said))
        return Text("\n").join(rows)
