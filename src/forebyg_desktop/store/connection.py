"""Opening the encrypted store: SQLCipher through `sqlcipher3`, used via sqlite-utils.

The passphrase is handed to SQLCipher, which derives the page key with its own
KDF (PBKDF2-HMAC-SHA512); nothing about the key is written next to the store.
The key is verified right after opening because SQLCipher only fails on the
first read of a page.

Changing the passphrase (`rekey_database`) uses SQLCipher's rekey, which
rewrites every page under the new key in ONE write transaction. In WAL mode
(ours) the new pages go to the WAL and count only once the commit frame is on
disk, so a crash at any moment leaves the store under exactly one key: the old
one (commit not reached) or the new one. A TRUNCATE checkpoint then copies the
frames into the file and empties the WAL, so no page under the old key stays.
The rekey runs on its own connection, holding the store exclusively, and is
refused while any other connection has it open: one that kept the old key
would read nothing after the commit (its pages no longer decrypt). The
program closes its own connections first and reopens them with the new
passphrase.
(tests/store/test_rekey_crash.py kills a rekey at random moments.)
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlite_utils
from sqlcipher3 import dbapi2 as sqlcipher

from forebyg_desktop.atomic_file import PRIVATE_FILE_MODE
from forebyg_desktop.core.i18n import QT_TRANSLATE_NOOP
from forebyg_desktop.store.errors import (
    StoreCorrupt,
    StoreError,
    StoreExists,
    StoreMissing,
    WrongPassphrase,
    store_message,
)

DbError = sqlcipher.Error
DbIntegrityError = sqlcipher.IntegrityError  # a UNIQUE or CHECK constraint refused a row


def _quote(passphrase: str) -> str:
    # PRAGMA does not take bound parameters; quote as an SQL string literal.
    return "'" + passphrase.replace("'", "''") + "'"


def _connect(path: Path, passphrase: str) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    # SQLCipher logs decryption failures to stderr; a wrong passphrase is ours to explain.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    return conn


def _configure(conn: sqlcipher.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed change survives a power cut, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Temporary tables and indices in memory: SQLCipher temp files would be plaintext.
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 5000")
    # A larger page cache: every page read from disk is decrypted, so misses are dear.
    conn.execute("PRAGMA cache_size = -65536")


def sqlcipher_version() -> str:
    """The SQLCipher library's version ("" when the SQLite library has no SQLCipher).

    Asked on a throwaway in-memory connection: no store is opened.
    """
    conn = sqlcipher.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return row[0] if row and row[0] else ""


def secure_file(path: Path) -> None:
    """Restrict `path` and its WAL/SHM companions to the owner (0600)."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(p, PRIVATE_FILE_MODE)


def create_database(path: Path, passphrase: str) -> sqlite_utils.Database:
    """Create a new, empty encrypted database file at `path` (mode 0600)."""
    if path.exists():
        raise StoreExists(
            store_message(
                QT_TRANSLATE_NOOP("Store", "A store already exists at {path}; it was not changed."),
                path=str(path),
            )
        )
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Create the file ourselves so it never exists with a wider mode.
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    try:
        conn = _connect(path, passphrase)
        _configure(conn)
        secure_file(path)
        return sqlite_utils.Database(conn)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


def open_database(path: Path, passphrase: str) -> sqlite_utils.Database:
    """Open and unlock the existing store at `path`; the key is verified here."""
    if not path.exists():
        raise StoreMissing(
            store_message(
                QT_TRANSLATE_NOOP("Store", "No store at {path}. Create one with `forebyg init`."),
                path=str(path),
            )
        )
    if path.stat().st_size == 0:
        raise StoreCorrupt(
            store_message(
                QT_TRANSLATE_NOOP("Store", "The store file {path} is empty."), path=str(path)
            )
        )
    conn = _connect(path, passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DbError as exc:
        conn.close()
        # SQLCipher cannot tell a wrong key from a file that is not a store.
        raise _wrong_passphrase(path) from exc
    _configure(conn)
    secure_file(path)
    return sqlite_utils.Database(conn)


def unlocks(path: Path, passphrase: str) -> bool:
    """Whether `passphrase` opens the store at `path` (a short-lived connection)."""
    try:
        db = open_database(path, passphrase)
    except WrongPassphrase:
        return False
    db.conn.close()
    return True


def rekey_database(path: Path, passphrase: str, new_passphrase: str) -> None:
    """Re-encrypt the store at `path` from `passphrase` to `new_passphrase`, atomically.

    Raises WrongPassphrase when `passphrase` does not open it, and StoreError
    while another connection has the store open, or when the new passphrase
    does not open it afterwards: the store is then unchanged, under `passphrase`.
    """
    if not new_passphrase:
        raise ValueError("an empty passphrase would leave the store unencrypted")
    db = open_database(path, passphrase)
    conn = db.conn
    try:
        # The store alone, until this connection closes: another connection
        # (another program, a forgotten sync) would keep the old key and fail
        # on every read after the change. Refused while one has it open.
        conn.execute("PRAGMA busy_timeout = 1000")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except DbError:
        conn.close()
        raise _store_in_use(path) from None
    try:
        # Older frames (under the old key) into the file first, so the WAL
        # holds nothing but the rekey's own transaction.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"PRAGMA rekey = {_quote(new_passphrase)}").fetchall()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except DbError:
        # What took is judged below by which key opens the store (some
        # SQLCipher versions even report "ok" for a rekey that did not run).
        pass
    finally:
        # A rekey that did not take leaves this connection half switched: never reuse it.
        conn.close()
    if not unlocks(path, new_passphrase):
        raise _store_in_use(path)
    secure_file(path)


def _store_in_use(path: Path) -> StoreError:
    return StoreError(
        store_message(
            QT_TRANSLATE_NOOP(
                "Store",
                "The passphrase of {path} could not be changed: another program is using "
                "the store. Close it and try again. The old passphrase still applies.",
            ),
            path=str(path),
        )
    )


def _wrong_passphrase(path: Path) -> WrongPassphrase:
    return WrongPassphrase(
        store_message(
            QT_TRANSLATE_NOOP(
                "Store",
                "The passphrase does not unlock {path} (or the file is not a Forebyg store). "
                "Nothing was changed.",
            ),
            path=str(path),
        )
    )
