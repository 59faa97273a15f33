"""The app as `trustroad --demo` opens it: the same app, saying everywhere that it is a demo."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from trustroad.demo import DEMO_NOTE, build_demo
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
        self.notify(DEMO_NOTE + ". Press F10 to see a therapy summary.", title="Demo", timeout=12, markup=False)


def run_demo(builtin: Path, extra: list[Path]) -> int:
    """Build the sample workbook in a fresh temporary folder, open it, remove it on exit."""
    from trustroad.content.cache import load_content_cached
    from trustroad.content.model import ContentError
    from trustroad.documents import load_all
    from trustroad.storage.store import Store

    try:
        content = load_content_cached(builtin, extra)
    except ContentError as exc:
        print("trustroad cannot open the demo: the workbook text has problems.", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    folder = Path(tempfile.mkdtemp(prefix="trustroad-demo-"))
    try:
        store = Store(folder)
        for name, document in build_demo(content).items():
            store.save(name, document)
        store.lock()
        app = DemoApp(content, store, load_all(store))  # read back exactly as a real start would
        if os.environ.get("TRUSTROAD_EXIT_ON_READY"):  # tests and bench: paint once headless, then leave
            app.exit_on_ready = True
            app.run(headless=True)
        else:
            app.run()
        store.unlock()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("The demo workbook was removed. Your own workbook was not touched.", file=sys.stderr)
    return 0
