"""`forebyg child add|import|list|edit|move|archive|unarchive`: registering children
and keeping their records right as they move on."""

from __future__ import annotations

import argparse
from pathlib import Path

from forebyg_desktop.cli.common import EXIT_OK, Parser, UsageError, emit, store_session
from forebyg_desktop.core.text_safety import escape_line

DATE_FORMS = "DD.MM.YYYY or YYYY-MM-DD"


def register(sub: argparse._SubParsersAction) -> None:
    """Add `child` and its actions to the `forebyg` parser."""
    child = sub.add_parser("child", help="children")
    child.set_defaults(handler=cmd_child)
    actions = child.add_subparsers(dest="action", required=True, parser_class=Parser)
    add = actions.add_parser("add", help="register a child (prints the id)")
    add.add_argument("--name", required=True)
    add.add_argument("--birth-date", required=True, metavar=DATE_FORMS)
    add.add_argument("--group", required=True)
    imp = actions.add_parser(
        "import",
        help="import a class list CSV (Navn;Fødselsdato;Gruppe or name,birth_date,group); "
        "children registered already are skipped",
    )
    imp.add_argument("file")
    imp.add_argument(
        "--move-groups",
        action="store_true",
        help="move children registered already to the group the list gives",
    )
    lst = actions.add_parser("list", help="list children")
    lst.add_argument("--group")
    lst.add_argument("--archived", action="store_true", help="the archived children instead")
    edit = actions.add_parser("edit", help="correct a child's name or birth date")
    edit.add_argument("id")
    edit.add_argument("--name")
    edit.add_argument("--birth-date", metavar=DATE_FORMS)
    move = actions.add_parser("move", help="move children to another group or class")
    move.add_argument("ids", nargs="*", metavar="ID")
    move.add_argument("--group", required=True, help="the group they move to")
    move.add_argument("--from-group", help="move every child of this group (instead of IDs)")
    actions.add_parser(
        "archive", help="archive a child who has left (off the overview, still readable)"
    ).add_argument("id")
    actions.add_parser("unarchive", help="bring an archived child back").add_argument("id")


def cmd_child(args: argparse.Namespace) -> int:
    """Add, import, list, correct, move or archive children."""
    from forebyg_desktop.services.child import (
        child_edit_service,
        child_import_service,
        child_service,
    )

    if args.action == "edit" and args.name is None and args.birth_date is None:
        raise UsageError(
            "child edit needs --name or --birth-date (see `forebyg child edit --help`)"
        )
    if args.action == "move" and bool(args.ids) == bool(args.from_group):
        raise UsageError("child move needs IDs or --from-group (see `forebyg child move --help`)")
    with store_session(args) as session:
        if args.action == "add":
            cid = child_service.add_child(session, args.name, args.birth_date, args.group)
            emit(args, {"id": cid}, cid)
        elif args.action == "import":
            result = child_import_service.import_class_list(
                session, Path(args.file), move_groups=args.move_groups
            )
            text = f"Imported {len(result.added)} children; {result.skipped} already registered"
            if args.move_groups:
                text += f"; {result.moved} moved to another group"
            emit(
                args,
                {
                    "imported": len(result.added),
                    "ids": result.added,
                    "skipped": result.skipped,
                    "moved": result.moved,
                },
                text,
            )
        elif args.action == "edit":
            written = child_edit_service.edit_child(
                session, args.id, name=args.name, birth_date=args.birth_date
            )
            emit(
                args,
                {"changed": written},
                "Changed: " + (", ".join(w.replace("_", " ") for w in written) or "nothing"),
            )
        elif args.action == "move":
            if args.from_group:
                moved = child_edit_service.move_group(session, args.from_group, args.group)
            else:
                moved = child_edit_service.move_children(session, args.ids, args.group)
            emit(args, {"moved": moved}, f"Moved {moved} children")
        elif args.action == "archive":
            day = child_edit_service.archive_child(session, args.id)
            emit(args, {"archived": day}, f"Archived on {day}")
        elif args.action == "unarchive":
            child_edit_service.unarchive_child(session, args.id)
            emit(args, {"archived": None}, "Back in the overview")
        else:
            rows = child_service.list_children(session, args.group, archived=args.archived)
            emit(args, rows, "\n".join(_line(r) for r in rows))
    return EXIT_OK


def _line(r: dict) -> str:
    text = (
        f"{escape_line(r['id'])}  {escape_line(r.get('group', '')):<16} "
        f"{escape_line(str(r.get('birth_date', '')))}  {escape_line(r.get('name', ''))}"
    )
    if r.get("archived"):
        text += f"  (archived {escape_line(str(r['archived']))})"
    return text
