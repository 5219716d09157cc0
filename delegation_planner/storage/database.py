"""Opening a register file safely.

The order matters: a file is first looked at byte-wise and then read-only, so a
file that is not ours or is damaged is refused *before* anything could write to it
(it stays byte for byte as it was). Only then is it opened for writing, backed up
with SQLite's backup API if a migration is due, and migrated.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import platformdirs
from sqlite_utils import Database

from delegation_planner.storage.errors import (
    DamagedRegisterError,
    NewerSchemaError,
    NotARegisterError,
    ReadOnlyRegisterError,
    StorageError,
)
from delegation_planner.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
APP_NAME = "DelegationPlanner"
DEFAULT_FILE_NAME = "register.sqlite3"


def default_database_path() -> Path:
    """The user's register in the platform's data folder (created on first use)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME


def open_database(path: Path | str, *, read_only: bool = False, create: bool = True) -> Database:
    """Open (or create) the register at ``path``, checked and migrated.

    Raises a ``StorageError`` subclass with a plain-words message for every
    reason the file cannot be used.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if path.exists() and path.is_dir():
        raise NotARegisterError(f"{path} is a folder, not a register file.")
    if not exists and not create:
        raise StorageError(f"There is no register at {path}.")
    if exists:
        _check_header(path)
        version = _inspect_read_only(path)
    else:
        version = 0
    if read_only:
        if not exists:
            raise StorageError(f"There is no register at {path}.")
        if version < SCHEMA_VERSION:
            raise StorageError(
                f"The register {path} was written by an older version and must be upgraded; "
                "open it once with write access first."
            )
        return _connect(path, read_only=True)
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ReadOnlyRegisterError(f"Cannot create the folder for {path}: {error.strerror}.") from error
    try:
        db = _connect(path, read_only=False)
    except sqlite3.Error as error:
        raise ReadOnlyRegisterError(f"Cannot create or open the register {path}: {error}.") from error
    try:
        if version < SCHEMA_VERSION:
            if version > 0:
                backup_database(db, _backup_path(path, version))
            _migrate(db)
    except sqlite3.OperationalError as error:
        db.close()
        if "readonly" in str(error) or "read-only" in str(error):
            raise ReadOnlyRegisterError(
                f"The register {path} cannot be written (it or its folder is read-only)."
            ) from error
        raise StorageError(f"Cannot prepare the register {path}: {error}.") from error
    except OSError as error:
        db.close()
        raise ReadOnlyRegisterError(f"Cannot write beside {path}: {error.strerror}.") from error
    return db


def backup_database(db: Database, target: Path) -> Path:
    """Copy the live database to ``target`` with SQLite's backup API (consistent even mid-use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    destination = sqlite3.connect(target)
    try:
        db.conn.backup(destination)
    finally:
        destination.close()
    return target


def is_writable(db: Database) -> bool:
    return not bool(db.execute("PRAGMA query_only").fetchone()[0])


def _backup_path(path: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}.schema{version}-{stamp}.bak")


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StorageError(f"Cannot read {path}: {error.strerror}.") from error
    if header != SQLITE_HEADER:
        raise NotARegisterError(f"{path} is not a Delegation Planner register (it is not a database file).")


def _inspect_read_only(path: Path) -> int:
    """Check a file without writing to it; return its schema number."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise StorageError(f"Cannot open {path}: {error}.") from error
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            raise DamagedRegisterError(
                f"The register {path} is damaged ({result[0]}). It has not been changed; "
                "restore it from a backup."
            )
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        }
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise StorageError(
                f"The register {path} is in use by another program right now; try again in a moment."
            ) from error
        raise DamagedRegisterError(
            f"The register {path} is damaged or not a database ({error}). It has not been changed."
        ) from error
    except sqlite3.DatabaseError as error:
        raise DamagedRegisterError(
            f"The register {path} is damaged or not a database ({error}). It has not been changed."
        ) from error
    finally:
        conn.close()
    if application_id not in (0, APPLICATION_ID) or (application_id == 0 and tables):
        raise NotARegisterError(
            f"{path} is a database of another program, not a Delegation Planner register."
        )
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"The register {path} was written by a newer version of Delegation Planner "
            f"(schema {version}; this version knows up to {SCHEMA_VERSION}). "
            "Install the newer version to open it; the file has not been changed."
        )
    return version


def _connect(path: Path, *, read_only: bool) -> Database:
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False)
    db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    # Deleted content is overwritten, not left in free pages: an erased person's name
    # must not be readable from the file (most SQLite builds default this off).
    db.execute("PRAGMA secure_delete = ON")
    if read_only:
        db.execute("PRAGMA query_only = ON")
    return db


def _migrate(db: Database) -> None:
    MIGRATIONS.apply(db)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
