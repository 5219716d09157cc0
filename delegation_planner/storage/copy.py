"""Moving a whole register between a file and a server (either way), row for row.

Every table is copied with all its rows (the decision history, checklists and
everything an interchange file does not carry), parents before children, in the
source's insertion order, inside one transaction on the target: a failed copy
leaves the target as it was. The target must be an empty register of the same
version (a new file, or a database prepared by ``server init`` and still empty).

The source is read in one read transaction, so a register that people keep working
in while it is copied arrives as it was at one moment, not half before and half
after a save. Rows are streamed, never held all at once: onto a server through
PostgreSQL's ``COPY … FROM STDIN`` (one stream per table instead of a statement per
row: the 1.3 million rows of a 100,000-delegation register arrive in a minute or two,
not in ten).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import psycopg
from sqlite_utils import Database

from delegation_planner.storage import search_index
from delegation_planner.storage.dialect import is_server, table_names
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.server import ServerDatabase, server_error
from delegation_planner.storage.server_errors import not_permitted

# A new register already holds the seeded defaults; they are replaced by the source's.
_SEEDED = ("policy", "checklist_templates", "office_profile")
# Rows fetched from the source at a time: little memory, few round trips.
_BATCH = 2000


class TargetNotEmptyError(StorageError):
    """The copy's target already holds records; nothing was copied."""


def copy_register(source: Database, target: Database, progress: Callable[[str], None] | None = None) -> int:
    """Copy every row of ``source`` into the empty register ``target``; return the rows copied."""
    # Tables starting with "_" are derived (the search index and its country names): the
    # target's own schema made them, and its triggers (or a server's indexes) follow the rows.
    target_tables = set(table_names(target))
    tables = _in_dependency_order(
        source, [t for t in table_names(source) if t in target_tables and not t.startswith("_")]
    )
    with _snapshot(source), target.atomic():
        filled = [t for t in tables if t not in _SEEDED and _has_rows(target, t)]
        if filled:
            raise TargetNotEmptyError(
                "The target register is not empty (it holds " + ", ".join(filled[:4]) + "); a register "
                "is copied only into a new file or an empty server database. Nothing was copied."
            )
        for table in reversed(tables):
            if table in _SEEDED:
                target.execute(f"DELETE FROM [{table}]")
        with _bulk_load(target, tables):
            copied = 0
            for table in tables:
                target_columns = set(_columns(target, table))
                columns = [c for c in _columns(source, table) if c in target_columns]
                selected = ", ".join(f"[{c}]" for c in columns)
                rows = _rows(source, f"SELECT {selected} FROM [{table}] ORDER BY rowid")
                copied += _load(target, table, columns, rows)
                if progress is not None:
                    progress(table)
        if isinstance(target, ServerDatabase):
            from delegation_planner.storage.server_schema import resync_identities

            resync_identities(target)
            # The server plans the register's queries from its statistics; a freshly
            # filled database has none until autovacuum comes by, and the first screens
            # would be planned as if every table were empty.
            target.pg.execute("ANALYZE")
    return copied


@contextlib.contextmanager
def _snapshot(db: Database) -> Iterator[None]:
    """One read transaction around the whole copy: every table as of one moment."""
    if isinstance(db, ServerDatabase):
        try:
            with db.pg.transaction():
                db.pg.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                yield
        except psycopg.Error as error:
            raise server_error(error, db.user) from error
        return
    db.conn.execute("BEGIN")
    try:
        yield
    finally:
        db.conn.execute("ROLLBACK")  # nothing was written: the read ends


def _rows(db: Database, sql: str) -> Iterator[tuple[Any, ...]]:
    """The rows of ``sql`` on ``db``, fetched a batch at a time."""
    if isinstance(db, ServerDatabase):
        from delegation_planner.storage.pg_sql import translate

        # A server-side cursor: the server sends each batch as it is asked for.
        try:
            with db.pg.cursor(name="register_copy") as named:
                named.itersize = _BATCH
                named.execute(translate(sql, False))
                yield from named
        except psycopg.Error as error:
            raise server_error(error, db.user) from error
        return
    cursor = db.conn.execute(sql)
    while batch := cursor.fetchmany(_BATCH):
        yield from batch


