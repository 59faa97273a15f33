"""The PDF's font, colours and type sizes, shared by the page, its tables and its charts."""

from __future__ import annotations

from pathlib import Path

FONT_DIR = Path(__file__).parent / "fonts"
FONT = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
FAMILY = "DejaVu"

Color = tuple[int, int, int]
INK, MUTED, RULE, ACCENT = (29, 29, 31), (100, 100, 100), (201, 214, 227), (43, 108, 176)
BODY, LEADING = 10, 0.46  # points, and line height in mm per point (13 pt lines: easy to read, few pages)
