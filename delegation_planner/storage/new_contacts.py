"""New contacts to follow up: organisations met on a visit without their interests
and our benefits recorded (the Skåne strategy asks for both for every new contact)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class NewContact:
    organisation: str
    name: str
    country: str
    missing_interests: bool
    missing_benefits: bool
    first_met: dt.date
    first_visit: str  # the delegation's title
    visits: int


def new_contacts(db: Database) -> list[NewContact]:
    """Met as a programme counterpart abroad or through a partner-side participant.

    A counterpart on an *inbound* visit is a local host (the office's own region, a
    cluster or hospital at home that received the guests), not a new contact abroad,
    so only counterparts of outbound visits count; a partner-side participant's
    organisation is the partner's on either kind of visit.
    """
    rows = db.execute(
        """
        WITH met AS (
            SELECT i.counterpart_id AS organisation_id, i.delegation_id FROM programme_items i
            JOIN delegations v ON v.id = i.delegation_id
            WHERE i.counterpart_id IS NOT NULL AND v.direction = 'outbound'
            UNION
            SELECT x.organisation_id, p.delegation_id FROM participants p
            JOIN people x ON x.id = p.person_id
            WHERE p.side = 'partner' AND x.organisation_id IS NOT NULL
        )
        SELECT o.id, o.name, o.country, trim(o.their_interests) = '', trim(o.our_benefits) = '',
               min(d.start), count(DISTINCT d.id),
               (SELECT d2.title FROM met m2 JOIN delegations d2 ON d2.id = m2.delegation_id
                WHERE m2.organisation_id = o.id ORDER BY d2.start LIMIT 1)
        FROM met m
        JOIN organisations o ON o.id = m.organisation_id
        JOIN delegations d ON d.id = m.delegation_id
        WHERE trim(o.their_interests) = '' OR trim(o.our_benefits) = ''
        GROUP BY o.id
        ORDER BY min(d.start) DESC, o.name COLLATE NOCASE
        """
    ).fetchall()
    return [
        NewContact(r[0], r[1], r[2], bool(r[3]), bool(r[4]), dt.date.fromisoformat(r[5]), r[7], r[6])
        for r in rows
    ]
