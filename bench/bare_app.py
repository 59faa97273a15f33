"""The baseline for start-up benchmarks: a bare Textual app that paints one label and exits.

Run headless, exactly as trustroad runs under TRUSTROAD_EXIT_ON_READY=1.

    python bench/bare_app.py [MODULE ...]

Modules named on the command line are imported first: bench_startup.py names trustroad's data
and content models, so that the same bare app shows how much of trustroad's start is importing
the models (pydantic and the model classes) and how much is everything else.
"""

import gc
import importlib
import sys

from textual.app import App, ComposeResult
from textual.widgets import Label


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Label("hello")

    def on_ready(self) -> None:
        self.exit()


if __name__ == "__main__":
    # With the collector resting while importing, as trustroad's own start has it (cli.main).
    gc.disable()
    for name in sys.argv[1:]:
        importlib.import_module(name)
    gc.enable()
    BareApp().run(headless=True)
