"""Where the program's bundled files and the user's data live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from forebyg_desktop import APP_AUTHOR, APP_NAME


def install_root() -> Path:
    """Folder holding `resources/` and `translations/` (source tree or frozen build)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return install_root() / "resources"


def profiles_dir() -> Path:
    return resources_dir() / "profiles"


def translations_dir() -> Path:
    return install_root() / "translations"


STORE_FILENAME = "store.db"


def store_file(data: Path) -> Path:
    """The encrypted store inside a data folder."""
    return Path(data) / STORE_FILENAME


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: `override`, else FOREBYG_DATA_DIR, else platformdirs."""
    if override:
        return Path(override)
    env = os.environ.get("FOREBYG_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
