"""The SQL behind the delegation register (Qt-free).

The register must stay instant with 100,000 delegations, so the window never
loads whole records: a query returns only the ordered ``rowid``s of the matching
delegations (a worker thread runs it), and the visible rows are then fetched in
small blocks by ``rowid``. The distinct years and partners for the filter
choices are found by skipping along the ``start`` and ``partner_region`` indexes
(one index seek per distinct value) instead of scanning every row.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from delegation_planner.domain.status import OPEN, TRANSITIONS, WITHOUT_VISIT, DelegationStatus
from delegation_planner.storage.overview_sql import ANY_DELEGATION
from delegation_planner.storage.search_index import text_condition

# The columns the register can be sorted by, mapped to their ORDER BY terms. Text is
# sorted case-insensitively, as people expect, with the same collation as the indexes.
SORT_COLUMNS: dict[str, str] = {
    "title": "title COLLATE NOCASE",
    "direction": "direction",
    "partner_region": "partner_region COLLATE NOCASE",
    "country": "country",
    "purpose": "purpose",
    "start": "start",
    "end": '"end"',
    "home_politicians": "home_politicians",
    "id": "id",
    # In the order of the life cycle, not alphabetically.
    "status": "CASE status "
    + " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(DelegationStatus))
    + " ELSE 99 END",
    # By severity, not alphabetically: "fail, warn, pass" is the order people triage in.
    "grip_verdict": "CASE grip_verdict WHEN 'fail' THEN 3 WHEN 'warn' THEN 2 WHEN 'pass' THEN 1 ELSE 0 END",
}

# The stored verdicts that ask for someone's attention (the "Needs attention" filter).
ATTENTION_VERDICTS = ("fail", "warn")


def _sql_list(values: Iterable[DelegationStatus]) -> str:
    # Only the enumeration's own keys are inlined: SQLite then sees constants it can
    # match against the status index.
    return ", ".join(f"'{v.value}'" for v in sorted(values))


# Declined and cancelled delegations: no visit, no checklist review, no attention.
WITHOUT_VISIT_SQL = _sql_list(WITHOUT_VISIT)
OPEN_SQL = _sql_list(OPEN)
# Open statuses from which a trip whose end has passed is proposed as completed.
CLOSABLE_SQL = _sql_list(s for s in DelegationStatus if DelegationStatus.COMPLETED in TRANSITIONS[s])


@dataclass(frozen=True)
class RegisterFilter:
    text: str = ""
    direction: str | None = None
    year: int | None = None
    partner: str | None = None
    needs_attention: bool = False  # stored GRIP verdict fail or warn, and not declined or cancelled
    status: str | None = None  # one status key
    # The everyday view: open delegations, and the others that start on or after this
    # ISO date (1 January of last year). ``None`` is the archive: everything.
    recent_from: str | None = None
    # Trips that have ended (before this ISO date, today) but are still planned or confirmed.
    to_close_before: str | None = None


@dataclass(frozen=True)
class RegisterRow:
    rowid: int
    key: str
    title: str
    direction: str
    purpose: str
    partner_region: str
    country: str
    start: str
    end: str
    home_politicians: int
    grip_verdict: str  # 'pass', 'warn', 'fail', or '' before it was first evaluated
    status: str = DelegationStatus.PLANNED.value


def _where(conn: sqlite3.Connection, flt: RegisterFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    # Each word typed must appear somewhere: title, partner, country (code or name),
    # participants' names and organisations; the search index decides how.
    if flt.text.strip():
        condition, words = text_condition(conn, flt.text)
        clauses.append(condition)
        params.extend(words)
    if flt.direction:
        clauses.append("direction = ?")
        params.append(flt.direction)
    if flt.year is not None:
        # A range on the indexed text column instead of strftime(), which no index serves.
        clauses.append("start >= ? AND start < ?")
        params.extend([f"{flt.year:04d}-01-01", f"{flt.year + 1:04d}-01-01"])
    if flt.partner is not None:
        clauses.append("partner_region = ? COLLATE NOCASE")
        params.append(flt.partner)
    if flt.needs_attention:
        # IN on the indexed column: the delegations_verdict index serves it.
        clauses.append(f"grip_verdict IN ({','.join('?' * len(ATTENTION_VERDICTS))})")
        params.extend(ATTENTION_VERDICTS)
        clauses.append(f"status NOT IN ({WITHOUT_VISIT_SQL})")
    if flt.status:
        clauses.append("status = ?")
        params.append(flt.status)
    searched = bool(flt.text.strip())
    # A server's planner reads the plain OR below as one pass over the table; the rowid
    # lists are SQLite's way, which a server would answer with a lookup per row.
    plain = searched or _on_server(conn)
    if flt.recent_from is not None and plain:
        # The search's few rows are checked one by one: building the two lists below
        # would read the whole register's index for a handful of matches.
        clauses.append(f"(start >= ? OR status IN ({OPEN_SQL}))")
        params.append(flt.recent_from)
    elif flt.recent_from is not None:
        # "Open, or recent" as two index searches (start; status and start) joined into a
        # rowid list. Written as an OR, SQLite would walk the start index and read every
        # row of the table for its status: ten times slower on 100,000 delegations.
        clauses.append(
            "rowid IN (SELECT rowid FROM delegations WHERE start >= ? UNION ALL "
            f"SELECT rowid FROM delegations WHERE status IN ({OPEN_SQL}) AND start < ?)"
        )
        params.extend([flt.recent_from, flt.recent_from])
    if flt.to_close_before is not None and plain:
        clauses.append(f'(status IN ({CLOSABLE_SQL}) AND "end" < ?)')
        params.append(flt.to_close_before)
    elif flt.to_close_before is not None:
        # A rowid list from the (status, end) index, for the same reason as above.
        clauses.append(
            f'rowid IN (SELECT rowid FROM delegations WHERE status IN ({CLOSABLE_SQL}) AND "end" < ?)'
        )
        params.append(flt.to_close_before)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _on_server(conn: sqlite3.Connection) -> bool:
    # Without importing the server's module (and psycopg): no server register exists before it.
    server = sys.modules.get("delegation_planner.storage.server")
    return server is not None and isinstance(conn, server.ServerConnection)


def matching_rowids(
    conn: sqlite3.Connection, flt: RegisterFilter, sort_column: str = "start", ascending: bool = False
) -> list[int]:
    """The rowids of the delegations that match ``flt``, in display order.

    Ties are broken by rowid so the order is stable from one query to the next.
    """
    try:
        order = SORT_COLUMNS[sort_column]
    except KeyError:
        raise ValueError(f"cannot sort the register by {sort_column!r}") from None
    where, params = _where(conn, flt)
    direction = "ASC" if ascending else "DESC"
    sql = f"SELECT rowid FROM delegations{where} ORDER BY {order} {direction}, rowid {direction}"
    return [row[0] for row in conn.execute(sql, params)]


_ROW_COLUMNS = (
    'SELECT rowid, id, title, direction, purpose, partner_region, country, start, "end", '
    "home_politicians, grip_verdict, status FROM delegations"
)


def fetch_rows(conn: sqlite3.Connection, rowids: Sequence[int]) -> list[RegisterRow]:
    """The register rows for ``rowids``, in the given order; rowids no longer there are left out."""
    found: dict[int, RegisterRow] = {}
    wanted = list(rowids)
    if _on_server(conn) and wanted:
        # One array parameter: the server plans a 200-value IN list for longer than it
        # reads the rows (2 ms against 1 ms for the window's first block).
        for row in conn.execute(f"{_ROW_COLUMNS} WHERE rowid = ANY(?)", [wanted]):
            found[row[0]] = RegisterRow(*row)
        return [found[r] for r in wanted if r in found]
    # SQLite limits the number of bound parameters; 500 per statement is safe everywhere.
    for offset in range(0, len(wanted), 500):
        chunk = wanted[offset : offset + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"{_ROW_COLUMNS} WHERE rowid IN ({marks})", chunk):
            found[row[0]] = RegisterRow(*row)
    return [found[r] for r in wanted if r in found]


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM delegations").fetchone()[0])


def data_version(conn: sqlite3.Connection) -> int:
    """A number that changes when another connection commits to the register: a count
    made on ``conn`` under the same number still holds (counting 100,000 rows on every key
    cost up to 25 ms of a search on a busy machine, and 35–65 ms of each key's answer on a
    server). A server answers with a number made from its current snapshot, which moves
    whenever another session's writing transaction ends (``pg_sql.translate``)."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def years(conn: sqlite3.Connection) -> list[int]:
    """The distinct start years, newest first, by one index seek per year."""
    found: list[int] = []
    row = conn.execute("SELECT min(start) FROM delegations").fetchone()
    while row is not None and row[0]:
        year = _year_of(row[0])
        if year is None:
            break
        found.append(year)
        row = conn.execute(
            "SELECT start FROM delegations WHERE start >= ? ORDER BY start LIMIT 1", [f"{year + 1:04d}-01-01"]
        ).fetchone()
    return sorted(found, reverse=True)


