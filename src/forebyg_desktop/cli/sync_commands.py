"""`forebyg sync [status|conflicts|resolve]`: exchange changes with the team's hub."""

from __future__ import annotations

import argparse
import json
import sys

from forebyg_desktop.cli.common import EXIT_OK, EXIT_REFUSED, Parser, emit, store_session


def register(sub: argparse._SubParsersAction) -> None:
    """Add `sync` and its actions to the `forebyg` parser."""
    sync = sub.add_parser("sync", help="export new changes to the hub and import everything new")
    sync.set_defaults(handler=cmd_sync)
    sync_actions = sync.add_subparsers(dest="action", parser_class=Parser)
    sync_actions.add_parser("status", help="last sync, changes waiting to go out, problems")
    sync_actions.add_parser("conflicts", help="open conflicts (values shown; audited)")
    resolve = sync_actions.add_parser("resolve", help="resolve a conflict by keeping one option")
    resolve.add_argument("key", metavar="KEY")
    resolve.add_argument("--keep", type=int, required=True, metavar="N")


def cmd_sync(args: argparse.Namespace) -> int:
    """Sync (no action), or show the status or conflicts, or resolve one."""
    from forebyg_desktop.services.team_sync import conflict_service, sync_service

    with store_session(args) as session:
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
            emit(args, status.as_json(), "\n".join(lines))
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
            emit(args, value, text)
        elif args.action == "resolve":
            conflict_service.resolve_conflict(session, args.key, args.keep)
            emit(args, {"resolved": args.key}, f"Resolved {args.key}")
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
            emit(args, result.as_json(), text)
            for name, reason in result.waiting:
                print(f"forebyg: {name}: {reason.english()}", file=sys.stderr)
            for problem in result.problems + result.failed:
                print(f"forebyg: {problem.english()}", file=sys.stderr)
            if result.failed:
                return EXIT_REFUSED
    return EXIT_OK
