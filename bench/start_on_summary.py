"""A launcher for bench_summary_screen.py: trustroad started as a person starts it, on the
therapy summary screen.

It does what `trustroad` does, with one difference: the first screen is the summary screen
instead of the road map (see launch_on_screen.py). Run as its own process, like `trustroad`,
with TRUSTROAD_DATA_DIR set. Two ways to end:

  TRUSTROAD_EXIT_ON_READY=1        at the first paint (the screen is there, the preview follows)
  BENCH_SUMMARY_UNTIL=preview      once the preview is built and painted
"""

from __future__ import annotations

import os
import sys

from launch_on_screen import launch_on


def main(argv: list[str] | None = None) -> int:
    return launch_on("start_on_summary", _summary, argv)


def _summary() -> type:
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

    return SummaryUntilPreview


if __name__ == "__main__":
    sys.exit(main())
