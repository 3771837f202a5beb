"""`forebyg gui` (and `forebyg` without a command): the desktop app."""

from __future__ import annotations

import argparse

from forebyg_desktop.cli.common import data_dir


def register(sub: argparse._SubParsersAction) -> None:
    """Add `gui` to the `forebyg` parser."""
    sub.add_parser("gui", help="start the desktop app (the default)").set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    """Start the desktop app on the store of --data-dir; returns its exit code."""
    from forebyg_desktop.ui.shell.app import run_app

    return run_app(data_dir=data_dir(args))
