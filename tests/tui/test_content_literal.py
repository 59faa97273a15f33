"""Issue 11, items 2 and 3: workbook text is shown exactly as written, and no link is ever opened.

A content pack (an extra content folder, as `--content` gives) holds square brackets where
Textual reads markup, and links in a step's body.
"""

from __future__ import annotations

import textwrap
import webbrowser
from pathlib import Path

import pytest
from textual.pilot import Pilot

from textual_private import notifications, screen_text
from trustroad.content.loader import load_content
from trustroad.content.model import Content
from trustroad.storage.paths import builtin_content_dir
from trustroad.tui.screens.phase import PhaseScreen

PHASE_TITLE = "Week [/] plan [b]road[/b]"
STEP_TITLE = "Week [/] plan"
LABEL = "Tuesday [evening] or [bold]Sunday[/bold]"
PLACEHOLDER = "e.g. a time [/] a place"
BODY = """\
Read [our guide](https://example.org/guide "Guide") before you start.

Or see <https://example.net/raw> and https://example.com/bare, and [a reference][ref].

[ref]: https://example.org/ref
"""


def write_pack(root: Path, brackets: bool = True) -> Path:
    """The pack; without `brackets` its titles and labels are plain words (only the links remain)."""
    folder = root / "phases" / "9-plan"
    folder.mkdir(parents=True)
    (folder / "phase.yaml").write_text(
        f"id: plan\ntitle: '{PHASE_TITLE}'\nkind: section\norder: 99\npurpose: 'Purpose [/] words'\n",
        encoding="utf-8",
    )
    front = textwrap.dedent(f"""\
        ---
        id: plan-sheet
        title: '{STEP_TITLE}'
        phase: plan
        kind: worksheet
        order: 1
        summary: 'Summary [i]kept[/i]'
        prompts:
          - id: when
            label: '{LABEL}'
            help: 'Help [/] too'
            placeholder: '{PLACEHOLDER}'
        ---
        """)
    if not brackets:
        front = front.replace("[", "(").replace("]", ")")
        (folder / "phase.yaml").write_text(
            (folder / "phase.yaml").read_text(encoding="utf-8").replace("[", "(").replace("]", ")"), encoding="utf-8"
        )
    (folder / "10-plan.md").write_text(front + BODY, encoding="utf-8")
    return root


@pytest.fixture
def plan_content(tmp_path: Path) -> Content:
    return load_content(builtin_content_dir(), [write_pack(tmp_path / "pack")])


@pytest.fixture
def link_content(tmp_path: Path) -> Content:
    return load_content(builtin_content_dir(), [write_pack(tmp_path / "pack", brackets=False)])


@pytest.fixture
def no_browser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    opened: list[str] = []

    def refuse(url: str, *args: object, **kwargs: object) -> bool:
        opened.append(url)
        raise AssertionError(f"trustroad opened a link: {url}")

    for name in ("open", "open_new", "open_new_tab"):
        monkeypatch.setattr(webbrowser, name, refuse)
    return opened


async def open_plan(pilot: Pilot) -> PhaseScreen:
    pilot.app.open_phase("plan", "plan-sheet")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, PhaseScreen)
    return screen


async def test_brackets_in_workbook_text_are_shown_as_written(launcher, plan_content: Content) -> None:
    launcher.content = plan_content
    async with launcher.run(size=(120, 40)) as pilot:
        app = pilot.app
        assert PHASE_TITLE in screen_text(app)  # the road map
        await open_plan(pilot)
        text = screen_text(app)
        for words in (STEP_TITLE, LABEL, "Help [/] too", PLACEHOLDER):
            assert words in text, words
        assert PHASE_TITLE in app.screen.title
        await pilot.press("ctrl+p")  # the palette lists every phase...
        await pilot.pause()
        await pilot.press(*"open")
        await pilot.pause(0.3)
        assert f"Open: {PHASE_TITLE}" in screen_text(app)
        await pilot.press(*["backspace"] * 4, *"week")  # ...and finds every step, its help line literal too
        await pilot.pause(0.3)
        text = screen_text(app)
        assert f"Step: {STEP_TITLE}" in text
        assert "Summary [i]kept[/i]" in text
        await pilot.press("enter")  # and opens it
        await pilot.pause()
        assert isinstance(app.screen, PhaseScreen) and app.screen.step_id == "plan-sheet"
        await pilot.press("f3", "ctrl+f")  # the journal's phase filter lists the titles
        await pilot.pause()
        await pilot.click("#filter-phase")
        await pilot.pause()
        assert PHASE_TITLE in screen_text(app)
        assert app.is_running


async def test_a_link_in_a_step_shows_its_address_and_never_opens(
    launcher, link_content: Content, no_browser: list[str]
) -> None:
    launcher.content = link_content
    async with launcher.run(size=(120, 40)) as pilot:
        app = pilot.app
        await open_plan(pilot)
        text = screen_text(app)
        # Every address is on screen as text: rewritten inline links, and the rest left literal.
        assert "our guide (https://example.org/guide)" in text
        for address in ("<https://example.net/raw>", "https://example.com/bare", "[ref]: https://example.org/ref"):
            assert address in text, address
        # Click every word of the body, as a person trying the "link" would.
        for y, line in enumerate(text.splitlines()):
            for word in ("our guide", "example.net", "example.com", "a reference", "example.org/ref"):
                x = line.find(word)
                if x >= 0:
                    await pilot.click(offset=(x + 1, y))
                    await pilot.press("enter")
        await pilot.pause()
        # Whatever asks the app to open an address (Textual's Markdown, a future widget) is refused.
        app.open_url("https://example.org/anything")
        await pilot.pause()
        assert no_browser == []
        assert any("https://example.org/anything" in str(n.message) for n in notifications(app))
        assert app.is_running
