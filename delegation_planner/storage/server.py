"""A register on a PostgreSQL server, behind the same ``Database`` face as a file.

The storage code calls ``db.execute(sql, params)``, ``db.query``, ``db.atomic()``,
``db[table].insert(...)`` and ``db.conn.execute`` on sqlite-utils ``Database``
objects. ``ServerDatabase`` answers exactly these over a psycopg 3 connection, each
statement translated once by ``pg_sql.translate``; the rest of sqlite-utils'
``Database`` is never reached (its own connection is an empty in-memory database,
so a call that was not ported fails at once with "no such table" rather than
writing somewhere unseen).

Errors come back as the ``sqlite3`` module's DB-API classes (``IntegrityError``,
``OperationalError`` …) so that every handler the program already has works for
both engines; a refused privilege becomes a ``NotPermittedError`` in plain words.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.adapt import Dumper, Loader
from psycopg.rows import dict_row
from sqlite_utils import Database

from delegation_planner.storage.errors import CrossedWriteError, StorageError, WriteFailedError
from delegation_planner.storage.pg_sql import translate

# Defined with the other server refusals; imported from here by the code that catches it.
from delegation_planner.storage.server_errors import NotPermittedError as NotPermittedError
from delegation_planner.storage.server_errors import connect_error, not_permitted, stopped_work
from delegation_planner.storage.server_url import SERVER_SCHEMES as SERVER_SCHEMES
from delegation_planner.storage.server_url import is_server_url as is_server_url
from delegation_planner.storage.server_url import shown_url as shown_url
from delegation_planner.texts.catalogue import tr

# --- values as SQLite gives and takes them --------------------------------------------------


class _BoolAsInteger(Dumper):
    # SQLite stores True as 1; the register's flag columns are integers on both engines.
    oid = psycopg.postgres.types["int8"].oid

    def dump(self, obj: Any) -> bytes:
        return b"1" if obj else b"0"


class _IsoText(Dumper):
    # sqlite3 binds dates as ISO text, and the register stores them so: compare as text.
    oid = 0

    def dump(self, obj: Any) -> bytes:
        if isinstance(obj, dt.datetime):
            return obj.isoformat(" ").encode()
        return str(obj.isoformat()).encode()


class _NumericAsNumber(Loader):
    # sum() of integers is numeric on the server; SQLite gives an int (or a float).
    def load(self, data: Any) -> Any:
        value = decimal.Decimal(bytes(data).decode())
        return int(value) if value == value.to_integral_value() else float(value)


def _adapt(conn: psycopg.Connection[Any]) -> None:
    conn.adapters.register_dumper(bool, _BoolAsInteger)
    conn.adapters.register_dumper(dt.date, _IsoText)
    conn.adapters.register_dumper(dt.datetime, _IsoText)
    conn.adapters.register_loader("numeric", _NumericAsNumber)


def server_error(error: psycopg.Error, user: str = "") -> Exception:
    """The ``sqlite3`` (or plain-words) error that stands for a server's ``error`` (``user``:
    the role the connection logged in as, named when it may not do something)."""
    text = (error.diag.message_primary or str(error)).strip()
    if isinstance(error, pg_errors.InsufficientPrivilege):
        return not_permitted(error, user)
    if isinstance(error, pg_errors.ReadOnlySqlTransaction):
        return sqlite3.OperationalError(f"attempt to write a readonly database ({text})")
    if isinstance(error, pg_errors.IntegrityError):
        return sqlite3.IntegrityError(text)
    if isinstance(
        error, pg_errors.LockNotAvailable | pg_errors.DeadlockDetected | pg_errors.SerializationFailure
    ):
        return sqlite3.OperationalError(f"database is locked ({text})")
    if isinstance(error, psycopg.OperationalError | pg_errors.QueryCanceled):
        return sqlite3.OperationalError(stopped_work(error))
    return sqlite3.DatabaseError(text)


# --- the Database face ------------------------------------------------------------------


class ServerCursor:
    """What ``db.execute`` returns: rows as tuples, like an ``sqlite3.Cursor``."""

    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def description(self) -> Any:
        return self._cursor.description

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._cursor.description else []

    def fetchmany(self, size: int = 1) -> list[Any]:
        return self._cursor.fetchmany(size) if self._cursor.description else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class ServerConnection:
    """``db.conn`` for the code that talks to the connection itself."""

    def __init__(self, database: ServerDatabase) -> None:
        self._database = database

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> ServerCursor:
        return self._database.execute(sql, params)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> ServerCursor:
        return self._database.executemany(sql, seq)

    def interrupt(self) -> None:
        self._database.interrupt()

    def create_function(self, *_args: Any, **_kwargs: Any) -> None:
        # SQLite needs Python for what the server does itself (see register_query).
        return None

    @property
    def in_transaction(self) -> bool:
        return self._database.in_transaction

    def commit(self) -> None:
        return None

    def rollback(self) -> None:
        return None

    def close(self) -> None:
        self._database.close()


class ServerTable:
    """``db[table]``: the three writes the repositories make through sqlite-utils."""

    def __init__(self, database: ServerDatabase, name: str) -> None:
        self._database = database
        self.name = name

    def exists(self) -> bool:
        row = self._database.pg.execute("SELECT to_regclass(%s) IS NOT NULL", [f'"{self.name}"']).fetchone()
        return bool(row and row[0])

    def insert(self, record: dict[str, Any]) -> ServerTable:
        return self.insert_all([record])

    def insert_all(self, records: Iterable[dict[str, Any]], **_options: Any) -> ServerTable:
        batches: dict[tuple[str, ...], list[Sequence[Any]]] = {}
        for record in records:
            batches.setdefault(tuple(record), []).append(list(record.values()))
        for columns, values in batches.items():
            names = ", ".join(f"[{c}]" for c in columns)
            marks = ", ".join("?" * len(columns))
            self._database.executemany(f"INSERT INTO [{self.name}] ({names}) VALUES ({marks})", values)
        return self

    def update(self, key: Any, record: dict[str, Any], **_options: Any) -> ServerTable:
        columns = [c for c in record if c != "id"]
        if columns:
            self._database.execute(
                f"UPDATE [{self.name}] SET {', '.join(f'[{c}] = ?' for c in columns)} WHERE id = ?",
                [record[c] for c in columns] + [key],
            )
        return self


class ServerDatabase(Database):
    """A register on a server: the ``Database`` calls the storage code makes, over psycopg."""

    dialect = "postgresql"

    def __init__(self, conn: psycopg.Connection[Any], url: str, *, read_only: bool = False) -> None:
        self.pg = conn
        self.url = url
        self.register_path = None
        self.busy_timeout = 0.0
        self.read_only = read_only
        super().__init__(memory=True, execute_plugins=False, recursive_triggers=False)
        self.conn = ServerConnection(self)  # type: ignore[assignment]
        self._transactions: list[psycopg.Transaction] = []
        # Which statement runs now (a serial number, None between statements), for
        # ``interrupt`` from another thread; the gate is never held while the server works.
        self._gate = threading.Lock()
        self._serial = 0
        self._running: int | None = None

    def __repr__(self) -> str:
        return f"<ServerDatabase {shown_url(self.url)}>"

    @property
    def in_transaction(self) -> bool:
        return bool(self._transactions)

    @property
    def user(self) -> str:
        """The role this connection logged in as (named when the server refuses it something)."""
        try:
            return str(self.pg.info.user)
        except psycopg.Error:
            return ""

    @contextlib.contextmanager
    def _statement(self) -> Iterator[None]:
        with self._gate:
            self._serial += 1
            self._running = self._serial
        try:
            yield
        finally:
            with self._gate:
                self._running = None

    def interrupt(self) -> None:
        """Stop the statement running now (called from another thread), as sqlite3's
        ``interrupt``: it fails with an ``OperationalError``; between statements nothing
        happens. The cancel request is sent from a thread of its own, so the caller (the
        window, at a key press) never waits for the network."""
        if not self._gate.acquire(blocking=False):
            return  # a statement is starting or ending, or a cancel is already on its way
        try:
            running = self._running
        finally:
            self._gate.release()
        if running is not None:
            threading.Thread(
                target=self._cancel, args=(running,), name="register-cancel", daemon=True
            ).start()

    def _cancel(self, running: int) -> None:
        # Sent while holding the gate, and only if that statement still runs: the next
        # statement cannot start before the request is through, so it never meets it.
        with self._gate:
            if self._running == running:
                with contextlib.suppress(psycopg.Error):
                    self.pg.cancel_safe(timeout=5.0)

    def execute(self, sql: str, parameters: Any = None) -> ServerCursor:  # type: ignore[override]
        params = list(parameters) if parameters is not None else None
        query = translate(sql, params is not None)
        try:
            cursor = self.pg.cursor()
            with self._statement():
                cursor.execute(query, params)
        except psycopg.Error as error:
            raise server_error(error, self.user) from error
        return ServerCursor(cursor)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> ServerCursor:
        query = translate(sql, True)
        try:
            cursor = self.pg.cursor()
            with self._statement():
                cursor.executemany(query, [list(p) for p in seq])
        except psycopg.Error as error:
            raise server_error(error, self.user) from error
        return ServerCursor(cursor)

    def query(self, sql: str, params: Any = None) -> Iterator[dict[str, Any]]:  # type: ignore[override]
        query = translate(sql, params is not None)
        try:
            with self.pg.cursor(row_factory=dict_row) as cursor, self._statement():
                values = list(params) if params is not None else None
                cursor.execute(query, values)
                found = cursor.fetchall() if cursor.description else []
        except psycopg.Error as error:
            raise server_error(error, self.user) from error
        yield from found

    @contextlib.contextmanager
    def atomic(self) -> Iterator[ServerDatabase]:
        """One transaction (nested: a savepoint), as sqlite-utils' ``atomic``."""
        try:
            with self.pg.transaction() as transaction:
                self._transactions.append(transaction)
                try:
                    yield self
                finally:
                    self._transactions.pop()
        except psycopg.Error as error:
            mapped = server_error(error, self.user)
            if isinstance(mapped, StorageError):
                raise mapped from error
            if isinstance(mapped, sqlite3.OperationalError):
                raise _failed(error)(_not_stored(self.url, mapped)) from error
            raise mapped from error
        except sqlite3.OperationalError as error:
            raise _failed(error.__cause__)(_not_stored(self.url, error)) from error

    def __getitem__(self, table_name: str) -> ServerTable:  # type: ignore[override]
        return ServerTable(self, table_name)

    def table(self, table_name: str, **_kwargs: Any) -> ServerTable:  # type: ignore[override]
        return ServerTable(self, table_name)

    def close(self) -> None:
        self.pg.close()


