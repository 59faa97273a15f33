"""The `trustroad` command: read the options, then open the workbook or run a small task.

Kept light: each command imports what it needs when it runs; Textual only when a window opens.
"""

from __future__ import annotations

import argparse
import gc

from trustroad import __version__

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    from trustroad.commands import (  # each only declares its options here
        backups,
        content,
        export,
        journal_add,
        letters,
        today,
    )

    parser = argparse.ArgumentParser(
        prog="trustroad",
        description=(
            "A private workbook for couples after a trust rupture: Stabilize, Make Meaning, "
            "Rebuild with small, durable promises. Everything stays on this computer. "
            "It is not therapy and not for emergencies."
        ),
        epilog="Run without a command to open the workbook.",
    )
    parser.add_argument("--version", action="version", version=f"trustroad {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder that holds your workbook (default: your user data folder; or set TRUSTROAD_DATA_DIR)",
    )
    parser.add_argument(
        "--content",
        metavar="DIR",
        action="append",
        help="extra worksheet folder layered over the built-in text (repeatable; or TRUSTROAD_CONTENT)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a filled sample workbook (a fictional couple) in a throwaway folder; nothing of yours is touched",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export.add_parser(commands)
    journal_add.add_parser(commands)
    content.add_parser(commands)
    today.add_parser(commands)
    backups.add_parser(commands)
    letters.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    # The start-up policy for the garbage collector, for every command: start-up makes many
    # long-lived objects (modules, content, models, a whole journal, widgets) and few cycles,
    # so the cyclic collector would walk them over and over for nothing. It rests from here
    # until the window paints its first frame (the app freezes what exists and turns it back
    # on) or, for a short command, until that command is done; it is on again whenever main
    # returns, as callers in the same process (tests) expect.
    gc.disable()
    try:
        return _run(argv)
    finally:
        gc.enable()


def _run(argv: list[str] | None) -> int:
    from trustroad.settings import Settings

    args = build_parser().parse_args(argv)
    settings = Settings.from_args(args)
    if args.command == "journal":
        from trustroad.commands.journal_add import run as run_journal

        return run_journal(args, settings)
    if args.command == "content":
        from trustroad.commands.content import run as run_content_check

        return run_content_check(args, settings)
    if args.command in ("pair", "letter"):
        from trustroad.commands.letters import run as run_letters

        return run_letters(args, settings)
    if args.command == "export":
        from trustroad.commands.export import run as run_export

        return run_export(args, settings)
    if args.command == "today":
        from trustroad.commands.today import run as run_today

        return run_today(args, settings)
    if args.command in ("backups", "restore"):
        from trustroad.commands.backups import run as run_backups

        return run_backups(args, settings)
    if args.demo:
        from trustroad.tui.open_demo import run_demo

        return run_demo(settings)
    from trustroad.tui.open_workbook import open_workbook

    return open_workbook(settings)
