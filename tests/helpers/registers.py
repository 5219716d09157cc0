"""Registers as an earlier release left them, for the upgrade and crash tests."""

from __future__ import annotations

import os
from pathlib import Path

from sqlite_utils import Database

from delegation_planner.storage.schema import APPLICATION_ID, MIGRATIONS

REBUILDING_STEP = "0004_participants_per_side"


def make_older_register(current: Path, older: Path) -> None:
    """The same data in the schema before the step that rebuilds the participants table
    (as an earlier release wrote it): the upgrade then runs that step and every later
    one, so it surely writes enough for a kill to leave a hot journal behind, whatever
    small steps (a new column) come last."""
    names = [m.name for m in MIGRATIONS._migrations]
    db = Database(older)
    MIGRATIONS.apply(db, stop_before=REBUILDING_STEP)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {names.index(REBUILDING_STEP)}")
    db.execute("ATTACH DATABASE ? AS source", [str(current)])
    with db.conn:
        db.execute("PRAGMA foreign_keys = OFF")
        for (table,) in db.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'").fetchall():
            if table.startswith(("sqlite_", "_sqlite")):
                continue
            mine = [r[1] for r in db.execute(f"PRAGMA main.table_info({table})")]
            theirs = {r[1] for r in db.execute(f"PRAGMA source.table_info({table})")}
            shared = ", ".join(f'"{c}"' for c in mine if c in theirs)
            db.execute(f"DELETE FROM main.{table}")
            db.execute(f"INSERT INTO main.{table} ({shared}) SELECT {shared} FROM source.{table}")
    db.execute("DETACH DATABASE source")
    db.close()
    assert os.path.getsize(older) > 0
