"""Opening a register file safely.

The order matters: a file is first looked at byte-wise and then read-only, so a
file that is not ours, is damaged or was written by a newer version is refused
*before* anything could write to it (it stays byte for byte as it was). Only then
is it opened for writing, backed up with SQLite's backup API if a migration is
due, and migrated — the whole migration in one transaction, so a crash leaves the
old schema or the new one, never a mixture.

After a crash in the middle of a write, SQLite leaves a *hot journal* beside the
file (``register.sqlite3-journal``) holding what is needed to undo the unfinished
change; the next read-write open rolls it back. A read-only connection cannot, so
a file with a hot journal is checked on a private copy rolled back there; only if
that copy is a sound register of ours is the real file opened read-write to roll
its journal back (see ``recovery``).

The register keeps SQLite's rollback journal rather than WAL: WAL needs shared
memory beside the file (broken on network folders, where some offices still keep
their register), needs write access even to read after a crash, and its extra
files are easily left behind when a register is copied. Every transaction here is
short except an import, so WAL's concurrency would buy little.

Only the window and ``import`` create a register, and only where there is no file
or an empty one. Commands that only read open the file read-only; an older
register is upgraded for them in memory, never on disk.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path
from typing import TYPE_CHECKING, overload

from delegation_planner.storage import check_cache
from delegation_planner.storage.backups import backup_to, prune, upgrade_backup_path, upgrade_backups
from delegation_planner.storage.dialect import is_server
from delegation_planner.storage.errors import (
    DamagedRegisterError,
    NewerSchemaError,
    NotARegisterError,
    ReadOnlyRegisterError,
    StorageError,
    WriteFailedError,
    write_reason,
)
from delegation_planner.storage.locations import APP_NAME as APP_NAME
from delegation_planner.storage.locations import DEFAULT_FILE_NAME as DEFAULT_FILE_NAME
from delegation_planner.storage.locations import default_database_path as default_database_path
from delegation_planner.storage.register_database import RegisterDatabase as RegisterDatabase
from delegation_planner.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from delegation_planner.storage.schema_check import schema_problems
from delegation_planner.storage.server_url import is_server_url
from delegation_planner.texts.catalogue import tr

if TYPE_CHECKING:  # psycopg is imported when a server register is opened, not for a file
    from sqlite_utils import Database

    from delegation_planner.storage.server import ServerDatabase

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_VARIABLE = "DELEGATION_PLANNER_BUSY_TIMEOUT"


def _busy_timeout_from_environment(default: float = 5.0) -> float:
    """Seconds from ``DELEGATION_PLANNER_BUSY_TIMEOUT`` (0-600), else ``default``: a slow
    network folder may want longer, a test of the refusal a fraction of a second."""
    try:
        seconds = float(os.environ.get(BUSY_TIMEOUT_VARIABLE, ""))
    except ValueError:
        return default
    return seconds if 0 <= seconds <= 600 else default


# How long a write waits for another program's write to finish before it is refused
# with a message; tests pass a fraction of a second (as a parameter, or the variable
# for a command run as its own process).
DEFAULT_BUSY_TIMEOUT = _busy_timeout_from_environment()


def open_database(
    path: Path | str,
    *,
    read_only: bool = False,
    create: bool = True,
    upgrade_in_memory: bool = False,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
) -> RegisterDatabase | ServerDatabase:
    """Open (or with ``create``, make) the register at ``path``, checked and migrated.

    ``read_only`` never writes to the file, its folder or a backup. An older register
    is then refused, or with ``upgrade_in_memory`` upgraded in a copy held in memory
    (for commands that only read). Raises a ``StorageError`` subclass with a
    plain-words message for every reason the file cannot be used.
    """
    from delegation_planner.storage import recovery

    if is_server_url(path):
        return _open_server(str(path), read_only=read_only, create=create)
    path = Path(path)
    state = _file_state(path)
    if state == "file" and recovery.has_journal(path):
        # An interrupted write (a crash) left a journal: undo it as SQLite would, but
        # only after a copy showed that the result is a register of ours. Commands
        # that only read do this too: it restores the file as last saved, and nothing
        # can be read before it is done.
        state = recovery.recover(path, may_write=create and not read_only)
    if state != "file":
        if read_only or not create:
            if state == "empty":
                raise NotARegisterError(tr("{path} is an empty file, not a register.", path=path))
            raise StorageError(tr("There is no register at {path}.", path=path))
        return _create(path, busy_timeout)
    _check_header(path)
    version = _inspect_read_only(path)
    if read_only:
        if version < SCHEMA_VERSION:
            if upgrade_in_memory:
                return _upgraded_in_memory(path, busy_timeout)
            raise StorageError(
                tr(
                    "The register {path} was written by an older version and must be upgraded before "
                    "it can be read here, which needs write access to it and its folder once: open it "
                    "in the window where it can be written, or run 'delegation-planner import' on it.",
                    path=path,
                )
            )
        return connect(path, read_only=True, busy_timeout=busy_timeout)
    problem = _write_problem(path)
    if problem is not None:
        raise problem
    try:
        db = connect(path, read_only=False, busy_timeout=busy_timeout)
    except sqlite3.Error as error:
        raise ReadOnlyRegisterError(
            tr("Cannot open the register {path} for writing: {error}.", path=path, error=error)
        ) from error
    try:
        _probe_write(db, path, version)
        if version < SCHEMA_VERSION:
            _backup_before_upgrade(db, path, version)
            _migrate(db, path)
    except BaseException:
        db.close()
        raise
    return db


def inspect_file(path: Path) -> int:
    """Check ``path`` read-only as a register and return its schema number (raises ``StorageError``)."""
    if _file_state(path) != "file":
        raise NotARegisterError(tr("{path} is not a register (it is missing or empty).", path=path))
    _check_header(path)
    return _inspect_read_only(path)


def is_writable(db: Database) -> bool:
    if is_server(db):
        from delegation_planner.storage.server_rights import may_write

        return not db.read_only and may_write(db, "delegations")
    return not bool(db.execute("PRAGMA query_only").fetchone()[0])


def _open_server(url: str, *, read_only: bool, create: bool) -> ServerDatabase:
    """A register on a PostgreSQL server: checked, and (``create``) made or upgraded.

    Several people use a server register at once, so nothing here is locked beyond
    the one transaction that upgrades it; ``read_only`` makes the session refuse writes.
    """
    from delegation_planner.storage.server import connect
    from delegation_planner.storage.server_schema import prepare_for_use

    db = connect(url, read_only=read_only)
    try:
        prepare_for_use(db, create=create and not read_only)
    except BaseException:
        db.close()
        raise
    return db


def _file_state(path: Path) -> str:
    """'missing', 'empty' or 'file'; a folder, device or other special file is refused."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return "missing"
    except OSError as error:
        raise StorageError(tr("Cannot read {path}: {reason}.", path=path, reason=error.strerror)) from error
    if stat.S_ISDIR(info.st_mode):
        raise NotARegisterError(tr("{path} is a folder, not a register file.", path=path))
    if not stat.S_ISREG(info.st_mode):
        raise NotARegisterError(
            tr("{path} is not a regular file (it is a device, pipe or socket).", path=path)
        )
    return "file" if info.st_size > 0 else "empty"


