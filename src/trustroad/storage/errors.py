"""Why a data folder or file is refused; messages name the file and the place, never what a
person wrote."""

from __future__ import annotations

from pathlib import Path


class DataFileError(Exception):
    """A data file we must not touch. The message names the file and the place, never its text."""

    def __init__(self, path: Path, where: str, problem: str, advice: str, *, restorable: bool = True) -> None:
        self.path = path
        self.where = where
        self.problem = problem
        self.advice = advice
        # Whether a backup could stand in for the file (storage/backups.py): not for a file from
        # a newer trustroad, a link, or a folder that is not the person's.
        self.restorable = restorable
        super().__init__(self.message)

    @property
    def message(self) -> str:
        place = f" ({self.where})" if self.where else ""
        return f"{self.path}{place}: {self.problem}\n{self.advice}"


class ChangedOnDiskError(Exception):
    """A data file was changed by something else since trustroad read it: it is never overwritten.

    What the window had is kept beside it as a conflict copy, so no word is lost on either side.
    """

    def __init__(self, path: Path, copy: Path) -> None:
        self.path = path
        self.copy = copy
        super().__init__(
            f"{path} was changed by another program while trustroad was open, so trustroad did not "
            f"write over it. What you have here is kept in {copy}. Quit and open trustroad again to "
            "see the file as it is now."
        )


class FolderInUseError(Exception):
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(
            f"trustroad is already open on {folder}.\n"
            "Close the other window first, so the two do not overwrite each other's writing."
        )


class WrongPassphrase(Exception):
    """The passphrase does not open this folder's key. Plain words, nothing else: never the passphrase
    itself, and no lock-out (a person may mistype as often as they like; every try costs a slow
    key derivation anyway)."""

    def __init__(self) -> None:
        super().__init__("That passphrase does not open this workbook. Nothing was changed; try again.")


UNTOUCHED = "trustroad has not changed or deleted it."
