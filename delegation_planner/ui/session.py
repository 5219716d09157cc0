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

from delegation_planner.storage.database import open_database
from delegation_planner.storage.errors import ReadOnlyRegisterError
from delegation_planner.storage.lock import RegisterLock

IN_USE = "in_use"
NOT_WRITABLE = "not_writable"


@dataclass
class RegisterSession:
    path: Path
    db: Database
    read_only: bool
    lock: RegisterLock
    holder: str = ""  # who holds the lock when this session is read-only because of it
    # Why a session is read-only: IN_USE (another window has the lock) or NOT_WRITABLE;
    # the window phrases it (translated) for people.
    why_read_only: str = ""

    @classmethod
    def open(cls, path: Path | str) -> RegisterSession:
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
                return cls(path, open_database(path), False, lock)
            except ReadOnlyRegisterError:
                lock.release(tidy=True)
                if not path.exists():
                    raise
                # A file on a read-only share or with read-only permissions can still be read.
                db = open_database(path, read_only=True)
                return cls(path, db, True, lock, why_read_only=NOT_WRITABLE)
            except BaseException:
                lock.release(tidy=True)
                raise
        db = open_database(path, read_only=True, create=False)
        # No lock file at all means it could not be created: the folder is read-only.
        why = IN_USE if lock.path.exists() else NOT_WRITABLE
        return cls(path, db, True, lock, holder=lock.holder(), why_read_only=why)

    def close(self) -> None:
        """Close the database and let another window write to the register (idempotent)."""
        try:
            self.db.close()
        finally:
            self.lock.release()
