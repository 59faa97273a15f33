"""Hand edits of the demo workbook, as hypothesis strategies: the data files a person (or a
careless script) could leave behind, for "whatever validates, works" tests.

An edit replaces one value somewhere in one data file, removes a field, repeats or empties a
list; `accepted_files` keeps only the edits the models accept, so every example is a data
folder the store would open. Shared by the unit round-trip property and the TUI fuzz
(tests/tui/test_fuzz_screens.py).
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from pydantic import ValidationError

from trustroad.content.loader import load_content
from trustroad.demo import build_demo
from trustroad.documents import DOCUMENTS
from trustroad.storage.errors import DataFileError
from trustroad.storage.files import CHECKINS_FILE, DRAFTS_FILE
from trustroad.storage.paths import builtin_content_dir
from trustroad.storage.store import check_version
from trustroad.workbook.drafts import Drafts

Path_ = tuple[str | int, ...]

# Values at the edges of each field's range, just outside it, of the wrong kind, and text a
# terminal or a markup parser would trip on.
EDGE_VALUES: list[Any] = [
    *(-1, 0, 1, 5, 6, 7, 9, 10, 11, 365, 366, 1440, 1441, 10**12, 2.5, True, False, None),
    *("", "x", "[bold]not bold[/]", "[/]", "\x1b[31mred\x07", "line\nbreak\r", "\u202eevil", "😢" * 300),
    *("daily", "weekdays", "weekly", "whenever", "paused", "completed", "retired", "ended", "agreed"),
    *("partner", "ours", "rupture-talk", "hard-moment", "promise-missed", "other", "broke-trust", "light"),
    *("1970-01-01", "1969-12-31", "2999-12-31", "3000-01-01", "2026-11-25", "2026-02-30", "2028-02-29"),
    *("2026-11-25T12:00:00", "2026-11-25T23:59:59+14:00", "1970-01-02T00:00:00-11:00", "2999-12-29T00:00:00Z"),
    *([], [0], [6, 0], [9], [-1], [1, 1], [0, 1, 2, 3, 4, 5, 6], {}, {"k": "v"}, ["a", "#B c"]),
]


@cache
def demo_files() -> dict[str, dict[str, Any]]:
    """The demo couple's data files as JSON objects, plus a draft check-in and a kept draft."""
    documents = build_demo(load_content(builtin_content_dir()))
    drafts = documents[DRAFTS_FILE] = Drafts()
    drafts.keep("journal-entry/text", "A journal entry", "half a [b]sentence")
    files = {name: json.loads(doc.model_dump_json()) for name, doc in documents.items()}
    files[CHECKINS_FILE]["draft"] = {"safety": 4, "connection": None, "answers": {"hard": "[/]"}, "share": True}
    return files


def _paths(value: Any, here: Path_ = ()) -> list[Path_]:
    found = [here] if here else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*here, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*here, index))
    return found


@cache
def _all_paths() -> list[tuple[str, Path_]]:
    return [(name, path) for name, raw in demo_files().items() for path in _paths(raw)]


@cache
def _all_leaves() -> list[Any]:
    """Every value in the demo (ids, dates, times), to move one to another place."""
    leaves: list[Any] = []
    for name, path in _all_paths():
        value = value_at(demo_files()[name], path)
        if not isinstance(value, dict | list):
            leaves.append(value)
    return leaves


def value_at(raw: Any, path: Path_) -> Any:
    for part in path:
        raw = raw[part]
    return raw


def edits() -> st.SearchStrategy[tuple[str, Path_, str, Any]]:
    """(file, path, what, value): what is "set", "remove", "repeat" (a list's first item) or "empty"."""
    value = st.one_of(st.sampled_from(EDGE_VALUES), st.sampled_from(_all_leaves()))
    what = st.sampled_from(["set", "set", "set", "remove", "repeat", "empty"])
    return st.tuples(st.sampled_from(_all_paths()), what, value).map(lambda t: (t[0][0], t[0][1], t[1], t[2]))


def apply(raw: dict[str, Any], path: Path_, what: str, value: Any) -> None:
    parent, last = value_at(raw, path[:-1]), path[-1]
    if what == "remove":
        del parent[last]
    elif what == "repeat" and isinstance(parent[last], list) and parent[last]:
        parent[last].append(copy.deepcopy(parent[last][0]))
    elif what == "empty" and isinstance(parent[last], list | dict):
        parent[last].clear()
    else:
        parent[last] = value


def accepted_files(chosen: list[tuple[str, Path_, str, Any]]) -> tuple[dict[str, dict[str, Any]], int]:
    """The demo files with every edit the models accept (in order); and how many were accepted."""
    files = copy.deepcopy(demo_files())
    kept = 0
    for name, path, what, value in chosen:
        trial = copy.deepcopy(files[name])
        try:
            apply(trial, path, what, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed or changed the place this one meant
        try:
            # As the store reads a file: its format version first (a newer one is refused even
            # though the models would take it), then the models.
            check_version(Path(name), trial)
            DOCUMENTS[name].model_validate_json(json.dumps(trial))
        except (ValidationError, DataFileError):
            continue
        files[name] = trial
        kept += 1
    return files, kept
