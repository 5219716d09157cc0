"""A register file's connection, with the calls the storage code makes on either engine.

The storage code is written once for both engines against sqlite-utils' ``Database`` face:
``execute``, ``query``, ``atomic``, ``close``, ``conn`` and, for a few writes, ``db[table]``.
``ServerDatabase`` answers these over psycopg; ``RegisterDatabase`` answers them here over
``sqlite3`` directly. sqlite-utils itself (0.1-0.15 s to import with click, pluggy, dateutil
and importlib.metadata, a seventh of a report written from the command line) is loaded only
for what only it does: its tables (``db[table]``), the schema's migrations, and any other
attribute of its ``Database``, all on this same connection and so in the same transactions.

The rules are sqlite-utils': a statement outside ``atomic`` is its own transaction (one that
the driver opened implicitly is committed at once, or rolled back if it failed), ``query``
gives dicts keyed by column names made unique, ``atomic`` nests as savepoints.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from delegation_planner.storage.errors import WriteFailedError, describe_write_failure

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table, View

    # What the storage code is typed against; at run time the calls it makes are answered
    # here and every other attribute by sqlite-utils (``__getattr__``), so it is one.
    _Face = Database
else:
    _Face = object

# The statements that start or end a transaction themselves: never committed behind them.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})

# The statements ``query`` runs itself: they read, and open no transaction in the driver.
_READS = frozenset({"SELECT", "PRAGMA"})

# Savepoint names, unique in the process (nested ``atomic`` blocks each need their own).
_SAVEPOINTS = itertools.count(1)


class RegisterDatabase(_Face):
    """A register file's database: every failed write transaction says why in plain words.

    ``atomic()`` turns an ``sqlite3.OperationalError`` (locked, disk full, read-only,
    out of reach) into a ``WriteFailedError``, so every caller that already reports a
    ``StorageError`` reports these too instead of letting them escape.
    """

    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection, path: Path | None, busy_timeout: float) -> None:
        self.conn = conn
        self.register_path = path
        self.busy_timeout = busy_timeout
        self._utils: Database | None = None
        # As sqlite-utils sets up every connection it wraps (the register's triggers rely on it).
        self.execute("PRAGMA recursive_triggers=on;")

    def __repr__(self) -> str:
        return f"<RegisterDatabase {self.register_path or 'in memory'}>"

    # --- what the storage code calls ------------------------------------------------------

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                # The failed statement opened a transaction nothing would end: it would
                # take every later write with it.
                self.conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_word(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")  # the driver's implicit transaction: this statement's own
        return cursor

    def query(
        self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
    ) -> Generator[dict[str, Any], None, None]:
        """The rows of ``sql`` as dicts; it runs when called, the rows are read as iterated.

        Here only a ``SELECT`` or a ``PRAGMA``, which open no transaction and change no row;
        any other statement (``INSERT … RETURNING``, one that returns no rows, a transaction's
        own) is sqlite-utils' to run under its rules: a savepoint around it, the write kept
        and committed, or undone before the ``ValueError`` that says it returns no rows."""
        if _first_word(sql) not in _READS:
            return self.utils.query(sql, params)
        cursor = self.execute(sql, params)
        if cursor.description is None:  # a PRAGMA that sets: done, as sqlite-utils leaves it
            raise ValueError(
                "query() can only be used with SQL that returns rows - use execute() for other statements"
            )
        keys = unique_keys(column[0] for column in cursor.description)
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[RegisterDatabase]:
        """One transaction; nested, a savepoint within it."""
        try:
            if self.conn.in_transaction:
                savepoint = f"dp_savepoint_{next(_SAVEPOINTS)}"
                self.conn.execute(f"SAVEPOINT {savepoint}")
                try:
                    yield self
                except BaseException:
                    # A RAISE(ROLLBACK) trigger may have ended the whole transaction already.
                    if self.conn.in_transaction:
                        self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                        self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                    raise
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                return
            self.conn.execute("BEGIN")
            try:
                yield self
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as error:
            raise WriteFailedError(
                describe_write_failure(error, self.register_path or "in memory", self.busy_timeout)
            ) from error

    def close(self) -> None:
        self.conn.close()

    # --- the rest of sqlite-utils, loaded when first asked for -----------------------------

    @property
    def utils(self) -> Database:
        """sqlite-utils' ``Database`` on this connection (imported on first use)."""
        if self._utils is None:
            from sqlite_utils import Database

            # Set up as this connection already is: no plugins, triggers already recursive.
            self._utils = Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._utils

    def __getitem__(self, table_name: str) -> Table | View:
        return self.utils[table_name]

    def table(self, table_name: str, **kwargs: Any) -> Table:
        return self.utils.table(table_name, **kwargs)

    def __getattr__(self, name: str) -> Any:
        # Only for what is not found above (sqlite-utils' other methods); never for the
        # attributes set in ``__init__``, which Python finds before asking here.
        if name.startswith("__") or name in ("conn", "_utils", "register_path", "busy_timeout"):
            raise AttributeError(name)
        return getattr(self.utils, name)


def unique_keys(names: Iterable[str]) -> list[str]:
    """Column names made unique as sqlite-utils makes them: a repeated name gets ``_2``,
    ``_3``… (skipping any that another column already has), so no value is lost in a dict."""
    keys = list(names)
    taken = set(keys)
    if len(taken) == len(keys):
        return keys
    seen: set[str] = set()
    unique: list[str] = []
    for key in keys:
        if key in seen:
            number = 2
            while f"{key}_{number}" in taken:
                number += 1
            key = f"{key}_{number}"
            taken.add(key)
        seen.add(key)
        unique.append(key)
    return unique


def _first_word(sql: str) -> str:
    """The statement's first word in capitals, after white space, ``;`` and comments."""
    position, end = 0, len(sql)
    while position < end:
        if sql[position].isspace() or sql[position] in ";\ufeff":
            position += 1
        elif sql.startswith("--", position):
            newline = sql.find("\n", position)
            if newline == -1:
                return ""
            position = newline + 1
        elif sql.startswith("/*", position):
            close = sql.find("*/", position + 2)
            if close == -1:
                return ""
            position = close + 2
        else:
            break
    word = position
    while word < end and (sql[word].isalpha() or sql[word] == "_"):
        word += 1
    return sql[position:word].upper()
