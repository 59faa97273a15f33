"""`trustroad pair` and `trustroad letter write|open`: sealed letters between two workbooks.

trustroad never sends anything: these write and read files a person carries themselves (a USB
stick, an email attachment, a shared folder). Each holds the folder's lock while it works, and
asks for the passphrase first when the workbook is encrypted.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from trustroad.settings import Settings

if TYPE_CHECKING:
    from trustroad.storage.store import Store

EXIT_OK, EXIT_PROBLEM = 0, 1
OFFER_NAME = "pairing-offer.json"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pair = commands.add_parser(
        "pair",
        help="pair this workbook with your partner's, for sealed letters",
        description=(
            "Pairing, once: each of you writes a pairing offer, opens the other's with --with, and you "
            "compare the six words each screen shows, aloud or side by side. Letters seal and open only "
            "once both of you have said the words match."
        ),
    )
    pair.add_argument("--offer", metavar="PATH", help=f"where to write your pairing offer (default: ./{OFFER_NAME})")
    pair.add_argument("--with", dest="with_offer", metavar="PATH", help="open your partner's pairing offer")
    pair.add_argument(
        "--words-match",
        action="store_true",
        help="say that the six words on both screens match (asked on the terminal otherwise)",
    )
    pair.add_argument("--unpair", action="store_true", help="forget the pairing; letters from before open nothing")
    letter = commands.add_parser(
        "letter",
        help="write or open a sealed letter to or from your partner",
        description=(
            "Sealed letters carry what each of you chose to send (an account, notes on promises, "
            "agreements) from one workbook to the other. Only your paired partner's workbook opens them."
        ),
    )
    actions = letter.add_subparsers(dest="letter_command", metavar="ACTION", required=True)
    write = actions.add_parser(
        "write",
        help="seal everything you chose to send since the last letter",
        description=(
            "Seal everything you chose to send since your last letter into one file, to pass to your "
            "partner however you like. What it holds is listed first, and you are asked before it is written."
        ),
    )
    write.add_argument("--output", metavar="PATH", help="where to write it (default: a neutral name in this folder)")
    write.add_argument("--yes", action="store_true", help="seal without asking (the contents are still listed)")
    opened = actions.add_parser(
        "open",
        help="open a letter from your partner",
        description="Open a letter your partner sealed for you, and keep what it holds in your workbook.",
    )
    opened.add_argument("path", metavar="PATH", help="the letter file your partner gave you")


def _ask(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    try:
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return False


def run(args: argparse.Namespace, settings: Settings) -> int:
    from trustroad.commands.data_folder import store_for_writing_or_report
    from trustroad.storage.errors import DataFileError

    who = "trustroad pair" if args.command == "pair" else f"trustroad letter {args.letter_command}"
    store = store_for_writing_or_report(settings, who)
    if store is None:
        return EXIT_PROBLEM
    try:
        if args.command == "pair":
            return _pair(args, store)
        if args.letter_command == "write":
            return _write(args, store)
        return _open(args, store)
    except DataFileError as exc:
        print(f"{who} cannot read your workbook. Nothing was changed.\n{exc}", file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        store.unlock()


def _pair(args: argparse.Namespace, store: Store) -> int:
    from trustroad.letters.errors import LetterRefused
    from trustroad.letters.keys import code, offer, take_offer
    from trustroad.letters.pairing import Pairing
    from trustroad.storage.files import PAIRING_FILE

    pairing = store.load(PAIRING_FILE, Pairing)
    if args.unpair:
        pairing.unpair()
        store.save(PAIRING_FILE, pairing)
        print("Unpaired. Letters from before open nothing now; pair again whenever you are ready.")
        return EXIT_OK
    if args.with_offer:
        try:
            take_offer(pairing, Path(args.with_offer).expanduser().read_bytes())
        except LetterRefused as exc:
            print(exc.message(), file=sys.stderr)
            return EXIT_PROBLEM
        except OSError as exc:
            print(
                f"trustroad pair cannot read {args.with_offer} ({exc.strerror}). Nothing was changed.", file=sys.stderr
            )
            return EXIT_PROBLEM
        store.save(PAIRING_FILE, pairing)
    if not pairing.has_partner:
        data = offer(pairing)
        store.save(PAIRING_FILE, pairing)  # the key pair first: the offer is useless without it
        target = Path(args.offer or OFFER_NAME).expanduser()
        try:
            target.write_bytes(data)
        except OSError as exc:
            print(f"trustroad pair cannot write {target} ({exc.strerror}).", file=sys.stderr)
            return EXIT_PROBLEM
        print(f"Your pairing offer is in {target.resolve()}. It holds no secret and none of your writing.")
        print("Give it to your partner; then open theirs with:  trustroad pair --with THEIR-OFFER")
        return EXIT_OK
    if pairing.paired:
        print(f"Paired since {pairing.paired_on}. Your words: {code(pairing)}")
        return EXIT_OK
    print(f"Your six words:  {code(pairing)}")
    print("Compare them with the words on your partner's screen, aloud or side by side.")
    if args.words_match or _ask("Do they match exactly?"):
        pairing.confirm()
        store.save(PAIRING_FILE, pairing)
        print("Paired. You can now write and open letters.")
        return EXIT_OK
    print("Not paired yet. If the words differ, do not go on: one of the offers was not your partner's.")
    return EXIT_PROBLEM


def _neutral_name(folder: Path) -> Path:
    # No name, date or text of anyone's in the name: only random letters.
    while True:
        path = folder / f"letter-{os.urandom(4).hex()}.sealed"
        if not path.exists():
            return path


def _write(args: argparse.Namespace, store: Store) -> int:
    from trustroad import clock
    from trustroad.agreements.model import Agreements
    from trustroad.checkins.model import CheckIns
    from trustroad.export.output import write_private
    from trustroad.letters.envelope import seal
    from trustroad.letters.errors import LetterRefused
    from trustroad.letters.outbox import NOTHING_NEW, compose, describe
    from trustroad.letters.pairing import Pairing
    from trustroad.letters.together import Together
    from trustroad.promises.model import PromisesBook
    from trustroad.storage.files import (
        AGENDA_FILE,
        AGREEMENTS_FILE,
        CHECKINS_FILE,
        PAIRING_FILE,
        PROMISES_FILE,
        TOGETHER_FILE,
    )
    from trustroad.workbook.agenda import Agenda

    pairing, together = store.load(PAIRING_FILE, Pairing), store.load(TOGETHER_FILE, Together)
    draft = compose(
        together,
        store.load(AGREEMENTS_FILE, Agreements),
        store.load(PROMISES_FILE, PromisesBook),
        store.load(CHECKINS_FILE, CheckIns),
        store.load(AGENDA_FILE, Agenda),
        today=clock.today(),
    )
    if draft.body.is_empty():
        print(NOTHING_NEW)
        return EXIT_OK
    print("This letter will hold:")
    for line in describe(draft.body):
        print(f"  {line}")
    if not (args.yes or _ask("Seal it?")):
        print("Nothing was sealed.")
        return EXIT_PROBLEM
    try:
        letter = seal(pairing, draft.body.model_dump_json().encode("utf-8"))
    except LetterRefused as exc:
        print(exc.message(), file=sys.stderr)
        return EXIT_PROBLEM
    store.save(PAIRING_FILE, pairing)  # its number is spent before the letter exists
    target = Path(args.output).expanduser() if args.output else _neutral_name(Path.cwd())
    try:
        written = write_private(target, letter)
    except FileExistsError:
        print(f"{target} already exists. Choose another --output. Nothing was sent.", file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as exc:
        print(f"trustroad letter write cannot write {target} ({exc.strerror}).", file=sys.stderr)
        return EXIT_PROBLEM
    together.mark_sent(draft.digests)
    store.save(TOGETHER_FILE, together)
    print(f"Sealed letter written to {written.resolve()}. Only your partner's workbook can open it.")
    return EXIT_OK


def _open(args: argparse.Namespace, store: Store) -> int:
    from trustroad.agreements.model import Agreements
    from trustroad.letters.errors import LetterRefused
    from trustroad.letters.inbox import take_letter
    from trustroad.letters.joint import settle_agreed
    from trustroad.letters.pairing import Pairing
    from trustroad.letters.together import Together
    from trustroad.storage.files import AGREEMENTS_FILE, PAIRING_FILE, TOGETHER_FILE

    pairing, together = store.load(PAIRING_FILE, Pairing), store.load(TOGETHER_FILE, Together)
    agreements = store.load(AGREEMENTS_FILE, Agreements)
    try:
        data = Path(args.path).expanduser().read_bytes()
    except OSError as exc:
        print(f"trustroad letter open cannot read {args.path} ({exc.strerror}). Nothing was changed.", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        received = take_letter(pairing, together, data)
    except LetterRefused as exc:
        print(exc.message(), file=sys.stderr)
        return EXIT_PROBLEM
    store.save(TOGETHER_FILE, together)  # the items first: a crash now lets the letter open again
    store.save(PAIRING_FILE, pairing)
    print(received.summary())
    settled = settle_agreed(agreements, together)
    if settled:
        store.save(AGREEMENTS_FILE, agreements)
        print(f"Agreed by both of you now: {len(settled)} agreement{'s' if len(settled) != 1 else ''}.")
    return EXIT_OK
