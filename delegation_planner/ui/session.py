"""One open register: its file, its database connection and its lock.

Kept apart from the window so that switching registers is "close one session,
open another", and so that tests can open a second session on the same file to
see what a second window would get. Qt-free in substance; it lives in ``ui``
because only the window needs the read-only fallback.
"""

from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from sqlite_utils import Database

from delegation_planner.storage import check_cache
from delegation_planner.storage.database import DEFAULT_BUSY_TIMEOUT, is_writable, open_database
from delegation_planner.storage.dialect import is_server
from delegation_planner.storage.errors import ReadOnlyRegisterError, StorageError
from delegation_planner.storage.lock import LockHolder, RegisterLock
from delegation_planner.storage.server_url import is_server_url
from delegation_planner.ui.typing_pause import TypingPause

IN_USE = "in_use"
NOT_WRITABLE = "not_writable"  # the file itself is read-only
FOLDER_NOT_WRITABLE = "folder_not_writable"  # its folder is (no journal can be written)
STALE_LOCK = "stale_lock"  # a lock left by a window that no longer runs; can be taken over
ROLE_READER = "role_reader"  # a server register whose role may only read


class ServerLock(RegisterLock):
    """A server register has no lock file: the server lets several people write at once,
    and a save over someone else's newer change is refused by its revision."""

    def __init__(self) -> None:
        super().__init__(Path.home() / ".delegation-planner-server")

    def acquire(self) -> bool:
        return True

    def release(self, *, tidy: bool = False) -> None:
        return None


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
    # A register on a server: its URL (a password, if one was typed, only in memory). For a
    # server session ``path`` is only the folder file dialogs start in.
    url: str = ""
    # The pages that take typing say so; background computations wait while it goes on.
    typing: TypingPause = field(default_factory=TypingPause)

    @property
    def is_server(self) -> bool:
        return bool(self.url)

    @property
    def location(self) -> Path | str:
        """What a second connection opens: the file, or the server URL."""
        return self.url or self.path

    @property
    def file(self) -> Path | None:
        """The register file, None for a server register (it has no backups beside it)."""
        return None if self.url else self.path

    @property
    def name(self) -> str:
        """The register as people know it: the file's name, or the database and its server."""
        if not self.url:
            return self.path.name
        parts = urlsplit(self.url)
        return f"{parts.path.strip('/')} @ {parts.hostname or 'localhost'}"

    @classmethod
    def open(cls, path: Path | str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> RegisterSession:
        """Open ``path`` for writing if no other window has it, else read-only.

        Raises ``StorageError`` (plain words, shown to people as they are) when the
        file cannot be used at all.
        """
        if is_server_url(path):
            return cls._open_server(str(path))
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

    @classmethod
    def _open_server(cls, url: str) -> RegisterSession:
        from delegation_planner.storage.libpq_peek import never_ask_for_pass_phrases

        # Before psycopg's first connection of the window: no pass phrase asked on a terminal.
        never_ask_for_pass_phrases()
        # Not create: an empty database is prepared by `server init` (by whoever may
        # create its roles), not by the first window that connects to it.
        db = open_database(url, create=False)
        read_only = not is_writable(db)
        # File dialogs (export, documents) start in the home folder, under the database's name.
        anchor = Path.home() / (urlsplit(url).path.strip("/") or "register")
        return cls(
            anchor, db, read_only, ServerLock(), why_read_only=ROLE_READER if read_only else "", url=url
        )

    @functools.cached_property
    def may_decide(self) -> bool:
        """Whether this person may record the decision body's decisions and change the office's
        profiles: on a server the decider role (the server refuses the others anyway)."""
        if self.read_only:
            return False
        if is_server(self.db):
            from delegation_planner.storage.server_rights import may_write

            return may_write(self.db, "grip_decisions")
        return True

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
            if not self.read_only and not self.is_server and self.path.is_file():
                # Checked when opened, written only by this window since: the next start
                # need not read the whole file again before it shows the first rows.
                check_cache.remember_written(self.path)
        finally:
            self.lock.release()
