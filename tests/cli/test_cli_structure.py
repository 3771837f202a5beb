"""The shape of the `cli/` package: no import circle, one way to register a command."""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "forebyg_desktop"
CLI = PACKAGE / "cli"
ENTRY_POINTS = {PACKAGE / "__main__.py", CLI / "__init__.py", CLI / "__main__.py"}


def _imports(source: str, path: Path) -> set[str]:
    """Every module the source of `path` imports (relative ones resolved), and for
    `from a import b` also a.b, since b may be a module."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    names: set[str] = set()
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            names.add(module)
            names.update(f"{module}.{a.name}" for a in node.names)
    return names


def _cli_imports(path: Path, source: str | None = None) -> set[str]:
    text = path.read_text(encoding="utf-8") if source is None else source
    return {
        n
        for n in _imports(text, path)
        if n == "forebyg_desktop.cli" or n.startswith("forebyg_desktop.cli.")
    }


def _is_common(name: str) -> bool:
    return name == "forebyg_desktop.cli.common" or name.startswith("forebyg_desktop.cli.common.")


def test_group_modules_import_only_common() -> None:
    """A command group never imports another group or the package: no circle."""
    offenders = []
    for f in sorted(CLI.glob("*.py")):
        if f in ENTRY_POINTS:
            continue
        own = f.name == "common.py"
        offenders += [
            f"{f.name} imports {n}" for n in sorted(_cli_imports(f)) if own or not _is_common(n)
        ]
    assert offenders == []


def test_only_the_entry_points_import_the_cli() -> None:
    offenders = [
        f"{f.relative_to(PACKAGE)} imports {n}"
        for f in sorted(PACKAGE.rglob("*.py"))
        if f not in ENTRY_POINTS and CLI not in f.parents
        for n in sorted(_cli_imports(f))
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "source",
    [
        "from forebyg_desktop.cli.team_commands import cmd_team",
        "from forebyg_desktop.cli import team_commands",
        "import forebyg_desktop.cli.team_commands",
        "from . import team_commands",
        "from .team_commands import cmd_team",
        "from forebyg_desktop.cli import main",
    ],
)
def test_the_check_itself_sees_a_group_importing_another(source: str) -> None:
    as_if = CLI / "probe_commands.py"  # never written: parsed as if it were there
    assert [n for n in _cli_imports(as_if, source) if not _is_common(n)]


def test_the_check_itself_lets_a_group_import_common() -> None:
    as_if = CLI / "probe_commands.py"
    source = "from forebyg_desktop.cli.common import emit\nfrom .common import fail"
    assert all(_is_common(n) for n in _cli_imports(as_if, source))


def test_every_group_registers_its_commands_with_a_handler() -> None:
    """Each command of `forebyg` is added by one group's `register` with its own handler."""
    from forebyg_desktop import cli

    groups = {f.stem for f in CLI.glob("*.py")} - {"__init__", "__main__", "common"}
    assert {g.__name__.rsplit(".", 1)[1] for g in cli.GROUPS} == groups
    for group in cli.GROUPS:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers(dest="command")
        group.register(sub)
        assert sub.choices, group.__name__
        for name, command in sub.choices.items():
            handler = command.get_default("handler")
            assert callable(handler) and handler.__module__ == group.__name__, name


def _run(module: str, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FOREBYG_PASSPHRASE"}
    env["FOREBYG_DATA_DIR"] = str(tmp_path / "data")
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


@pytest.mark.parametrize("module", ["forebyg_desktop", "forebyg_desktop.cli"])
def test_both_module_entry_points_report_a_missing_passphrase_as_usage(
    module: str, tmp_path: Path
) -> None:
    """`python -m forebyg_desktop.cli` once ran the CLI as a second copy of itself, so its
    usage errors came out as "internal error" with exit 1."""
    proc = _run(module, "child", "list", tmp_path=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("forebyg: no passphrase: set FOREBYG_PASSPHRASE")


def test_help_imports_no_services_store_or_qt() -> None:
    """Building the parser stays light: handlers import services and Qt when they run."""
    code = (
        "import sys\n"
        "from forebyg_desktop.cli import build_parser\n"
        "build_parser().format_help()\n"
        "heavy = ('PySide6', 'sqlcipher3', 'forebyg_desktop.services', 'forebyg_desktop.store',"
        " 'forebyg_desktop.sync', 'forebyg_desktop.ui')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
