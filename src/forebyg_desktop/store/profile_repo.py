"""Reading strategy profile files: the bundled ones and any file given by name.

Parsing and validation are pure (core.profile_loader); this module does the I/O.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

from forebyg_desktop.core.profile import Profile
from forebyg_desktop.core.profile_loader import ProfileError, ProfileProblem, profile_from_bytes
from forebyg_desktop.paths import profiles_dir

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def load_profile_file(path: str | os.PathLike[str]) -> Profile:
    """Read, parse and validate the profile at `path` (raises ProfileError)."""
    file = os.fspath(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        problem = ProfileProblem(file, "", f"cannot read the file: {e.strerror or e}")
        raise ProfileError([problem]) from e
    return profile_from_bytes(raw, file)


def bundled_profile_ids() -> list[str]:
    """Ids of the profiles shipped in `resources/profiles/`, sorted."""
    folder = profiles_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.json") if p.is_file() and _ID_RE.match(p.stem))


@cache
def load_bundled_profile(profile_id: str) -> Profile:
    """The bundled profile `profile_id` (cached; raises ProfileError)."""
    path = profiles_dir() / f"{profile_id}.json"
    if not _ID_RE.match(profile_id) or not path.is_file():
        known = ", ".join(bundled_profile_ids()) or "none"
        raise ProfileError(
            [ProfileProblem(f"{profile_id}.json", "", f"no bundled profile with this id ({known})")]
        )
    profile = load_profile_file(path)
    if profile.id != profile_id:
        raise ProfileError(
            [ProfileProblem(str(path), "id", f'"{profile.id}" does not match the file name')]
        )
    return profile
