"""No pydantic plugins: nothing but trustroad sees what a person wrote.

pydantic runs every installed "pydantic plugin" (an entry point any other package in the same
environment can declare) on every validation, handing it the values validated: here, journal
entries and worksheet answers. trustroad turns that off with pydantic's own switch.
"""

from __future__ import annotations

import os


def disable() -> None:
    """Call before any model validates (trustroad.storage.record does, when it is imported)."""
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
