"""Moving a whole register between a file and a server (either way), row for row.

Every table is copied with all its rows (the decision history, checklists and
everything an interchange file does not carry), parents before children, in the
source's insertion order, inside one transaction on the target: a failed copy
leaves the target as it was. The target must be an empty register of the same
version (a new file, or a database prepared by ``server init`` and still empty).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from delegation_planner.storage.dialect import is_server, table_names
from delegation_planner.storage.errors import StorageError

# A new register already holds the seeded defaults; they are replaced by the source's.
_SEEDED = ("policy", "checklist_templates", "office_profile")
# Copied in chunks so that a register of 100,000 delegations needs little memory.
_CHUNK = 1000


class TargetNotEmptyError(StorageError):
    """The copy's target already holds records; nothing was copied."""


def copy_register(source: Database, target: Database, progress: Callable[[str], None] | None = None) -> int:
    """Copy every row of ``source`` into the empty register ``target``; return the rows copied."""
    # Tables starting with "_" are derived (the search index and its country names): the
    # target's own schema made them, and its triggers fill the index as rows arrive.
    tables = _in_dependency_order(
        source, [t for t in table_names(source) if t in set(table_names(target)) and not t.startswith("_")]
    )
    with target.atomic():
        filled = [t for t in tables if t not in _SEEDED and _has_rows(target, t)]
        if filled:
            raise TargetNotEmptyError(
                "The target register is not empty (it holds " + ", ".join(filled[:4]) + "); a register "
                "is copied only into a new file or an empty server database. Nothing was copied."
            )
        for table in reversed(tables):
            if table in _SEEDED:
                target.execute(f"DELETE FROM [{table}]")
        copied = 0
        for table in tables:
            columns = [c for c in _columns(source, table) if c in set(_columns(target, table))]
            names = ", ".join(f"[{c}]" for c in columns)
            marks = ", ".join("?" * len(columns))
            order = "rowid"
            offset = 0
            while True:
                rows = source.execute(
                    f"SELECT {names} FROM [{table}] ORDER BY {order} LIMIT {_CHUNK} OFFSET {offset}"
                ).fetchall()
                if not rows:
                    break
                target.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", rows)
                copied += len(rows)
                offset += len(rows)
            if progress is not None:
                progress(table)
        if is_server(target):
            from delegation_planner.storage.server import ServerDatabase
            from delegation_planner.storage.server_schema import resync_identities

            assert isinstance(target, ServerDatabase)
            resync_identities(target)
    return copied


def _has_rows(db: Database, table: str) -> bool:
    return db.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone() is not None


def _columns(db: Database, table: str) -> list[str]:
    if is_server(db):
        from delegation_planner.storage.server import ServerDatabase

        assert isinstance(db, ServerDatabase)
        rows = db.pg.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = %s AND column_name != 'rowid' ORDER BY ordinal_position",
            [table],
        ).fetchall()
        return [str(r[0]) for r in rows]
    return [str(r[1]) for r in db.execute(f"PRAGMA table_info([{table}])").fetchall()]


def _references(db: Database, table: str) -> set[str]:
    if is_server(db):
        from delegation_planner.storage.server import ServerDatabase

        assert isinstance(db, ServerDatabase)
        rows = db.pg.execute(
            "SELECT DISTINCT confrelid::regclass::text FROM pg_constraint "
            "WHERE contype = 'f' AND conrelid = to_regclass(%s)",
            [table],
        ).fetchall()
        return {str(r[0]).strip('"') for r in rows}
    return {str(r[2]) for r in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()}


def _in_dependency_order(db: Database, tables: list[str]) -> list[str]:
    """Parents before the tables that refer to them (the register has no cycles)."""
    pending = {t: _references(db, t) & set(tables) - {t} for t in tables}
    ordered: list[str] = []
    while pending:
        ready = sorted(t for t, needs in pending.items() if not needs - set(ordered))
        if not ready:
            raise StorageError("The register's tables refer to each other in a circle; it cannot be copied.")
        ordered.extend(ready)
        for t in ready:
            del pending[t]
    return ordered
