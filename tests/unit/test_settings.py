"""trustroad.settings: the one reader of options and environment variables."""

from __future__ import annotations

import os
from argparse import Namespace
from pathlib import Path

import pytest

from trustroad.cli import build_parser
from trustroad.settings import (
    CACHE_DIR_ENV,
    CONTENT_ENV,
    DATA_DIR_ENV,
    EXIT_ON_READY_ENV,
    Settings,
)
from trustroad.storage.paths import builtin_content_dir


def settings(argv: list[str], env: dict[str, str] | None = None) -> Settings:
    return Settings.from_args(build_parser().parse_args(argv), env or {})


def test_data_dir_option_beats_environment_beats_default(tmp_path):
    env = {DATA_DIR_ENV: str(tmp_path / "env")}
    assert settings(["--data-dir", str(tmp_path / "opt")], env).data_dir == tmp_path / "opt"
    assert settings([], env).data_dir == tmp_path / "env"
    default = settings([]).data_dir
    assert default.name == "trustroad" and default.is_absolute()


def test_empty_values_count_as_not_set(tmp_path):
    assert settings(["--data-dir", ""], {DATA_DIR_ENV: str(tmp_path)}).data_dir == tmp_path
    assert settings([], {DATA_DIR_ENV: ""}).data_dir.name == "trustroad"
    assert settings([], {CONTENT_ENV: f"{os.pathsep} {os.pathsep}"}).content_dirs == ()
    assert settings([], {EXIT_ON_READY_ENV: ""}).exit_on_ready is False


def test_a_home_folder_is_expanded(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert settings(["--data-dir", "~/mine"]).data_dir == tmp_path / "mine"
    assert settings([], {CACHE_DIR_ENV: "~/cache"}).cache_dir == tmp_path / "cache"


def test_content_dirs_environment_first_then_options_in_order(tmp_path):
    one, two, three, four = (tmp_path / n for n in ("one", "two", "three", "four"))
    env = {CONTENT_ENV: f"{one}{os.pathsep}{two}"}
    chosen = settings(["--content", str(three), "--content", str(four)], env)
    assert chosen.content_dirs == (one, two, three, four)
    assert settings([], env).content_dirs == (one, two)
    assert settings(["--content", str(three)]).content_dirs == (three,)
    assert settings([]).content_dirs == ()


def test_the_cache_dir_from_the_environment_or_the_platform(tmp_path):
    assert settings([], {CACHE_DIR_ENV: str(tmp_path / "cache")}).cache_dir == tmp_path / "cache"
    default = settings([]).cache_dir
    assert default.name == "trustroad" and default.is_absolute()
    assert default != settings([]).data_dir


def test_exit_on_ready_is_a_test_hook_off_by_default():
    assert settings([]).exit_on_ready is False
    assert settings([], {EXIT_ON_READY_ENV: "1"}).exit_on_ready is True


def test_the_process_environment_is_read_when_none_is_given(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "c"))
    chosen = Settings.from_args(Namespace())  # a command without --data-dir / --content
    assert (chosen.data_dir, chosen.cache_dir, chosen.content_dirs) == (tmp_path, tmp_path / "c", ())


def test_options_and_subcommands_mix(tmp_path):
    chosen = settings(["--data-dir", str(tmp_path), "--content", str(tmp_path / "x"), "export", "--format", "md"])
    assert chosen.data_dir == tmp_path and chosen.content_dirs == (tmp_path / "x",)


def test_settings_are_frozen(tmp_path):
    chosen = settings([])
    with pytest.raises(AttributeError):
        chosen.chosen_data_dir = tmp_path  # type: ignore[misc]  # the assignment a frozen dataclass refuses is the point
    assert chosen.builtin_content == builtin_content_dir()


def test_only_settings_reads_the_environment():
    # clock.py may read TRUSTROAD_TEST_NOW (the clock seam); no_plugins.py only sets a variable.
    src = Path(__file__).resolve().parents[2] / "src" / "trustroad"
    readers = sorted(
        str(path.relative_to(src))
        for path in src.rglob("*.py")
        if any(word in path.read_text(encoding="utf-8") for word in ("os.environ.get", "os.getenv", "environ["))
    )
    allowed = {"settings.py", "clock.py", "storage/no_plugins.py"}
    assert set(readers) <= allowed, readers
