"""The few questions the storage code asks of its engine, answered for both.

Everything else is written once in SQLite's dialect and translated for a server by
``pg_sql``; what cannot be translated statement by statement lives here.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TypeGuard

if TYPE_CHECKING:  # psycopg is loaded with a server register, not by every start of the program
    from sqlite_utils import Database

    from delegation_planner.storage.server import ServerDatabase

_SERVER_MODULE = "delegation_planner.storage.server"


def is_server(db: object) -> TypeGuard[ServerDatabase]:
    """Whether ``db`` is a server register. Asked without importing the server's module
    (and psycopg with it, 0.2–0.8 s): no server register exists before that module is loaded."""
    server = sys.modules.get(_SERVER_MODULE)
    return server is not None and isinstance(db, server.ServerDatabase)


def row_lock(db: Database) -> str:
    """`` FOR UPDATE`` on a server: a row read before it is written stays as read
    until the transaction ends, so two people saving at once cannot both pass a
    revision check. SQLite has one writer at a time, so it needs nothing."""
    return " FOR UPDATE" if is_server(db) else ""


def table_names(db: Database) -> list[str]:
    """The register's tables, by name (the schema bookkeeping of either engine left out)."""
    if is_server(db):
        rows = db.pg.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_type = 'BASE TABLE' AND table_name NOT IN ('register_meta', 'register_migrations') "
            "ORDER BY table_name"
        ).fetchall()
    else:
        rows = db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != '_sqlite_migrations' ORDER BY name"
        ).fetchall()
    return [str(r[0]) for r in rows]
