"""What the import contracts (test_import_contracts.py) cannot say: what a process loads at run time.

The contracts read import statements. Here real processes run, so a third-party package that pulls
Textual in, an import by name (importlib) or a lazy import on the command line's quick path shows up.
New core modules are found by walking the package, so they are covered without editing this file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

HEAVY_FOR_START_UP = ("textual", "fpdf", "cryptography")


def package_dir() -> Path:
    spec = find_spec("trustroad")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations)))


def is_core(relative: Path) -> bool:
    return relative.parts[0] != "tui" and relative.as_posix() not in ("cli.py", "__main__.py")


def core_files() -> list[Path]:
    root = package_dir()
    return sorted(p for p in root.rglob("*.py") if is_core(p.relative_to(root)))


def module_name(path: Path) -> str:
    parts = ["trustroad", *path.relative_to(package_dir()).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


CORE_MODULES = sorted({module_name(p) for p in core_files()})


def run_python(code: str, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120)


def test_the_walk_finds_the_core():
    names = set(CORE_MODULES)
    expected = {
        "trustroad",
        "trustroad.storage.record",
        "trustroad.storage.store",
        "trustroad.content.model",
        "trustroad.workbook.progress",
    }
    assert expected <= names
    assert not any(name.startswith("trustroad.tui") for name in names)
    assert "trustroad.cli" not in names and "trustroad.__main__" not in names


# Imports the core modules named on the command line one after another in one process and
# prints, as JSON, the first module after which Textual was loaded and what it loaded.
IMPORT_ALL = """
import importlib, json, sys

def textual_loaded():
    return sorted(m for m in sys.modules if m.split('.')[0] == 'textual')

for name in sys.argv[1:]:
    importlib.import_module(name)
    if textual_loaded():
        print(json.dumps([name, textual_loaded()[:3]]))
        break
else:
    print(json.dumps(None))
"""


def test_importing_the_whole_core_loads_no_textual(subprocess_env):
    result = run_python(IMPORT_ALL, subprocess_env, *CORE_MODULES)
    assert result.returncode == 0, result.stderr
    culprit = json.loads(result.stdout.strip().splitlines()[-1])
    assert culprit is None, f"importing {culprit[0]} loaded {culprit[1]}"


def test_the_command_line_loads_nothing_heavy(subprocess_env):
    # `trustroad --version` and `content check` must stay instant: no Textual, PDF or crypto.
    code = (
        "import sys\n"
        "import trustroad.cli\n"
        "from trustroad.cli import main\n"
        "parser = trustroad.cli.build_parser()\n"
        "code = main(['content', 'check'])\n"
        f"heavy = {HEAVY_FOR_START_UP!r}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
        "sys.exit(code)\n"
    )
    result = run_python(code, subprocess_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout


# Imports every core module, then lists the data and content models whose validator was built on
# the way (none should be: they defer the build to first use, so a start builds only the
# validators it uses, and each once).
BUILT_AT_IMPORT = """
import importlib, json, sys
from pydantic import BaseModel

for name in sys.argv[1:]:
    importlib.import_module(name)

def subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from subclasses(sub)

built = sorted(
    f"{c.__module__}.{c.__qualname__}"
    for c in subclasses(BaseModel)
    if c.__module__.startswith("trustroad") and c.__pydantic_complete__
)
print(json.dumps(built))
"""


def test_importing_the_core_builds_no_model(subprocess_env):
    result = run_python(BUILT_AT_IMPORT, subprocess_env, *CORE_MODULES)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_journal_add_loads_only_the_models_it_saves(subprocess_env, tmp_path):
    # A quick entry from the shell reads the workbook (for its phase) and saves the journal: the
    # workbook text (its models, the YAML reader) and the other features' models are for the
    # window, the export and `content check`.
    code = (
        "import io, sys\n"
        "from trustroad.cli import main\n"
        "sys.stdin = io.TextIOWrapper(io.BytesIO(b'a quick note'))\n"
        f"code = main(['--data-dir', {str(tmp_path)!r}, 'journal', 'add'])\n"
        "others = ('trustroad.content.', 'trustroad.documents', 'trustroad.promises', 'trustroad.agreements',\n"
        "          'trustroad.checkins', 'trustroad.letters', 'yaml')\n"
        "print(sorted(m for m in sys.modules if m.startswith(others)))\n"
        "sys.exit(code)\n"
    )
    result = run_python(code, subprocess_env)
    assert result.returncode == 0, result.stderr
    # kinds: the kinds of rupture, which the workbook model keeps (workbook/model.py).
    assert result.stdout.strip().splitlines()[-1] == "['trustroad.content.kinds']", result.stdout
