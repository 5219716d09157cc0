"""Preparing and checking a register on a server, with the same migrations as a file.

A file carries its schema number in ``PRAGMA user_version`` and its owner in
``PRAGMA application_id``; a server database carries both in the ``register_meta``
table, and the names of the applied migration steps in ``register_migrations``.
The steps themselves are ``schema.MIGRATIONS``, the very functions that build a
file, their SQL translated by the dialect layer. All pending steps run in one
transaction (PostgreSQL's DDL is transactional), under an advisory lock so that two
people starting a new version at once do not both upgrade.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import psycopg

from delegation_planner.storage.errors import NewerSchemaError, NotARegisterError, StorageError
from delegation_planner.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from delegation_planner.storage.server import ServerDatabase, shown_url

META_TABLE = "register_meta"
MIGRATIONS_TABLE = "register_migrations"
_LOCK_KEY = APPLICATION_ID  # pg_advisory_xact_lock key while the schema changes

# What the translated SQL relies on, created before the first step.
_FOUNDATION = [
    f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)",
    # SQLite's NOCASE: ASCII letters folded, everything else compared byte-wise (the
    # text columns are COLLATE "C"), so both engines sort names identically.
    "CREATE OR REPLACE FUNCTION nocase(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
    "PARALLEL SAFE AS $$ SELECT translate(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
    "'abcdefghijklmnopqrstuvwxyz') $$",
    "CREATE OR REPLACE FUNCTION instr(haystack text, needle text) RETURNS integer LANGUAGE sql "
    "IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT strpos(haystack, needle) $$",
    # SQLite counts true conditions by adding them (CHECK ((a IS NULL) + (b IS NULL) = 1));
    # the server gets the same arithmetic on booleans (true is 1).
    "CREATE OR REPLACE FUNCTION dp_add(a boolean, b boolean) RETURNS integer LANGUAGE sql "
    "IMMUTABLE AS $$ SELECT a::int + b::int $$",
    "CREATE OR REPLACE FUNCTION dp_add(a integer, b boolean) RETURNS integer LANGUAGE sql "
    "IMMUTABLE AS $$ SELECT a + b::int $$",
    "CREATE OR REPLACE FUNCTION dp_add(a boolean, b integer) RETURNS integer LANGUAGE sql "
    "IMMUTABLE AS $$ SELECT a::int + b $$",
    "DO $op$ BEGIN IF NOT EXISTS (SELECT FROM pg_operator WHERE oprname = '+' "
    "AND oprleft = 'boolean'::regtype AND oprright = 'boolean'::regtype) THEN "
    "CREATE OPERATOR + (LEFTARG = boolean, RIGHTARG = boolean, FUNCTION = dp_add); "
    "CREATE OPERATOR + (LEFTARG = integer, RIGHTARG = boolean, FUNCTION = dp_add); "
    "CREATE OPERATOR + (LEFTARG = boolean, RIGHTARG = integer, FUNCTION = dp_add); END IF; END $op$",
    # The register's search folds letters outside ASCII too ("å" finds "Åbo"); with ICU
    # lower() knows every alphabet, without it the server's own locale decides.
    "DO $fold$ BEGIN IF EXISTS (SELECT FROM pg_collation WHERE collname = 'und-x-icu') THEN "
    "EXECUTE 'CREATE OR REPLACE FUNCTION dp_casefold(value text) RETURNS text LANGUAGE sql IMMUTABLE "
    'STRICT PARALLEL SAFE AS $f$ SELECT lower(value COLLATE "und-x-icu") $f$\'; ELSE '
    "EXECUTE 'CREATE OR REPLACE FUNCTION dp_casefold(value text) RETURNS text LANGUAGE sql IMMUTABLE "
    "STRICT PARALLEL SAFE AS $f$ SELECT lower(value) $f$'; END IF; END $fold$",
]


def register_version(db: ServerDatabase) -> int | None:
    """The server database's schema number; None when it holds no register (empty).

    Raises ``NotARegisterError`` for a database holding other tables and
    ``NewerSchemaError`` for a register written by a newer version.
    """
    where = shown_url(db.url)
    tables = {
        row[0]
        for row in db.pg.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchall()
    }
    if META_TABLE not in tables:
        if tables:
            listed = ", ".join(sorted(tables)[:5])
            raise NotARegisterError(
                f"The database {where} holds tables of another program ({listed} …), not a Delegation "
                "Planner register; nothing was changed. Use an empty database for the register."
            )
        return None
    meta = dict(db.pg.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())
    if meta.get("application_id") != str(APPLICATION_ID):
        raise NotARegisterError(f"The database {where} is not a Delegation Planner register.")
    version = int(meta.get("schema_version", "0"))
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"The register {where} was written by a newer version of Delegation Planner "
            f"(schema {version}; this version knows up to {SCHEMA_VERSION}). Install the newer "
            "version to open it; nothing was changed."
        )
    return version


def migrate(db: ServerDatabase) -> int:
    """Create or upgrade the register on the server; return the number of steps applied."""
    with db.atomic():
        db.pg.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_KEY])
        register_version(db)  # checked again under the lock
        for statement in _FOUNDATION:
            db.pg.execute(statement)
        applied = {row[0] for row in db.pg.execute(f"SELECT name FROM {MIGRATIONS_TABLE}").fetchall()}
        steps = 0
        for step in MIGRATIONS._migrations:
            if step.name in applied:
                continue
            step.fn(db)
            db.pg.execute(
                f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (%s, %s)",
                [step.name, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")],
            )
            steps += 1
        _write_meta(db, {"application_id": str(APPLICATION_ID), "schema_version": str(SCHEMA_VERSION)})
        from delegation_planner.storage.server_rights import prepare_server

        prepare_server(db)
        _search_indexes(db)
        resync_identities(db)
    return steps


def _search_indexes(db: ServerDatabase) -> None:
    """The trigram index of the register's search documents (``LIKE '%word%'``), where the
    server has the pg_trgm extension and the administrator may create it; without it the
    search reads every document, as a file without its index would. The documents'
    triggers are made again too, in case a step rebuilt one of their tables."""
    from delegation_planner.storage import search_document

    if not search_document.exists(db):
        return
    search_document.install_triggers(db)
    try:
        with db.pg.transaction():
            db.pg.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except psycopg.Error:
        return
    search_document.create_index(db)


def _write_meta(db: ServerDatabase, values: dict[str, str]) -> None:
    for key, value in values.items():
        db.pg.execute(
            f"INSERT INTO {META_TABLE} (key, value) VALUES (%s, %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )


def resync_identities(db: ServerDatabase) -> None:
    """Move every identity column's sequence past the highest value stored.

    Rows copied with their ids (a rebuilt table in a migration, a register copied from
    a file) do not advance the sequence; the next insert would then collide.
    """
    columns: list[Any] = db.pg.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND is_identity = 'YES'"
    ).fetchall()
    for table, column in columns:
        db.pg.execute(
            f'SELECT setval(pg_get_serial_sequence(%s, %s), coalesce(max("{column}"), 0) + 1, false) '
            f'FROM "{table}"',
            [f'"{table}"', column],
        )


def prepare_for_use(db: ServerDatabase, *, create: bool) -> None:
    """Check the register at ``db`` and bring it to this version when allowed.

    ``create``: an empty database becomes a register, an older one is upgraded;
    otherwise both are refused with what to do.
    """
    version = register_version(db)
    where = shown_url(db.url)
    if version == SCHEMA_VERSION:
        return
    if not create:
        if version is None:
            raise StorageError(
                f"There is no register in the database {where} yet: prepare it with "
                f"'delegation-planner server init --db {where}'."
            )
        raise StorageError(
            f"The register {where} was written by an older version and must be upgraded first: "
            f"run 'delegation-planner server init --db {where}' (as a register administrator)."
        )
    migrate(db)
