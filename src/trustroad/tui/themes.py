"""trustroad's two themes: Textual's own, made readable where trustroad draws words.

Dark: textual-dark, with the words on its blue (the cursor row, a primary button) in full white:
Textual draws them at 87%, about 3.8:1 on that blue, and white is 4.5:1. (The marks on the cursor
row take the same colour: tui/widgets/readable_option_list.py.) Placeholders are as readable as
muted text, and headings are in its lighter blue. Its $primary and $error are still under 4.5:1
as text on the background: trustroad draws borders in them, not words.

Light: in textual-light the accent and warning orange (#ffa62b) is about 1.5:1 on the background and
the success green about 1.8:1, so a shortcut letter or a "✓" was hard to see. These darker
tones keep the same meaning and are at least 4.5:1 on the background, the surface and the
panel (tests/tui/test_theme_contrast.py measures them).
"""

from __future__ import annotations

from dataclasses import replace

from textual.theme import BUILTIN_THEMES, Theme

LIGHT_NAME = "trustroad-light"
DARK_NAME = "trustroad-dark"

# textual-dark as it is, but for the words on its blue.
DARK = replace(
    BUILTIN_THEMES["textual-dark"],
    name=DARK_NAME,
    # "auto": white on the blue, as before black on the orange and green of warning and success buttons.
    # Placeholders, in italics, as readable as muted text (Textual's 38% is about 3.5:1), as in LIGHT.
    variables={
        "block-cursor-foreground": "auto 100%",
        "button-color-foreground": "auto 100%",
        "text-disabled": "auto 60%",
        # Headings on the reading pages and in help: textual-dark's $text-primary, not its $primary
        # (about 4.1:1 on the background, 3.7:1 on the surface).
        "markdown-h1-color": "#57A5E2",
        "markdown-h2-color": "#57A5E2",
        "markdown-h3-color": "#57A5E2",
    },
)

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
