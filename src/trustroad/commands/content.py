"""`trustroad content check | list | show`: the tools for people who write workbook text."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from trustroad.settings import Settings

EXIT_OK, EXIT_PROBLEM = 0, 1


# What `add_subparsers()` returns: argparse only names its type privately.
def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    content = commands.add_parser(
        "content",
        help="work with workbook text (check, list, show)",
        description=(
            "The workbook's text: its phases, steps and questions, built in, or from a folder of your "
            "own (a therapist's pack) layered over it with --content."
        ),
    )
    content_commands = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    check = content_commands.add_parser(
        "check",
        help="validate content and print every problem as file:line: message",
        description=(
            "Validate the built-in content, layered with any folders given (and --content / TRUSTROAD_CONTENT). "
            "Prints every problem, and notes on what your folders replace or what the loader ignores."
        ),
    )
    check.add_argument("dirs", nargs="*", metavar="DIR", help="extra content folders to validate")
    listing = content_commands.add_parser(
        "list",
        help="print every phase, step and prompt id with its title and where it comes from",
        description="Print every phase, step, prompt, item and template id, in road-map order.",
    )
    listing.add_argument("dirs", nargs="*", metavar="DIR", help="extra content folders to layer on top")
    listing.add_argument(
        "--role",
        choices=["hurt", "broke-trust"],
        help="show only the prompts and items this partner sees",
    )
    show = content_commands.add_parser(
        "show",
        help="print the file of a step or phase, to copy into your own folder and adapt",
        description="Print the file a step or phase comes from (the built-in one when there is one).",
    )
    show.add_argument("id", metavar="ID", help="a step or phase id (see `trustroad content list`)")
    show.add_argument("dirs", nargs="*", metavar="DIR", help="extra content folders to look in too")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from trustroad.commands.content_loading import load_content_or_report

    more = [Path(d).expanduser() for d in args.dirs]
    if args.content_command == "check":
        content = load_content_or_report(settings, "trustroad content check", more, as_listing=True)
        if content is None:
            return EXIT_PROBLEM
        steps = sum(len(p.steps) for p in content.phases)
        print(f"Content is valid: {len(content.phases)} phases and sections, {steps} steps.")
        return EXIT_OK

    from trustroad.commands import content_list

    who = f"trustroad content {args.content_command}"
    content = load_content_or_report(settings, who, more)
    if content is None:
        return EXIT_PROBLEM
    if args.content_command == "list":
        lines = content_list.list_lines(content, settings.builtin_content, args.role)
        content_list.write_out("".join(f"{line}\n" for line in lines))
        return EXIT_OK
    builtin_only = load_content_or_report(dataclasses.replace(settings, content_dirs=()), who)
    if builtin_only is None:
        return EXIT_PROBLEM
    return content_list.show_source(args.id, builtin_only, content, settings.builtin_content)
