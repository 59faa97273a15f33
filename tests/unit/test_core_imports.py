"""The core (everything outside tui/, cli.py and __main__.py) knows nothing of Textual.

New core modules are found by walking the package, so they are covered without editing this file.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

HEAVY_FOR_START_UP = ("textual", "fpdf", "cryptography")


def package_dir() -> Path:
    spec = find_spec("trustroad")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations)))


# The two commands that open the window are the CLI's face onto the TUI: they import the app
# when they run (inside a function), never when they are imported; that much is still checked.
OPEN_THE_WINDOW = ("commands/open_workbook.py", "commands/demo.py")


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


def imported_names(tree: ast.AST, module: str) -> set[str]:
    """Every absolute module name a file imports, anywhere in it (inside functions too)."""
    names: set[str] = set()
    package = module.rsplit(".", 1)[0]  # a package's own file is passed as "pkg.__init__"
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the file's package
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            names.add(target)
            names.update(f"{target}.{alias.name}" for alias in node.names)
    return names


def test_the_walk_finds_the_core():
    names = {module_name(p) for p in core_files()}
    assert {"trustroad", "trustroad.storage.record", "trustroad.storage.store", "trustroad.content.model", "trustroad.workbook.progress"} <= names
    assert not any(name.startswith("trustroad.tui") for name in names)
    assert "trustroad.cli" not in names and "trustroad.__main__" not in names


@pytest.mark.parametrize("path", core_files(), ids=lambda p: module_name(p))
def test_no_core_file_imports_textual(path):
    module = module_name(path)
    if path.name == "__init__.py":
        module += ".__init__"  # so relative imports resolve against the package itself
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    if path.relative_to(package_dir()).as_posix() in OPEN_THE_WINDOW:
        tree = ast.Module(body=[node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))], type_ignores=[])
    bad = sorted(
        name for name in imported_names(tree, module)
        if name == "textual" or name.startswith(("textual.", "trustroad.tui"))
    )
    assert not bad, f"{path} imports {bad}; the core must not depend on Textual"


def run_python(code: str, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120)


# Imports each module named on the command line in a fresh process and prints, as JSON, the
# Textual modules each import loaded. Where it can, it forks a child per module from a parent
# that holds only modules already shown to load no Textual (the core's third-party
# dependencies, then each core module once its own child came back clean): what a child adds
# is exactly what that module brings in, and the whole check costs about one start-up
# instead of one per module.
IMPORT_EACH = """
import importlib, json, os, subprocess, sys

def textual_loaded():
    return sorted(m for m in sys.modules if m.split('.')[0] == 'textual')

def check(name):
    try:
        importlib.import_module(name)
        return textual_loaded()
    except BaseException as exc:
        return 'import failed: ' + type(exc).__name__

results = {}
if hasattr(os, 'fork'):
    import pydantic, yaml, platformdirs  # shared by the core, loaded once
    assert textual_loaded() == [], textual_loaded()
    for name in sys.argv[1:]:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            os.write(write_end, json.dumps(check(name)).encode())
            os._exit(0)
        os.close(write_end)
        chunks = []
        while chunk := os.read(read_end, 65536):
            chunks.append(chunk)
        os.close(read_end)
        os.waitpid(pid, 0)
        results[name] = json.loads(b''.join(chunks) or b'"no answer"')
        if results[name] == []:
            check(name)  # clean: later children start with it already loaded
else:
    for name in sys.argv[1:]:
        out = subprocess.run([sys.executable, '-c', 'import importlib, json, sys; importlib.import_module(sys.argv[1]);'
                              'print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] == "textual")))', name],
                             capture_output=True, text=True)
        results[name] = json.loads(out.stdout) if out.returncode == 0 else 'import failed'
print(json.dumps(results))
"""

CORE_MODULES = sorted({module_name(p) for p in core_files()})


@pytest.fixture(scope="module")
def textual_loaded_by(subprocess_env) -> dict[str, object]:
    result = run_python(IMPORT_EACH, subprocess_env, *CORE_MODULES)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("module", CORE_MODULES)
def test_importing_a_core_module_loads_no_textual(module, textual_loaded_by):
    loaded = textual_loaded_by[module]
    assert loaded == [], f"importing {module} loaded {loaded[:3] if isinstance(loaded, list) else loaded}"


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