def _year_of(text: str) -> int | None:
    try:
        return int(text[:4])
    except ValueError:
        return None


def partners(conn: sqlite3.Connection) -> list[str]:
    """The distinct partner regions (case-insensitively distinct), alphabetically.

    Skips along the ``partner_region COLLATE NOCASE`` index, one seek per partner.
    """
    found: list[str] = []
    row = conn.execute(
        "SELECT partner_region FROM delegations WHERE partner_region > '' COLLATE NOCASE "
        "ORDER BY partner_region COLLATE NOCASE LIMIT 1"
    ).fetchone()
    while row is not None:
        found.append(row[0])
        row = conn.execute(
            "SELECT partner_region FROM delegations WHERE partner_region > ? COLLATE NOCASE "
            "ORDER BY partner_region COLLATE NOCASE LIMIT 1",
            [row[0]],
        ).fetchone()
    return found


def is_empty(conn: sqlite3.Connection) -> bool:
    """No delegation at all (cheaper than ``count``, which reads the whole index)."""
    return conn.execute(ANY_DELEGATION).fetchone() is None


def rowid_of(conn: sqlite3.Connection, key: str) -> int | None:
    """The rowid of the delegation ``key`` (the lazy register addresses rows by rowid)."""
    found = conn.execute("SELECT rowid FROM delegations WHERE id = ?", [key]).fetchone()
    return None if found is None else int(found[0])


# Rowids per statement, under SQLite's limit of bound parameters.
_CHUNK = 500


def keys_of(conn: sqlite3.Connection, rowids: Sequence[int]) -> list[str]:
    """The delegations' keys in the order of ``rowids`` (the register's model holds rowids only)."""
    found: dict[int, str] = {}
    for start in range(0, len(rowids), _CHUNK):
        chunk = list(rowids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        found.update(
            conn.execute(f"SELECT rowid, id FROM delegations WHERE rowid IN ({marks})", chunk).fetchall()
        )
    return [found[r] for r in rowids if r in found]


def partner_regions_in_use(conn: sqlite3.Connection) -> list[str]:
    """Every partner region written on a delegation, as written (for completion lists)."""
    return [r[0] for r in conn.execute("SELECT DISTINCT partner_region FROM delegations").fetchall() if r[0]]


def themes_in_use(conn: sqlite3.Connection) -> set[str]:
    """Every theme key on any delegation (stored as a JSON list per delegation)."""
    themes: set[str] = set()
    for (text,) in conn.execute("SELECT DISTINCT themes FROM delegations").fetchall():
        themes.update(json.loads(text or "[]"))
    return themes
