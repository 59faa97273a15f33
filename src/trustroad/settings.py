"""What the person (or a test) chose from outside the program: options, then the environment.

This is the one place trustroad reads its environment variables. The command line wins over
the environment, which wins over the platform's own folders:

  data folder      --data-dir DIR     TRUSTROAD_DATA_DIR    the user data folder
  extra content    --content DIR ...  TRUSTROAD_CONTENT     none (both are used: environment
                                      (os.pathsep-separated) first, then the options)
  content cache                       TRUSTROAD_CACHE_DIR   the user cache folder
  paint once, headless, then leave    TRUSTROAD_EXIT_ON_READY (tests, .ci/run and bench/)
  tiny key derivation (tests only)    TRUSTROAD_TEST_KDF=fast (new key files derive in
                                      milliseconds; never set it for real writing)

The platform's folders are looked up only when a command asks for them, so a command that
never touches the data folder (or the cache) never asks the platform where it is.
"""

from __future__ import annotations

import os
from argparse import Namespace
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from trustroad.storage.paths import (
    builtin_content_dir,
    default_cache_dir,
    default_data_dir,
)

DATA_DIR_ENV = "TRUSTROAD_DATA_DIR"
CONTENT_ENV = "TRUSTROAD_CONTENT"
CACHE_DIR_ENV = "TRUSTROAD_CACHE_DIR"
EXIT_ON_READY_ENV = "TRUSTROAD_EXIT_ON_READY"
TEST_KDF_ENV = "TRUSTROAD_TEST_KDF"


@dataclass(frozen=True)
class Settings:
    chosen_data_dir: Path | None = None  # None: the platform's user data folder
    content_dirs: tuple[Path, ...] = ()  # layered, in this order, over the built-in text
    chosen_cache_dir: Path | None = None  # None: the platform's user cache folder
    exit_on_ready: bool = False  # paint the first screen headless, then leave
    test_kdf: bool = False  # the one test hook for key derivation: storage.kdf.new_params(test_kdf)

    @property
    def data_dir(self) -> Path:
        return self.chosen_data_dir or default_data_dir()

    @property
    def cache_dir(self) -> Path:
        return self.chosen_cache_dir or default_cache_dir()

    @property
    def builtin_content(self) -> Path:
        return builtin_content_dir()

    @classmethod
    def from_args(cls, args: Namespace, environ: Mapping[str, str] | None = None) -> Settings:
        """From parsed options (`data_dir`, `content`; either may be missing) and the environment."""
        env = os.environ if environ is None else environ
        option_dir = getattr(args, "data_dir", None)
        data_dir = _path(option_dir) or _path(env.get(DATA_DIR_ENV))
        from_env = [p for p in env.get(CONTENT_ENV, "").split(os.pathsep) if p.strip()]
        from_options = getattr(args, "content", None) or []
        return cls(
            chosen_data_dir=data_dir,
            content_dirs=tuple(Path(p).expanduser() for p in [*from_env, *from_options]),
            chosen_cache_dir=_path(env.get(CACHE_DIR_ENV)),
            exit_on_ready=bool(env.get(EXIT_ON_READY_ENV)),
            test_kdf=env.get(TEST_KDF_ENV) == "fast",
        )


def _path(value: str | None) -> Path | None:
    # An empty value counts as not set, as it always has for these variables and options.
    return Path(value).expanduser() if value else None
