"""Therapy summary in the TUI: share toggles, the agenda, the export screen writing a file."""

from __future__ import annotations

import json
import stat
from datetime import date

from textual.widgets import Input, Markdown, OptionList

from in_view import scroll_into_view
from trustroad import clock
from trustroad.tui.screens.agenda import AgendaScreen
from trustroad.tui.screens.export import ExportScreen
from trustroad.tui.widgets.answer_box import AnswerBox
from trustroad.tui.widgets.share_toggle import ShareToggle
from trustroad.workbook.model import answer_key

MARKUP_LIKE = "[bold]loud[/bold] <b>"


async def wait_for_worker(pilot, screen):
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_share_toggle_with_ctrl_t_survives_restart(launcher, steps):
    step = steps("worksheet", "stabilize")
    first = step.prompts_for("unsaid")[0]
    key = answer_key(step.id, first.id)
    async with launcher.run() as pilot:
        phase = await launcher.open_step(pilot, step)
        toggle = phase.query_one(f"#share--{first.id}", ShareToggle)
        assert toggle.value is False  # private unless the person says so
        await pilot.press("enter")
        assert isinstance(pilot.app.focused, AnswerBox)
        await pilot.press(*"Sundays are hard")
        await pilot.press("ctrl+t")
        assert toggle.value is True
        await pilot.press("ctrl+q")
    saved = launcher.on_disk()["answers"][key]
    assert saved == {**saved, "text": "Sundays are hard", "share": True}
    async with launcher.run() as pilot:
        phase = await launcher.open_step(pilot, step)
        assert phase.query_one(f"#share--{first.id}", ShareToggle).value is True


async def test_agenda_add_reorder_tick_survives_restart(launcher, screen):
    async with launcher.run() as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ExportScreen)
        await pilot.click("#export-agenda")
        await pilot.pause()
        assert isinstance(pilot.app.screen, AgendaScreen)
        for text in ("Sundays", MARKUP_LIKE, "Phone"):
            await pilot.press(*text, "enter")
        assert MARKUP_LIKE in screen(pilot.app)  # shown literally
        await pilot.press("shift+tab")  # from the add box to the list
        items = pilot.app.screen.query_one("#agenda-items", OptionList)
        assert pilot.app.focused is items and items.highlighted == 2
        await pilot.press("shift+up")  # "Phone" moves above the markup-like item
        await pilot.press("up", "space")  # tick off "Sundays"
        await pilot.press("ctrl+q")
    agenda = json.loads((launcher.folder / "agenda.json").read_text(encoding="utf-8"))
    assert [i["text"] for i in agenda["items"]] == ["Sundays", "Phone", MARKUP_LIKE]
    assert [bool(i["done"]) for i in agenda["items"]] == [True, False, False]
    async with launcher.run() as pilot:
        pilot.app.action_agenda()
        await pilot.pause()
        assert "☑ Sundays" in screen(pilot.app)


async def test_export_screen_writes_markdown_and_remembers_the_day(launcher, tmp_path, screen):
    out = tmp_path / "summary.md"
    async with launcher.run() as pilot:
        pilot.app.documents["agenda.json"].add(MARKUP_LIKE)
        await pilot.press("f10")
        await pilot.pause()
        export = pilot.app.screen
        assert isinstance(export, ExportScreen)
        await pilot.click("#period--two-weeks")
        await pilot.pause()
        assert export.preset == "two-weeks"
        # The preview shows the person's text literally (escaped Markdown, not formatting).
        preview = export.query_one("#export-preview", Markdown)
        assert "\\[bold]loud" in preview.source
        assert "[bold]loud[/bold]" in screen(pilot.app) or "[bold]loud" in screen(pilot.app)
        export.query_one("#export-path", Input).value = str(out)
        await pilot.press("ctrl+e")
        await wait_for_worker(pilot, export)
        assert out.exists()
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        text = out.read_text(encoding="utf-8")
        assert text.startswith("# Therapy summary")
        assert "What I want to talk about" in text and "\\[bold]loud\\[/bold]" in text
        assert "Saved to" in str(export.query_one("#export-status").render())
        # Writing again does not overwrite silently: a modal asks (tests/tui/test_export_replace.py).
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert "already exists" in str(export.query_one("#export-status").render())
        await pilot.press("escape", "ctrl+q")
    agenda = json.loads((launcher.folder / "agenda.json").read_text(encoding="utf-8"))
    assert agenda["last_export"] == clock.today().isoformat()
    async with launcher.run() as pilot:
        await pilot.press("f10")
        await pilot.pause()
        assert pilot.app.screen.preset == "since-last"


