"""`forebyg profiles`, `profile validate` and `init`: what comes before the first record."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from forebyg_desktop.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Parser,
    UsageError,
    data_dir,
    emit,
    passphrase,
)


def register(sub: argparse._SubParsersAction) -> None:
    """Add the profile commands and `init` to the `forebyg` parser."""
    sub.add_parser("profiles", help="list the bundled strategy profiles").set_defaults(
        handler=cmd_profiles
    )
    profile = sub.add_parser("profile", help="strategy profile files")
    profile.set_defaults(handler=cmd_profile)
    actions = profile.add_subparsers(dest="action", required=True, parser_class=Parser)
    actions.add_parser("validate", help="check a profile file").add_argument("file")

    init = sub.add_parser("init", help="create your encrypted store")
    init.set_defaults(handler=cmd_init)
    init.add_argument(
        "--profile",
        help="municipality profile id (see `forebyg profiles`; default: the site configuration's)",
    )
    init.add_argument("--user", required=True, help="your name as it appears in records")
    init.add_argument("--role", choices=["staff", "leader"], default="staff")


def cmd_profiles(args: argparse.Namespace) -> int:
    """List the bundled strategy profiles."""
    from forebyg_desktop.services.setup.profile_service import profile_summaries

    rows = profile_summaries()
    text = "\n".join(f"{r['id']:<16} {r['name']}  ({r['positions']} positions)" for r in rows)
    emit(args, rows, text)
    return EXIT_OK


def cmd_profile(args: argparse.Namespace) -> int:
    """Check a profile file: each problem one stderr line; exit 1 if there are any."""
    from forebyg_desktop.services.setup.profile_service import validate_profile_file

    problems = validate_profile_file(Path(args.file))
    if args.json:
        emit(args, {"file": args.file, "ok": not problems, "problems": problems}, "")
    elif problems:
        for line in problems:
            print(line, file=sys.stderr)
    else:
        print(f"{args.file}: valid")
    return EXIT_REFUSED if problems else EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    """Create the encrypted store (never over an existing one)."""
    from forebyg_desktop.services.session import create_session

    args.profile = _init_profile(args.profile)
    with create_session(
        data_dir(args),
        passphrase(confirm=True),
        profile_id=args.profile,
        user=args.user,
        role=args.role,
    ) as session:
        path = session.store.path
        emit(
            args,
            {"store": str(path), "profile": args.profile, "device": session.store.device_id},
            f"Created {path} (profile {args.profile})",
        )
    return EXIT_OK


def _init_profile(given: str | None) -> str:
    """--profile, or the profile IT set in the site configuration (which wins)."""
    from forebyg_desktop.services.errors import ServiceError
    from forebyg_desktop.site_config import site_config

    config = site_config()
    if config.profile and given and given != config.profile:
        raise ServiceError(
            f'the profile is set to "{config.profile}" by your IT department in {config.path}; '
            "nothing was created"
        )
    if not (given or config.profile):
        raise UsageError("give --profile ID (see `forebyg profiles`)")
    return given or config.profile
