"""One section builder per data source: `available()` and `build(ctx) -> Section | None`.

Builders for features that may not exist yet import them lazily and defensively: a
missing module, a missing document or an unexpected shape means "no section", never a crash.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType


def feature(module: str) -> ModuleType | None:
    """The feature module if it is installed and imports cleanly, else None."""
    try:
        if importlib.util.find_spec(module) is None:
            return None
        return importlib.import_module(module)
    except Exception:  # a half-written feature must not break the summary
        return None


def first_line(text: str, limit: int = 80) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"
