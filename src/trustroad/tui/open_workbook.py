"""Opening the workbook window: the text, the folder's lock, every data file, then the app.

An encrypted folder (docs/encryption.md) opens on the unlock screen instead: the documents are
loaded only once the passphrase has opened them (tui/screens/unlock.py).

Each step that can fail says so in plain words before the window opens, and leaves the
person's files exactly as they were.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from trustroad.settings import Settings

if TYPE_CHECKING:
    from textual.screen import Screen

    from trustroad.content.model import Content
    from trustroad.storage.errors import DataFileError
    from trustroad.storage.keyfile import KeyFile
    from trustroad.storage.store import Store
    from trustroad.tui.app import TrustroadApp

EXIT_OK, EXIT_PROBLEM = 0, 1


def run_app(app, settings: Settings) -> None:
    """Run a TrustroadApp in the terminal, or (settings.exit_on_ready) paint it once headless and leave."""
    if settings.exit_on_ready:
        app.exit_on_ready = True
        app.run(headless=True)
    else:
        app.run()


def prepare(content: Content, settings: Settings) -> TrustroadApp:
    """The window for the data folder, its lock held: on the road map, or (encrypted) on the
    unlock screen. Raises DataFileError, FolderInUseError or OSError, having changed nothing."""
    from trustroad.commands.data_folder import settle_and_read_key
    from trustroad.documents import load_all
    from trustroad.storage.errors import DataFileError
    from trustroad.storage.files import KEY_FILE
    from trustroad.storage.store import Store
    from trustroad.tui.app import TrustroadApp

    store = Store(settings.data_dir)
    try:
        store.lock()
        try:
            key_file = settle_and_read_key(store)
        except DataFileError as exc:
            if not store.path(KEY_FILE).exists():
                raise
            # A damaged key file: the unlock screen says so (and opens nothing).
            app = TrustroadApp(content, store, None, unlock=_unlock_screen(store, None, str(exc)))
        else:
            if key_file is None:
                try:
                    app = TrustroadApp(content, store, load_all(store))
                except DataFileError as exc:
                    offer = _damaged_screen(store, exc)
                    if offer is None:
                        raise
                    # A damaged file with a good backup: the window offers to restore it.
                    app = TrustroadApp(content, store, None, unlock=offer)
            else:
                app = TrustroadApp(content, store, None, unlock=_unlock_screen(store, key_file, None))
    except BaseException:
        store.unlock()
        raise
    app.test_kdf = settings.test_kdf
    return app


def _damaged_screen(store: Store, error: DataFileError) -> Screen | None:
    """The screen offering the newest backup that opens, or None when there is none to offer."""
    from trustroad.recovery import newest_good
    from trustroad.tui.screens.damaged import DamagedScreen

    found = newest_good(store) if error.restorable else None
    return None if found is None else DamagedScreen(str(error), found)


def _unlock_screen(store: Store, key_file: KeyFile | None, problem: str | None) -> Screen:
    from trustroad.tui.screens.unlock import UnlockScreen

    return UnlockScreen(store.folder, key_file, problem)


def open_workbook(settings: Settings) -> int:
    from trustroad.commands.content_loading import load_content_or_report

    content = load_content_or_report(settings, "trustroad cannot open")
    if content is None:
        return EXIT_PROBLEM

    from trustroad.storage.errors import DataFileError, FolderInUseError

    try:
        app = prepare(content, settings)
    except (DataFileError, FolderInUseError) as exc:
        # The file stays exactly as it is; starting the app on a fresh workbook could later replace it.
        print(f"trustroad cannot open your workbook.\n{exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as exc:
        print(f"trustroad cannot use the folder {settings.data_dir}: {exc.strerror}.", file=sys.stderr)
        return EXIT_PROBLEM

    run_app(app, settings)
    app.store.unlock()  # the store the window ended with (a new one after unlocking or a switch)
    if app.save_problem:
        print(app.save_problem, file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK
