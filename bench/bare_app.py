"""The baseline for start-up benchmarks: a bare Textual app that paints one label and exits.

Run headless, exactly as trustroad runs under TRUSTROAD_EXIT_ON_READY=1.
"""

from textual.app import App, ComposeResult
from textual.widgets import Label


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Label("hello")

    def on_ready(self) -> None:
        self.exit()


if __name__ == "__main__":
    BareApp().run(headless=True)
