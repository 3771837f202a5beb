"""What every `forebyg` command group shares: exit codes, the parser, the session, output.

Command groups import this module only (never each other or the package), so
the CLI has no import circle. It stays light: services and the store are
imported inside the functions that need them, to keep `forebyg --help` fast.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forebyg_desktop import paths
from forebyg_desktop.core.i18n import TranslatableError
from forebyg_desktop.core.text_safety import escape_line, escape_unsafe, json_safe

if TYPE_CHECKING:
    from forebyg_desktop.services.session import Session

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
PASSPHRASE_ENV = "FOREBYG_PASSPHRASE"


class UsageError(TranslatableError):
    """Wrong arguments or no usable passphrase: exit 2."""


class Parser(argparse.ArgumentParser):
    """The parser of `forebyg` and of every (sub)command: a usage error is one line."""

    def error(self, message: str) -> None:  # one line, not usage + error
        raise UsageError(f"{message} (see `forebyg {self._sub_name()}--help`)")

    def _sub_name(self) -> str:
        parts = self.prog.split()[1:]
        return " ".join(parts) + " " if parts else ""


def ask_on_terminal(env: str, what: str, prompt: str) -> str:
    """A secret typed on the terminal, never echoed; without a terminal, a usage error naming `env`."""
    if not sys.stdin.isatty():
        raise UsageError(f"no {what}: set {env} or run the command in a terminal to be asked")
    return getpass.getpass(prompt)


def passphrase(*, confirm: bool = False, prompt: str = "Passphrase: ") -> str:
    """From FOREBYG_PASSPHRASE, else asked on the terminal; never echoed or stored."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    value = ask_on_terminal(PASSPHRASE_ENV, "passphrase", prompt)
    if confirm and getpass.getpass("Passphrase again: ") != value:
        raise UsageError("the two passphrases differ; nothing was created")
    if not value:
        raise UsageError("an empty passphrase was given")
    return value


def data_dir(args: argparse.Namespace) -> Path:
    """--data-dir, else FOREBYG_DATA_DIR, else the user data folder."""
    return paths.data_dir(args.data_dir)


def store_session(args: argparse.Namespace) -> Session:
    """The store of --data-dir, opened with the passphrase (a context manager)."""
    from forebyg_desktop.services.session import open_session

    return open_session(data_dir(args), passphrase())


def emit(args: argparse.Namespace, value: Any, text: str) -> None:
    """Print `value` as JSON (--json) or `text`, never a raw control or direction character.

    Entered or received text could otherwise carry terminal escapes (a name
    with ESC ] ... that retitles the window, or U+202E that reorders a line);
    they are shown as visible escapes (\\x1b, \\u202e) instead. Line feeds and
    tabs of `text` stay: values printed in one line go through `escape_line`.
    """
    if args.json:
        print(json_safe(json.dumps(value, ensure_ascii=False, indent=2)))
    else:
        print(escape_unsafe(text))


def fail(message: str, code: int) -> int:
    """Print `forebyg: message` as one stderr line (no terminal escapes); returns `code`."""
    print(f"forebyg: {escape_line(message)}", file=sys.stderr)
    return code
