"""Screens that know their app: `self.app` is a TrustroadApp, with its typed documents.

Textual types `Screen.app` as any App; every trustroad screen runs inside TrustroadApp,
so the annotation below tells the type checker so (it adds nothing at run time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.screen import ModalScreen, Screen

if TYPE_CHECKING:
    from trustroad.tui.app import TrustroadApp

ResultT = TypeVar("ResultT")


class TrustroadScreen(Screen[ResultT]):
    app: TrustroadApp


class TrustroadModalScreen(ModalScreen[ResultT]):
    app: TrustroadApp