def _create(path: Path, busy_timeout: float) -> RegisterDatabase:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ReadOnlyRegisterError(
            tr("Cannot create the folder for {path}: {reason}.", path=path, reason=error.strerror),
            ReadOnlyRegisterError.FOLDER,
        ) from error
    try:
        db = connect(path, read_only=False, busy_timeout=busy_timeout)
    except sqlite3.Error as error:
        raise ReadOnlyRegisterError(
            tr("Cannot create the register {path}: {error}.", path=path, error=error)
        ) from error
    try:
        _migrate(db, path)
    except BaseException:
        db.close()
        raise
    return db


def _write_problem(path: Path) -> ReadOnlyRegisterError | None:
    """Why ``path`` cannot be written, by its permissions (None if it looks writable).

    A file or folder without any write permission is treated as read-only even for
    an administrator, who could write it: someone marked it so on purpose.
    """
    folder = path.parent
    try:
        file_mode = path.stat().st_mode
        folder_mode = folder.stat().st_mode
    except OSError:
        return None
    if not os.access(path, os.W_OK) or not file_mode & 0o222:
        return ReadOnlyRegisterError(
            tr("The register file {path} is read-only.", path=path), ReadOnlyRegisterError.FILE
        )
    if not os.access(folder, os.W_OK | os.X_OK) or not folder_mode & 0o222:
        return ReadOnlyRegisterError(
            tr(
                "The folder {folder} holding the register is read-only; saving needs to write a "
                "journal file beside the register.",
                folder=folder,
            ),
            ReadOnlyRegisterError.FOLDER,
        )
    return None


