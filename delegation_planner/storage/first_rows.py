"""What the window paints first, read before the rest of the program is loaded: the
overview's two lists (the next trips, the overdue follow-up points) and whether the
register has any delegation at all.

A register file is read with ``sqlite3`` alone, and only when it passed the full check
and has not changed since (``check_cache.passed_unchanged``). A register on a server
is read through libpq alone (``libpq_peek``: psycopg's import is a quarter of a second,
and the storage layer's ``ServerDatabase`` brings sqlite-utils too), the same queries
translated by the dialect layer, and only when the server's schema number is this
program's. Either way the window opens and checks the
register as usual right after its first paint, and the overview's page then shows the
same lists in full (what each trip still misses needs the domain's rules, which this
module leaves out); any doubt here means no early paint, never a wrong one.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from delegation_planner.storage.check_cache import passed_unchanged
from delegation_planner.storage.overview_sql import ANY_DELEGATION, OVERDUE_POINTS, UPCOMING_TRIPS

# The lists are read with the queries' text alone (``overview_sql``): the modules that build
# the other queries, the domain's enumerations and dataclasses cost the first paint tens of
# milliseconds; the rows here are plain tuples for the same reason.
if TYPE_CHECKING:
    from sqlite_utils import Database

    from delegation_planner.storage import libpq_peek  # imported when a server is read: ctypes

HORIZON_DAYS = 90  # the before-departure review's and the overview's horizon
# Seconds the early paint waits for a server: one that takes longer is left to the usual
# start, which waits its full time and says in plain words what is wrong.
SERVER_CONNECT_TIMEOUT = 5
_APPLICATION_ID = 0x44504C4E  # schema.APPLICATION_ID, as the server's register_meta holds it


class Trip(NamedTuple):
    key: str
    title: str
    start: dt.date


class OverduePoint(NamedTuple):
    """What the overview's list shows of an overdue follow-up point (``follow_ups.FollowUpRow``
    has it all, read by the same query)."""

    text: str
    owner: str  # the person's name, or the free text
    due: dt.date
    delegation_title: str  # or the contact's organisation, or the agreement's partner
    partner_region: str


class FirstRows(NamedTuple):
    location: Path | str  # the register file, or the server register's URL as given
    today: dt.date
    trips: list[Trip]
    overdue: list[OverduePoint]
    empty: bool  # no delegation at all

    @property
    def name(self) -> str:
        """The register as the window's title names it (``RegisterSession.name``)."""
        if isinstance(self.location, Path):
            return self.location.name
        parts = urlsplit(self.location)
        return f"{parts.path.strip('/')} @ {parts.hostname or 'localhost'}"

    @property
    def where(self) -> str:
        """The register as the status bar shows it: the file, or the address without a password."""
        if isinstance(self.location, Path):
            return str(self.location)
        from delegation_planner.storage.server_url import shown_url

        return shown_url(self.location)


def upcoming_trips(db: Database | sqlite3.Connection, today: dt.date, horizon_days: int) -> list[Trip]:
    """Delegations starting from today up to the horizon, soonest first (declined and
    cancelled left out): the overview's and the before-departure review's trips."""
    last = today + dt.timedelta(days=horizon_days)
    rows = db.execute(UPCOMING_TRIPS, [today.isoformat(), last.isoformat()]).fetchall()
    return [Trip(str(r[0]), str(r[1]), dt.date.fromisoformat(r[2])) for r in rows]


def overdue_points(db: Any, today: dt.date, limit: int) -> list[OverduePoint]:
    """The overview's overdue points, oldest first (``follow_ups.list_follow_ups`` with the
    overdue filter runs the same query)."""
    rows = db.execute(OVERDUE_POINTS, [today.isoformat(), str(limit)]).fetchall()
    return [OverduePoint(r[5], r[6] or "", dt.date.fromisoformat(r[8]), r[2], r[3]) for r in rows]


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)


def read(path: Path, today: dt.date, overdue_limit: int) -> FirstRows:
    """The overview's first lists of the register file ``path``, read-only.

    Raises ``sqlite3.Error`` when the file cannot be read; the window then opens it
    the usual way, which says why in plain words."""
    conn = _connect(path)
    try:
        return _read_lists(conn, path, today, overdue_limit)
    finally:
        conn.close()


