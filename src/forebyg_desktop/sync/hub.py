"""The hub: a shared folder every team member can reach, and the files in it.

Each device writes only its own files and never changes one once written
(`write_atomic`: temporary name, fsync, rename), so a file-sync engine
(OneDrive, Nextcloud, Syncthing, a network share) never sees two writers of
one file. Readers recognise the program's files by strict name patterns;
anything else - temporary files, partial downloads, and the copies sync
engines make on conflicts ("name (1).fbundle", "name.sync-conflict-...",
"name-PCNAME.fbundle") - does not match and is ignored. A name is only a
hint for ordering and skipping: import trusts the signed manifest inside.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from forebyg_desktop.atomic_file import write_atomic

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
SEQ_DIGITS = 10
BUNDLE_NAME = re.compile(rf"({_UUID})\.(\d{{{SEQ_DIGITS}}})-(\d{{{SEQ_DIGITS}}})\.fbundle")
ROSTER_NAME = re.compile(r"roster\.(\d{6})\.fbroster")
JOIN_NAME = re.compile(rf"join\.({_UUID})\.fbjoin")
PACK_NAME = re.compile(r"profile\.([a-z0-9_-]{1,40})\.(\d{6})\.fbpack")


@dataclass(frozen=True)
class BundleFile:
    """A bundle file in the hub, as its name describes it (a hint only)."""

    path: Path
    device: str
    first: int
    last: int


def bundle_name(device: str, first: int, last: int) -> str:
    return f"{device}.{first:0{SEQ_DIGITS}d}-{last:0{SEQ_DIGITS}d}.fbundle"


def roster_name(version: int) -> str:
    return f"roster.{version:06d}.fbroster"


def join_name(device: str) -> str:
    return f"join.{device}.fbjoin"


def pack_name(profile_id: str, version: int) -> str:
    return f"profile.{profile_id}.{version:06d}.fbpack"


def _names(hub: Path) -> list[str]:
    try:
        return sorted(entry.name for entry in os.scandir(hub) if entry.is_file())
    except OSError:
        return []


def reachable(hub: Path) -> bool:
    """Whether the hub folder exists and can be listed right now."""
    try:
        return hub.is_dir() and os.access(hub, os.R_OK | os.W_OK | os.X_OK)
    except OSError:
        return False


def bundle_files(hub: Path) -> list[BundleFile]:
    """Every file named like a bundle, ordered by device and first sequence number."""
    found = []
    for name in _names(hub):
        match = BUNDLE_NAME.fullmatch(name)
        if match:
            first, last = int(match.group(2)), int(match.group(3))
            if 1 <= first <= last:
                found.append(BundleFile(hub / name, match.group(1), first, last))
    return sorted(found, key=lambda b: (b.device, b.first, -b.last))


def roster_files(hub: Path) -> list[tuple[int, Path]]:
    """(version, path) of every roster file, oldest first."""
    found = []
    for name in _names(hub):
        match = ROSTER_NAME.fullmatch(name)
        if match:
            found.append((int(match.group(1)), hub / name))
    return sorted(found)


def join_files(hub: Path) -> list[tuple[str, Path]]:
    """(device, path) of every join request."""
    found = []
    for name in _names(hub):
        match = JOIN_NAME.fullmatch(name)
        if match:
            found.append((match.group(1), hub / name))
    return found


def pack_files(hub: Path) -> list[tuple[str, int, Path]]:
    """(profile id, pack version, path) of every profile pack."""
    found = []
    for name in _names(hub):
        match = PACK_NAME.fullmatch(name)
        if match:
            found.append((match.group(1), int(match.group(2)), hub / name))
    return sorted(found)


def write_new(path: Path, content: bytes) -> bool:
    """Write a new hub file; a file already there is never changed (returns False)."""
    if path.exists():
        return False
    write_atomic(path, content)
    return True
