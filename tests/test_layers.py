"""The layers: core, store, sync and services never import PySide6; core does no I/O."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "forebyg_desktop"
NON_UI = ("core", "store", "sync", "services")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", NON_UI)
def test_non_ui_layers_do_not_import_qt(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules found in {layer}"
    offenders = [
        f"{f.relative_to(PACKAGE)} imports {name}"
        for f in files
        for name in _imports(f)
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert offenders == []


def test_core_imports_no_lower_layers() -> None:
    offenders = [
        f"{f.relative_to(PACKAGE)} imports {name}"
        for f in sorted((PACKAGE / "core").rglob("*.py"))
        for name in _imports(f)
        if name.startswith(
            (
                "forebyg_desktop.store",
                "forebyg_desktop.services",
                "forebyg_desktop.ui",
                "sqlite",
                "sqlcipher",
            )
        )
    ]
    assert offenders == []


IO_MODULES = {
    "os",
    "pathlib",
    "io",
    "shutil",
    "subprocess",
    "sqlite3",
    "socket",
    "tempfile",
    "platformdirs",
}


def test_core_does_no_io() -> None:
    offenders = []
    for f in sorted((PACKAGE / "core").rglob("*.py")):
        offenders += [f"{f.name} imports {n}" for n in _imports(f) if n.split(".")[0] in IO_MODULES]
        tree = ast.parse(f.read_text(encoding="utf-8"))
        offenders += [
            f"{f.name}:{node.lineno} calls open()"
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "open"
        ]
    assert offenders == []


def test_the_check_itself_sees_an_import(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in _imports(probe)
