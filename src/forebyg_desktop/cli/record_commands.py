"""`forebyg assess add`, `plan add` and `show`: a child's records and their chronology."""

from __future__ import annotations

import argparse
import sys

from forebyg_desktop.cli.common import EXIT_OK, Parser, emit, store_session


def register(sub: argparse._SubParsersAction) -> None:
    """Add `assess`, `plan` and `show` to the `forebyg` parser."""
    assess = sub.add_parser("assess", help="concern assessments")
    assess.set_defaults(handler=cmd_assess)
    a = assess.add_subparsers(dest="action", required=True, parser_class=Parser).add_parser(
        "add", help="record a finalised assessment (prints the id)"
    )
    a.add_argument("--child", required=True, metavar="ID")
    a.add_argument("--position", required=True, metavar="KEY")
    a.add_argument("--sign", action="append", default=[], metavar="KEY")
    a.add_argument("--protective", action="append", default=[], metavar="KEY")
    a.add_argument("--note", default="", metavar="TEXT")
    a.add_argument("--joint", action="store_true", help="a joint assessment (agreed position)")

    plan = sub.add_parser("plan", help="action plans")
    plan.set_defaults(handler=cmd_plan)
    pa = plan.add_subparsers(dest="action", required=True, parser_class=Parser).add_parser(
        "add", help="start an action plan (prints the id)"
    )
    pa.add_argument("--child", required=True, metavar="ID")
    pa.add_argument("--template", required=True, metavar="KEY")
    pa.add_argument("--goal", required=True, metavar="TEXT")
    pa.add_argument("--follow-up", required=True, metavar="YYYY-MM-DD")

    show = sub.add_parser("show", help="a child's chronology")
    show.set_defaults(handler=cmd_show)
    show.add_argument("child_id", metavar="CHILD_ID")


def cmd_assess(args: argparse.Namespace) -> int:
    """Record a finalised assessment (prints the id; warnings such as § 133 on stderr)."""
    from forebyg_desktop.services.assessment.assessment_service import quick_assessment

    with store_session(args) as session:
        result = quick_assessment(
            session,
            child_id=args.child,
            position=args.position,
            signs=args.sign,
            protective=args.protective,
            note=args.note,
            joint=args.joint,
        )
        emit(args, result.as_json(), result.id)
        for warning in result.warnings:
            print(f"forebyg: {warning}", file=sys.stderr)
    return EXIT_OK


def cmd_plan(args: argparse.Namespace) -> int:
    """Start an action plan (prints the id)."""
    from forebyg_desktop.services.plan.plan_service import quick_plan

    with store_session(args) as session:
        pid = quick_plan(
            session,
            child_id=args.child,
            template=args.template,
            goal=args.goal,
            follow_up=args.follow_up,
        )
        emit(args, {"id": pid}, pid)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """A child's chronology, handovers included (audited)."""
    from forebyg_desktop.services.child.chronology_service import chronology, format_chronology

    with store_session(args) as session:
        child, entries = chronology(session, args.child_id, include_handovers=True)
        emit(
            args,
            {"child": child, "entries": [e.as_json() for e in entries]},
            format_chronology(session.profile, child, entries),
        )
    return EXIT_OK
