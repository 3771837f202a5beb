"""The hub: a shared folder every team member can reach, and the files in it.

Each device writes only its own files and never changes one once written
(`create_atomic`: temporary name, fsync, then a link that fails if the name
is taken), so a file-sync engine (OneDrive, Nextcloud, Syncthing, a network
share) never sees two writers of one file. Anyone who can write to the share
can also put files there, so a write counts only when the file read back
holds exactly what was written; a name taken by other content is never
"written". Each kind of file then has an alternative name with a random tag
(`<usual stem>.<tag>.<suffix>`, tag = 8 characters a-z2-7) that readers
accept as well, so junk squatting the usual name cannot hold a file back.

Readers recognise the program's files by strict name patterns; anything else
- temporary files, partial downloads, and the copies sync engines make on
conflicts ("name (1).fbundle", "name.sync-conflict-...", "name-PCNAME.fbundle")
- does not match and is ignored. A name is only a hint for ordering and
skipping: import trusts the signed content inside. Every read is bounded:
the size is checked before reading (`untrusted.read_bounded`).
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from forebyg_desktop.atomic_file import create_atomic

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_TAG_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"
_TAG = r"(?:\.([a-z2-7]{8}))?"
SEQ_DIGITS = 10
MAX_SEQ = 10**SEQ_DIGITS - 1
BUNDLE_NAME = re.compile(rf"({_UUID})\.(\d{{{SEQ_DIGITS}}})-(\d{{{SEQ_DIGITS}}}){_TAG}\.fbundle")
ROSTER_NAME = re.compile(rf"roster\.(\d{{6}}){_TAG}\.fbroster")
JOIN_NAME = re.compile(rf"join\.({_UUID}){_TAG}\.fbjoin")
PACK_NAME = re.compile(rf"profile\.([a-z0-9_-]{{1,40}})\.(\d{{6}}){_TAG}\.fbpack")
WITNESS_NAME = re.compile(rf"({_UUID})\.audit\.(\d{{{SEQ_DIGITS}}}){_TAG}\.fbwitness")

# The largest file of each kind a reader takes in (checked before reading).
BUNDLE_MAX_BYTES = 64 * 2**20
ROSTER_MAX_BYTES = 4 * 2**20
PACK_MAX_BYTES = 4 * 2**20
JOIN_MAX_BYTES = 64 * 2**10
WITNESS_MAX_BYTES = 64 * 2**10
ALTERNATIVES = 3  # alternative names tried when the usual one is taken


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


def witness_name(device: str, count: int) -> str:
    return f"{device}.audit.{count:0{SEQ_DIGITS}d}.fbwitness"


def alternative_name(name: str) -> str:
    """`name` with a fresh random tag before its suffix (readers accept both)."""
    stem, dot, suffix = name.rpartition(".")
    tag = "".join(secrets.choice(_TAG_ALPHABET) for _ in range(8))
    return f"{stem}.{tag}{dot}{suffix}"


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
    # The usual name before alternative ones (those hold the same range), for a fixed order.
    return sorted(
        found, key=lambda b: (b.device, b.first, -b.last, b.path.name.count("."), b.path.name)
    )


def roster_files(hub: Path) -> list[tuple[int, Path]]:
    """(version, path) of every roster file, oldest first (usual name before others)."""
    found = []
    for name in _names(hub):
        match = ROSTER_NAME.fullmatch(name)
        if match:
            found.append((int(match.group(1)), match.group(2) or "", hub / name))
    return [(version, path) for version, _tag, path in sorted(found)]


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


def witness_files(hub: Path, device: str) -> list[tuple[int, Path]]:
    """(audit count, path) of every witness file named for `device`, oldest first."""
    found = []
    for name in _names(hub):
        match = WITNESS_NAME.fullmatch(name)
        if match and match.group(1) == device:
            found.append((int(match.group(2)), hub / name))
    return sorted(found)


def holds(path: Path, content: bytes) -> bool:
    """Whether the file at `path` holds exactly `content` (read back, bounded)."""
    try:
        if os.stat(path).st_size != len(content):
            return False
        with open(path, "rb") as file:
            return file.read(len(content) + 1) == content
    except OSError:
        return False


def write_new(path: Path, content: bytes) -> bool:
    """Put a new file in the hub; True only when `path` then holds exactly `content`.

    A file already there is never changed: if it holds other content (junk, or
    another writer's), the write did not land and the result is False.
    """
    try:
        create_atomic(path, content)
    except FileExistsError:
        pass
    except OSError:
        return False
    return holds(path, content)


def write_new_or_alternative(hub: Path, name: str, content: bytes) -> Path | None:
    """Write `content` as `name`, or under an alternative name if that is taken.

    Returns the path that holds the content, None when no name could be written.
    """
    for candidate in [name] + [alternative_name(name) for _ in range(ALTERNATIVES)]:
        if write_new(hub / candidate, content):
            return hub / candidate
    return None
