"""`trustroad content check`: validate the workbook text and list every problem as file:line: message."""

from __future__ import annotations

import argparse
from pathlib import Path

from trustroad.settings import Settings

EXIT_OK, EXIT_PROBLEM = 0, 1


# What `add_subparsers()` returns: argparse only names its type privately.
def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    content = commands.add_parser("content", help="work with workbook text")
    content_commands = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    check = content_commands.add_parser(
        "check",
        help="validate content and print every problem as file:line: message",
        description=(
            "Validate the built-in content, layered with any folders given (and --content / TRUSTROAD_CONTENT)."
        ),
    )
    check.add_argument("dirs", nargs="*", metavar="DIR", help="extra content folders to validate")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from trustroad.commands.loading import load_content_or_report

    content = load_content_or_report(settings, "trustroad content check", [Path(d) for d in args.dirs], as_listing=True)
    if content is None:
        return EXIT_PROBLEM
    steps = sum(len(p.steps) for p in content.phases)
    print(f"Content is valid: {len(content.phases)} phases and sections, {steps} steps.")
    return EXIT_OK
