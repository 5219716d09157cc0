"""Putting a backup back in place of the register.

The backup is checked whole before anything is touched: an SQLite file, a
Delegation Planner register (application id), not from a newer version, SQLite's
full ``integrity_check`` and the complete structure check. The register as it is
now is kept first (``register.sqlite3.before-restore-YYYYMMDD-HHMMSS.bak``); then
the backup is copied beside it and renamed over it in one step. A register open
for writing in a window (its lock held) is not replaced under that window.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from delegation_planner.storage import recovery
from delegation_planner.storage.atomic_file import write_atomically
from delegation_planner.storage.backups import backup_to
from delegation_planner.storage.database import SQLITE_HEADER, inspect_connection
from delegation_planner.storage.errors import DamagedRegisterError, NotARegisterError, StorageError
from delegation_planner.storage.lock import RegisterLock
from delegation_planner.texts.catalogue import tr


def check_backup(source: Path) -> int:
    """Check ``source`` in full as a register backup; its schema number (raises ``StorageError``)."""
    source = Path(source)
    if not source.is_file():
        raise StorageError(tr("There is no backup file at {source}.", source=source))
    if recovery.has_journal(source):
        raise DamagedRegisterError(
            tr(
                "The backup {source} has an unfinished change beside it ({name}); open it once as "
                "a register first, or choose another backup.",
                source=source,
                name=recovery.journal_path(source).name,
            )
        )
    try:
        with source.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StorageError(
            tr("Cannot read {source}: {reason}.", source=source, reason=error.strerror)
        ) from error
    if header != SQLITE_HEADER:
        raise NotARegisterError(
            tr("{source} is not a register backup (it is not a database file).", source=source)
        )
    conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        version = inspect_connection(conn, source)
        result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    except DamagedRegisterError as error:
        # Said of the backup, not "the register": the register itself is not touched.
        if isinstance(error.__cause__, sqlite3.DatabaseError):
            raise DamagedRegisterError(
                tr("The backup {source} is damaged ({error}).", source=source, error=error.__cause__)
            ) from error.__cause__
        raise
    except sqlite3.DatabaseError as error:
        raise DamagedRegisterError(
            tr("The backup {source} is damaged ({error}).", source=source, error=error)
        ) from error
    finally:
        conn.close()
    if result != ["ok"]:
        raise DamagedRegisterError(
            tr("The backup {source} is damaged ({value}).", source=source, value=result[0])
        )
    return version


# The steps a restore reports as progress: the backup checked, the register kept, replaced.
RESTORE_STEPS = 3


def restore_register(
    source: Path,
    register: Path,
    *,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path | None:
    """Replace ``register`` by the backup ``source``; the kept copy of the old register (None if none).

    Raises ``StorageError`` with the register unchanged when the backup is refused,
    the register is open for writing in a window, or a file cannot be written.
    ``progress(done, RESTORE_STEPS)`` is called as each step is done.
    """

    def step(done: int) -> None:
        if progress is not None:
            progress(done, RESTORE_STEPS)

    source, register = Path(source), Path(register).absolute()
    if source.resolve() == register.resolve():
        raise StorageError(tr("The backup and the register are the same file."))
    check_backup(source)
    step(1)
    lock = RegisterLock(register)
    if not lock.acquire():
        holder = lock.holder()
        who = f" ({holder.describe()})" if holder is not None else ""
        raise StorageError(
            tr(
                "The register {register} is open in a Delegation Planner window{who}; close it there first.",
                register=register,
                who=who,
            )
        )
    try:
        kept = _keep_current(register, now or dt.datetime.now())
        step(2)
        conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            # Not private: the register keeps the permissions it had (colleagues on a
            # shared folder open it as before).
            backup_to(conn, register, private=False)
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise StorageError(
            tr("The register {register} was not replaced: {reason}.", register=register, reason=reason)
        ) from error
    finally:
        lock.release(tidy=True)  # no lock file left beside a register no window has open
    step(3)
    return kept


def _keep_current(register: Path, now: dt.datetime) -> Path | None:
    """Keep the register as it is now beside it; None if there is none."""
    if not register.exists() or register.stat().st_size == 0:
        return None
    kept = register.with_name(f"{register.name}.before-restore-{now.strftime('%Y%m%d-%H%M%S')}.bak")
    if recovery.has_journal(register):
        try:
            recovery.recover(register, may_write=True)
        except StorageError:
            # A register damaged beyond rollback is kept as it is, journal and all.
            _copy_bytes(register, kept)
            recovery.journal_path(register).replace(recovery.journal_path(kept))
            return kept
    try:
        conn = sqlite3.connect(f"{register.resolve().as_uri()}?mode=ro", uri=True)
        try:
            backup_to(conn, kept)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        _copy_bytes(register, kept)  # not readable as a database: keep its bytes
    return kept


def _copy_bytes(register: Path, kept: Path) -> None:
    """Keep a damaged register's bytes exactly, through the one atomic writer.

    Byte for byte, not through SQLite's backup: a file SQLite cannot read cannot be
    copied by it, and whoever rescues it later (``sqlite3 .recover``, a consultant)
    needs the damage as it is, not a tidied copy. Atomically and private all the
    same: a half-written copy must never pass for the kept register, and it holds
    the whole register, as a backup does.
    """

    def copy_into(temporary: Path) -> None:
        shutil.copyfile(register, temporary)

    write_atomically(kept, copy_into, private=True)
