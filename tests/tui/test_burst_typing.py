"""Issue 14, bug 1: a burst of typing (type-ahead, or a paste a terminal does not mark) followed
at once by ctrl+s. The keys all arrive before the app has handled the text area's Changed
messages, so those messages reach the drafts keeper after the form has closed."""

from __future__ import annotations

from textual.widgets import TextArea

from textual_private import crashed, notifications, send_key_as_terminal
from trustroad.tui.screens.journal import JournalScreen

WORDS = "I kept typing and typing tonight because it helped to get it all out of my head at last ok"


def burst(app, keys: list[str]) -> None:
    """Every key handed to the driver at once, with no pause between them (as a terminal's input
    buffer delivers a fast typist's or an unmarked paste's keys)."""
    for key in keys:
        send_key_as_terminal(app, key, {"space": " ", "ctrl+s": "\x13"}.get(key, key))


async def test_a_burst_of_typing_then_ctrl_s_saves_and_keeps_running(launcher):
    async with launcher.run() as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert pilot.app.screen.query_one("#entry-text", TextArea).has_focus
        burst(pilot.app, [("space" if ch == " " else ch) for ch in WORDS] + ["ctrl+s"])
        for _ in range(100):  # until the keys are handled (or the app has stopped)
            await pilot.pause(0.05)
            if not pilot.app.is_running or isinstance(pilot.app.screen, JournalScreen):
                break
        assert pilot.app.is_running, pilot.app.save_problem
        assert crashed(pilot.app) is None
        assert isinstance(pilot.app.screen, JournalScreen), pilot.app.screen.query_one("#entry-text", TextArea).text
        assert [entry.text for entry in pilot.app.journal.entries] == [WORDS]
        await pilot.pause(1.6)
        assert pilot.app.drafts.items == {}  # a saved form leaves no draft behind


async def test_leaving_the_summary_while_it_is_written_still_finishes_and_says_so(launcher, tmp_path, monkeypatch):
    """The file is written in a worker thread: the person may press Esc before it is done. The
    worker's report then arrives for a screen that is gone."""
    import threading

    from textual.widgets import Input

    from trustroad.export import summary as summary_module
    from trustroad.tui.screens.export import ExportScreen

    release = threading.Event()
    real_render = summary_module.render

    def slow_render(summary, fmt):
        release.wait(10)
        return real_render(summary, fmt)

    monkeypatch.setattr(summary_module, "render", slow_render)
    out = tmp_path / "summary.md"
    async with launcher.run() as pilot:
        await pilot.press("f10")
        await pilot.pause()
        export = pilot.app.screen
        assert isinstance(export, ExportScreen)
        export.query_one("#export-path", Input).value = str(out)
        await pilot.press("ctrl+e")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, ExportScreen)
        release.set()
        for _ in range(100):  # the worker was cancelled with its screen: wait for its report instead
            await pilot.pause(0.05)
            if pilot.app.agenda.last_export is not None:
                break
        assert pilot.app.is_running and crashed(pilot.app) is None
        assert out.exists()
        assert pilot.app.agenda.last_export is not None
        assert any("Saved to" in str(n.message) for n in notifications(pilot.app))


async def test_a_burst_of_typing_then_ctrl_s_in_a_new_promise_saves_every_word(launcher):
    from trustroad.tui.screens.promise_edit import PromiseEditScreen
    from trustroad.tui.screens.promises import PromisesScreen

    wording = "I text you when I leave work every weekday"
    async with launcher.run() as pilot:
        await pilot.press("p", "n")
        await pilot.pause()
        assert isinstance(pilot.app.screen, PromiseEditScreen)
        assert pilot.app.screen.query_one("#wording", TextArea).has_focus
        burst(pilot.app, [("space" if ch == " " else ch) for ch in wording] + ["ctrl+s"])
        for _ in range(100):
            await pilot.pause(0.05)
            if not pilot.app.is_running or isinstance(pilot.app.screen, PromisesScreen):
                break
        assert crashed(pilot.app) is None
        assert isinstance(pilot.app.screen, PromisesScreen)
        assert [p.wording for p in pilot.app.promises.promises] == [wording]
