"""Where trustroad keeps a person's data and finds its content.

Nothing here touches the network; every path can be moved by the person
(`--data-dir` / TRUSTROAD_DATA_DIR, `--content` / TRUSTROAD_CONTENT).
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "TRUSTROAD_DATA_DIR"
CONTENT_ENV = "TRUSTROAD_CONTENT"


def default_data_dir() -> Path:
    # Imported here so that `trustroad --version` and content checks stay instant.
    from platformdirs import user_data_dir

    return Path(user_data_dir("trustroad", appauthor=False))


def resolve_data_dir(cli_value: str | None) -> Path:
    """The command-line option wins over the environment, which wins over the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def extra_content_dirs(cli_values: list[str] | None) -> list[Path]:
    """Extra content folders layered over the built-in ones, environment first, then options."""
    dirs: list[Path] = []
    env = os.environ.get(CONTENT_ENV, "")
    dirs += [Path(p).expanduser() for p in env.split(os.pathsep) if p.strip()]
    dirs += [Path(p).expanduser() for p in (cli_values or [])]
    return dirs


def builtin_content_dir() -> Path:
    """The content shipped inside the package (pyproject's force-include puts the repository's
    content/ at trustroad/content/builtin). A source checkout that is not installed falls back
    to the repository's top-level content/ folder."""
    package = Path(__file__).resolve().parents[1]
    shipped = package / "content" / "builtin"
    if shipped.is_dir():
        return shipped
    return package.parents[1] / "content"
