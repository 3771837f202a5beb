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
import sys

from forebyg_desktop.cli import EXIT_OK, UsageError

PASSPHRASE_ENV = "FOREBYG_PASSPHRASE"
NEW_PASSPHRASE_ENV = "FOREBYG_NEW_PASSPHRASE"


def register(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """Add `passphrase change` to the `forebyg` parser."""
    pp = sub.add_parser("passphrase", help="the store's passphrase").add_subparsers(
        dest="action", required=True, parser_class=parser_class
    )
    pp.add_parser(
        "change",
        help=f"re-encrypt the store under a new passphrase (scripts: {NEW_PASSPHRASE_ENV})",
    )


def _asked(env: str, what: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"no {what}: set {env} or run the command in a terminal to be asked")
    return getpass.getpass(prompt)


def current_passphrase() -> str:
    """From FOREBYG_PASSPHRASE, else asked on the terminal."""
    value = _asked(PASSPHRASE_ENV, "passphrase", "Current passphrase: ")
    if not value:
        raise UsageError("an empty passphrase was given")
    return value


def new_passphrase() -> str:
    """From FOREBYG_NEW_PASSPHRASE, else asked twice on the terminal."""
    if os.environ.get(NEW_PASSPHRASE_ENV):
        return os.environ[NEW_PASSPHRASE_ENV]
    value = _asked(NEW_PASSPHRASE_ENV, "new passphrase", "New passphrase: ")
    if not value:
        raise UsageError("an empty passphrase was given; nothing was changed")
    if getpass.getpass("New passphrase again: ") != value:
        raise UsageError("the two new passphrases differ; nothing was changed")
    return value


def dispatch(args: argparse.Namespace) -> int:
    """Run `forebyg passphrase change`."""
    from forebyg_desktop import paths
    from forebyg_desktop.services.passphrase_service import change_passphrase
    from forebyg_desktop.services.session import open_session

    old = current_passphrase()
    with open_session(paths.data_dir(args.data_dir), old) as session:
        new = new_passphrase()
        done = change_passphrase(session, old, new)
        path = session.store.path
    text = f"Changed the passphrase of {path}"
    if done.backups:
        text += f"; {done.backups} upgrade backup(s) re-encrypted too"
    if done.removed:
        text += f"; removed backup(s) the old passphrase did not open: {', '.join(done.removed)}"
    value = {"store": str(path), "backups": done.backups, "removed": list(done.removed)}
    print(json.dumps(value, indent=2) if args.json else text)
    return EXIT_OK