async def test_export_screen_fits_80x24_in_both_themes(launcher, screen, tmp_path):
    async with launcher.run() as pilot:
        await pilot.press("f10")
        await pilot.pause()
        text = screen(pilot.app)
        assert "Period" in text and "Therapy summary" in text
        pilot.app.save_screenshot(str(tmp_path / "export-dark.svg"))
        pilot.app.theme = "trustroad-light"
        await pilot.pause()
        pilot.app.save_screenshot(str(tmp_path / "export-light.svg"))


async def test_demo_app_says_it_is_a_demo_and_exports(tmp_path, content, screen):
    from textual_private import notifications
    from trustroad.demo import build_demo
    from trustroad.documents import load_all
    from trustroad.storage.store import Store
    from trustroad.tui.demo_app import DemoApp

    store = Store(tmp_path / "demo")
    for name, document in build_demo(content).items():
        store.save(name, document)
    app = DemoApp(content, store, load_all(store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "DEMO" in screen(app)
        # The greeting's way to the summary works without F-keys (many laptops hide them).
        greeting = " ".join(n.message for n in notifications(app) if n.title == "Demo")
        assert "Press e on the road map" in greeting, greeting
        await pilot.press("e")
        await pilot.pause()
        preview = app.screen.query_one("#export-preview", Markdown)
        assert "Maya (demo)" in preview.source and "Journal entries I chose to share" in preview.source
    app.writer.close()


def test_demo_command_opens_and_removes_its_folder(tmp_path, monkeypatch, capsys):
    import tempfile

    from trustroad.cli import main

    monkeypatch.setenv("TRUSTROAD_EXIT_ON_READY", "1")
    monkeypatch.setenv("TRUSTROAD_DATA_DIR", str(tmp_path / "mine"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert main(["--demo"]) == 0
    assert not list(tmp_path.glob("trustroad-demo-*"))  # the throwaway folder is gone
    assert not (tmp_path / "mine").exists()  # the person's own folder was never touched
    assert "demo workbook was removed" in capsys.readouterr().err


def test_period_presets():
    from trustroad.tui.widgets.export_options import preset_period

    today = date(2026, 11, 26)
    assert preset_period("since-last", today, None).label == "everything so far"
    assert preset_period("since-last", today, date(2026, 11, 12)).start == date(2026, 11, 12)
    two = preset_period("two-weeks", today, None)
    assert (two.start, two.end) == (date(2026, 11, 13), today)
    assert preset_period("month", today, None).start == date(2026, 10, 27)
    assert preset_period("all", today, date(2026, 11, 12)).start is None


async def test_typed_dates_are_checked(launcher, screen):
    async with launcher.run() as pilot:
        await pilot.press("f10")
        await pilot.pause()
        export = pilot.app.screen
        await pilot.click("#period--dates")
        await pilot.pause()
        export.query_one("#export-from", Input).value = "26/11/2026"
        await pilot.pause()
        assert "YYYY-MM-DD" in str(export.query_one("#export-status").render())
        export.query_one("#export-from", Input).value = "2026-11-01"
        export.query_one("#export-to", Input).value = "2026-11-30"
        await pilot.pause()
        assert export.period().label == "2026-11-01 to 2026-11-30"
        assert "2026-11-01 to 2026-11-30" in export.query_one("#export-preview", Markdown).source


async def test_export_screen_writes_pdf_in_a_worker(launcher, tmp_path):
    async with launcher.run() as pilot:
        pilot.app.documents["agenda.json"].add("Ελπίδα and Надежда — “hope”")
        await pilot.press("f10")
        await pilot.pause()
        export = pilot.app.screen
        path = export.query_one("#export-path", Input)
        path.value = str(tmp_path / "summary.md")
        await scroll_into_view(pilot, "#format--pdf")  # as a person scrolls down to it
        await pilot.click("#format--pdf")
        await pilot.pause()
        assert path.value == str(tmp_path / "summary.pdf")  # the extension follows the format
        await pilot.press("ctrl+e")
        await wait_for_worker(pilot, export)
    data = (tmp_path / "summary.pdf").read_bytes()
    assert data.startswith(b"%PDF-")
    import io

    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "Ελπίδα and Надежда — “hope”" in text