def _read_lists(conn: Any, location: Path | str, today: dt.date, overdue_limit: int) -> FirstRows:
    return FirstRows(
        location=location,
        today=today,
        trips=upcoming_trips(conn, today, HORIZON_DAYS),
        overdue=overdue_points(conn, today, overdue_limit),
        empty=conn.execute(ANY_DELEGATION).fetchone() is None,
    )


def read_if_checked(path: Path, today: dt.date, overdue_limit: int) -> FirstRows | None:
    """``read`` for a register file that passed the full check and has not changed since;
    None for any other (a new, changed, damaged or older file: it is opened and checked
    before anything of it is shown) and for one that cannot be read now."""
    path = path.expanduser().absolute()
    if not path.is_file():
        return None
    try:
        conn = _connect(path)
    except sqlite3.Error:
        return None
    try:
        # The same connection asks whether the file is the one checked and reads the lists.
        if not passed_unchanged(path, conn):
            return None
        return _read_lists(conn, path, today, overdue_limit)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        conn.close()


class _ServerReader:
    """The one call the lists' queries make (``execute(sql, params).fetchall()``), over a libpq
    connection, each statement said in the server's dialect as ``ServerDatabase`` says it."""

    def __init__(self, conn: libpq_peek.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[str] | None = None) -> libpq_peek.Rows:
        from delegation_planner.storage.pg_sql import translate

        translated = translate(sql, params is not None)
        if params is None:
            return self._conn.execute(translated)
        return self._conn.execute(numbered_placeholders(translated), params)


_PSYCOPG_MARK = re.compile(r"%([%s])")


def numbered_placeholders(sql: str) -> str:
    """The dialect layer's statement for psycopg (``%s`` for each value, ``%%`` for a ``%``) in
    libpq's own form (``$1``, ``$2``…, and ``%``), read left to right as psycopg reads it."""
    numbers = itertools.count(1)
    return _PSYCOPG_MARK.sub(lambda mark: "%" if mark.group(1) == "%" else f"${next(numbers)}", sql)


@functools.cache
def program_schema_version() -> int | None:
    """This program's schema number (``schema.SCHEMA_VERSION``), read from the schema module's
    text: importing it loads sqlite-utils and the domain, a tenth of a second or more before
    the first paint. None if it cannot be read (then a server register is not painted early)."""
    try:
        text = (Path(__file__).parent / "schema.py").read_text(encoding="utf-8")
    except OSError:
        return None
    found = re.search(r"^SCHEMA_VERSION = (\d+)\s*$", text, re.MULTILINE)
    return int(found.group(1)) if found else None


def server_schema_is_ours(conn: libpq_peek.Connection) -> bool:
    """Whether the server database holds a Delegation Planner register of this program's schema
    (an older one is upgraded, a newer one refused, by the usual start before it is shown)."""
    from delegation_planner.storage import libpq_peek

    try:
        meta: dict[Any, Any] = dict(conn.execute("SELECT key, value FROM register_meta"))
    except libpq_peek.PeekError:  # no register_meta: an empty database, or another program's
        return False
    return meta.get("application_id") == str(_APPLICATION_ID) and meta.get("schema_version") == str(
        program_schema_version()
    )


def read_server(url: str, today: dt.date, overdue_limit: int) -> FirstRows | None:
    """The overview's first lists of the server register at ``url``; None when libpq cannot be
    loaded, the server cannot be reached now, asks for what only the usual start can give (a
    password typed in the window), holds no register of this program's schema, or answers
    with anything unexpected. The usual start follows in every case and says in plain words
    what is wrong."""
    from delegation_planner.storage import libpq_peek

    try:
        conn = libpq_peek.Connection(
            url.replace("postgres://", "postgresql://", 1),
            application_name="Delegation Planner",
            connect_timeout=str(SERVER_CONNECT_TIMEOUT),
        )
    except libpq_peek.PeekError:
        return None
    try:
        if not server_schema_is_ours(conn):
            return None
        return _read_lists(_ServerReader(conn), url, today, overdue_limit)
    except (libpq_peek.PeekError, ValueError):
        return None
    finally:
        conn.close()
