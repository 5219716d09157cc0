"""The one way this program writes a file: whole, or not at all.

Every document, export and backup goes through ``write_atomically``:

- the content is written to a temporary file in the target's own folder (so the
  final rename never crosses a file system), created private (0600) because it
  may hold the whole register while it is being written;
- the temporary file is flushed to the disk (``fsync``) and only then given its
  final permissions — those of the file it replaces, or for a new file the usual
  ones for the user (0666 less the umask), so colleagues on a shared folder can
  open a document as they could before — and renamed over the target; the folder
  is synced too, so the rename itself survives a power cut;
- on any failure (a full disk, a cancelled build, an exception) the temporary
  file is removed and the previous file, if any, is left as it was;
- a temporary file of ours left behind by a crash (recognised by its prefix, owned
  by the same user and older than a few minutes) is removed the next time the
  program writes into that folder;
- the target must be a regular file or not exist yet: a folder, a device such as
  ``/dev/full``, a pipe or a symbolic link is refused with a plain reason instead
  of being replaced.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path

from delegation_planner.texts.catalogue import tr

TEMP_PREFIX = ".dp-partial-"
TEMP_SUFFIX = ".tmp"
# A temporary file this old cannot belong to a write still in progress (the slowest,
# the annual report of a busy year, takes seconds).
STALE_AFTER_SECONDS = 10 * 60


class UnwritableTargetError(OSError):
    """The target exists but is not a regular file (a folder, device, link …)."""


def write_atomically(path: Path | str, write: Callable[[Path], None], *, private: bool = False) -> Path:
    """Let ``write`` fill a private temporary file beside ``path``, then move it into place.

    ``write`` receives the temporary file's path (it exists, empty, mode 0600) and may
    open it by name, as python-docx and openpyxl do. Returns ``path``. Raises
    ``OSError`` (``UnwritableTargetError`` for a target that is not a regular file).
    ``private`` keeps the file readable by its owner only (a backup holds the whole register).
    """
    target = Path(path)
    mode = _final_mode(target)
    if private:
        mode = 0o600
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_temporaries(folder)
    temporary = _create_temporary(folder, target.name)
    try:
        write(temporary)
        _sync_file(temporary)
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(folder)
    return target


def write_bytes_atomically(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (see ``write_atomically``)."""

    def write(temporary: Path) -> None:
        with temporary.open("wb") as stream:
            stream.write(data)

    return write_atomically(path, write)


def check_target(path: Path | str) -> None:
    """Refuse (``UnwritableTargetError``) a target that exists and is not a regular file."""
    _final_mode(Path(path))


def temporary_path(folder: Path, name: str) -> Path:
    """A fresh private temporary file in ``folder`` for writers that must rename themselves."""
    return _create_temporary(folder, name)


def remove_stale_temporaries(folder: Path, *, older_than: float = STALE_AFTER_SECONDS) -> int:
    """Remove our own temporary files in ``folder`` left by a crash; how many were removed.

    Only regular files with our prefix, owned by this user and not touched for
    ``older_than`` seconds: a write in progress in another window is never disturbed.
    """
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not (entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(TEMP_SUFFIX)):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < older_than:
                continue
            if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
                continue
            os.unlink(entry.path)
            removed += 1
        except OSError:
            continue
    return removed


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles to sync)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _final_mode(target: Path) -> int:
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
    if stat.S_ISLNK(info.st_mode):
        raise UnwritableTargetError(
            tr(
                "{target} is a symbolic link; give the path of the file itself, so that what the "
                "link points to is not replaced by surprise",
                target=target,
            )
        )
    if stat.S_ISDIR(info.st_mode):
        raise UnwritableTargetError(tr("{target} is a folder; give a file name inside it", target=target))
    if not stat.S_ISREG(info.st_mode):
        raise UnwritableTargetError(
            tr(
                "{target} is not a regular file (it is a device, pipe or socket); give the path "
                "of a file to write",
                target=target,
            )
        )
    return stat.S_IMODE(info.st_mode)


def _create_temporary(folder: Path, name: str) -> Path:
    # The target's name in the temporary's name tells a person whose leftover it is.
    readable = "".join(c for c in name[:40] if c.isalnum() or c in "._-")
    for _attempt in range(100):
        candidate = folder / f"{TEMP_PREFIX}{readable}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            handle = os.open(
                candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
            )
        except FileExistsError:
            continue
        os.close(handle)
        return candidate
    raise FileExistsError(tr("Cannot make a temporary file in {folder}.", folder=folder))


def _sync_file(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())
