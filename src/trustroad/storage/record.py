"""The base of every data file's model.

Every model keeps fields it does not know (`extra="allow"`), so a file written by a newer
minor version, or edited by hand, survives a load and save unchanged.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from trustroad.storage import no_plugins
from trustroad.storage.files import SCHEMA_VERSION

# Before any model validates: no third-party pydantic plugin sees what a person wrote.
no_plugins.disable()


class Record(BaseModel):
    # defer_build: a model's validator is built the first time it is used, not at import,
    # so start-up pays only for the files that exist.
    model_config = ConfigDict(extra="allow", validate_assignment=False, defer_build=True)


class Document(Record):
    """The root of one data file. Each file carries its own format version."""

    # Strict: "1" or true are not a version; the store explains such a file instead.
    schema_version: int = Field(default=SCHEMA_VERSION, strict=True)
    # Written indented for a person who looks inside, or compact for files that grow large
    # (the journal, the promise records): half the time to write, less to read at start-up.
    COMPACT: ClassVar[bool] = False
