"""`forebyg`: the scripting interface for IT and tests, and the desktop app's launcher.

Errors are one clear line on stderr, never a traceback. Exit codes: 0 success,
1 refused or invalid input, 2 usage or passphrase problem. Messages are in
English (the source language); the desktop app shows them translated.

Each command group is a module with `register(sub)`, which adds its parsers
with `set_defaults(handler=...)`; `GROUPS` lists them in the order `forebyg
--help` shows them. Only the entry points import this package's `__init__`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from forebyg_desktop.cli import (
    child_commands,
    gui,
    handover_commands,
    passphrase_commands,
    record_commands,
    setup_commands,
    store_commands,
    sync_commands,
    team_commands,
)
from forebyg_desktop.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, Parser, UsageError, fail

GROUPS = (
    gui,
    setup_commands,
    child_commands,
    record_commands,
    store_commands,
    handover_commands,
    team_commands,
    sync_commands,
    passphrase_commands,
)


def build_parser() -> argparse.ArgumentParser:
    """The `forebyg` parser with every command group's subcommands."""
    p = Parser(
        prog="forebyg",
        description="Forebyg Desktop: early, preventive work with children's wellbeing.",
    )
    p.add_argument(
        "--data-dir", help="folder of the store (default: FOREBYG_DATA_DIR or the user data folder)"
    )
    p.add_argument("--json", action="store_true", help="print results as JSON")
    p.add_argument(
        "--selftest",
        action="store_true",
        help="check this install (throwaway store, offscreen window) and exit",
    )
    p.set_defaults(handler=gui.cmd_gui)  # no command: the desktop app
    sub = p.add_subparsers(dest="command", parser_class=Parser)
    for group in GROUPS:
        group.register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (also used by the console script)."""
    # Every file the program creates is private to the user (store, WAL, backups).
    os.umask(0o077)
    from forebyg_desktop.services.errors import ServiceError
    from forebyg_desktop.store.errors import StoreError, WrongPassphrase

    try:
        args = build_parser().parse_args(argv)
        if args.selftest:
            from forebyg_desktop.ui.shell.selftest import run_selftest

            return run_selftest()
        _report_site_config(args)
        return args.handler(args)
    except UsageError as exc:
        return fail(str(exc), EXIT_USAGE)
    except WrongPassphrase as exc:
        return fail(str(exc), EXIT_USAGE)
    except (ServiceError, StoreError) as exc:
        return fail(str(exc), EXIT_REFUSED)
    except KeyboardInterrupt:
        return fail("interrupted; nothing half-written was kept", EXIT_REFUSED)
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - a user never sees a traceback
        # Only the type: an exception's message may hold entered text.
        return fail(f"internal error ({type(exc).__name__}); nothing was changed", EXIT_REFUSED)


def _report_site_config(args: argparse.Namespace) -> None:
    """Problems in IT's configuration file: one stderr line each (the GUI shows them itself)."""
    if args.command in (None, "gui"):
        return
    from forebyg_desktop.site_config import site_config

    for problem in site_config().problems:
        print(f"forebyg: site config: {problem}", file=sys.stderr)


def run() -> None:
    """The console entry: exit with `main`'s code."""
    sys.exit(main())
