"""Reading a data file's bytes strictly, and explaining precisely (file, line and column, or
field path, and what to do) why one cannot be used, without ever quoting it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from trustroad.storage.errors import UNTOUCHED, DataFileError
from trustroad.storage.files import SCHEMA_VERSION
from trustroad.storage.record import Document

D = TypeVar("D", bound=Document)


class _NotStrictJSON(ValueError):
    """JSON that Python's reader accepts but trustroad never writes, so it is damage or a hand edit."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def _no_repeated_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    # With a repeated key the last one silently wins: a damaged file could swap a whole journal
    # for an empty list, and the next save would make that loss permanent.
    found = dict(pairs)
    if len(found) != len(pairs):
        raise _NotStrictJSON("the same field appears twice in one place")
    return found


def _no_nan(word: str) -> object:
    # NaN and Infinity are not JSON; kept, they would be written back as null.
    raise _NotStrictJSON(f"it holds {word}, which is not a number JSON allows")


def _reason(exc: json.JSONDecodeError) -> str:
    # Python's words point on to the place ("Unterminated string starting at"), which the
    # message gives as line and column: without it the words end in "at".
    return exc.msg.lower().removesuffix(" at").removesuffix(" starting")


def describe_json_error(path: Path, data: bytes) -> dict[str, Any] | DataFileError:
    """Decode JSON bytes into a dict, or explain exactly where it breaks (the error, returned)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return DataFileError(
            path,
            f"byte {exc.start + 1}",
            "the file is not valid UTF-8 text.",
            "It may be damaged or from another program. Restore it from a backup, or move it aside to start afresh. "
            + UNTOUCHED,
        )
    try:
        raw = json.loads(text, object_pairs_hook=_no_repeated_keys, parse_constant=_no_nan)
    except json.JSONDecodeError as exc:
        return DataFileError(
            path,
            f"line {exc.lineno}, column {exc.colno}",
            f"the file is not valid JSON ({_reason(exc)}).",
            "If you edited it by hand, fix that place; otherwise restore it from a backup or move it aside. "
            + UNTOUCHED,
        )
    except _NotStrictJSON as exc:
        return DataFileError(
            path,
            "",
            f"the file is damaged: {exc.problem}.",
            "If you edited it by hand, fix that place; otherwise restore it from a backup or move it aside. "
            + UNTOUCHED,
        )
    except RecursionError:  # brackets nested thousands deep: damage, not a workbook
        return DataFileError(
            path,
            "",
            "the file is nested too deeply to be a trustroad file.",
            "Restore it from a backup or move it aside. " + UNTOUCHED,
        )
    if not isinstance(raw, dict):
        return DataFileError(
            path,
            "line 1",
            "the file should hold a JSON object ({ ... }).",
            "Restore it from a backup or move it aside. " + UNTOUCHED,
        )
    return raw


def check_version(path: Path, raw: dict[str, Any], current: int = SCHEMA_VERSION) -> None:
    version = raw.get("schema_version", current)
    if not isinstance(version, int) or isinstance(version, bool):
        raise DataFileError(path, "field schema_version", "this should be a whole number.", UNTOUCHED)
    if version > current:
        raise DataFileError(
            path,
            "field schema_version",
            f"this file was written by a newer trustroad (format {version}; this one reads up to {current}).",
            "Update trustroad to open it. " + UNTOUCHED,
            restorable=False,  # not damaged: an older backup would only lose what the newer version wrote
        )


def validate(path: Path, model: type[D], raw: dict[str, Any]) -> D:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        # include_input=False: the error must never echo what the person wrote.
        errors = exc.errors(include_url=False, include_input=False)
        first = errors[0]
        where = "field " + ".".join(str(part) for part in first["loc"]) if first["loc"] else "the whole file"
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        raise DataFileError(
            path,
            where,
            f"{first['msg'].rstrip('.')}{more}.",
            "If you edited it by hand, fix that field; otherwise restore it from a backup. " + UNTOUCHED,
        ) from None
