"""One writing window per register.

A second Delegation Planner window on the same file must not overwrite the first
one's work, so the window holds an operating-system lock while it is open:

- on ``<real file>.lock`` beside the register, where the real file is the path
  with every symbolic link resolved, so a link to the register finds the same lock;
  the lock file says who holds it (user, computer, since when) for the others;
- on Linux also an open-file-description lock on one byte of the register file
  itself, far past the bytes SQLite locks, so a *hard link* (another name for the
  same file, with its own ``.lock`` name) cannot be opened for writing twice.

The OS drops both locks when the process ends, even after a crash. A lock that
is still in place (kept by a file server, or a lock file left by another user that
cannot be opened) is *stale* when its holder was a process on this computer that
no longer runs; the window then offers to take it over, which replaces the lock
file with a new one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

# One byte SQLite never locks (its locks are at 0x40000000 .. 0x40000201).
_REGISTER_LOCK_BYTE = 0x40000000 + 4096


@dataclass(frozen=True)
class LockHolder:
    """Who holds a register's lock, as its lock file says."""

    user: str = ""
    host: str = ""
    pid: int = 0
    since: dt.datetime | None = None

    @property
    def on_this_computer(self) -> bool:
        return bool(self.host) and self.host == socket.gethostname()

    def gone(self) -> bool:
        """True if the holder was a process on this computer that no longer runs."""
        if not self.on_this_computer or self.pid <= 0:
            return False
        return not _process_exists(self.pid)

    def describe(self) -> str:
        """In words: 'anna on LUND-PC-12 since 2026-11-29 13:05' (English; the window formats its own)."""
        parts = [self.user or "someone"]
        if self.host:
            parts.append(f"on {self.host}")
        if self.since is not None:
            parts.append(f"since {self.since.strftime('%Y-%m-%d %H:%M')}")
        return " ".join(parts)


class RegisterLock:
    def __init__(self, register_path: Path) -> None:
        self.register_path = Path(register_path).absolute()
        real = self.register_path.resolve()
        self.path = real.with_name(real.name + ".lock")
        self._handle: IO[str] | None = None
        self._register_handle: int | None = None
        self._created = False
        # Why the last acquire() failed: "busy" (held by a running window), "stale"
        # (a lock file left behind that cannot be used) or "unwritable" (none can be made).
        self.failure = ""

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        """Take the lock; False if another process holds it (or it cannot be made)."""
        if self._handle is not None:
            return True
        self.failure = ""
        self._created = not self.path.exists()
        try:
            handle = self.path.open("a+", encoding="utf-8")
        except OSError:
            self.failure = (
                "stale"
                if self.path.exists() and self._stale_file()
                else ("busy" if self.path.exists() else "unwritable")
            )
            return False
        try:
            _lock(handle)
        except OSError:
            handle.close()
            # Held, yet by a process of this computer that no longer runs: a lock a file
            # server kept after a crash. It can be taken over (take_over).
            self.failure = "stale" if self._stale_file() else "busy"
            return False
        if not self.lock_register_file():
            _unlock(handle)
            handle.close()
            if self._created:
                self.path.unlink(missing_ok=True)
            self.failure = "busy"
            return False
        self._handle = handle
        self._write_holder(handle)
        return True

    def lock_register_file(self) -> bool:
        """Lock the register file itself (Linux); True if locked, absent or not supported.

        Called again once a new register has been created.
        """
        if self._register_handle is not None or not hasattr(_fcntl_module(), "F_OFD_SETLK"):
            return True
        try:
            handle = os.open(self.register_path, os.O_RDWR)
        except OSError:
            return True  # not created yet, or read-only: the lock file decides
        try:
            _ofd_lock(handle)
        except OSError:
            os.close(handle)
            return False
        self._register_handle = handle
        return True

    def holder(self) -> LockHolder | None:
        """Who holds the lock, from the lock file (None if unknown)."""
        try:
            text = self.path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        if not text:
            return None
        try:
            data = json.loads(text)
        except ValueError:
            # Written by an older version: "pid@host".
            number, _, host = text.partition("@")
            return LockHolder(host=host, pid=int(number) if number.isdigit() else 0)
        if not isinstance(data, dict):
            return None
        since: dt.datetime | None = None
        with contextlib.suppress(TypeError, ValueError):
            since = dt.datetime.fromisoformat(str(data.get("since")))
        pid = data.get("pid")
        return LockHolder(
            user=str(data.get("user", "")),
            host=str(data.get("host", "")),
            pid=pid if isinstance(pid, int) else 0,
            since=since,
        )

    def take_over(self) -> bool:
        """Remove a stale lock file and take the lock; False if it cannot be removed or is live."""
        if self._handle is not None:
            return True
        holder = self.holder()
        if holder is not None and not holder.gone():
            return False
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            return False
        return self.acquire()

    def release(self, *, tidy: bool = False) -> None:
        """Let go of the lock. With ``tidy``, also remove a lock file this lock created
        (after a register could not be opened, so nothing is left beside a refused file)."""
        if self._register_handle is not None:
            with contextlib.suppress(OSError):
                os.close(self._register_handle)
            self._register_handle = None
        if self._handle is None:
            return
        try:
            with contextlib.suppress(OSError):
                self._handle.seek(0)
                self._handle.truncate()
            _unlock(self._handle)
        finally:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None
        if tidy and self._created:
            self.path.unlink(missing_ok=True)

    def _stale_file(self) -> bool:
        holder = self.holder()
        return holder is not None and holder.gone()

    def _write_holder(self, handle: IO[str]) -> None:
        record = {
            "user": _user_name(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": dt.datetime.now().replace(microsecond=0).isoformat(),
        }
        # Who holds the lock is a courtesy for the others; the lock itself is the OS's.
        # A full disk must not stop the window (the flush would raise).
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(record) + "\n")
            handle.flush()


def _user_name() -> str:
    try:
        login = getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""
    if sys.platform != "win32":
        with contextlib.suppress(ImportError, KeyError):
            import pwd

            full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
            if full and full != login:
                return f"{full} ({login})"
    return login


def _process_exists(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # cannot tell cheaply; never call a Windows holder gone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fcntl_module() -> object:
    if sys.platform == "win32":
        return object()
    import fcntl

    return fcntl


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        with contextlib.suppress(OSError):
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

    def _ofd_lock(handle: int) -> None:
        raise OSError("not supported")

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _ofd_lock(handle: int) -> None:
        # struct flock: l_type, l_whence, l_start, l_len, l_pid (0 for OFD locks).
        request = struct.pack("hhqqii", fcntl.F_WRLCK, os.SEEK_SET, _REGISTER_LOCK_BYTE, 1, 0, 0)
        fcntl.fcntl(handle, fcntl.F_OFD_SETLK, request)