def _failed(cause: BaseException | None) -> type[WriteFailedError]:
    """Which failure a rolled-back transaction is: one that another session crossed can be
    tried again as it was (``storage.retry``)."""
    crossed = isinstance(cause, pg_errors.DeadlockDetected | pg_errors.SerializationFailure)
    return CrossedWriteError if crossed else WriteFailedError


def _not_stored(url: str, error: Exception) -> str:
    return tr(
        "This change could not be stored on the server {url} ({reason}); nothing was changed. "
        "Try again in a moment.",
        url=shown_url(url),
        reason=error,
    )


def connect(url: str, *, read_only: bool = False, application: str = "Delegation Planner") -> ServerDatabase:
    """A connection to the server register at ``url`` (libpq finds passwords in ~/.pgpass,
    PGPASSWORD, or uses the domain login where the server offers GSSAPI)."""
    try:
        conn = psycopg.connect(
            url.replace("postgres://", "postgresql://", 1),
            autocommit=True,
            application_name=application,
            connect_timeout=10,
        )
    except psycopg.OperationalError as error:
        # Why, in the reader's words, with libpq's and the server's own for IT.
        raise connect_error(error, url, shown_url(url)) from error
    _adapt(conn)
    if read_only:
        conn.execute("SET default_transaction_read_only = on")
    return ServerDatabase(conn, url, read_only=read_only)
