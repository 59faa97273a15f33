"""Schema migrations: pure functions that turn one format version of a data file into the next.

A file written in an older format is read, brought up to today's format in memory, step by
step, and only then validated by its model. The file on disk is not touched until the next
save, and before that first save the store keeps a backup of the files as they were
(storage/backups.py, kind "migration").

Adding format version 2 is one function and one number:

    def _v1_to_v2(name: str, raw: dict[str, Any]) -> dict[str, Any]:
        if name == JOURNAL_FILE:
            ...                             # change the raw JSON of that file, nothing else
        return raw

    STEPS = {1: _v1_to_v2}                  # from version 1, to version 2
    # and SCHEMA_VERSION = 2 in storage/files.py

Each step is given a copy of the raw JSON object (`name` says which file) and returns the
object of the next version; it never reads a clock, a file or a setting, so a step gives the
same answer on any machine and can be tested on its own. The version number itself is set by
`upgrade`, not by the steps.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from trustroad.storage.files import SCHEMA_VERSION

Step = Callable[[str, dict[str, Any]], dict[str, Any]]

# From version N (the key) to version N + 1. Empty while every released file is version 1.
STEPS: dict[int, Step] = {}


@dataclass(frozen=True)
class Migrations:
    """The steps from every older version up to `current`."""

    steps: Mapping[int, Step]
    current: int

    def __post_init__(self) -> None:
        missing = [v for v in range(1, self.current) if v not in self.steps]
        if missing:
            raise ValueError(f"no migration from format version {missing[0]} to {missing[0] + 1}")

    def upgrade(self, name: str, raw: dict[str, Any]) -> dict[str, Any] | None:
        """`raw` (a file's JSON object, format version below `current`) in today's format, or None
        when it is already current. The caller's object is never changed."""
        version = raw.get("schema_version", self.current)
        if not isinstance(version, int) or version >= self.current:
            return None
        result = copy.deepcopy(raw)
        for start in range(max(version, 1), self.current):
            result = self.steps[start](name, result)
            result["schema_version"] = start + 1
        return result


MIGRATIONS = Migrations(STEPS, SCHEMA_VERSION)
