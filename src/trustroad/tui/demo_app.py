"""The app as `trustroad --demo` opens it: the same app, saying everywhere that it is a demo."""

from __future__ import annotations

from trustroad.demo import DEMO_NOTE
from trustroad.tui.app import TrustroadApp


class DemoApp(TrustroadApp):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.sub_title = ""

    def validate_sub_title(self, value: str) -> str:
        # The header's sub-title also shows "saving…": keep the demo note in front of it.
        return value if value.startswith("DEMO") else (f"DEMO · {value}" if value else "DEMO")

    def on_ready(self) -> None:
        super().on_ready()
        self.notify(
            DEMO_NOTE + ". Press e on the road map (or F10) to see a therapy summary.",
            title="Demo",
            timeout=12,
            markup=False,
        )
