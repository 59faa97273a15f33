"""Every place the tests reach into Textual's private attributes, in one module.

Textual gives no public way to do these few things; if a Textual upgrade renames one, this is
the only file to change, and each function says why the tests need it. Nothing outside tests/
uses this module. Import it as `textual_private` (tests/conftest.py puts this folder on the path,
since the suite runs with --import-mode=importlib).
"""

from __future__ import annotations

import io

from rich.console import Console
from textual import constants, events
from textual.app import App
from textual.notifications import Notification
from textual.widgets import Button, Input, RadioSet, TextArea


def screen_text(app: App) -> str:
    """What a person sees right now, as plain text.

    `App.export_screenshot` gives only SVG; the tests want the words. This is the same render
    export_screenshot does: the screen's compositor, with the screens underneath a modal
    (`_background_screens`) so a dialog is seen over what it covers.
    """
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()


def notifications(app: App) -> list[Notification]:
    """The toasts the app is showing or about to show.

    Textual keeps them in `App._notifications` and offers no public reader; the save-failure
    tests check that an error was told to the person, and how.
    """
    return list(app._notifications)


def highlighted_radio(group: RadioSet) -> int | None:
    """The index of the RadioSet's highlighted (not necessarily pressed) button.

    A RadioSet moves its highlight with the arrow keys apart from which button is pressed; the
    only record of it is `RadioSet._selected`. Settings tests need it to arrow to a choice and
    to check that Settings opens with the chosen button highlighted (Enter then changes nothing).
    """
    return group._selected


def send_key_as_terminal(app: App, key: str, character: str | None) -> None:
    """A key handed to the app's driver, as a terminal's input would be.

    `Pilot.press` waits for each key to be handled; a fast typist's burst or an unmarked paste
    arrives all at once, before the app has handled any of it. Only the driver's private
    `_driver` takes keys without that wait.
    """
    event = events.Key(key, character)
    event.set_sender(app)
    assert app._driver is not None, "the app is not running"
    app._driver.send_message(event)


def crashed(app: App) -> BaseException | None:
    """The exception that stopped the app, if one did (Textual keeps it in `App._exception`).

    A test that drives the app hard (a burst of keys) checks that nothing broke underneath, which
    a still-running app alone does not prove: Textual exits on an unhandled error after a moment.
    """
    return app._exception


def no_button_flash(monkeypatch) -> None:
    """Pressed buttons do not flash (Textual's `Button._start_active_affect`, "-active" for 0.2 s).

    A picture of a dialog that a button opened shows the part of the screen below that the dialog
    leaves in view, that button included: flashed or not, depending on when the screen below
    last painted, which depends on the machine's load. The screenshots turn the flash off.
    """
    monkeypatch.setattr(Button, "_start_active_affect", lambda self: None)


def cursors_always_shown(monkeypatch) -> None:
    """A focused box's text cursor is always drawn: its blink tick shows it, never hides it.

    The blink is a timer in each box (Textual's `Input._toggle_cursor`,
    `TextArea._toggle_cursor_blink_visible`). Stopping it after the screen settles is not enough:
    on a loaded machine a form can mount its boxes, and give one the focus, after that, and the
    picture then showed the cursor or not by timing (CI failed on it once).
    """

    def show_input_cursor(self: Input) -> None:
        self._cursor_visible = True

    def show_text_area_cursor(self: TextArea) -> None:
        self._cursor_visible = True

    monkeypatch.setattr(Input, "_toggle_cursor", show_input_cursor)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", show_text_area_cursor)


def scrolls_jump(monkeypatch) -> None:
    """Apps made from now on draw no animations: a scroll goes straight to where it ends.

    Textual reads the animation level once, from `textual.constants.TEXTUAL_ANIMATIONS` (the
    TEXTUAL_ANIMATIONS variable), when an app is made. An animated scroll that a later one stops
    part-way leaves the page at a fraction of a line, and the scroll bar's thumb is drawn to the
    eighth of a cell: the picture then depended on how far the machine had got (CI failed on it,
    the thumb one eighth lower behind the passphrase dialog).
    """
    monkeypatch.setattr(constants, "TEXTUAL_ANIMATIONS", "none")
