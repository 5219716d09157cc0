"""Finishing SQLite's own recovery after a crash, without trusting the file first.

A program killed in the middle of a write leaves a *hot journal*
(``<register>-journal``) with the pages as they were before the unfinished change.
SQLite rolls it back on the next read-write open — that restores the last saved
state, and nothing else does: deleting the journal leaves a half-written file.

Rolling back writes to the file, and a file must not be written before it is known
to be a sound register of ours. So the file and its journal are first copied into
a private temporary folder, the copy is rolled back and checked there in full
(integrity, application id, schema number and structure); only then is the real
file opened read-write for SQLite to roll its journal back.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
import time
from pathlib import Path

from delegation_planner.storage.atomic_file import STALE_AFTER_SECONDS
from delegation_planner.storage.errors import ReadOnlyRegisterError, StorageError
from delegation_planner.texts.catalogue import tr

_COPY_PREFIX = "dp-recovery-"


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_journal(path: Path) -> bool:
    """A non-empty rollback journal beside ``path`` (hot, or a write in progress)."""
    try:
        return journal_path(path).stat().st_size > 0
    except OSError:
        return False


def recover(path: Path, *, may_write: bool) -> str:
    """Roll back an interrupted write on ``path`` once a copy proved it safe.

    Returns the file's state afterwards, 'file' or 'empty' (a register whose
    creation was interrupted; rolled back only if ``may_write``, i.e. by someone
    who will create a register there). Raises ``StorageError`` — the file
    untouched — when the rolled-back copy is not a sound register, or when the
    rollback needs write access the file system does not give.
    """
    from delegation_planner.storage.database import inspect_connection

    if not _hot(path):
        return "file" if _size(path) > 0 else "empty"
    _remove_stale_copies()
    with tempfile.TemporaryDirectory(prefix=_COPY_PREFIX) as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(journal_path(path), journal_path(copy))
        conn = sqlite3.connect(copy)
        try:
            # Any read makes SQLite roll the hot journal back into the copy.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            empty = _size(copy) == 0
            if not empty:
                inspect_connection(conn, path)
        except sqlite3.DatabaseError as error:
            raise StorageError(
                tr(
                    "The register {path} was being changed when a program stopped, and what was saved "
                    "before cannot be restored ({error}). Nothing has been changed; keep {name} "
                    "beside it and restore the register from a backup.",
                    path=path,
                    error=error,
                    name=journal_path(path).name,
                )
            ) from error
        finally:
            conn.close()
    if empty and not may_write:
        raise StorageError(
            tr("There is no register at {path} (creating one there was interrupted).", path=path)
        )
    if not _writable(path):
        raise ReadOnlyRegisterError(
            tr(
                "The register {path} was being changed when a program stopped. Nothing is lost, "
                "but undoing the unfinished change needs write access to the file and its folder "
                "once: open it in the window where it can be written. Do not delete {name}: it "
                "holds what is needed to undo the change.",
                path=path,
                name=journal_path(path).name,
            ),
            ReadOnlyRegisterError.FILE,
        )
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        raise StorageError(
            tr(
                "The register {path} was being changed when a program stopped, and the unfinished "
                "change could not be undone ({error}). Nothing is lost; do not delete {name}, "
                "free some space or get write access and open it again.",
                path=path,
                error=error,
                name=journal_path(path).name,
            )
        ) from error
    finally:
        conn.close()
    return "file" if _size(path) > 0 else "empty"


def _remove_stale_copies() -> None:
    """Remove copies a crash during an earlier recovery left in the temporary folder:
    they hold a whole register (personal data) and must not stay there."""
    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob(f"{_COPY_PREFIX}*"):
        try:
            info = folder.lstat()
            if not stat.S_ISDIR(info.st_mode) or now - info.st_mtime < STALE_AFTER_SECONDS:
                continue
            if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)


def _hot(path: Path) -> bool:
    """Whether the journal is hot: a read-only open fails to read only because of it.

    A journal that belongs to a write in progress in another program is not hot;
    SQLite reads past it, and so does this check.
    """
    if _size(path) == 0:
        # A register whose creation was interrupted: nothing in the file can be read
        # read-only, but the journal is there to restore the empty file.
        return True
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return True
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        return "readonly" in str(error).lower() or "read-only" in str(error).lower()
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()
    return False


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
