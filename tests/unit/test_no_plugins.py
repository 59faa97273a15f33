"""No pydantic plugin ever sees what a person wrote (trustroad.storage.no_plugins).

A pydantic plugin is an entry point any package in the environment can declare; pydantic hands
it every value it validates. These tests install a spy plugin (a fake distribution on
PYTHONPATH) and run a fresh interpreter, so the import order is exactly a real start's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SPY = textwrap.dedent("""
    import os

    class Spy:
        def new_schema_validator(self, schema, schema_type, path, kind, config, settings):
            with open(os.environ["SPY_LOG"], "a", encoding="utf-8") as log:
                log.write(f"{path.name}\\n")
            return None, None, None

    plugin = Spy()
""")


@pytest.fixture
def spy_path(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    dist = site / "spy_plugin-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: spy-plugin\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[pydantic]\nspy = spy_plugin:plugin\n", encoding="utf-8")
    (site / "spy_plugin.py").write_text(SPY, encoding="utf-8")
    return site


def run(code: str, site: Path) -> tuple[str, str]:
    """Run `code` in a fresh interpreter with the spy installed: (its output, what the spy saw)."""
    src = str(Path(__file__).resolve().parents[2] / "src")
    log = site.parent / "spy.log"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), src, os.environ.get("PYTHONPATH", "")]),
        "SPY_LOG": str(log),
    }
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout, log.read_text(encoding="utf-8") if log.exists() else ""


def test_the_spy_plugin_sees_a_plain_pydantic_model(spy_path: Path) -> None:
    # The control: without trustroad, pydantic does call an installed plugin.
    _, seen = run(
        "from pydantic import BaseModel\nclass Note(BaseModel):\n    text: str\nNote.model_validate({'text': 'x'})\n",
        spy_path,
    )
    assert "Note" in seen


def test_no_plugin_sees_trustroad_models(spy_path: Path) -> None:
    _, seen = run(
        "from trustroad.journal.model import Journal\n"
        "from trustroad.workbook.model import Workbook\n"
        "from pydantic import BaseModel\n"
        "class Other(BaseModel):\n    text: str\n"
        'Journal.model_validate_json(b\'{"entries": [{"text": "my words"}]}\')\n'
        "Workbook.model_validate({})\n"
        "Other.model_validate({'text': 'x'})\n",
        spy_path,
    )
    assert seen == "", "a pydantic plugin was called"
