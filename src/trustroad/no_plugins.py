"""No pydantic plugins: nothing but trustroad sees what a person wrote.

pydantic runs every installed "pydantic plugin" (an entry point any other package in the same
environment can declare) on every validation, handing it the values validated: here, journal
entries and worksheet answers. trustroad turns that off with pydantic's own switch
(PYDANTIC_DISABLE_PLUGINS).

Looking for plugins also imports importlib.metadata, about 20 ms at every start that has data
to validate. So the plugin loader module is given to pydantic already loaded, finding none;
anything else asked of it loads pydantic's real module, which then obeys the switch above.
"""

from __future__ import annotations

import os
import sys
import types

_LOADER = "pydantic.plugin._loader"


class _NoPlugins(types.ModuleType):
    def get_plugins(self) -> tuple[()]:
        return ()

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # the import system probes these (__path__, …): not there
            raise AttributeError(name)
        # A name this stand-in does not have (a newer pydantic): hand over to the real loader.
        if sys.modules.get(_LOADER) is self:
            del sys.modules[_LOADER]
        import importlib

        return getattr(importlib.import_module(_LOADER), name)


def disable() -> None:
    """Call before any model validates (trustroad.models does, when it is imported)."""
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    if _LOADER not in sys.modules:
        sys.modules[_LOADER] = _NoPlugins(_LOADER, __doc__)