def _probe_write(db: Database, path: Path, version: int) -> None:
    """Start a write and roll it back: permissions do not show an immutable file or
    a read-only mount, but this does, before anyone types an edit."""
    if version == 0:
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            db.conn.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            db.conn.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        text = str(error).lower()
        if "unable to open" in text:
            raise ReadOnlyRegisterError(
                tr(
                    "The folder {parent} holding the register cannot be written; saving needs to "
                    "write a journal file beside the register.",
                    parent=path.parent,
                ),
                ReadOnlyRegisterError.FOLDER,
            ) from error
        if "readonly" in text or "read-only" in text:
            raise ReadOnlyRegisterError(
                tr(
                    "The register file {path} cannot be written (it is read-only, locked against "
                    "changes or on a read-only drive).",
                    path=path,
                ),
                ReadOnlyRegisterError.FILE,
            ) from error
        # A full disk or a busy register is no reason to open read-only: saves will say so
        # in words when they happen, and the window must start to let people look.


def _backup_before_upgrade(db: Database, path: Path, version: int) -> None:
    target = upgrade_backup_path(path, version)
    try:
        backup_to(db.conn, target)
    except (OSError, sqlite3.Error) as error:
        reason = write_reason(error)
        raise StorageError(
            tr(
                "The register {path} needs an upgrade to this version, and a backup is written "
                "beside it first; that backup could not be written ({reason}). The register has "
                "not been changed and no partial backup was left; free some space and open it "
                "again.",
                path=path,
                reason=reason,
            )
        ) from error
    prune(upgrade_backups(path))


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StorageError(tr("Cannot read {path}: {reason}.", path=path, reason=error.strerror)) from error
    if header != SQLITE_HEADER:
        raise NotARegisterError(
            tr("{path} is not a Delegation Planner register (it is not a database file).", path=path)
        )