def _load(target: Database, table: str, columns: list[str], rows: Iterable[tuple[Any, ...]]) -> int:
    """Write ``rows`` into ``table`` of ``target``; return how many there were."""
    count = 0

    def counted() -> Iterator[tuple[Any, ...]]:
        nonlocal count
        for row in rows:
            count += 1
            yield row

    if isinstance(target, ServerDatabase):
        names = ", ".join('"' + c.replace('"', '""') + '"' for c in columns)
        try:
            with target.pg.cursor() as cursor, cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as stream:
                for row in counted():
                    stream.write_row(row)
        except psycopg.Error as error:
            raise server_error(error, target.user) from error
        return count
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" * len(columns))
    target.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", counted())
    return count


@contextlib.contextmanager
def _bulk_load(target: Database, tables: list[str]) -> Iterator[None]:
    """The target's triggers off (and on a server its secondary indexes dropped) while
    ``tables`` are loaded; afterwards all made again once.

    The triggers' work is derived data: a delegation's count of politicians (copied as it
    is) and the search index (a file's, or a server's search documents: made again in one
    statement per table). Fired per row
    they cost more than the rows: each row's statement makes SQLite's full-text index
    write a segment of its own, and a server's trigram indexes are far quicker built once
    over a filled table than kept up row by row. All of it happens inside the copy's
    transaction, so a failed copy leaves the target's schema as it was.
    """
    if isinstance(target, ServerDatabase):
        with _server_bulk_load(target, tables):
            yield
        return
    marks = ", ".join("?" * len(tables))
    triggers = target.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks}) ORDER BY name",
        tables,
    ).fetchall()
    for name, _sql in triggers:
        target.execute(f"DROP TRIGGER [{name}]")
    yield
    # Made again from the very text they had (the schema check compares it).
    for _name, sql in triggers:
        target.execute(sql)
    search_index.rebuild(target)


@contextlib.contextmanager
def _server_bulk_load(db: ServerDatabase, tables: list[str]) -> Iterator[None]:
    """Only the tables' owner (the role that ran ``server init``) may switch triggers off
    and drop indexes (and move the id sequences on): the copy is that role's work."""
    with_triggers = [
        str(row[0])
        for row in db.pg.execute(
            "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace "
            "AND c.relname = ANY(%s) ORDER BY 1",
            [tables],
        ).fetchall()
    ]
    # The indexes that no constraint (primary key, unique) stands on.
    indexes = db.pg.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = current_schema()::regnamespace "
        "AND c.relname = ANY(%s) AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid) "
        "ORDER BY 1",
        [tables],
    ).fetchall()
    try:
        with db.pg.transaction():
            for table in with_triggers:
                db.pg.execute(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
            for name, _definition in indexes:
                db.pg.execute(f"DROP INDEX {name}")
    except psycopg.errors.InsufficientPrivilege as error:
        # The reader's words, naming the role: the copy is the preparing role's work (README).
        raise not_permitted(error, db.user) from error
    yield
    try:
        # Index builds sort in memory up to this much (the default 64 MB spills to disk).
        db.pg.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for _name, definition in indexes:
            db.pg.execute(definition)
        for table in with_triggers:
            db.pg.execute(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')
        # The search documents the switched-off triggers did not write, in one statement.
        search_index.rebuild(db)
    except psycopg.Error as error:
        raise server_error(error, db.user) from error


def _has_rows(db: Database, table: str) -> bool:
    return db.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone() is not None


def _columns(db: Database, table: str) -> list[str]:
    if isinstance(db, ServerDatabase):
        rows = db.pg.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = %s AND column_name != 'rowid' ORDER BY ordinal_position",
            [table],
        ).fetchall()
        return [str(r[0]) for r in rows]
    return [str(r[1]) for r in db.execute(f"PRAGMA table_info([{table}])").fetchall()]


def _references(db: Database, table: str) -> set[str]:
    if is_server(db):
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
