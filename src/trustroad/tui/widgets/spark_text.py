"""The core sparkline (fixed 0–10 scale) as styled text for a Static."""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content as Text

from trustroad.sparkline import GAP, sparkline


def spark_text(values: Iterable[float | None]) -> Text:
    # Bars in the accent colour; gaps muted so the eye reads the days that have values.
    return Text.assemble(
        *(Text.styled(char, "$text-muted" if char == GAP else "$accent") for char in sparkline(values))
    )
