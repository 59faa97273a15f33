"""trustroad's light theme: Textual's light theme with every text colour readable.

In textual-light the accent and warning orange (#ffa62b) is about 1.5:1 on the background and
the success green about 1.8:1, so a shortcut letter or a "✓" was hard to see. These darker
tones keep the same meaning and are at least 4.5:1 on the background, the surface and the
panel (tests/unit/test_theme_contrast.py measures them).
"""

from __future__ import annotations

from textual.theme import BUILTIN_THEMES, Theme

LIGHT_NAME = "trustroad-light"

_base = BUILTIN_THEMES["textual-light"]
LIGHT = Theme(
    name=LIGHT_NAME,
    primary=_base.primary,
    secondary="#005A9E",
    accent="#8A4500",
    warning="#8A4500",
    error="#9B2743",
    success="#17602E",
    surface=_base.surface,
    panel=_base.panel,
    background=_base.background,
    dark=False,
    variables={
        "footer-key-foreground": "#004F8A",
        # Placeholders: shown in italics (styles/fields_sizes_go_to_find.tcss), as readable as muted text.
        "text-disabled": "auto 60%",
    },
)
