"""Issue 12's proof, smaller: 30 SIGKILLs of a child process saving an encrypted workbook through
the real Store (bench/bench_kill.py runs 1,000). No file may be unreadable afterwards, and no
save the child reported done may be missing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "bench_kill.py"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and advisory locks: POSIX only")
def test_thirty_kills_mid_save_lose_nothing_and_damage_nothing():
    result = subprocess.run([sys.executable, str(SCRIPT), "--kills", "30"], capture_output=True, text=True, timeout=300)
    figures = dict(re.findall(r"^([a-z' -]+): (\d+)", result.stdout, re.MULTILINE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert figures["kills"] == "30"
    assert figures["unreadable files"] == "0"
    assert figures["saves reported done then lost"] == "0"
    assert figures["plain words in a left-behind temp file"] == "0"
    # The kills did land inside saves, and the child did get saves done between them.
    assert int(figures["kills that landed between a save's begin and its done"]) >= 10
    assert int(figures["saves reported done"]) >= 30
