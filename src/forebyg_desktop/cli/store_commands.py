"""`forebyg dump`, `demo`, `check` and `audit`: the whole store at once."""

from __future__ import annotations

import argparse
import sys

from forebyg_desktop.cli.common import EXIT_OK, EXIT_REFUSED, UsageError, emit, store_session
from forebyg_desktop.core.text_safety import escape_line


def register(sub: argparse._SubParsersAction) -> None:
    """Add `dump`, `demo`, `check` and `audit` to the `forebyg` parser."""
    sub.add_parser("dump", help="every shared record as canonical JSON").set_defaults(
        handler=cmd_dump
    )
    demo = sub.add_parser("demo", help="fill the store with realistic synthetic data")
    demo.set_defaults(handler=cmd_demo)
    demo.add_argument("--children", type=int, default=100)
    demo.add_argument("--assessments", type=int, default=4)
    demo.add_argument("--seed", type=int, default=None, help="reproducible data (default: random)")
    sub.add_parser("check", help="check the store's integrity").set_defaults(handler=cmd_check)
    audit = sub.add_parser("audit", help="the audit log")
    audit.set_defaults(handler=cmd_audit)
    audit.add_argument("--child", metavar="ID")


def cmd_dump(args: argparse.Namespace) -> int:
    """Every shared record as canonical JSON on stdout."""
    from forebyg_desktop.services.reports.dump_service import write_dump

    with store_session(args) as session:
        write_dump(session, sys.stdout)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill the store with synthetic data, reporting each committed batch on stderr."""
    from forebyg_desktop.services.setup.demo_service import run_demo

    if args.children < 1 or args.assessments < 0:
        raise UsageError("--children must be at least 1 and --assessments at least 0")
    with store_session(args) as session:
        total = args.children

        def progress(done: int) -> None:
            # Each line is written after that batch is committed (see run_demo).
            print(f"{done} of {total} children written", file=sys.stderr, flush=True)

        counts = run_demo(
            session, args.children, args.assessments, seed=args.seed, progress=progress
        )
        text = ", ".join(f"{n} {entity}" for entity, n in counts.items())
        emit(args, counts, f"Added {text}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Check the store's integrity: exit 1 with the problems on stderr, if any."""
    from forebyg_desktop.services.team_sync.sync_service import audit_witnesses
    from forebyg_desktop.store.integrity import check_store

    with store_session(args) as session:
        # Heads of the audit chain the team's hub holds: a rewritten log shows.
        problems = check_store(session.store, audit_witnesses(session))
        if args.json:
            emit(args, {"ok": not problems, "problems": problems}, "")
        elif problems:
            # Problems name record ids from the store, which may have been tampered with.
            lines = [escape_line(p) for p in problems]
            print(f"forebyg: the store has {len(lines)} problem(s): {lines[0]}", file=sys.stderr)
            for line in lines[1:]:
                print(f"  {line}", file=sys.stderr)
        else:
            print("The store is sound: change log, tables and audit chain agree.")
    return EXIT_REFUSED if problems else EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    """The audit log, of one child with --child."""
    from forebyg_desktop.services.reports.audit_service import audit_entries

    with store_session(args) as session:
        rows = audit_entries(session, args.child)
        text = "\n".join(
            f"{r['seq']:>6} {r['ts']}  {escape_line(r['actor']):<20} {r['action']:<6} "
            f"{r['entity']} {escape_line(r['entity_id'])}"
            + (f"  ({escape_line(r['detail'])})" if r["detail"] else "")
            for r in rows
        )
        emit(args, rows, text)
    return EXIT_OK
