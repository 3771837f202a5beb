"""Use cases for strategy profiles: list the bundled ones, validate a file."""

from __future__ import annotations

from pathlib import Path

from forebyg_desktop.core.profile_loader import ProfileError
from forebyg_desktop.store.profile_repo import (
    bundled_profile_ids,
    load_bundled_profile,
    load_profile_file,
)


def profile_summaries(lang: str = "en") -> list[dict]:
    """Id, name, municipality and scale of every bundled profile."""
    rows = []
    for pid in bundled_profile_ids():
        p = load_bundled_profile(pid)
        rows.append(
            {
                "id": p.id,
                "version": p.version,
                "name": p.name.get(lang),
                "municipality": p.municipality,
                "positions": len(p.scale.positions),
                "scale": [pos.key for pos in p.scale.positions],
            }
        )
    return rows


def validate_profile_file(path: Path) -> list[str]:
    """Every problem with the profile file at `path`, each naming file and place."""
    try:
        load_profile_file(path)
    except ProfileError as exc:
        return [str(p) for p in exc.problems]
    return []
