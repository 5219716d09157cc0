"""One open register: its file, its database connection and its lock.

Kept apart from the window so that switching registers is "close one session,
open another", and so that tests can open a second session on the same file to
see what a second window would get. Qt-free in substance; it lives in ``ui``
because only the window needs the read-only fallback.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from delegation_planner.storage.database import DEFAULT_BUSY_TIMEOUT, open_database
from delegation_planner.storage.errors import ReadOnlyRegisterError, StorageError
from delegation_planner.storage.lock import LockHolder, RegisterLock

IN_USE = "in_use"
NOT_WRITABLE = "not_writable"  # the file itself is read-only
FOLDER_NOT_WRITABLE = "folder_not_writable"  # its folder is (no journal can be written)
STALE_LOCK = "stale_lock"  # a lock left by a window that no longer runs; can be taken over


@dataclass
class RegisterSession:
    path: Path
    db: Database
    read_only: bool
    lock: RegisterLock
    holder: LockHolder | None = None  # who holds the lock when this session is read-only because of it
    # Why a session is read-only: IN_USE, STALE_LOCK, NOT_WRITABLE or FOLDER_NOT_WRITABLE;
    # the window phrases it (translated) for people.
    why_read_only: str = ""
    detail: str = ""  # the storage layer's own words for why, for a tooltip

    @classmethod
    def open(cls, path: Path | str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> RegisterSession:
        """Open ``path`` for writing if no other window has it, else read-only.

        Raises ``StorageError`` (plain words, shown to people as they are) when the
        file cannot be used at all.
        """
        path = Path(path).expanduser().absolute()
        lock = RegisterLock(path)
        if not path.parent.exists():
            # The lock file sits beside the register, so its folder must exist first;
            # if it cannot be made, open_database below says why in plain words.
            with contextlib.suppress(OSError):
                path.parent.mkdir(parents=True, exist_ok=True)
        if lock.acquire():
            try:
                db = open_database(path, busy_timeout=busy_timeout)
            except ReadOnlyRegisterError as error:
                lock.release(tidy=True)
                if not path.exists():
                    raise
                # A file on a read-only share or with read-only permissions can still be read.
                db = open_database(path, read_only=True, busy_timeout=busy_timeout)
                why = FOLDER_NOT_WRITABLE if error.reason == ReadOnlyRegisterError.FOLDER else NOT_WRITABLE
                return cls(path, db, True, lock, why_read_only=why, detail=str(error))
            except BaseException:
                lock.release(tidy=True)
                raise
            if not lock.lock_register_file():
                # A new register was just made, and another name for it is open elsewhere.
                db.close()
                lock.release(tidy=True)
                db = open_database(path, read_only=True, create=False, busy_timeout=busy_timeout)
                return cls(path, db, True, lock, why_read_only=IN_USE)
            return cls(path, db, False, lock)
        db = open_database(path, read_only=True, create=False, busy_timeout=busy_timeout)
        why = {"busy": IN_USE, "stale": STALE_LOCK}.get(lock.failure, FOLDER_NOT_WRITABLE)
        return cls(path, db, True, lock, holder=lock.holder(), why_read_only=why)

    def take_over(self) -> RegisterSession | None:
        """A writable session on the same file after removing a stale lock (None if not possible)."""
        if self.why_read_only != STALE_LOCK:
            return None
        lock = RegisterLock(self.path)
        if not lock.take_over():
            return None
        try:
            db = open_database(self.path, busy_timeout=self.db_busy_timeout())
        except StorageError:
            lock.release()
            return None
        self.close()
        return RegisterSession(self.path, db, False, lock)

    def db_busy_timeout(self) -> float:
        return float(getattr(self.db, "busy_timeout", DEFAULT_BUSY_TIMEOUT))

    def close(self) -> None:
        """Close the database and let another window write to the register (idempotent)."""
        try:
            self.db.close()
        finally:
            self.lock.release()
