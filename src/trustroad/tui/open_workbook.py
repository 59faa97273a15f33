"""Opening the workbook window: the text, the folder's lock, every data file, then the app.

Each step that can fail says so in plain words before the window opens, and leaves the
person's files exactly as they were.
"""

from __future__ import annotations

import sys

from trustroad.settings import Settings

EXIT_OK, EXIT_PROBLEM = 0, 1


def run_app(app, settings: Settings) -> None:
    """Run a TrustroadApp in the terminal, or (settings.exit_on_ready) paint it once headless and leave."""
    if settings.exit_on_ready:
        app.exit_on_ready = True
        app.run(headless=True)
    else:
        app.run()


def open_workbook(settings: Settings) -> int:
    from trustroad.commands.loading import load_content_or_report

    content = load_content_or_report(settings, "trustroad cannot open")
    if content is None:
        return EXIT_PROBLEM

    from trustroad.documents import load_all
    from trustroad.storage.errors import DataFileError, FolderInUseError
    from trustroad.storage.store import Store

    store = Store(settings.data_dir)
    try:
        store.lock()
        documents = load_all(store)
    except (DataFileError, FolderInUseError) as exc:
        # The file stays exactly as it is; starting the app on a fresh workbook could later replace it.
        store.unlock()
        print(f"trustroad cannot open your workbook.\n{exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as exc:
        store.unlock()
        print(f"trustroad cannot use the folder {store.folder}: {exc.strerror}.", file=sys.stderr)
        return EXIT_PROBLEM

    from trustroad.tui.app import TrustroadApp

    app = TrustroadApp(content, store, documents)
    run_app(app, settings)
    store.unlock()
    if app.save_problem:
        print(app.save_problem, file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK
