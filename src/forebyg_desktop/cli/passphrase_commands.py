"""`forebyg passphrase change`: re-encrypt the store under a new passphrase.

The current passphrase comes from FOREBYG_PASSPHRASE and the new one from
FOREBYG_NEW_PASSPHRASE (for scripts); otherwise both are asked for on the
terminal, the new one twice, never echoed.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os

from forebyg_desktop.cli.common import (
    EXIT_OK,
    Parser,
    UsageError,
    ask_on_terminal,
    data_dir,
    passphrase,
)

NEW_PASSPHRASE_ENV = "FOREBYG_NEW_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:
    """Add `passphrase change` to the `forebyg` parser."""
    parser = sub.add_parser("passphrase", help="the store's passphrase")
    parser.set_defaults(handler=cmd_passphrase)
    pp = parser.add_subparsers(dest="action", required=True, parser_class=Parser)
    pp.add_parser(
        "change",
        help=f"re-encrypt the store under a new passphrase (scripts: {NEW_PASSPHRASE_ENV})",
    )


def new_passphrase() -> str:
    """From FOREBYG_NEW_PASSPHRASE, else asked twice on the terminal."""
    if os.environ.get(NEW_PASSPHRASE_ENV):
        return os.environ[NEW_PASSPHRASE_ENV]
    value = ask_on_terminal(NEW_PASSPHRASE_ENV, "new passphrase", "New passphrase: ")
    if not value:
        raise UsageError("an empty passphrase was given; nothing was changed")
    if getpass.getpass("New passphrase again: ") != value:
        raise UsageError("the two new passphrases differ; nothing was changed")
    return value


def cmd_passphrase(args: argparse.Namespace) -> int:
    """Run `forebyg passphrase change`."""
    from forebyg_desktop.services.session import open_session
    from forebyg_desktop.services.setup.passphrase_service import change_passphrase

    old = passphrase(prompt="Current passphrase: ")
    with open_session(data_dir(args), old) as session:
        new = new_passphrase()
        done = change_passphrase(session, old, new)
        path = session.store.path
    text = f"Changed the passphrase of {path}"
    if done.backups:
        text += f"; {done.backups} upgrade backup(s) re-encrypted too"
    if done.removed:
        text += f"; removed backup(s) the old passphrase did not open: {', '.join(done.removed)}"
    value = {"store": str(path), "backups": done.backups, "removed": list(done.removed)}
    # Not `emit`: this command's JSON has always been ASCII-escaped (\u00f8 for ø in a path).
    print(json.dumps(value, indent=2) if args.json else text)
    return EXIT_OK
