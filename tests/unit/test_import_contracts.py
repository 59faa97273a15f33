"""The import contracts in pyproject.toml ([tool.importlinter]) hold.

`lint-imports` checks every import, at the top of a file or inside a function, and follows
chains through other trustroad modules: storage imports no feature; features import neither
the TUI, the commands nor export; export never imports the TUI; only the TUI imports Textual.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib.util import find_spec
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PYPROJECT = REPO / "pyproject.toml"
# The faces that start the TUI (lazily) and so may reach Textual.
ENTRY_POINTS = {"trustroad.cli", "trustroad.__main__"}


def lint_imports() -> Path:
    """The `lint-imports` beside this interpreter, so it sees the same installed packages."""
    for name in ("lint-imports", "lint-imports.exe"):
        path = Path(sys.executable).parent / name
        if path.exists():
            return path
    pytest.fail(f"lint-imports is not installed beside {sys.executable}; install the [test] extra")


def run_contracts(config: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # --no-cache: a test run leaves nothing behind in the repository.
    return subprocess.run(
        [str(lint_imports()), "--no-cache", "--no-logo", str(config)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def contracts() -> list[dict[str, object]]:
    with PYPROJECT.open("rb") as f:
        found: list[dict[str, object]] = tomllib.load(f)["tool"]["importlinter"]["contracts"]
    return found


def test_every_contract_is_kept(subprocess_env):
    result = run_contracts(PYPROJECT, subprocess_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(contracts())} kept, 0 broken" in result.stdout, result.stdout


def test_a_broken_contract_fails_the_run(tmp_path, subprocess_env):
    # The TUI imports Textual, so this contract is broken: the run must say so and fail.
    config = tmp_path / "broken.toml"
    config.write_text(
        '[tool.importlinter]\nroot_package = "trustroad"\ninclude_external_packages = true\n\n'
        '[[tool.importlinter.contracts]]\nname = "the TUI without Textual"\ntype = "forbidden"\n'
        'source_modules = ["trustroad.tui"]\nforbidden_modules = ["textual"]\n',
        encoding="utf-8",
    )
    result = run_contracts(config, subprocess_env)
    assert result.returncode != 0, result.stdout
    assert "BROKEN" in result.stdout, result.stdout


def top_level_modules() -> set[str]:
    spec = find_spec("trustroad")
    assert spec is not None and spec.submodule_search_locations
    root = Path(next(iter(spec.submodule_search_locations)))
    names = {f"trustroad.{p.stem}" for p in root.glob("*.py") if p.stem != "__init__"}
    names |= {f"trustroad.{p.parent.name}" for p in root.glob("*/__init__.py")}
    return names


def test_every_module_but_the_tui_is_kept_from_textual():
    # A new module or package must join the Textual contract, or the contract silently misses it.
    (textual,) = [c for c in contracts() if c["id"] == "only-tui-imports-textual"]
    sources = set(textual["source_modules"])
    expected = top_level_modules() - ENTRY_POINTS - {"trustroad.tui"}
    assert {"trustroad.storage", "trustroad.workbook", "trustroad.export"} <= expected
    assert sources == expected, f"missing {sorted(expected - sources)}, stale {sorted(sources - expected)}"
