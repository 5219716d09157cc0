"""How long people are kept after their last visit, and who is past it.

The office keeps a person's data only as long as it needs it (GDPR art. 5(1)(e));
the policy profile says how many years after the end of their last visit that is
(default five). People who have taken part in no visit at all are not listed:
there is no date to count from, and they are usually new contacts for a visit
still being planned.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from delegation_planner.texts.catalogue import tr

DEFAULT_RETENTION_YEARS = 5
MAX_RETENTION_YEARS = 100


@dataclass(frozen=True)
class DuePerson:
    id: str
    name: str
    kind: str
    organisation: str
    last_visit: dt.date


def retention_years(db: Database) -> int:
    row = db.execute("SELECT retention_years FROM policy WHERE id = 1").fetchone()
    return int(row[0]) if row is not None else DEFAULT_RETENTION_YEARS


def set_retention_years(db: Database, years: int) -> None:
    if not 1 <= years <= MAX_RETENTION_YEARS:
        raise ValueError(
            tr(
                "The retention must be from 1 to {max_retention_years} years, not {years}.",
                max_retention_years=MAX_RETENTION_YEARS,
                years=years,
            )
        )
    with db.atomic():
        db.execute("UPDATE policy SET retention_years = ? WHERE id = 1", [years])


def cutoff(today: dt.date, years: int) -> dt.date:
    """The day ``years`` before ``today`` (29 February becomes the 28th)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def due_for_review(db: Database, today: dt.date, years: int | None = None) -> list[DuePerson]:
    """People whose last visit ended more than ``years`` (the profile's) before ``today``,
    longest ago first. Erased people are not listed again."""
    years = retention_years(db) if years is None else years
    limit = cutoff(today, years).isoformat()
    rows = db.execute(
        # Grouped by every column shown and filtered on the aggregate itself, not its
        # name: the form both engines accept.
        "SELECT p.id, p.name, p.kind, COALESCE(o.name, ''), max(d.\"end\") AS last_visit "
        "FROM people p JOIN participants x ON x.person_id = p.id "
        "JOIN delegations d ON d.id = x.delegation_id "
        "LEFT JOIN organisations o ON o.id = p.organisation_id "
        "WHERE p.id NOT LIKE 'erased-%' "
        'GROUP BY p.id, p.name, p.kind, o.name HAVING max(d."end") < ? '
        "ORDER BY last_visit, p.name COLLATE NOCASE",
        [limit],
    ).fetchall()
    return [DuePerson(r[0], r[1], r[2], r[3], dt.date.fromisoformat(r[4])) for r in rows]
