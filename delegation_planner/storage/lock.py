"""One writing window per register.

A second Delegation Planner window on the same file must not overwrite the first
one's work, so the window holds an operating-system lock on ``<register>.lock``
while it is open. The OS drops the lock when the process ends, even after a
crash, so a stale lock file never blocks anyone.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import IO


class RegisterLock:
    def __init__(self, register_path: Path) -> None:
        self.path = register_path.with_name(register_path.name + ".lock")
        self._handle: IO[str] | None = None
        self._created = False

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        """Take the lock; False if another process holds it (or it cannot be made)."""
        if self._handle is not None:
            return True
        self._created = not self.path.exists()
        try:
            handle = self.path.open("a+", encoding="utf-8")
        except OSError:
            return False
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}@{socket.gethostname()}\n")
        handle.flush()
        self._handle = handle
        return True

    def holder(self) -> str:
        """Who holds the lock, as ``pid@host``, or '' if unknown."""
        try:
            return self.path.read_text(encoding="utf-8").strip()
        except OSError:
            return ""

    def release(self, *, tidy: bool = False) -> None:
        """Let go of the lock. With ``tidy``, also remove a lock file this lock created
        (after a register could not be opened, so nothing is left beside a refused file)."""
        if self._handle is None:
            return
        try:
            self._handle.seek(0)
            self._handle.truncate()
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None
        if tidy and self._created:
            self.path.unlink(missing_ok=True)


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
