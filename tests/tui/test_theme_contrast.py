"""Issue 14: in the light theme every text colour trustroad uses is at least 4.5:1 (WCAG AA) on the
backgrounds it is drawn on. The orange shortcut letters of textual-light were about 1.5:1.
In both themes: the words on the cursor row and on coloured buttons, placeholders, Markdown
headings and help's table header (tui/themes.py); a focused button, a select's arrow and
prompt, a tab not chosen (tui/styles/fields_sizes_go_to_find.tcss)."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Select, Tab, Tabs

from contrast import contrast, drawn
from trustroad.tui.app import THEMES
from trustroad.tui.modals.confirm import ConfirmDialog
from trustroad.tui.themes import DARK, LIGHT
from waiting import until

# Colours trustroad draws text in (tui/styles/*.tcss and Text.styled(...) in the screens and widgets).
TEXT = [
    "foreground",
    "text-muted",
    "text-disabled",
    "accent",
    "warning",
    "success",
    "error",
    "primary",
    "secondary",
    "footer-key-foreground",
    "text-accent",
    "text-success",
    "text-warning",
    "text-error",
    "text-primary",
]
BACKGROUNDS = ["background", "surface", "panel"]


def resolve(value: str, under: Color) -> Color:
    """A theme variable's colour as drawn over `under` ("auto 60%" is Textual's contrasting text)."""
    name, *alpha = value.split()
    color = under.get_contrast_text(1.0) if name == "auto" else Color.parse(name)
    if alpha:
        color = color.with_alpha(float(alpha[0].rstrip("%")) / 100)
    return under.blend(color, color.a) if color.a < 1 else color


def test_the_light_theme_is_trustroads_own():
    assert THEMES["light"] == LIGHT.name


@pytest.mark.parametrize("text", TEXT)
def test_every_text_colour_of_the_light_theme_is_readable(text):
    variables = LIGHT.to_color_system().generate()
    page = Color.parse(variables["background"])
    for background in BACKGROUNDS:
        under = resolve(variables[background], page)
        ratio = contrast(resolve(variables[text], under), under)
        assert ratio >= 4.5, f"${text} on ${background}: {ratio:.1f}:1"


@pytest.mark.parametrize("theme", [DARK, LIGHT], ids=["dark", "light"])
@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("block-cursor-foreground", "block-cursor-background"),
        ("button-color-foreground", "primary"),
        ("button-color-foreground", "warning"),  # Restore it, Unpair, Stop encrypting
        ("button-color-foreground", "success"),  # a promise's Kept
        ("button-color-foreground", "error"),
    ],
    ids=["cursor-row", "primary-button", "warning-button", "success-button", "error-button"],
)
def test_words_on_the_cursor_row_and_buttons_are_readable(theme, text, background):
    # textual-dark draws them in white at 87%, about 3.8:1 on its blue (tui/themes.py); white
    # on the orange of a warning button would be 2:1.
    variables = theme.to_color_system().generate()
    under = resolve(variables[background], Color.parse(variables["background"]))
    ratio = contrast(resolve(variables[text], under), under)
    assert ratio >= 4.5, f"${text} on ${background}: {ratio:.1f}:1"


@pytest.mark.parametrize("theme", [DARK, LIGHT], ids=["dark", "light"])
def test_placeholders_are_readable(theme):
    # A placeholder is drawn in $text-disabled, in italics (tui/styles/fields_sizes_go_to_find.tcss).
    variables = theme.to_color_system().generate()
    page = Color.parse(variables["background"])
    for background in BACKGROUNDS:
        under = resolve(variables[background], page)
        ratio = contrast(resolve(variables["text-disabled"], under), under)
        assert ratio >= 4.5, f"$text-disabled on ${background}: {ratio:.1f}:1"


@pytest.mark.parametrize("theme", [DARK, LIGHT], ids=["dark", "light"])
@pytest.mark.parametrize("level", [1, 2, 3])
def test_markdown_headings_are_readable(theme, level):
    # The reading pages and help are Markdown (tui/widgets/content_markdown.py); textual-dark
    # drew their headings in $primary, about 4.1:1 on the background.
    variables = theme.to_color_system().generate()
    page = Color.parse(variables["background"])
    for background in BACKGROUNDS:
        under = resolve(variables[background], page)
        ratio = contrast(resolve(variables[f"markdown-h{level}-color"], under), under)
        assert ratio >= 4.5, f"h{level} on ${background}: {ratio:.1f}:1"


@pytest.mark.parametrize("theme", [DARK, LIGHT], ids=["dark", "light"])
async def test_a_markdown_tables_header_is_readable(launcher, theme):
    # Help's key table (tui/styles/roadmap.tcss): Textual's $primary was 3.7:1 on the dark surface.
    async with launcher.run() as pilot:
        pilot.app.set_theme("dark" if theme is DARK else "light")
        await pilot.press("f1")

        def headers() -> list:
            return list(pilot.app.screen.query("MarkdownTableContent > .header").results())

        await until(pilot, headers)  # Textual's Markdown mounts its blocks over a few frames
        assert headers(), "help holds a table"
        for header in headers():
            colour, under = header.styles.color, header.background_colors[1]
            assert contrast(under.blend(colour, colour.a), under) >= 4.5


def ratios_of(widget: Widget, text: str) -> list[float]:
    """The contrast of each drawn piece of the widget holding `text`."""
    return [ratio for drawn_text, ratio in drawn(widget) if text in drawn_text]


async def in_a_dialog(pilot: Pilot, theme: str, widget: Widget) -> None:
    """`widget` shown in a confirmation dialog (a modal, as trustroad's buttons and choices are)."""
    pilot.app.set_theme(theme)
    dialog = ConfirmDialog("Delete it?", "This cannot be undone.", "Delete")
    await pilot.app.push_screen(dialog)
    await pilot.pause()
    await dialog.query_one("#cancel", Button).parent.mount(widget)


def unreadable(widget: Widget, text: str) -> list[float]:
    """The contrast of each drawing of `text` below 4.5:1 (WCAG AA)."""
    return [round(ratio, 2) for ratio in ratios_of(widget, text) if ratio < 4.5]


@pytest.mark.parametrize("theme", ["dark", "light"])
@pytest.mark.parametrize("variant", ["primary", "default", "warning", "success", "error"])
async def test_a_focused_buttons_words_are_readable(launcher, theme, variant):
    # Textual draws a focused button reversed and tints it 5% toward the text: on textual-dark's
    # primary blue, "Cancel" in a confirmation dialog was blue on white at 4.3:1.
    async with launcher.run() as pilot:
        button = Button("Look here", variant=variant)
        await in_a_dialog(pilot, theme, button)
        button.focus()
        await until(pilot, lambda: button.has_focus and ratios_of(button, "Look here"))
        assert unreadable(button, "Look here") == []


@pytest.mark.parametrize("theme", ["dark", "light"])
async def test_a_selects_arrow_and_prompt_are_readable(launcher, theme):
    # Textual draws both at 50% of the text colour: about 4.2:1 on the dark surface.
    async with launcher.run() as pilot:
        choice: Select[int] = Select([("One", 1)], prompt="Choose one")
        await in_a_dialog(pilot, theme, choice)
        shown = [(choice.query_one(".down-arrow"), "▼"), (choice.query_one("SelectCurrent #label"), "Choose one")]
        await until(pilot, lambda: all(ratios_of(widget, text) for widget, text in shown))
        for widget, text in shown:
            assert unreadable(widget, text) == [], text


@pytest.mark.parametrize("theme", ["dark", "light"])
async def test_a_tab_not_chosen_is_readable(launcher, theme):
    # Textual draws it at 50% of the text colour: 3:1 in the light theme (the check-in's tabs).
    async with launcher.run() as pilot:
        tabs = Tabs("This week", "Past weeks")
        await in_a_dialog(pilot, theme, tabs)
        other = tabs.query(Tab).last()
        await until(pilot, lambda: not other.has_class("-active") and ratios_of(other, "Past weeks"))
        assert unreadable(other, "Past weeks") == []
