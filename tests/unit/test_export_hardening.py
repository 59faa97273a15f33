"""Issue 11, export: what an outside audit broke.

Control characters never reach a summary (any format); fpdf2 never speaks about the person's
text on stderr; `-o -` into a pipe that closes early ends quietly.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustroad.cli import main
from trustroad.storage.store import Store

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make the fixture module importable
from export_fixture import documents

CONTROLS = [chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]]
# What a format may itself use: tab, line feed, carriage return.
ALLOWED = {"\t", "\n", "\r"}


def unsafe(text: str) -> list[str]:
    return sorted({ch for ch in text if ch in CONTROLS and ch not in ALLOWED})


def add_entry(folder: Path, text: str, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))
    assert main(["--data-dir", str(folder), "journal", "add", "--share"]) == 0


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


# Any Unicode (surrogates aside: not UTF-8), with every control character (and whole escape
# sequences) drawn often; a letter first, as whitespace-only input is refused.
SEQUENCES = ["\x1b[2J", "\x1b]52;c;UFdO\x07", "\x1b]0;t\x1b\\", "\x9b31m", "\r\n", "\r"]
TEXT = st.builds(
    lambda pieces: "x" + "".join(pieces),
    st.lists(
        st.one_of(
            st.text(st.characters(exclude_categories=["Cs"]), max_size=8),
            st.sampled_from(CONTROLS),
            st.sampled_from(SEQUENCES),
        ),
        max_size=16,
    ),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_no_control_character_from_a_journal_entry_reaches_any_format(tmp_path_factory, monkeypatch, text):
    base = tmp_path_factory.mktemp("entry")
    folder = base / "data"
    monkeypatch.delenv("TRUSTROAD_DATA_DIR", raising=False)
    monkeypatch.delenv("TRUSTROAD_CONTENT", raising=False)
    add_entry(folder, text, monkeypatch)
    stored = json.loads((folder / "journal.json").read_text(encoding="utf-8"))["entries"][-1]["text"]
    assert stored == text  # kept exactly as typed

    for fmt in ("md", "html", "pdf"):
        out = base / f"s.{fmt}"
        assert main(["--data-dir", str(folder), "export", "--format", fmt, "-o", str(out)]) == 0
        data = out.read_bytes()
        shown = pdf_text(data) if fmt == "pdf" else data.decode("utf-8")
        assert unsafe(shown) == [], fmt
        if fmt != "pdf":  # no raw byte either (a PDF's compressed streams hold any byte)
            assert not any((b < 0x20 and b not in b"\t\n\r") or b == 0x7F for b in data), fmt


def test_no_control_character_reaches_standard_output(tmp_path, monkeypatch, capsysbinary):
    folder = tmp_path / "data"
    add_entry(folder, "bell \x07 title \x1b]0;PWNED\x07 clear \x1b[2J c1 \x9b1m end", monkeypatch)
    capsysbinary.readouterr()
    assert main(["--data-dir", str(folder), "export", "-o", "-"]) == 0
    out = capsysbinary.readouterr().out
    assert b"\x1b" not in out and b"\x07" not in out and "\x9b".encode() not in out
    assert "bell  title  clear  c1  end" in out.decode()


# --- fpdf2 says nothing about the text ---------------------------------------------------------


def shared_words(words: str):
    docs = documents()
    docs["agenda.json"].add(words)
    return docs


# In a child process: under pytest, log records and warnings are captured by pytest itself, so
# only a plain process shows what would reach a person's terminal.
CHILD = """
import sys, warnings
sys.path.insert(0, {here!r})
from export_fixture import MADE_ON, content, documents
from fpdf import FPDF
from trustroad.export import pdf
from trustroad.export.summary import build_summary

docs = documents()
docs["agenda.json"].add("We said 中文 and 🜁 aloud, a secret plan")
# fpdf2 logs "missing glyphs" quoting them: made to happen here by turning our own swap to
# [U+...] codes off, as a character the swap missed would.
pdf.missing_characters = lambda texts: []
real = FPDF.multi_cell

def warns(self, w, h, text="", *args, **kwargs):
    warnings.warn("cannot lay out " + repr(text), UserWarning)  # as any fpdf2 warning might
    return real(self, w, h, text, *args, **kwargs)

FPDF.multi_cell = warns
data, _ = pdf.render_pdf(build_summary(docs, content(), made_on=MADE_ON))
assert data.startswith(b"%PDF-")
print("done")
"""


def test_fpdf_log_lines_and_warnings_never_reach_stderr(subprocess_env):
    script = CHILD.format(here=str(Path(__file__).parent))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, env=subprocess_env, timeout=60)
    assert result.stdout.decode().strip() == "done", result.stderr.decode()
    err = result.stderr.decode()
    assert "中" not in err and "🜁" not in err and "secret" not in err and "\\u" not in err.lower(), err
    assert err == "", err


def test_the_command_names_undrawable_characters_in_its_own_words(tmp_path, monkeypatch, capfd):
    folder = tmp_path / "data"
    store = Store(folder)
    for name, doc in shared_words("We said 中文 and 🜁 aloud").items():
        store.save(name, doc)
    monkeypatch.delenv("TRUSTROAD_CONTENT", raising=False)
    assert main(["--data-dir", str(folder), "export", "--format", "pdf", "-o", str(tmp_path / "s.pdf")]) == 0
    err = capfd.readouterr().err
    assert "U+4E2D" in err and "U+1F701" in err
    assert "中" not in err and "🜁" not in err and "We said" not in err


# --- standard output into a pipe that closes early ------------------------------------------


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path, subprocess_env):
    """`export -o - | head -c 100`, made certain: the reading end is closed before the summary is
    written (start-up takes far longer than closing a pipe), as `head` does once it has enough."""
    folder = tmp_path / "data"
    store = Store(folder)
    for name, doc in documents().items():
        store.save(name, doc)
    command = [sys.executable, "-m", "trustroad", "--data-dir", str(folder), "export", "-o", "-"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=subprocess_env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) != 0  # not a success: the summary was cut short
    assert err == "", err  # no traceback, no "Exception ignored … BrokenPipeError"
