"""A text sparkline on a fixed 0–10 scale, the one every trustroad chart in text uses.

Intensities and check-in ratings are all 0–10, and the scale never follows the data: a
rating going from 4 to 5 moves one bar, never from the floor to the ceiling, and a calm
month still looks calm. A day or week without a value is a middle dot, so a gap is seen
and never reads as calm.
"""

from __future__ import annotations

from collections.abc import Iterable

BARS = "▁▂▃▄▅▆▇█"
GAP = "·"
LOW, HIGH = 0, 10


def sparkline(values: Iterable[float | None]) -> str:
    """One character per value: the bar for its place between 0 and 10 (clamped), or GAP."""
    top = len(BARS) - 1
    chars = []
    for value in values:
        if value is None:
            chars.append(GAP)
        else:
            share = (min(max(value, LOW), HIGH) - LOW) / (HIGH - LOW)
            chars.append(BARS[round(share * top)])
    return "".join(chars)
