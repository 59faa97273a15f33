"""A launcher for bench_summary_screen.py: trustroad started as a person starts it, on the
therapy summary screen.

It does what `trustroad` does (cli.main -> tui.open_workbook: the same options and environment,
the same garbage-collector policy, content cache, folder lock and data files), with one
difference: the first screen is the summary screen instead of the road map. Run as its own
process, like `trustroad`, with TRUSTROAD_DATA_DIR set. Two ways to end:

  TRUSTROAD_EXIT_ON_READY=1        at the first paint (the screen is there, the preview follows)
  BENCH_SUMMARY_UNTIL=preview      once the preview is built and painted
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    gc.disable()  # as trustroad.cli.main: the app turns the collector back on at first paint
    try:
        return _open_on_summary(argv)
    finally:
        gc.enable()


def _open_on_summary(argv: list[str] | None) -> int:
    import trustroad.tui.app
    from trustroad.cli import build_parser
    from trustroad.commands.loading import load_content_or_report
    from trustroad.documents import load_all
    from trustroad.settings import Settings
    from trustroad.storage.store import Store
    from trustroad.tui.app import TrustroadApp
    from trustroad.tui.open_workbook import run_app
    from trustroad.tui.screens.export import ExportScreen

    until_preview = os.environ.get("BENCH_SUMMARY_UNTIL") == "preview"

    class SummaryUntilPreview(ExportScreen):
        def refresh_preview(self) -> None:
            super().refresh_preview()
            if until_preview:  # the Markdown mounts its blocks later: wait for them, then one paint
                self.set_interval(0.005, self._exit_once_shown)

        def _exit_once_shown(self) -> None:
            if self.query_one("#export-preview").children:
                self.app.call_after_refresh(self.app.exit)

    class SummaryFirstApp(TrustroadApp):
        # Textual reads a relative CSS_PATH next to the file that defines the class: this one.
        CSS_PATH = Path(trustroad.tui.app.__file__).parent / TrustroadApp.CSS_PATH
        first_screen: object = None

        def get_default_screen(self):
            return SummaryUntilPreview()

        def on_ready(self) -> None:
            self.first_screen = self.screen  # what was painted: the bench must not time another screen
            super().on_ready()

    settings = Settings.from_args(build_parser().parse_args(argv))
    content = load_content_or_report(settings, "start_on_summary")
    if content is None:
        return 1
    store = Store(settings.data_dir)
    store.lock()  # a failure here is a benchmark failure: let it raise
    try:
        app = SummaryFirstApp(content, store, load_all(store))
        run_app(app, settings)
        if app.return_code:  # a crash in headless mode only sets the code: say what it was
            print(f"start_on_summary: the app failed: {getattr(app, '_exception', None)!r}", file=sys.stderr)
            return 1
    finally:
        store.unlock()
    if not isinstance(app.first_screen, ExportScreen):
        print(f"start_on_summary: the first screen painted was {type(app.first_screen).__name__}", file=sys.stderr)
        return 1
    return 1 if app.save_problem else 0


if __name__ == "__main__":
    sys.exit(main())
