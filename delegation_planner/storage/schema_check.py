"""Checking a register's structure in full against what the migrations produce.

The application id and schema number say whose file it is and how old; they do
not say that nothing was dropped or changed by hand. A register with a missing
table, column, index or trigger would be "repaired" by the next write in ways
that lose keys and constraints, so it is refused as damaged instead.

The expected structure of schema ``n`` is obtained by running the first ``n``
migration steps on an empty in-memory database, so it can never drift from the
migrations themselves. Structures are compared through SQLite's own pragmas
(columns, foreign keys, indexes with their collations) rather than the stored
``CREATE`` text, which SQLite rewrites differently across versions after
``ALTER TABLE``; triggers are compared by their text, which SQLite keeps as written.
"""

from __future__ import annotations

import functools
import sqlite3

from delegation_planner.storage.schema import MIGRATIONS

# sqlite-utils' own bookkeeping table: its shape depends on the sqlite-utils version
# that created the register, not on this program's migrations.
_IGNORED_TABLES = frozenset({"_sqlite_migrations"})

Snapshot = dict[tuple[str, str], object]


def schema_problems(conn: sqlite3.Connection, version: int, *, limit: int = 3) -> list[str]:
    """What differs from schema ``version`` as the migrations make it (empty if nothing)."""
    expected = expected_snapshot(version)
    actual = snapshot(conn)
    problems: list[str] = []
    for key in sorted(expected.keys() - actual.keys()):
        problems.append(f"{key[0]} '{key[1]}' is missing")
    for key in sorted(actual.keys() - expected.keys()):
        problems.append(f"{key[0]} '{key[1]}' does not belong to a register")
    for key in sorted(expected.keys() & actual.keys()):
        if expected[key] != actual[key]:
            problems.append(f"{key[0]} '{key[1]}' has been changed")
    return problems[:limit] + ([f"{len(problems) - limit} more"] if len(problems) > limit else [])


@functools.cache
def expected_snapshot(version: int) -> Snapshot:
    """The structure of a register at schema ``version``, from the migrations."""
    names = [migration.name for migration in MIGRATIONS._migrations]
    if not 0 <= version <= len(names):
        raise ValueError(f"no schema {version}")
    from sqlite_utils import Database  # only when a file is checked in full: an import of 0.1 s

    db = Database(memory=True)
    try:
        MIGRATIONS.apply(db, stop_before=names[version] if version < len(names) else None)
        return snapshot(db.conn)
    finally:
        db.close()


def snapshot(conn: sqlite3.Connection) -> Snapshot:
    """Tables (columns, foreign keys), indexes and triggers of a database, comparable."""
    result: Snapshot = {}
    objects = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"
    ).fetchall()
    for kind, name, table, sql in objects:
        if table in _IGNORED_TABLES:
            continue
        if kind == "table":
            columns = tuple(
                (row[1], str(row[2]).upper(), row[3], row[4], row[5], row[6])
                for row in conn.execute(f"PRAGMA table_xinfo({_quote(name)})")
            )
            keys = tuple(
                sorted(
                    (row[2], row[3], row[4], row[5], row[6])
                    for row in conn.execute(f"PRAGMA foreign_key_list({_quote(name)})")
                )
            )
            # UNIQUE and PRIMARY KEY constraints show up as automatic indexes.
            constraints = tuple(
                sorted(
                    (row[2], row[3], _index_columns(conn, row[1]))
                    for row in conn.execute(f"PRAGMA index_list({_quote(name)})")
                    if row[3] != "c"
                )
            )
            result[("table", name)] = (columns, keys, constraints)
        elif kind == "index":
            unique = next(
                (row[2] for row in conn.execute(f"PRAGMA index_list({_quote(table)})") if row[1] == name),
                None,
            )
            result[("index", name)] = (table, unique, _index_columns(conn, name))
        elif kind == "trigger":
            result[("trigger", name)] = (table, " ".join(str(sql).split()))
        elif kind == "view":
            result[("view", name)] = " ".join(str(sql).split())
    return result


def _index_columns(conn: sqlite3.Connection, index: str) -> tuple[tuple[object, ...], ...]:
    return tuple(
        (row[2], row[3], row[4]) for row in conn.execute(f"PRAGMA index_xinfo({_quote(index)})") if row[5]
    )


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
