"""The summary screen at 80x24: replacing a file asks in a modal that names it; the preview comes
after the first paint; "my whole workbook" is written from the same screen (issue 14)."""

from __future__ import annotations

from textual.widgets import Input, Markdown

from trustroad.tui.modals.confirm_replace_file import ConfirmReplaceFile
from trustroad.tui.screens.export import ExportScreen
from waiting import until


async def open_export(pilot) -> ExportScreen:
    await pilot.press("f10")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ExportScreen)
    return pilot.app.screen


async def test_replacing_a_file_asks_in_a_modal_naming_it(launcher, tmp_path, screen):
    out = tmp_path / "a-folder" / "summary.md"
    out.parent.mkdir()
    out.write_text("my own notes, not a summary", encoding="utf-8")
    async with launcher.run(size=(80, 24)) as pilot:
        export = await open_export(pilot)
        export.query_one("#export-path", Input).value = str(out)
        await pilot.press("ctrl+e")
        await until(pilot, lambda: isinstance(pilot.app.screen, ConfirmReplaceFile))
        # The question is on screen, where the eye is, and names the file.
        shown = screen(pilot.app)
        assert "already exists. Replace it?" in shown and "summary.md" in shown and "Replace it" in shown
        modal = pilot.app.screen
        assert str(modal.query_one("#replace-path").render()) == str(out)  # the full path, wrapped to fit
        await pilot.press("enter")  # the first button keeps the file
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert pilot.app.screen is export
        assert out.read_text(encoding="utf-8") == "my own notes, not a summary"
        await pilot.press("ctrl+e")
        await until(pilot, lambda: isinstance(pilot.app.screen, ConfirmReplaceFile))
        await pilot.press("escape")  # Esc keeps it too
        await pilot.app.workers.wait_for_complete()
        assert out.read_text(encoding="utf-8") == "my own notes, not a summary"
        await pilot.press("ctrl+e")
        await until(pilot, lambda: isinstance(pilot.app.screen, ConfirmReplaceFile))
        await pilot.press("tab", "enter")  # "Replace it"
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert out.read_text(encoding="utf-8").startswith("# Therapy summary")
        assert f"Saved to {out}" in str(export.query_one("#export-status").render())


async def test_a_relative_name_is_written_and_shown_with_its_full_path(launcher, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with launcher.run() as pilot:
        export = await open_export(pilot)
        export.query_one("#export-path", Input).value = "mine.md"
        await pilot.press("ctrl+e")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert f"Saved to {tmp_path / 'mine.md'}." in str(export.query_one("#export-status").render())


async def test_the_preview_is_built_after_the_screen_is_shown(launcher):
    async with launcher.run() as pilot:
        pilot.app.documents["agenda.json"].add("Sundays")
        export = ExportScreen()
        await pilot.app.push_screen(export)  # mounted, not yet refreshed
        preview = export.query_one("#export-preview", Markdown)
        assert preview.source == ""
        await until(pilot, lambda: "Sundays" in preview.source)


async def test_leaving_before_the_preview_is_built_is_fine(launcher):
    async with launcher.run() as pilot:
        await pilot.app.push_screen(ExportScreen())
        pilot.app.pop_screen()  # before the deferred preview ran
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(pilot.app.screen, ExportScreen)
        assert pilot.app.is_running and pilot.app.return_code is None


async def test_the_whole_workbook_is_written_from_the_same_screen(launcher, tmp_path):
    from trustroad.journal.model import Entry

    async with launcher.run() as pilot:
        pilot.app.documents["journal.json"].add(Entry.new("PRIVATECANARY kept to myself"))
        export = await open_export(pilot)
        path = export.query_one("#export-path", Input)
        assert "trustroad-summary-" in path.value
        await pilot.click("#kind--whole")
        await pilot.pause()
        assert "trustroad-my-workbook-" in path.value  # the default name follows the kind
        assert "PRIVATECANARY" in export.query_one("#export-preview", Markdown).source
        path.value = str(tmp_path / "everything.md")
        await pilot.press("ctrl+e")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.click("#kind--summary")
        await pilot.pause()
        assert "PRIVATECANARY" not in export.query_one("#export-preview", Markdown).source
        await pilot.press("ctrl+q")
    text = (tmp_path / "everything.md").read_text(encoding="utf-8")
    assert text.startswith("# My whole workbook (private)") and "PRIVATECANARY" in text
    agenda = launcher.folder / "agenda.json"  # "since last summary" counts therapy summaries only
    assert not agenda.exists() or '"last_export": null' in agenda.read_text(encoding="utf-8")


async def test_opening_builds_the_preview_once(launcher, monkeypatch):
    import trustroad.tui.screens.export as screen_module

    built = []
    real = screen_module.build_summary
    monkeypatch.setattr(screen_module, "build_summary", lambda *a, **k: built.append(1) or real(*a, **k))
    async with launcher.run() as pilot:
        await open_export(pilot)
        await pilot.pause()
        assert len(built) == 1  # mount and resume both ask; the demo's summary is built once
