"""Issue 11: escape sequences and control characters never reach the terminal (item 1).

Every kind of person text, and a content pack's titles, labels and body, hold OSC (title and
clipboard), CSI (clear screen), BEL and C1 characters. Every screen that shows them is opened
and its rendered text checked; the stored files still hold every word exactly as typed.
"""

from __future__ import annotations

import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot

from in_view import scroll_into_view
from textual_private import screen_text
from trustroad.agreements.model import Agreement
from trustroad.clock import now, today
from trustroad.content.loader import load_content
from trustroad.content.model import Content
from trustroad.documents import load_all
from trustroad.journal.model import Entry
from trustroad.promises.records import Promise, Setback
from trustroad.storage.paths import builtin_content_dir
from trustroad.storage.store import Store
from trustroad.tui.app import TrustroadApp

# Title change, clipboard overwrite, clear screen, bell, 8-bit CSI and DCS.
NASTY = "x \x1b]2;PWNED\x1b\\ \x1b]52;c;UFdORURDTElQ\x1b\\ \x1b[2Jclear \x07bell \x9b31mred \x90dcs end"
# The same in YAML (control characters may only be written as escapes in double quotes).
YAML_NASTY = r"\e]2;PWNED\a \e]52;c;UFdORURDTElQ\e\\ \e[2J \x9b31m"


def unsafe(text: str) -> list[str]:
    return [
        line for line in text.splitlines() if any(c == "\x1b" or c == "\x07" or "\x80" <= c <= "\x9f" for c in line)
    ]


def write_pack(root: Path) -> Path:
    folder = root / "phases" / "9-evil"
    folder.mkdir(parents=True)
    (folder / "phase.yaml").write_text(
        textwrap.dedent(f"""\
            id: evil
            title: "Evil phase {YAML_NASTY} end"
            kind: section
            order: 99
            purpose: "Purpose {YAML_NASTY} end"
            """),
        encoding="utf-8",
    )
    front = textwrap.dedent(f"""\
        ---
        id: evil-sheet
        title: "Evil sheet {YAML_NASTY} end"
        phase: evil
        kind: worksheet
        order: 1
        summary: "Summary {YAML_NASTY} end"
        prompts:
          - id: first
            label: "First label {YAML_NASTY} end"
            help: "Help {YAML_NASTY} end"
            coach: true
          - id: second
            label: Second label
            placeholder: "Placeholder {YAML_NASTY} end"
        ---
        """)
    (folder / "10-evil.md").write_text(front + "Body \x1b]2;PWNED\x07 \x1b[2J \x9b31m body-end\n", encoding="utf-8")
    return root


@pytest.fixture
def evil_content(tmp_path: Path) -> Content:
    return load_content(builtin_content_dir(), [write_pack(tmp_path / "pack")])


def fill(app: TrustroadApp) -> None:
    """Every kind of person text, holding NASTY."""
    app.journal.add(Entry.new("entry " + NASTY, tags=["t"], share=True))
    app.workbook.set_answer("evil-sheet", "first", "answer " + NASTY)
    app.workbook.set_shared("evil-sheet", "first", True)
    app.workbook.set_current_phase("evil")
    promise = app.promises.add_promise(Promise(wording="promise " + NASTY, visibility="seen " + NASTY, share=True))
    app.promises.record(promise.id, today() - timedelta(days=1), False, "note " + NASTY)
    agreement = app.agreements.add(Agreement.new())
    agreement.edit_wording("agreement " + NASTY, title="title " + NASTY)
    app.checkins.set_draft(5, 6, {"helped": "helped " + NASTY}, share=True)
    app.checkins.commit_draft(promises_note="promises " + NASTY)
    app.checkins.set_draft(4, 4, {"hard": "draft " + NASTY})
    app.agenda.add("agenda " + NASTY)
    setback = app.promises.add_setback(Setback(kind="other", note="setback " + NASTY, share=True))
    app.promises.repair_setback(setback.id, now(), "repaired " + NASTY)
    app.drafts.keep("1/entry-text", "A journal entry", "recovered " + NASTY)
    for name in app.documents:
        app.changed(name)


