"""The two ways a data folder can refuse to open; messages name the file and the place,
never what a person wrote."""

from __future__ import annotations

from pathlib import Path


class DataFileError(Exception):
    """A data file we must not touch. The message names the file and the place, never its text."""

    def __init__(self, path: Path, where: str, problem: str, advice: str) -> None:
        self.path = path
        self.where = where
        self.problem = problem
        self.advice = advice
        super().__init__(self.message)

    @property
    def message(self) -> str:
        place = f" ({self.where})" if self.where else ""
        return f"{self.path}{place}: {self.problem}\n{self.advice}"


class FolderInUseError(Exception):
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(
            f"trustroad is already open on {folder}.\n"
            "Close the other window first, so the two do not overwrite each other's writing."
        )


UNTOUCHED = "trustroad has not changed or deleted it."
