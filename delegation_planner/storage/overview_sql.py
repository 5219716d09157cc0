"""The overview's queries as text: its next trips, its overdue follow-up points and whether
the register holds any delegation.

The window reads these before its first paint with ``sqlite3`` alone (``storage.first_rows``),
and the storage layer (``follow_ups``, ``register_query``, ``upcoming``) builds on the same
text afterwards, so each query is written once. Only strings are defined here: importing the
domain's enumerations or the modules that build the other queries (dataclasses, enum types)
costs the first paint tens of milliseconds. Where a value comes from the domain (the statuses
without a visit), a test checks that the text says what the domain says.
"""

from __future__ import annotations

# Declined and cancelled delegations (``domain.status.WITHOUT_VISIT``, as
# ``register_query.WITHOUT_VISIT_SQL`` inlines it): no visit, no trip on the overview.
WITHOUT_VISIT_SQL = "'cancelled', 'declined'"

# Delegations starting from one day up to another, soonest first.
UPCOMING_TRIPS = (
    "SELECT id, title, start FROM delegations WHERE start >= ? AND start <= ? "
    f"AND status NOT IN ({WITHOUT_VISIT_SQL}) ORDER BY start, title"
)

# Cheaper than a count, which reads the whole index.
ANY_DELEGATION = "SELECT 1 FROM delegations LIMIT 1"

# A follow-up point with what it follows up: a delegation, a contact between visits or an
# agreement's activity plan (``follow_ups.FollowUpRow`` reads the columns in this order).
FOLLOW_UP_SELECT = """
SELECT f.id, COALESCE(f.delegation_id, ''), COALESCE(d.title, o.name, ag.partner),
       COALESCE(d.partner_region, o.name, ag.partner),
       COALESCE(d.start, c.date, ag.signed, f.due, '1900-01-01'), f.text,
       COALESCE(p.name, f.owner_text) AS owner, f.owner_person_id, f.due, f.status, f.closed_on,
       f.contact_id, c.kind, f.agreement_id
FROM follow_up_points f
LEFT JOIN delegations d ON d.id = f.delegation_id
LEFT JOIN contacts c ON c.id = f.contact_id
LEFT JOIN organisations o ON o.id = c.organisation_id
LEFT JOIN agreements ag ON ag.id = f.agreement_id
LEFT JOIN people p ON p.id = f.owner_person_id
"""
OVERDUE_CONDITION = "f.status = 'open' AND f.due IS NOT NULL AND f.due < ?"
# Points of the same day: by their delegation's (contact's, agreement's) date, then their place.
FOLLOW_UP_THEN = "COALESCE(d.start, c.date, ag.signed), f.position"
# Overdue points are all open and all dated, so they are ordered by date alone first: the
# (status, due) index then gives them in order and the LIMIT stops early (sorting every
# overdue point of a large register took seconds).
OVERDUE_ORDER = f"f.due, {FOLLOW_UP_THEN}"
# The overview's overdue points, oldest first (parameters: today, the limit).
OVERDUE_POINTS = f"{FOLLOW_UP_SELECT} WHERE {OVERDUE_CONDITION} ORDER BY {OVERDUE_ORDER} LIMIT ?"