def stored_texts(folder: Path) -> list[str]:
    """Every piece of person text, as a next start reads it from the files."""
    store = Store(folder)
    docs = load_all(store)
    wb, journal = docs["workbook.json"], docs["journal.json"]
    promises, checkins = docs["promises.json"], docs["checkins.json"]
    agreement = docs["agreements.json"].agreements[0]
    return [
        journal.entries[0].text,
        wb.answer_text("evil-sheet", "first"),
        promises.promises[0].wording,
        promises.promises[0].visibility,
        agreement.wording,
        agreement.title,
        checkins.draft.answers["hard"],
        checkins.newest_first()[0].answers["helped"],
        checkins.newest_first()[0].promises_note,
        docs["agenda.json"].items[0].text,
        promises.setbacks[0].note,
        promises.setbacks[0].how_repaired,
        next(iter(docs["drafts.json"].items.values())).text,
    ]


async def clean(pilot: Pilot, *words: str) -> str:
    await pilot.pause()
    text = screen_text(pilot.app)
    assert not unsafe(text), f"{type(pilot.app.screen).__name__}: {unsafe(text)}"
    for word in words:
        assert word in text, f"{word!r} not on {type(pilot.app.screen).__name__}:\n{text}"
    return text


async def test_no_control_character_reaches_the_screen(tmp_path: Path, evil_content: Content, launcher) -> None:
    launcher.content = evil_content
    async with launcher.run() as pilot:
        fill(pilot.app)
        assert pilot.app.save_and_wait()
    expected = [
        prefix + NASTY
        for prefix in (
            "entry ",
            "answer ",
            "promise ",
            "seen ",
            "agreement ",
            "title ",
            "draft ",
            "helped ",
            "promises ",
            "agenda ",
            "setback ",
            "repaired ",
            "recovered ",
        )
    ]
    assert stored_texts(launcher.folder) == expected

    async with launcher.run(size=(120, 40)) as pilot:
        app = pilot.app
        await clean(pilot, "recovered x", "clear bell")  # the recovered writing, first
        await pilot.press("escape")
        await clean(pilot, "Evil phase", "Purpose")  # the road map
        await pilot.press("ctrl+p")
        await pilot.press(*"evil")
        await clean(pilot, "Step: Evil sheet")
        await pilot.press("escape")
        app.open_phase("evil", "evil-sheet")
        await clean(pilot, "Evil sheet", "Body", "body-end", "First label", "Help", "answer x", "Placeholder")
        await pilot.press("f3")  # the journal list, then the entry
        await clean(pilot, "entry x", "bell")
        await pilot.press("enter")
        await clean(pilot, "entry x")
        await pilot.press("escape")
        await pilot.press("delete")  # the delete dialog quotes the entry
        await clean(pilot, "entry x")
        await pilot.press("escape")
        await pilot.press("f9")  # promises: list, record dialog, editor with the coach
        await clean(pilot, "promise x")
        await pilot.press("left")
        await pilot.press("enter")
        await clean(pilot, "promise x", "note x")
        await pilot.press("escape")
        await pilot.press("r")
        await clean(pilot, "promise x")
        await pilot.press("escape")
        await pilot.press("e")
        await clean(pilot, "promise x", "seen x")
        await pilot.press("escape")  # saves the form, left as shown
        await pilot.press("s")  # setbacks and their repair dialog
        await clean(pilot, "setback x", "repaired x")
        await pilot.press("r")
        await clean(pilot, "setback x", "repaired x")
        await pilot.press("escape")
        await pilot.press("f7")
        await clean(pilot, "title x", "agreement x")
        await pilot.press("f8")
        await pilot.pause()
        # Below the note that a check-in was saved today already: scrolled to, as a person would.
        await scroll_into_view(pilot, ".checkin-promises")
        await clean(pilot, "draft x", "• promise x")
        await pilot.click("#--content-tab-checkin-past")
        await clean(pilot, "helped x", "promises x")
        app.action_agenda()
        await clean(pilot, "agenda x")
        await pilot.press("f10")
        await clean(pilot, "agenda x")
        # The shared answers follow "At a glance": scrolled to, as a person reads down the preview.
        pane = app.screen.query_one("#export-preview-pane")
        while "answer x" not in screen_text(app) and pane.scroll_y < pane.max_scroll_y:
            pane.scroll_relative(y=8, animate=False)
            await pilot.pause()
        await clean(pilot, "answer x")
        await pilot.press("ctrl+q")
    assert stored_texts(launcher.folder) == expected
