"""Therapy summary: choose a period and what to include, preview it, write Markdown, HTML or PDF.

The same screen writes "my whole workbook" (everything, shared or not, for the person alone).
The summary is built on the UI thread (a snapshot of plain strings, so the person can keep
typing) and rendered and written in a worker thread, so the screen stays responsive.
The preview is built after the screen's first paint (the screen opens at once, even with a long
journal), and shows the Markdown with every piece of the person's text escaped, so nothing
they wrote is read as formatting. An existing file is replaced only after a modal asks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, Footer, Header, Input, RadioSet, Static

from trustroad import clock
from trustroad.export.folder import default_folder
from trustroad.export.model import Period, Summary
from trustroad.export.output import EXTENSIONS, default_name
from trustroad.export.summary import build_summary
from trustroad.safe_text import printable
from trustroad.storage.files import AGENDA_FILE
from trustroad.tui.modals.confirm_replace_file import ConfirmReplaceFile
from trustroad.tui.person_text import as_edited, for_editing
from trustroad.tui.screens.base import TrustroadScreen
from trustroad.tui.widgets.content_markdown import ContentMarkdown
from trustroad.tui.widgets.export_options import ExportOptions, preset_period, typed_period
from trustroad.workbook.agenda import Agenda

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp

PREVIEW_LIMIT = 30_000  # characters: a long journal previews its beginning, the file has it all


class ExportScreen(TrustroadScreen[None]):
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("ctrl+e", "write", "Write", priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.preset = "since-last" if self.agenda.last_export else "all"
        self.fmt = "md"
        self.whole = False  # "my whole workbook" rather than the therapy summary
        self._preview_pending = False

    @property
    def agenda(self) -> Agenda:
        return self.app.agenda

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="export-body"):
            yield ExportOptions(
                preset=self.preset,
                fmt=self.fmt,
                last_export=self.agenda.last_export,
                path=str(default_folder() / default_name(self.fmt, clock.today())),
                name=for_editing(self.app.workbook.name or ""),
            )
            with VerticalScroll(id="export-preview-pane"):
                yield ContentMarkdown("", id="export-preview")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "trustroad · Therapy summary"
        self.query_one("#export-dates").display = self.preset == "dates"
        self.query_one("#export-period", RadioSet).focus()

    def on_screen_resume(self) -> None:
        # On opening and on coming back (the agenda may have changed): after the next paint, so
        # the screen is there at once and the preview follows.
        if not self._preview_pending:
            self._preview_pending = True
            self.call_after_refresh(self.refresh_preview)

    # --- choices ----------------------------------------------------------------------------

    def period(self) -> Period | None:
        """The chosen period, or None (with a message) when typed dates are not valid."""
        if self.preset != "dates":
            return preset_period(self.preset, clock.today(), self.agenda.last_export)
        try:
            return typed_period(self.query_one("#export-from", Input).value, self.query_one("#export-to", Input).value)
        except ValueError as exc:
            self._status(str(exc))
            return None

    def sections(self) -> list[str]:
        return self.query_one(ExportOptions).sections()

    def summary(self) -> Summary | None:
        period = self.period()
        if period is None:
            return None
        return build_summary(self.app.documents, self.app.content, period, self.sections(), everything=self.whole)

    @on(RadioSet.Changed, "#export-kind")
    def _kind_changed(self, event: RadioSet.Changed) -> None:
        self.whole = event.pressed.id == "kind--whole"
        path_input = self.query_one("#export-path", Input)
        # The default name follows the kind; a name the person typed is kept.
        today = clock.today()
        old, new = default_name(self.fmt, today, not self.whole), default_name(self.fmt, today, self.whole)
        if Path(path_input.value).name == old:
            path_input.value = str(Path(path_input.value).with_name(new))
        self.refresh_preview()

    @on(RadioSet.Changed, "#export-period")
    def _period_changed(self, event: RadioSet.Changed) -> None:
        self.preset = (event.pressed.id or "").removeprefix("period--")
        self.query_one("#export-dates").display = self.preset == "dates"
        self.refresh_preview()

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        old, self.fmt = self.fmt, (event.pressed.id or "").removeprefix("format--")
        path_input = self.query_one("#export-path", Input)
        # Keep the person's own file name, only swapping the extension that matched the old format.
        if path_input.value.endswith(EXTENSIONS[old]):
            path_input.value = path_input.value[: -len(EXTENSIONS[old])] + EXTENSIONS[self.fmt]

    @on(Input.Changed, "#export-from, #export-to")
    @on(Checkbox.Changed, ".export-section")
    def _choice_changed(self) -> None:
        self.refresh_preview()

    @on(Input.Changed, "#export-name")
    def _name_changed(self, event: Input.Changed) -> None:
        if self.app.workbook.set_name(as_edited(event.value, self.app.workbook.name or "")):
            self.app.changed()
            self.refresh_preview()

    def refresh_preview(self) -> None:
        self._preview_pending = False
        if not self.is_attached:  # closed before its turn came
            return
        summary = self.summary()
        if summary is None:
            return
        self._status("")
        from trustroad.export.markdown import render_markdown

        text = render_markdown(summary)
        if len(text) > PREVIEW_LIMIT:
            text = (
                text[:PREVIEW_LIMIT].rsplit("\n", 1)[0] + "\n\n*… the preview stops here; the file holds everything.*\n"
            )
        # Printable: the renderer escapes markdown, this leaves out control characters too.
        self.query_one("#export-preview", ContentMarkdown).update(printable(text))

    def _status(self, text: str) -> None:
        if self.is_attached:  # a file written after the screen was left is still announced (notify)
            self.query_one("#export-status", Static).update(text)

    def _writing(self, busy: bool) -> None:
        if self.is_attached:
            self.query_one("#export-write", Button).disabled = busy

    # --- writing ----------------------------------------------------------------------------

    @on(Button.Pressed, "#export-write")
    def action_write(self) -> None:
        summary = self.summary()
        if summary is None:
            return
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self._status("Choose where to save the file first.")
            return
        path = Path(raw).expanduser().absolute()  # the full path, to write and to show
        if path.exists():
            self._ask_to_replace(summary, path)
            return
        self._start_writing(summary, path, force=False)

    def _ask_to_replace(self, summary: Summary, path: Path) -> None:
        self._writing(False)
        self._status(f"{path} already exists.")

        def answered(replace: bool | None) -> None:
            if replace:
                self._start_writing(summary, path, force=True)
            else:
                self._status("Kept the file as it was. Change the name to write a new one.")

        self.app.push_screen(ConfirmReplaceFile(path), answered)

    def _start_writing(self, summary: Summary, path: Path, force: bool) -> None:
        self._status("Writing…")
        self._writing(True)
        self.write_file(self.app, summary, self.fmt, path, force)

    @work(thread=True, exclusive=True, group="export")
    def write_file(self, app: TrustroadApp, summary: Summary, fmt: str, path: Path, force: bool) -> None:
        # `app` is passed in: the person may leave this screen meanwhile, and a screen no
        # longer mounted cannot find its app from this thread.
        from trustroad.export.output import write_private
        from trustroad.export.summary import render

        try:
            data, warnings = render(summary, fmt)
            write_private(path, data, force=force)
        except FileExistsError:  # made by something else since the check: ask, as for any existing file
            app.call_from_thread(self._ask_to_replace, summary, path)
            return
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            app.call_from_thread(self._done, None, [f"Could not write {path} ({reason}). Try another folder."])
            return
        app.call_from_thread(self._done, path, warnings, summary.whole)

    def _done(self, path: Path | None, messages: list[str], whole: bool = False) -> None:
        # The person may have left this screen while the file was written: the notifications
        # and the export date still count; only a screen still open shows the status too.
        still_open = self.is_attached and self in self.app.screen_stack
        self._writing(False)
        if path is None:
            if still_open:
                self._status(messages[0])
            self.app.notify(messages[0], title="Not written", severity="error", timeout=8, markup=False)
            return
        if not whole:  # "since last summary" counts therapy summaries only
            self.agenda.note_export()
            self.app.changed(AGENDA_FILE)
        text = f"Saved to {path}. It holds private information: keep it somewhere safe."
        if still_open:
            self._status(text)
        self.app.notify(
            text, title="Whole workbook written" if whole else "Therapy summary written", timeout=8, markup=False
        )
        for warning in messages:
            self.app.notify(warning, title="Some characters", severity="warning", timeout=12, markup=False)

    @on(Button.Pressed, "#export-agenda")
    def _open_agenda(self) -> None:
        self.app.action_agenda()

    def action_back(self) -> None:
        self.app.pop_screen()
