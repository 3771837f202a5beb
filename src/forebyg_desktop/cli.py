"""`forebyg`: the scripting interface for IT and tests, and the desktop app's launcher.

Errors are one clear line on stderr, never a traceback. Exit codes: 0 success,
1 refused or invalid input, 2 usage or passphrase problem. Messages are in
English (the source language); the desktop app shows them translated.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Wrong arguments or no usable passphrase: exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage + error
        raise UsageError(f"{message} (see `forebyg {self._sub_name()}--help`)")

    def _sub_name(self) -> str:
        parts = self.prog.split()[1:]
        return " ".join(parts) + " " if parts else ""


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
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
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    sub.add_parser("gui", help="start the desktop app (the default)")
    sub.add_parser("profiles", help="list the bundled strategy profiles")
    prof = sub.add_parser("profile", help="strategy profile files").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    prof.add_parser("validate", help="check a profile file").add_argument("file")

    init = sub.add_parser("init", help="create your encrypted store")
    init.add_argument(
        "--profile",
        help="municipality profile id (see `forebyg profiles`; default: the site configuration's)",
    )
    init.add_argument("--user", required=True, help="your name as it appears in records")
    init.add_argument("--role", choices=["staff", "leader"], default="staff")

    child = sub.add_parser("child", help="children").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    add = child.add_parser("add", help="register a child (prints the id)")
    add.add_argument("--name", required=True)
    add.add_argument("--birth-date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--group", required=True)
    child.add_parser("import", help="import a class list CSV (name,birth_date,group)").add_argument(
        "file"
    )
    lst = child.add_parser("list", help="list children")
    lst.add_argument("--group")

    assess = sub.add_parser("assess", help="concern assessments").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    a = assess.add_parser("add", help="record a finalised assessment (prints the id)")
    a.add_argument("--child", required=True, metavar="ID")
    a.add_argument("--position", required=True, metavar="KEY")
    a.add_argument("--sign", action="append", default=[], metavar="KEY")
    a.add_argument("--protective", action="append", default=[], metavar="KEY")
    a.add_argument("--note", default="", metavar="TEXT")
    a.add_argument("--joint", action="store_true", help="a joint assessment (agreed position)")

    plan = sub.add_parser("plan", help="action plans").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    pa = plan.add_parser("add", help="start an action plan (prints the id)")
    pa.add_argument("--child", required=True, metavar="ID")
    pa.add_argument("--template", required=True, metavar="KEY")
    pa.add_argument("--goal", required=True, metavar="TEXT")
    pa.add_argument("--follow-up", required=True, metavar="YYYY-MM-DD")

    sub.add_parser("show", help="a child's chronology").add_argument("child_id", metavar="CHILD_ID")
    sub.add_parser("dump", help="every shared record as canonical JSON")
    demo = sub.add_parser("demo", help="fill the store with realistic synthetic data")
    demo.add_argument("--children", type=int, default=100)
    demo.add_argument("--assessments", type=int, default=4)
    demo.add_argument("--seed", type=int, default=None, help="reproducible data (default: random)")
    sub.add_parser("check", help="check the store's integrity")
    aud = sub.add_parser("audit", help="the audit log")
    aud.add_argument("--child", metavar="ID")

    from forebyg_desktop.cli_handover import register as register_handover

    register_handover(sub, _Parser)

    from forebyg_desktop.cli_sync import add_parsers as add_sync_parsers

    add_sync_parsers(sub, _Parser)

    from forebyg_desktop.cli_passphrase import register as register_passphrase

    register_passphrase(sub, _Parser)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (also used by the console script)."""
    # Every file the program creates is private to the user (store, WAL, backups).
    os.umask(0o077)
    from forebyg_desktop import cli_commands
    from forebyg_desktop.services.errors import ServiceError
    from forebyg_desktop.store.errors import StoreError, WrongPassphrase

    try:
        args = build_parser().parse_args(argv)
        if args.selftest:
            from forebyg_desktop.ui.shell.selftest import run_selftest

            return run_selftest()
        _report_site_config(args)
        if args.command == "passphrase":
            from forebyg_desktop import cli_passphrase

            return cli_passphrase.dispatch(args)
        return cli_commands.dispatch(args)
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except WrongPassphrase as exc:
        return _fail(str(exc), EXIT_USAGE)
    except (ServiceError, StoreError) as exc:
        return _fail(str(exc), EXIT_REFUSED)
    except KeyboardInterrupt:
        return _fail("interrupted; nothing half-written was kept", EXIT_REFUSED)
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - a user never sees a traceback
        # Only the type: an exception's message may hold entered text.
        return _fail(f"internal error ({type(exc).__name__}); nothing was changed", EXIT_REFUSED)


def _report_site_config(args: argparse.Namespace) -> None:
    """Problems in IT's configuration file: one stderr line each (the GUI shows them itself)."""
    if args.command in (None, "gui"):
        return
    from forebyg_desktop.site_config import site_config

    for problem in site_config().problems:
        print(f"forebyg: site config: {problem}", file=sys.stderr)


def _fail(message: str, code: int) -> int:
    from forebyg_desktop.core.text_safety import escape_line

    print(f"forebyg: {escape_line(message)}", file=sys.stderr)  # no terminal escapes
    return code


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
