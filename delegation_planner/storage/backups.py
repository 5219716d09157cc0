"""Backups of a register: before an upgrade, on request, daily on closing the window.

Every backup is made with SQLite's backup API (a consistent copy even while the
register is in use) into a private temporary file beside the target, synced and
then renamed into place — a full disk or a crash leaves no 0-byte or half-made
backup behind, only the error.

Where they go:

- before a schema upgrade: beside the register, ``register.sqlite3.schema3-YYYYMMDD-HHMMSS.bak``;
- the daily backup when the window closes: in the ``backups`` folder beside the
  register, ``register-YYYYMMDD.sqlite3`` (one a day; the day's latest close wins);
- on request: wherever the person says (``delegation-planner backup``, File ▸ Back up register…).

Both kinds kept automatically are pruned to the newest ``KEEP_BACKUPS`` (7).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

from delegation_planner.storage.atomic_file import check_target, write_atomically
from delegation_planner.storage.errors import StorageError, write_reason
from delegation_planner.texts.catalogue import tr

KEEP_BACKUPS = 7
BACKUP_FOLDER = "backups"


def backup_to(source: sqlite3.Connection, target: Path, *, private: bool = True) -> Path:
    """Copy the database on ``source`` to ``target`` whole or not at all.

    Raises ``OSError`` or ``sqlite3.Error``; on failure nothing is left at ``target``
    (a file that was there before stays as it was).
    """
    target = Path(target)
    check_target(target)
    folder = target.parent if str(target.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)

    def copy_into(temporary: Path) -> None:
        try:
            destination = sqlite3.connect(temporary)
            try:
                source.backup(destination)
                # A backup must be readable without the program that wrote it in mind:
                # one self-contained file, no journal beside it.
                destination.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination.close()
        finally:
            Path(f"{temporary}-journal").unlink(missing_ok=True)

    return write_atomically(target, copy_into, private=private)


def upgrade_backup_path(register: Path, version: int, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return register.with_name(f"{register.name}.schema{version}-{stamp}.bak")


def upgrade_backups(register: Path) -> list[Path]:
    """The backups written before upgrades of ``register``, oldest first."""
    pattern = re.compile(re.escape(register.name) + r"\.schema\d+-\d{8}-\d{6}\.bak")
    return _sorted_matching(register.parent, pattern)


def daily_backup_folder(register: Path) -> Path:
    return register.parent / BACKUP_FOLDER


def daily_backups(register: Path) -> list[Path]:
    """The daily backups of ``register``, oldest first."""
    pattern = re.compile(re.escape(register.stem) + r"-\d{8}" + re.escape(register.suffix or ".sqlite3"))
    return _sorted_matching(daily_backup_folder(register), pattern)


def daily_backup(
    source: sqlite3.Connection, register: Path, *, keep: int = KEEP_BACKUPS, today: dt.date | None = None
) -> Path:
    """Write today's backup of ``register`` into its backups folder and prune old ones."""
    day = (today or dt.date.today()).strftime("%Y%m%d")
    target = daily_backup_folder(register) / f"{register.stem}-{day}{register.suffix or '.sqlite3'}"
    try:
        backup_to(source, target)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(_backup_failed(target, error)) from error
    prune(daily_backups(register), keep)
    return target


def prune(backups: list[Path], keep: int = KEEP_BACKUPS) -> list[Path]:
    """Remove all but the newest ``keep`` of ``backups`` (oldest first); the removed ones."""
    removed = []
    for old in backups[: max(0, len(backups) - max(keep, 1))]:
        try:
            old.unlink()
        except OSError:
            continue
        removed.append(old)
    return removed


def _sorted_matching(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    try:
        found = [p for p in folder.iterdir() if pattern.fullmatch(p.name) and p.is_file()]
    except OSError:
        return []
    # The names hold the date and time, so name order is age order.
    return sorted(found, key=lambda p: p.name)


def _backup_failed(target: Path, error: BaseException) -> str:
    reason = write_reason(error)
    return tr(
        "The backup {target} could not be written ({reason}); no partial backup was left behind.",
        target=target,
        reason=reason,
    )
