"""What the window paints first, read with ``sqlite3`` alone before the rest of the
program is loaded: the overview's two lists (the next trips, the overdue follow-up
points) and whether the register has any delegation at all.

Only for a register that passed the full check and has not changed since
(``check_cache.passed_unchanged``); the window opens and checks it as usual right
after its first paint, and the overview's page then shows the same lists in full
(what each trip still misses needs the domain's rules, which this module leaves out).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from delegation_planner.storage.check_cache import passed_unchanged
from delegation_planner.storage.follow_ups import FollowUpFilter, FollowUpRow, list_follow_ups
from delegation_planner.storage.register_query import WITHOUT_VISIT_SQL, is_empty

if TYPE_CHECKING:
    from sqlite_utils import Database

HORIZON_DAYS = 90  # the before-departure review's and the overview's horizon


@dataclass(frozen=True)
class Trip:
    key: str
    title: str
    start: dt.date


@dataclass(frozen=True)
class FirstRows:
    path: Path
    today: dt.date
    trips: list[Trip]
    overdue: list[FollowUpRow]
    empty: bool  # no delegation at all


def upcoming_trips(db: Database | sqlite3.Connection, today: dt.date, horizon_days: int) -> list[Trip]:
    """Delegations starting from today up to the horizon, soonest first (declined and
    cancelled left out): the overview's and the before-departure review's trips."""
    last = today + dt.timedelta(days=horizon_days)
    rows = db.execute(
        "SELECT id, title, start FROM delegations WHERE start >= ? AND start <= ? "
        f"AND status NOT IN ({WITHOUT_VISIT_SQL}) ORDER BY start, title",
        [today.isoformat(), last.isoformat()],
    ).fetchall()
    return [Trip(str(r[0]), str(r[1]), dt.date.fromisoformat(r[2])) for r in rows]


def read(path: Path, today: dt.date, overdue_limit: int) -> FirstRows:
    """The overview's first lists of the register file ``path``, read-only.

    Raises ``sqlite3.Error`` when the file cannot be read; the window then opens it
    the usual way, which says why in plain words."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return FirstRows(
            path=path,
            today=today,
            trips=upcoming_trips(conn, today, HORIZON_DAYS),
            overdue=list_follow_ups(conn, FollowUpFilter(overdue_only=True), today, limit=overdue_limit),
            empty=is_empty(conn),
        )
    finally:
        conn.close()


def read_if_checked(path: Path, today: dt.date, overdue_limit: int) -> FirstRows | None:
    """``read`` for a register file that passed the full check and has not changed since;
    None for any other (a new, changed, damaged or older file: it is opened and checked
    before anything of it is shown) and for one that cannot be read now."""
    path = path.expanduser().absolute()
    if not path.is_file() or not passed_unchanged(path):
        return None
    try:
        return read(path, today, overdue_limit)
    except (sqlite3.Error, ValueError):
        return None