def _inspect_read_only(path: Path) -> int:
    """Check a file without writing to it; return its schema number."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=DEFAULT_BUSY_TIMEOUT)
    except sqlite3.Error as error:
        raise StorageError(tr("Cannot open {path}: {error}.", path=path, error=error)) from error
    try:
        return inspect_connection(conn, path)
    finally:
        conn.close()


# Files that passed the quick check in this process, as (path, size, modification time):
# the check reads the whole file (two seconds for 100,000 delegations), and the window's
# background work opens the register again and again. A file changed since is checked again.
_CHECKED: set[tuple[str, int, int]] = set()


def _check_key(path: Path) -> tuple[str, int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (str(path.resolve()), status.st_size, status.st_mtime_ns)


def inspect_connection(conn: sqlite3.Connection, path: Path) -> int:
    """Check the database on ``conn`` as the register at ``path``; return its schema number.

    The full check (SQLite's ``quick_check`` and the structure against the migrations)
    reads the whole file: seconds for 100,000 delegations, before the window can show
    anything. A file that passed it and has not changed since by a single byte of its
    header, size, times or inode (any write changes those) is not read through again;
    a file that was changed, by this program or another, is checked in full.
    """
    try:
        fingerprint = check_cache.fingerprint(path, conn)
        if check_cache.was_verified(path, fingerprint):
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        state = _check_key(path)
        if state is None or state not in _CHECKED:
            result = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:
                raise DamagedRegisterError(
                    tr(
                        "The register {path} is damaged ({value}). It has not been changed; restore it "
                        "from a backup.",
                        path=path,
                        value=result[0],
                    )
                )
            if state is not None:
                _CHECKED.add(state)
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if application_id != APPLICATION_ID:
            raise NotARegisterError(
                tr("{path} is a database of another program, not a Delegation Planner register.", path=path)
            )
        if version > SCHEMA_VERSION:
            raise NewerSchemaError(
                tr(
                    "The register {path} was written by a newer version of Delegation Planner (schema "
                    "{version}; this version knows up to {schema_version}). Install the newer version "
                    "to open it; the file has not been changed.",
                    path=path,
                    version=version,
                    schema_version=SCHEMA_VERSION,
                )
            )
        problems = schema_problems(conn, version)
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise StorageError(
                tr(
                    "The register {path} is in use by another program right now; try again in a moment.",
                    path=path,
                )
            ) from error
        raise DamagedRegisterError(
            tr(
                "The register {path} is damaged or not a database ({error}). It has not been changed.",
                path=path,
                error=error,
            )
        ) from error
    except sqlite3.DatabaseError as error:
        raise DamagedRegisterError(
            tr(
                "The register {path} is damaged or not a database ({error}). It has not been changed.",
                path=path,
                error=error,
            )
        ) from error
    if problems:
        raise DamagedRegisterError(
            tr(
                "The register {path} is not as Delegation Planner keeps it: {choices}. It may have "
                "been changed by another program or damaged. It has not been changed; restore it "
                "from a backup.",
                path=path,
                choices="; ".join(problems),
            )
        )
    check_cache.remember_verified(path, fingerprint)
    return version


def _upgraded_in_memory(path: Path, busy_timeout: float) -> RegisterDatabase:
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        source.backup(memory)
    finally:
        source.close()
    db = RegisterDatabase(memory, None, busy_timeout)
    db.execute("PRAGMA foreign_keys = ON")
    _migrate(db, path)
    db.execute("PRAGMA query_only = ON")
    return db


@overload
def connect(path: Path, *, read_only: bool, busy_timeout: float = ...) -> RegisterDatabase: ...
@overload
def connect(
    path: Path | str, *, read_only: bool, busy_timeout: float = ...
) -> RegisterDatabase | ServerDatabase: ...
def connect(
    path: Path | str, *, read_only: bool, busy_timeout: float = DEFAULT_BUSY_TIMEOUT
) -> RegisterDatabase | ServerDatabase:
    """A connection to an existing register with the program's pragmas: the one place
    they are set, for the window's connection and for every worker's own.

    Checking and migrating the file is ``open_database``'s work, done once when the
    window opens the register; a worker connects to the file as it then is. A server
    register (a URL) gets a connection of its own: psycopg connections serve one thread.
    """
    if is_server_url(path):
        from delegation_planner.storage import server

        return server.connect(str(path), read_only=read_only)
    path = Path(path)
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False)
    db = RegisterDatabase(conn, path, busy_timeout)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {max(0, int(busy_timeout * 1000))}")
    # Deleted content is overwritten, not left in free pages: an erased person's name
    # must not be readable from the file (most SQLite builds default this off).
    db.execute("PRAGMA secure_delete = ON")
    if read_only:
        db.execute("PRAGMA query_only = ON")
    else:
        # Stated, not assumed: a rollback journal, synced in full at every commit.
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = FULL")
    return db


def database_file(db: Database) -> Path | str:
    """The file behind a connection (a server register's URL), for a worker that opens its own."""
    if is_server(db):
        return db.url
    return Path(db.execute("PRAGMA database_list").fetchone()[2])


def _migrate(db: RegisterDatabase, path: Path) -> None:
    try:
        # One transaction for every step and both header fields (the steps' own
        # transactions become savepoints): a crash leaves the old schema or the new one.
        # A step that cannot run in a transaction (VACUUM) gets its own, as sqlite-utils runs it.
        outside = any(not step.transactional for step in MIGRATIONS.pending(db))
        with contextlib.nullcontext() if outside else db.atomic():
            MIGRATIONS.apply(db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except WriteFailedError as error:
        cause = error.__cause__
        text = str(cause).lower()
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise ReadOnlyRegisterError(
                tr("The register {path} cannot be written (it or its folder is read-only).", path=path),
                ReadOnlyRegisterError.FOLDER if "unable to open" in text else ReadOnlyRegisterError.FILE,
            ) from error
        reason = write_reason(cause) if cause is not None else str(error)
        raise StorageError(
            tr(
                "The register {path} could not be prepared for this version ({reason}). It has "
                "not been changed; free some space or check the drive and open it again.",
                path=path,
                reason=reason,
            )
        ) from error
