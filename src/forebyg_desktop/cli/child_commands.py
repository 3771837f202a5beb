"""`forebyg child add|import|list`: registering children."""

from __future__ import annotations

import argparse
from pathlib import Path

from forebyg_desktop.cli.common import EXIT_OK, Parser, emit, store_session
from forebyg_desktop.core.text_safety import escape_line


def register(sub: argparse._SubParsersAction) -> None:
    """Add `child` and its actions to the `forebyg` parser."""
    child = sub.add_parser("child", help="children")
    child.set_defaults(handler=cmd_child)
    actions = child.add_subparsers(dest="action", required=True, parser_class=Parser)
    add = actions.add_parser("add", help="register a child (prints the id)")
    add.add_argument("--name", required=True)
    add.add_argument("--birth-date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--group", required=True)
    actions.add_parser(
        "import", help="import a class list CSV (name,birth_date,group)"
    ).add_argument("file")
    lst = actions.add_parser("list", help="list children")
    lst.add_argument("--group")


def cmd_child(args: argparse.Namespace) -> int:
    """Add a child (prints the id), import a class list, or list the children."""
    from forebyg_desktop.services.child import child_import_service, child_service

    with store_session(args) as session:
        if args.action == "add":
            cid = child_service.add_child(session, args.name, args.birth_date, args.group)
            emit(args, {"id": cid}, cid)
        elif args.action == "import":
            ids = child_import_service.import_class_list(session, Path(args.file))
            emit(args, {"imported": len(ids), "ids": ids}, f"Imported {len(ids)} children")
        else:
            rows = child_service.list_children(session, args.group)
            text = "\n".join(
                f"{escape_line(r['id'])}  {escape_line(r.get('group', '')):<16} "
                f"{escape_line(str(r.get('birth_date', '')))}  {escape_line(r.get('name', ''))}"
                for r in rows
            )
            emit(args, rows, text)
    return EXIT_OK
