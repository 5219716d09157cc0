"""The partner regions the register knows, with the country each is in.

The editor offers them for a new delegation and fills the country from them, so the
same partner is not typed three ways ("Guangdong", "Guangdong province", "Guandong").
"""

from __future__ import annotations

from sqlite_utils import Database


def partner_countries(db: Database) -> dict[str, str]:
    """Each partner region used by a delegation, with the country most of its delegations gave."""
    rows = db.execute(
        """
        SELECT partner_region, country, count(*) AS uses FROM delegations
        WHERE trim(partner_region) != '' AND trim(country) != ''
        GROUP BY partner_region, country
        ORDER BY uses DESC, country
        """
    ).fetchall()
    found: dict[str, str] = {}
    for partner, country, _uses in rows:
        found.setdefault(str(partner), str(country))
    return found
