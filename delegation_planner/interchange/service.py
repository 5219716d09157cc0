"""Importing and exporting interchange files against a register database."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from delegation_planner.interchange.decoding import read_bytes
from delegation_planner.interchange.reader import read_text
from delegation_planner.interchange.writer import dumps
from delegation_planner.storage.atomic_file import check_target, write_bytes_atomically
from delegation_planner.storage.dialect import is_server
from delegation_planner.storage.repository import existing_keys, load_register, merge_register
from delegation_planner.texts.catalogue import ntr, tr

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportSummary:
    """What one import did: records per kind in the file, and what became of its delegations."""

    organisations: int = 0
    people: int = 0
    agreements: int = 0
    delegations: int = 0
    delegations_new: int = 0
    delegations_changed: int = 0
    delegations_unchanged: int = 0

    def __str__(self) -> str:
        counts = ", ".join(
            (
                ntr("{count} organisation", "{count} organisations", self.organisations),
                ntr("{count} person", "{count} people", self.people),
                ntr("{count} agreement", "{count} agreements", self.agreements),
                ntr("{count} delegation", "{count} delegations", self.delegations),
            )
        )
        return tr(
            "{counts} ({new} new, {changed} changed, {unchanged} unchanged)",
            counts=counts,
            new=self.delegations_new,
            changed=self.delegations_changed,
            unchanged=self.delegations_unchanged,
        )


def import_file(db: Database, path: Path, progress: Progress | None = None) -> ImportSummary:
    """Import an interchange file all or nothing; raise ``InterchangeError`` if it is refused.

    The file is checked against the keys in the database inside the same
    transaction that writes it, so a record it refers to cannot disappear in between.
    """
    raw = read_bytes(Path(path))
    nested = db.conn.in_transaction
    for attempt in (1, 2):
        try:
            with db.atomic():
                register = read_text(raw, existing_keys(db))
                keys = [d.id for d in register.delegations]
                before = _revisions(db, keys)
                merge_register(db, register, progress)
                after = _revisions(db, keys)
            break
        except sqlite3.IntegrityError:
            # On a server, a colleague's import of the same records committed first: the
            # rows this one found missing are there now, so merging again from the start
            # goes through (and finds them unchanged) instead of reporting a duplicate key.
            if attempt == 2 or nested or not is_server(db):
                raise
    new = sum(1 for key in keys if key not in before)
    changed = sum(1 for key in keys if key in before and after.get(key) != before[key])
    return ImportSummary(
        organisations=len(register.organisations),
        people=len(register.people),
        agreements=len(register.agreements),
        delegations=len(keys),
        delegations_new=new,
        delegations_changed=changed,
        delegations_unchanged=len(keys) - new - changed,
    )


def _revisions(db: Database, keys: Sequence[str]) -> dict[str, int]:
    # merge_register raises a delegation's revision exactly when it rewrites it, so
    # comparing revisions before and after tells new, changed and unchanged apart.
    found: dict[str, int] = {}
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        marks = ",".join("?" * len(chunk))
        cursor = db.execute(f"SELECT id, revision FROM delegations WHERE id IN ({marks})", chunk)
        found.update((str(key), int(revision)) for key, revision in cursor.fetchall())
    return found


def export_text(db: Database) -> str:
    """The whole register as the text of an interchange file."""
    return dumps(load_register(db))


def export_file(db: Database, path: Path) -> None:
    """Write the whole register to ``path``; on any failure the old file (if any) is untouched.

    Written with the program's one atomic writer (temporary file beside the target,
    synced, then renamed), so nobody ever sees half a file. Raises ``OSError`` when
    the folder cannot be written or the target is not a regular file.
    """
    check_target(path)
    write_bytes_atomically(path, export_text(db).encode("utf-8"))
