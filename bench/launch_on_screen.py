"""trustroad started as a person starts it, but on another first screen: the part the launchers
start_on_journal.py and start_on_summary.py share.

It does what `trustroad` does (cli.main -> tui.open_workbook: the same options and environment,
the same garbage-collector policy, content cache, folder lock and data files), with one
difference: the first screen is the one the launcher names instead of the road map, which is
then built when first asked for. Nothing of trustroad is imported before the collector is off,
as in cli.main: the launcher hands over a function that imports and returns its screen class.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable


def launch_on(name: str, first_screen: Callable[[], type], argv: list[str] | None = None) -> int:
    """Run trustroad with `first_screen()` as its first screen; `name` is the launcher's, for its
    messages. 0 when that screen was the one painted first and every file was saved."""
    gc.disable()  # as trustroad.cli.main: the app turns the collector back on at first paint
    try:
        return _open_on(name, first_screen, argv)
    finally:
        gc.enable()


def _open_on(name: str, first_screen: Callable[[], type], argv: list[str] | None) -> int:
    from trustroad.cli import build_parser
    from trustroad.commands.content_loading import load_content_or_report
    from trustroad.documents import load_all
    from trustroad.settings import Settings
    from trustroad.storage.store import Store
    from trustroad.tui.app import TrustroadApp
    from trustroad.tui.open_workbook import run_app

    screen_class = first_screen()

    class FirstScreenApp(TrustroadApp):
        first_screen: object = None

        def get_default_screen(self):
            return screen_class()

        def on_ready(self) -> None:
            self.first_screen = self.screen  # what was painted: the bench must not time another screen
            super().on_ready()

    settings = Settings.from_args(build_parser().parse_args(argv))
    content = load_content_or_report(settings, name)
    if content is None:
        return 1
    store = Store(settings.data_dir)
    store.lock()  # a failure here is a benchmark failure: let it raise
    try:
        app = FirstScreenApp(content, store, load_all(store))
        run_app(app, settings)
        if app.return_code:  # a crash in headless mode only sets the code: say what it was
            print(f"{name}: the app failed: {getattr(app, '_exception', None)!r}", file=sys.stderr)
            return 1
    finally:
        store.unlock()
    if not isinstance(app.first_screen, screen_class):
        print(f"{name}: the first screen painted was {type(app.first_screen).__name__}", file=sys.stderr)
        return 1
    return 1 if app.save_problem else 0
