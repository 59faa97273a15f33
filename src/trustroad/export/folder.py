"""Where exports are saved by default: one folder for the window and `trustroad export` alike.

Its own small module (pathlib only), since every start of `trustroad` builds the export
command's help, which names the folder.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_FOLDER_WORDS = "the Documents folder in your home folder (or the home folder itself when it has none)"


def default_folder() -> Path:
    """Documents in the home folder when it exists, else the home folder itself (DEFAULT_FOLDER_WORDS)."""
    home = Path.home()
    documents = home / "Documents"
    return documents if documents.is_dir() else home
