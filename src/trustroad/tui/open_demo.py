"""`trustroad --demo`: a filled sample workbook (a fictional couple) in a throwaway folder.

Nothing of the person's own is read or touched; the folder is removed when the window closes.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from trustroad.settings import Settings

EXIT_OK, EXIT_PROBLEM = 0, 1


def run_demo(settings: Settings) -> int:
    """Build the sample workbook in a fresh temporary folder, open it, remove it on exit."""
    from trustroad.commands.content_loading import load_content_or_report

    content = load_content_or_report(settings, "trustroad cannot open the demo")
    if content is None:
        return EXIT_PROBLEM

    from trustroad.demo import build_demo
    from trustroad.documents import load_all
    from trustroad.storage.store import Store
    from trustroad.tui.demo_app import DemoApp
    from trustroad.tui.open_workbook import run_app

    folder = Path(tempfile.mkdtemp(prefix="trustroad-demo-"))
    try:
        store = Store(folder)
        for name, document in build_demo(content).items():
            store.save(name, document)
        store.lock()
        app = DemoApp(content, store, load_all(store))  # read back exactly as a real start would
        run_app(app, settings)
        store.unlock()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("The demo workbook was removed. Your own workbook was not touched.", file=sys.stderr)
    return EXIT_OK
