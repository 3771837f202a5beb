"""`forebyg team ...`: create a sync team, invite, join, remove a device, publish a profile."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from forebyg_desktop.cli.common import EXIT_OK, Parser, UsageError, emit, store_session


def register(sub: argparse._SubParsersAction) -> None:
    """Add `team` and its actions to the `forebyg` parser."""
    team = sub.add_parser("team", help="sync teams: create, invite, join, remove a device")
    team.set_defaults(handler=cmd_team)
    actions = team.add_subparsers(dest="action", required=True, parser_class=Parser)
    create = actions.add_parser(
        "create", help="create a team (leader) syncing through a hub folder"
    )
    create.add_argument("--name", required=True)
    create.add_argument(
        "--hub",
        metavar="DIR",
        help="folder every member can reach (default: hub_folder in IT's configuration)",
    )
    invite = actions.add_parser(
        "invite", help="write an invitation file for one person; prints the one-time code"
    )
    invite.add_argument("--out", required=True, metavar="FILE")
    invite.add_argument(
        "--name", required=True, help="the invited person's name, as the team will see it"
    )
    invite.add_argument("--role", choices=("staff", "leader"), default="staff")
    join = actions.add_parser("join", help="join a team with an invitation file and its code")
    join.add_argument("file", metavar="FILE")
    join.add_argument("--code", required=True)
    join.add_argument(
        "--hub", metavar="DIR", help="the team's hub folder (default: IT's configuration)"
    )
    remove = actions.add_parser("remove-device", help="remove a lost device; rotates the team key")
    remove.add_argument("device", metavar="DEVICE_ID")
    actions.add_parser(
        "show", help="this device's team and its devices: id, person, role, joined, removed"
    )
    publish = actions.add_parser(
        "publish-profile", help="send an updated strategy profile to the team (leader)"
    )
    publish.add_argument("file", metavar="FILE")


def cmd_team(args: argparse.Namespace) -> int:
    """Run one `forebyg team` action."""
    from forebyg_desktop.services.team_sync import (
        team_leader_service,
        team_overview_service,
        team_service,
    )

    with store_session(args) as session:
        if args.action == "create":
            summary = team_service.create_team(session, args.name, _hub(args))
            emit(args, summary.as_json(), f'Created team "{summary.name}" ({summary.team_id})')
        elif args.action == "invite":
            code = team_service.invite(session, Path(args.out), args.name, args.role)
            emit(args, {"file": args.out, "code": code}, code)
            if not args.json:
                print(
                    f"forebyg: give this code in person; the invitation is {args.out} "
                    f"(for {args.name}, valid for {team_service.invitation_days()} days, once)",
                    file=sys.stderr,
                )
        elif args.action == "join":
            summary = team_service.join_team(session, Path(args.file), args.code, _hub(args))
            emit(
                args,
                summary.as_json(),
                f'Joined team "{summary.name}"; the leader admits this device at their next sync '
                f"(leader key {summary.fingerprint})",
            )
        elif args.action == "remove-device":
            summary = team_leader_service.remove_device(session, args.device)
            emit(
                args,
                {"removed": args.device, **summary.as_json()},
                f"Removed device {args.device}; the team key was rotated",
            )
        elif args.action == "publish-profile":
            profile_id, version = team_leader_service.publish_profile(session, Path(args.file))
            emit(
                args,
                {"profile": profile_id, "version": version},
                f"Published profile {profile_id} version {version} to the team",
            )
        else:
            _show_team(args, team_overview_service.team_overview(session))
    return EXIT_OK


def _show_team(args: argparse.Namespace, overview) -> None:  # noqa: ANN001 - TeamOverview
    """The team and every device of its roster: id, person, role, joined, removed."""
    summary = overview.summary
    if summary is None:
        emit(args, None, "This device is not in a team.")
        return
    lines = [
        f"{summary.name} ({summary.team_id}), hub {summary.hub}, device {summary.device}"
        + (" (leader)" if summary.leader else "")
    ]
    for d in overview.devices:
        notes = [n for n, on in (("this device", d.this_device), ("removed", d.removed)) if on]
        lines.append(
            f"  {d.device}  {d.person or '(unknown)'}  role {d.role or '?'}  "
            f"joined {d.joined or '?'}" + "".join(f"  {n}" for n in notes)
        )
    value = {**summary.as_json(), "devices": [d.as_json() for d in overview.devices]}
    emit(args, value, "\n".join(lines))


def _hub(args: argparse.Namespace) -> Path:
    """--hub, else the hub folder IT configured for this machine."""
    from forebyg_desktop.site_config import site_config

    if args.hub:
        return Path(args.hub)
    configured = site_config().hub_folder
    if configured is None:
        raise UsageError("give --hub DIR (no hub_folder is set in IT's configuration)")
    return configured
