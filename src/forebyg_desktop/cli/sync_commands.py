"""`forebyg team ...` and `forebyg sync ...`: parsers and handlers (services only)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from forebyg_desktop.cli import EXIT_OK, EXIT_REFUSED, UsageError
from forebyg_desktop.cli_commands import _emit


def add_parsers(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """Register the team and sync commands on the main parser's subcommands."""
    team = sub.add_parser("team", help="sync teams: create, invite, join, remove a device")
    actions = team.add_subparsers(dest="action", required=True, parser_class=parser_class)
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

    sync = sub.add_parser("sync", help="export new changes to the hub and import everything new")
    sync_actions = sync.add_subparsers(dest="action", parser_class=parser_class)
    sync_actions.add_parser("status", help="last sync, changes waiting to go out, problems")
    sync_actions.add_parser("conflicts", help="open conflicts (values shown; audited)")
    resolve = sync_actions.add_parser("resolve", help="resolve a conflict by keeping one option")
    resolve.add_argument("key", metavar="KEY")
    resolve.add_argument("--keep", type=int, required=True, metavar="N")


def cmd_team(args: argparse.Namespace) -> int:
    from forebyg_desktop.cli_commands import _session
    from forebyg_desktop.services import team_service

    with _session(args) as session:
        if args.action == "create":
            summary = team_service.create_team(session, args.name, _hub(args))
            _emit(args, summary.as_json(), f'Created team "{summary.name}" ({summary.team_id})')
        elif args.action == "invite":
            code = team_service.invite(session, Path(args.out), args.name, args.role)
            _emit(args, {"file": args.out, "code": code}, code)
            if not args.json:
                print(
                    f"forebyg: give this code in person; the invitation is {args.out} "
                    f"(for {args.name}, valid for {team_service.invitation_days()} days, once)",
                    file=sys.stderr,
                )
        elif args.action == "join":
            summary = team_service.join_team(session, Path(args.file), args.code, _hub(args))
            _emit(
                args,
                summary.as_json(),
                f'Joined team "{summary.name}"; the leader admits this device at their next sync '
                f"(leader key {summary.fingerprint})",
            )
        elif args.action == "remove-device":
            summary = team_service.remove_device(session, args.device)
            _emit(
                args,
                {"removed": args.device, **summary.as_json()},
                f"Removed device {args.device}; the team key was rotated",
            )
        elif args.action == "publish-profile":
            profile_id, version = team_service.publish_profile(session, Path(args.file))
            _emit(
                args,
                {"profile": profile_id, "version": version},
                f"Published profile {profile_id} version {version} to the team",
            )
        else:
            _show_team(args, team_service.team_overview(session))
    return EXIT_OK


def _show_team(args: argparse.Namespace, overview) -> None:  # noqa: ANN001 - TeamOverview
    """The team and every device of its roster: id, person, role, joined, removed."""
    summary = overview.summary
    if summary is None:
        _emit(args, None, "This device is not in a team.")
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
    _emit(args, value, "\n".join(lines))


def cmd_sync(args: argparse.Namespace) -> int:
    from forebyg_desktop.cli_commands import _session
    from forebyg_desktop.services import conflict_service, sync_service

    with _session(args) as session:
        if args.action == "status":
            status = sync_service.sync_status(session)
            lines = [
                f"team: {status.team_name or '-'}",
                f"hub: {status.hub or '-'} ({'reachable' if status.reachable else 'not reachable'})",
                f"last sync: {status.last_sync or 'never'}",
                f"waiting to go out: {status.outgoing}",
                f"conflicts: {status.conflicts}",
                f"quarantined files: {status.quarantined}",
            ]
            lines += [f"problem: {m.english()}" for m in status.problems]
            lines += [
                f"quarantined: {q.file}: {q.reason}" for q in sync_service.quarantined(session)
            ]
            _emit(args, status.as_json(), "\n".join(lines))
        elif args.action == "conflicts":
            rows = conflict_service.list_conflicts(session)
            value = [
                {
                    "key": c.key,
                    "child_id": c.child_id,
                    "options": [h.as_json() for h in c.options],
                }
                for c in rows
            ]
            text = "\n".join(
                f"{c.key}: "
                + " | ".join(
                    f"[{i}] {json.dumps(h.value, ensure_ascii=False)} ({h.actor})"
                    for i, h in enumerate(c.options)
                )
                for c in rows
            )
            _emit(args, value, text)
        elif args.action == "resolve":
            conflict_service.resolve_conflict(session, args.key, args.keep)
            _emit(args, {"resolved": args.key}, f"Resolved {args.key}")
        else:
            result = sync_service.run_sync(session)
            text = (
                f"Exported {result.exported} operations, imported {result.imported} "
                f"from {result.bundles} bundles; {result.quarantined} files quarantined, "
                f"{result.conflicts} new conflicts"
            )
            if result.admitted:
                text += f"; admitted {len(result.admitted)} device(s)"
            if result.recovered:
                text += (
                    f"; recovered {result.recovered} of this device's own operations from the "
                    "hub (the store had lost them, e.g. restored from a backup)"
                )
            _emit(args, result.as_json(), text)
            for name, reason in result.waiting:
                print(f"forebyg: {name}: {reason.english()}", file=sys.stderr)
            for problem in result.problems + result.failed:
                print(f"forebyg: {problem.english()}", file=sys.stderr)
            if result.failed:
                return EXIT_REFUSED
    return EXIT_OK


def dispatch(args: argparse.Namespace) -> int:
    return cmd_team(args) if args.command == "team" else cmd_sync(args)


def _hub(args: argparse.Namespace) -> Path:
    """--hub, else the hub folder IT configured for this machine."""
    from forebyg_desktop.site_config import site_config

    if args.hub:
        return Path(args.hub)
    configured = site_config().hub_folder
    if configured is None:
        raise UsageError("give --hub DIR (no hub_folder is set in IT's configuration)")
    return configured
