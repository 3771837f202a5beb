"""The layers: core, store, sync and services never import PySide6; core does no I/O; ui rooms.

ui/ is grouped by feature: a feature package imports only ui/kit and itself, the kit
imports no feature, and only ui/shell (and the command line that starts it) imports the
shell.
"""

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


UI = PACKAGE / "ui"
UI_SHARED = "kit"  # imports no feature; every feature may import it
UI_SHELL = "shell"  # start-up and the main window: may import every feature


def _ui_packages() -> list[str]:
    return sorted(p.name for p in UI.iterdir() if (p / "__init__.py").is_file())


def _ui_package_of(name: str) -> str | None:
    """The ui package a module name is in (None: not a ui package)."""
    parts = name.split(".")
    if parts[:2] != ["forebyg_desktop", "ui"] or len(parts) < 3:
        return None
    return parts[2]


def test_ui_modules_all_live_in_a_package() -> None:
    loose = sorted(p.name for p in UI.glob("*.py") if p.name != "__init__.py")
    assert loose == []
    assert {UI_SHARED, UI_SHELL} <= set(_ui_packages())


@pytest.mark.parametrize("package", [p for p in _ui_packages() if p != UI_SHELL])
def test_a_ui_feature_imports_only_the_kit_and_itself(package: str) -> None:
    allowed = {package, UI_SHARED}
    offenders = [
        f"{f.relative_to(PACKAGE)} imports {name}"
        for f in sorted((UI / package).rglob("*.py"))
        for name in _imports(f)
        if (imported := _ui_package_of(name)) is not None and imported not in allowed
    ]
    assert offenders == []


def test_nothing_below_the_shell_imports_it() -> None:
    offenders = [
        f"{f.relative_to(PACKAGE)} imports {name}"
        for f in sorted(PACKAGE.rglob("*.py"))
        if f.parent.name != UI_SHELL
        and not f.relative_to(PACKAGE).parts[0].startswith("cli")  # `forebyg gui`, --selftest
        for name in _imports(f)
        if _ui_package_of(name) == UI_SHELL
    ]
    assert offenders == []


def test_the_ui_check_sees_a_feature_importing_another(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("from forebyg_desktop.ui.plan.plan_dialog import PlanDialog\n")
    imported = {_ui_package_of(n) for n in _imports(probe)}
    assert imported == {"plan"}


def test_ui_modules_stay_small() -> None:
    """A module over ~400 lines holds more than one role: split it by role."""
    big = [
        f"{f.relative_to(PACKAGE)}: {n} lines"
        for f in sorted(UI.rglob("*.py"))
        if (n := len(f.read_text(encoding="utf-8").splitlines())) > 420
    ]
    assert big == []
