"""The `trustroad` command: opens the workbook, or runs a small command-line task.

Kept light: Textual is imported only when the workbook window opens.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from trustroad import __version__

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
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
        "--data-dir", metavar="DIR",
        help="folder that holds your workbook (default: your user data folder; or set TRUSTROAD_DATA_DIR)",
    )
    parser.add_argument(
        "--content", metavar="DIR", action="append",
        help="extra worksheet folder layered over the built-in text (repeatable; or TRUSTROAD_CONTENT)",
    )
    parser.add_argument(
        "--demo", action="store_true",
        help="open a filled sample workbook (a fictional couple) in a throwaway folder; nothing of yours is touched",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    from trustroad.commands.export import (
        add_parser as add_export_parser,  # light: no heavy imports
    )

    add_export_parser(commands)
    from trustroad.commands.journal_add import (
        add_parser as add_journal_parser,  # light: no pydantic
    )

    add_journal_parser(commands)
    content = commands.add_parser("content", help="work with workbook text")
    content_commands = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    check = content_commands.add_parser(
        "check", help="validate content and print every problem as file:line: message",
        description="Validate the built-in content, layered with any folders given (and --content / TRUSTROAD_CONTENT).",
    )
    check.add_argument("dirs", nargs="*", metavar="DIR", help="extra content folders to validate")
    return parser


def main(argv: list[str] | None = None) -> int:
    # Start-up allocates many long-lived objects (modules, models, widgets); the cyclic
    # garbage collector would walk them over and over. It rests until the first frame is
    # painted (the app turns it back on) or, for short commands, until the process ends.
    import gc

    gc.disable()
    try:
        return _run(argv)
    finally:
        gc.enable()


def _run(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "journal":
        from trustroad.commands.journal_add import run as run_journal

        return run_journal(args)
    from trustroad.storage.paths import builtin_content_dir, extra_content_dirs

    extra = extra_content_dirs(args.content)
    if args.command == "content":
        return content_check(builtin_content_dir(), extra + [Path(d) for d in args.dirs])
    if args.command == "export":
        from trustroad.commands.export import run as run_export

        return run_export(args, builtin_content_dir(), extra)
    if args.demo:
        from trustroad.tui.demo_app import run_demo

        return run_demo(builtin_content_dir(), extra)
    return open_workbook(args, builtin_content_dir(), extra)


def content_check(builtin: Path, extra: list[Path]) -> int:
    from trustroad.content.loader import load_content
    from trustroad.content.model import ContentError

    try:
        content = load_content(builtin, extra)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem)
        count = len(exc.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found.", file=sys.stderr)
        return EXIT_PROBLEM
    steps = sum(len(p.steps) for p in content.phases)
    print(f"Content is valid: {len(content.phases)} phases and sections, {steps} steps.")
    return EXIT_OK


def open_workbook(args: argparse.Namespace, builtin: Path, extra: list[Path]) -> int:
    from trustroad.content.cache import load_content_cached
    from trustroad.content.model import ContentError
    from trustroad.storage.errors import DataFileError, FolderInUseError
    from trustroad.storage.paths import resolve_data_dir
    from trustroad.storage.store import Store

    try:
        content = load_content_cached(builtin, extra)
    except ContentError as exc:
        print("trustroad cannot open: the workbook text has problems.", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_PROBLEM

    from trustroad.documents import load_all

    store = Store(resolve_data_dir(args.data_dir))
    try:
        store.lock()
        documents = load_all(store)
    except (DataFileError, FolderInUseError) as exc:
        # The file stays exactly as it is; starting the app on a fresh workbook could later replace it.
        store.unlock()
        print(f"trustroad cannot open your workbook.\n{exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as exc:
        store.unlock()
        print(f"trustroad cannot use the folder {store.folder}: {exc.strerror}.", file=sys.stderr)
        return EXIT_PROBLEM

    from trustroad.tui.app import TrustroadApp

    app = TrustroadApp(content, store, documents)
    if os.environ.get("TRUSTROAD_EXIT_ON_READY"):
        # Used by bench/: paint the home screen headless, then leave.
        app.exit_on_ready = True
        app.run(headless=True)
    else:
        app.run()
    store.unlock()
    if app.save_problem:
        print(app.save_problem, file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK
