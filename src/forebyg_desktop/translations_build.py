"""Refresh the Qt translation sources and compile them.

`python -m forebyg_desktop.translations_build` compiles translations/*.ts to
.qm (run by the setup scripts and the installer build);
`python -m forebyg_desktop.translations_build --update` first refreshes the
.ts files from the source with pyside6-lupdate, keeping existing translations.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from forebyg_desktop import paths

LANGUAGES = ("da", "en")


def _tool(name: str) -> str:
    """Path of a Qt Linguist tool shipped with PySide6."""
    import PySide6

    bundled = Path(PySide6.__file__).parent / name
    if bundled.exists():
        return str(bundled)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"translations: cannot find Qt's {name} (is PySide6 installed?)")
    return found


def source_files() -> list[Path]:
    root = Path(__file__).resolve().parent
    return sorted(root.rglob("*.py"))


def ts_file(lang: str) -> Path:
    return paths.translations_dir() / f"forebyg_{lang}.ts"


def update() -> None:
    """Refresh every .ts from the source (obsolete entries dropped)."""
    files = [str(p) for p in source_files()]
    for lang in LANGUAGES:
        subprocess.run(
            [
                _tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                *files,
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-ts",
                str(ts_file(lang)),
            ],
            check=True,
        )


def compile_all(out_dir: Path | None = None) -> list[Path]:
    """Compile every .ts to .qm (next to it, or into `out_dir`)."""
    written = []
    for lang in LANGUAGES:
        src = ts_file(lang)
        if not src.exists():
            continue
        target = (out_dir or src.parent) / f"forebyg_{lang}.qm"
        subprocess.run(
            [_tool("lrelease"), "-silent", str(src), "-qm", str(target)],
            check=True,
        )
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh .ts files first")
    args = parser.parse_args(argv)
    if args.update:
        update()
    for path in compile_all():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
