"""The handlers behind each `forebyg` command; they call services only."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from forebyg_desktop import paths
from forebyg_desktop.cli import EXIT_OK, EXIT_REFUSED, UsageError
from forebyg_desktop.core.text_safety import escape_line, escape_unsafe, json_safe
from forebyg_desktop.services.session import Session, create_session, open_session

PASSPHRASE_ENV = "FOREBYG_PASSPHRASE"


def passphrase(*, confirm: bool = False) -> str:
    """From FOREBYG_PASSPHRASE, else asked on the terminal; never echoed or stored."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UsageError(
            f"no passphrase: set {PASSPHRASE_ENV} or run the command in a terminal to be asked"
        )
    value = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != value:
        raise UsageError("the two passphrases differ; nothing was created")
    if not value:
        raise UsageError("an empty passphrase was given")
    return value


def _data_dir(args: argparse.Namespace) -> Path:
    return paths.data_dir(args.data_dir)


def _session(args: argparse.Namespace) -> Session:
    return open_session(_data_dir(args), passphrase())


def _emit(args: argparse.Namespace, value: Any, text: str) -> None:
    """Print `value` as JSON (--json) or `text`, never a raw control or direction character.

    Entered or received text could otherwise carry terminal escapes (a name
    with ESC ] ... that retitles the window, or U+202E that reorders a line);
    they are shown as visible escapes (\\x1b, \\u202e) instead. Line feeds and
    tabs of `text` stay: values printed in one line go through `escape_line`.
    """
    if args.json:
        print(json_safe(json.dumps(value, ensure_ascii=False, indent=2)))
    else:
        print(escape_unsafe(text))


def cmd_gui(args: argparse.Namespace) -> int:
    from forebyg_desktop.ui.shell.app import run_app

    return run_app(data_dir=_data_dir(args))


def cmd_profiles(args: argparse.Namespace) -> int:
    from forebyg_desktop.services.profile_service import profile_summaries

    rows = profile_summaries()
    text = "\n".join(f"{r['id']:<16} {r['name']}  ({r['positions']} positions)" for r in rows)
    _emit(args, rows, text)
    return EXIT_OK


def cmd_profile(args: argparse.Namespace) -> int:
    from forebyg_desktop.services.profile_service import validate_profile_file

    problems = validate_profile_file(Path(args.file))
    if args.json:
        _emit(args, {"file": args.file, "ok": not problems, "problems": problems}, "")
    elif problems:
        for line in problems:
            print(line, file=sys.stderr)
    else:
        print(f"{args.file}: valid")
    return EXIT_REFUSED if problems else EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    args.profile = _init_profile(args.profile)
    with create_session(
        _data_dir(args),
        passphrase(confirm=True),
        profile_id=args.profile,
        user=args.user,
        role=args.role,
    ) as session:
        path = session.store.path
        _emit(
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


def cmd_child(args: argparse.Namespace) -> int:
    from forebyg_desktop.services import child_import_service, child_service

    with _session(args) as session:
        if args.action == "add":
            cid = child_service.add_child(session, args.name, args.birth_date, args.group)
            _emit(args, {"id": cid}, cid)
        elif args.action == "import":
            ids = child_import_service.import_class_list(session, Path(args.file))
            _emit(args, {"imported": len(ids), "ids": ids}, f"Imported {len(ids)} children")
        else:
            rows = child_service.list_children(session, args.group)
            text = "\n".join(
                f"{escape_line(r['id'])}  {escape_line(r.get('group', '')):<16} "
                f"{escape_line(str(r.get('birth_date', '')))}  {escape_line(r.get('name', ''))}"
                for r in rows
            )
            _emit(args, rows, text)
    return EXIT_OK


def cmd_assess(args: argparse.Namespace) -> int:
    from forebyg_desktop.services.assessment_service import quick_assessment

    with _session(args) as session:
        result = quick_assessment(
            session,
            child_id=args.child,
            position=args.position,
            signs=args.sign,
            protective=args.protective,
            note=args.note,
            joint=args.joint,
        )
        _emit(args, result.as_json(), result.id)
        for warning in result.warnings:
            print(f"forebyg: {warning}", file=sys.stderr)
    return EXIT_OK


def cmd_plan(args: argparse.Namespace) -> int:
    from forebyg_desktop.services.plan_service import quick_plan

    with _session(args) as session:
        pid = quick_plan(
            session,
            child_id=args.child,
            template=args.template,
            goal=args.goal,
            follow_up=args.follow_up,
        )
        _emit(args, {"id": pid}, pid)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from forebyg_desktop.services.chronology_service import chronology, format_chronology

    with _session(args) as session:
        child, entries = chronology(session, args.child_id, include_handovers=True)
        _emit(
            args,
            {"child": child, "entries": [e.as_json() for e in entries]},
            format_chronology(session.profile, child, entries),
        )
    return EXIT_OK


def cmd_dump(args: argparse.Namespace) -> int:
    from forebyg_desktop.services.dump_service import write_dump

    with _session(args) as session:
        write_dump(session, sys.stdout)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from forebyg_desktop.services.demo_service import run_demo

    if args.children < 1 or args.assessments < 0:
        raise UsageError("--children must be at least 1 and --assessments at least 0")
    with _session(args) as session:
        total = args.children

        def progress(done: int) -> None:
            # Each line is written after that batch is committed (see run_demo).
            print(f"{done} of {total} children written", file=sys.stderr, flush=True)

        counts = run_demo(
            session, args.children, args.assessments, seed=args.seed, progress=progress
        )
        text = ", ".join(f"{n} {entity}" for entity, n in counts.items())
        _emit(args, counts, f"Added {text}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from forebyg_desktop.services.sync_service import audit_witnesses
    from forebyg_desktop.store.integrity import check_store

    with _session(args) as session:
        # Heads of the audit chain the team's hub holds: a rewritten log shows.
        problems = check_store(session.store, audit_witnesses(session))
        if args.json:
            _emit(args, {"ok": not problems, "problems": problems}, "")
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
    from forebyg_desktop.services.audit_service import audit_entries

    with _session(args) as session:
        rows = audit_entries(session, args.child)
        text = "\n".join(
            f"{r['seq']:>6} {r['ts']}  {escape_line(r['actor']):<20} {r['action']:<6} "
            f"{r['entity']} {escape_line(r['entity_id'])}"
            + (f"  ({escape_line(r['detail'])})" if r["detail"] else "")
            for r in rows
        )
        _emit(args, rows, text)
    return EXIT_OK


COMMANDS = {
    None: cmd_gui,
    "gui": cmd_gui,
    "profiles": cmd_profiles,
    "profile": cmd_profile,
    "init": cmd_init,
    "child": cmd_child,
    "assess": cmd_assess,
    "plan": cmd_plan,
    "show": cmd_show,
    "dump": cmd_dump,
    "demo": cmd_demo,
    "check": cmd_check,
    "audit": cmd_audit,
}


def dispatch(args: argparse.Namespace) -> int:
    if args.command in ("team", "sync"):
        from forebyg_desktop import cli_sync

        return cli_sync.dispatch(args)
    from forebyg_desktop.cli_handover import COMMANDS as HANDOVER_COMMANDS

    return {**COMMANDS, **HANDOVER_COMMANDS}[args.command](args)
