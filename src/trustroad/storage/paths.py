"""Where trustroad keeps a person's data and finds its content, when nobody chose otherwise.

Nothing here touches the network or reads the environment: the person's own choices
(`--data-dir`, TRUSTROAD_DATA_DIR, `--content`, ...) are gathered in trustroad.settings.
"""

from __future__ import annotations

from pathlib import Path


def default_data_dir() -> Path:
    # Imported here so that `trustroad --version` and content checks stay instant.
    from platformdirs import user_data_dir

    return Path(user_data_dir("trustroad", appauthor=False))


def default_cache_dir() -> Path:
    """The person's own cache folder (only they can write to it): the content cache lives there."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("trustroad", appauthor=False))


def builtin_content_dir() -> Path:
    """The content shipped inside the package (pyproject's force-include puts the repository's
    content/ at trustroad/content/builtin). A source checkout that is not installed falls back
    to the repository's top-level content/ folder."""
    package = Path(__file__).resolve().parents[1]
    shipped = package / "content" / "builtin"
    if shipped.is_dir():
        return shipped
    return package.parents[1] / "content"
