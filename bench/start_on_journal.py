"""A launcher for bench_journal.py: trustroad started as a person starts it, on the journal screen.

It does what `trustroad` does, with one difference: the first screen is the journal instead of
the road map (see launch_on_screen.py). It is run as its own process, like `trustroad`, and takes
the same options (bench_journal.py sets TRUSTROAD_DATA_DIR and TRUSTROAD_EXIT_ON_READY=1).
"""

from __future__ import annotations

import sys

from launch_on_screen import launch_on


def main(argv: list[str] | None = None) -> int:
    return launch_on("start_on_journal", _journal, argv)


def _journal() -> type:
    from trustroad.tui.screens.journal import JournalScreen

    return JournalScreen


if __name__ == "__main__":
    sys.exit(main())
