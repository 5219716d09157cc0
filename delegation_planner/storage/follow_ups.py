"""Follow-up points across delegations: the overview, the counts, and marking them done.

"Documentation after every visit must always contain a number of points for
following up that individual visit" (the Skåne strategy): these queries are how
the office sees that every point is followed until it is done.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the window's first paint reads the overdue points with sqlite3 alone
    from sqlite_utils import Database

from delegation_planner.domain.enums import FollowUpStatus
from delegation_planner.storage.errors import NotFoundError
from delegation_planner.storage.overview_sql import (
    FOLLOW_UP_SELECT,
    FOLLOW_UP_THEN,
    OVERDUE_CONDITION,
    OVERDUE_ORDER,
)
from delegation_planner.texts.catalogue import tr


@dataclass(frozen=True)
class FollowUpRow:
    point_id: int
    delegation: str
    delegation_title: str
    partner_region: str
    start: dt.date
    text: str
    owner: str  # the person's name, or the free text
    owner_key: str | None
    due: dt.date | None
    status: FollowUpStatus
    closed_on: dt.date | None
    overdue: bool
    # A point of a contact between visits: its key and kind (``delegation`` is then "",
    # ``delegation_title`` the organisation's name and ``start`` the contact's date).
    contact: str | None = None
    contact_kind: str | None = None
    # An item of an agreement's activity plan: the agreement's key (``delegation_title``
    # is then the agreement's partner).
    agreement: str | None = None

    @property
    def is_complete(self) -> bool:
        return bool(self.text.strip()) and bool(self.owner.strip()) and self.due is not None


@dataclass(frozen=True)
class FollowUpFilter:
    status: FollowUpStatus | None = None
    owner: str = ""  # part of the owner's name or text
    partner: str | None = None
    overdue_only: bool = False
    text: str = ""


def _row(r: tuple[Any, ...], today: dt.date) -> FollowUpRow:
    due = dt.date.fromisoformat(r[8]) if r[8] else None
    status = FollowUpStatus(r[9])
    return FollowUpRow(
        point_id=r[0],
        delegation=r[1],
        delegation_title=r[2],
        partner_region=r[3],
        start=dt.date.fromisoformat(r[4]),
        text=r[5],
        owner=r[6] or "",
        owner_key=r[7],
        due=due,
        status=status,
        closed_on=dt.date.fromisoformat(r[10]) if r[10] else None,
        overdue=status is FollowUpStatus.OPEN and due is not None and due < today,
        contact=r[11],
        contact_kind=r[12],
        agreement=r[13],
    )


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def list_follow_ups(
    db: Database | sqlite3.Connection, flt: FollowUpFilter, today: dt.date, limit: int = 5000
) -> list[FollowUpRow]:
    """Points matching the filter: overdue first, then by due date (no date last)."""
    where, params = [], []
    if flt.status is not None:
        where.append("f.status = ?")
        params.append(flt.status.value)
    if flt.overdue_only:
        where.append(OVERDUE_CONDITION)
        params.append(today.isoformat())
    if flt.partner:
        where.append("COALESCE(d.partner_region, o.name, ag.partner) = ? COLLATE NOCASE")
        params.append(flt.partner)
    if flt.owner.strip():
        where.append("COALESCE(p.name, f.owner_text) LIKE ? ESCAPE '\\'")
        params.append(_like(flt.owner.strip()))
    if flt.text.strip():
        where.append(
            "(f.text LIKE ? ESCAPE '\\' OR COALESCE(d.title, o.name, ag.partner) LIKE ? ESCAPE '\\')"
        )
        params.extend([_like(flt.text.strip())] * 2)
    sql = FOLLOW_UP_SELECT + (" WHERE " + " AND ".join(where) if where else "")
    # With the overdue filter alone this is the overview's ``OVERDUE_POINTS``.
    order = (
        OVERDUE_ORDER
        if flt.overdue_only
        else f"f.status = 'open' DESC, f.due IS NULL, f.due, {FOLLOW_UP_THEN}"
    )
    sql += f" ORDER BY {order} LIMIT ?"
    params.append(str(limit))
    return [_row(r, today) for r in db.execute(sql, params).fetchall()]


def counts(db: Database, today: dt.date) -> tuple[int, int]:
    """How many points are open, and how many of those are overdue."""
    row = db.execute(
        "SELECT count(*), count(CASE WHEN due IS NOT NULL AND due < ? THEN 1 END) "
        "FROM follow_up_points WHERE status = 'open'",
        [today.isoformat()],
    ).fetchone()
    return int(row[0]), int(row[1])


def set_status(db: Database, point_id: int, status: FollowUpStatus, today: dt.date | None = None) -> None:
    """Mark one point done, dropped or open again; its delegation counts as changed."""
    today = today or dt.date.today()
    closed = None if status is FollowUpStatus.OPEN else today.isoformat()
    with db.atomic():
        found = db.execute(
            "SELECT delegation_id, status, contact_id FROM follow_up_points WHERE id = ?", [point_id]
        ).fetchone()
        if found is None:
            raise NotFoundError(
                tr("That follow-up point no longer exists (it may have been removed elsewhere).")
            )
        if found[1] == status.value:
            return
        db.execute(
            "UPDATE follow_up_points SET status = ?, closed_on = ? WHERE id = ?",
            [status.value, closed, point_id],
        )
        # An editor holding the delegation (or contact) open must notice, not overwrite this.
        if found[0] is not None:
            db.execute("UPDATE delegations SET revision = revision + 1 WHERE id = ?", [found[0]])
        elif found[2] is not None:
            db.execute("UPDATE contacts SET revision = revision + 1 WHERE id = ?", [found[2]])


def earlier_open_points(
    db: Database, partner_region: str, before: dt.date, exclude: str | None, today: dt.date
) -> list[FollowUpRow]:
    """Open points from earlier visits with the same partner: nothing forgotten between visits."""
    if not partner_region.strip():
        return []
    sql = (
        FOLLOW_UP_SELECT
        + " WHERE d.partner_region = ? COLLATE NOCASE AND d.start < ? AND f.status = 'open' AND d.id != ?"
        + " ORDER BY d.start DESC, f.position"
    )
    rows = db.execute(sql, [partner_region.strip(), before.isoformat(), exclude or ""]).fetchall()
    return [_row(r, today) for r in rows]


def owners(db: Database) -> list[str]:
    """Everyone who owns a point, for the owner filter."""
    return [
        r[0]
        for r in db.execute(
            "SELECT owner FROM (SELECT DISTINCT COALESCE(p.name, f.owner_text) AS owner FROM follow_up_points f "
            "LEFT JOIN people p ON p.id = f.owner_person_id) AS owners WHERE owner != '' "
            "ORDER BY owner COLLATE NOCASE"
        ).fetchall()
    ]
