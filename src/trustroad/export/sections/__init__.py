"""One section builder per data source: `build(ctx) -> Section | None` (None when there is
nothing shared to show). Shared helpers live here."""

from __future__ import annotations


def first_line(text: str, limit: int = 80) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"
