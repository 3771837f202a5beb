"""Atomic, private file writes: the one way the program puts a file on disk.

A reader (a person, a file-sync engine, another device importing from the hub)
sees either the old file or the whole new one, never a half-written file: the
content goes to a temporary name in the same folder, is flushed to disk, and
is renamed over the target. Files are private to the user (mode 0600) because
almost everything the program writes concerns a child.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE_MODE = 0o600

# Temporary files start with this prefix and end with TEMP_SUFFIX, so readers
# of a shared folder (the sync hub) can recognise and skip them.
TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"


def write_atomic(path: Path, content: bytes) -> None:
    """Write `content` to `path` atomically and privately."""
    _write(path, lambda out: out.write(content))


def create_atomic(path: Path, content: bytes) -> None:
    """Like write_atomic, but never replaces a file: FileExistsError if `path` exists.

    For shared folders where another writer may have taken the name: the
    finished temporary file is hard-linked to the name, which fails if the name
    exists; where the folder has no hard links (some network shares) the name
    is checked just before the rename instead.
    """
    _write(path, lambda out: out.write(content), publish=_link_new)


def _link_new(tmp: str, path: Path) -> None:
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(path):
            raise FileExistsError(str(path)) from None
        os.replace(tmp, path)


def copy_atomic(source: Path, path: Path) -> None:
    """Copy the file `source` to `path` atomically and privately."""

    def copy(out: BinaryIO) -> None:
        with open(source, "rb") as src:
            shutil.copyfileobj(src, out)

    _write(path, copy)


def _write(path: Path, fill, publish=os.replace) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX
    )
    try:
        os.chmod(tmp, PRIVATE_FILE_MODE)  # mkstemp is 0600 on POSIX; be explicit
        with os.fdopen(fd, "wb") as out:
            fill(out)
            out.flush()
            os.fsync(out.fileno())
        publish(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)  # gone after a rename; still there after a link or a failure
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders can't be opened."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
