"""The office's policy profile (contract §1), one row in the ``policy`` table."""

from __future__ import annotations

import json

from sqlite_utils import Database

from delegation_planner.domain.policy import PolicyProfile
from delegation_planner.storage.upsert import upsert_rows


def load_policy(db: Database) -> PolicyProfile:
    cursor = db.execute("SELECT * FROM policy WHERE id = 1")
    found = cursor.fetchone()
    if found is None:
        return PolicyProfile()
    row = dict(zip([d[0] for d in cursor.description], found, strict=True))
    return PolicyProfile(
        name=row["name"],
        min_justification_chars=row["min_justification_chars"],
        max_politicians_outbound=row["max_politicians_outbound"],
        priority_themes=json.loads(row["priority_themes"]),
        min_follow_up_points=row["min_follow_up_points"],
    )


def write_policy(db: Database, policy: PolicyProfile) -> None:
    """Write the profile (inside the caller's transaction)."""
    upsert_rows(
        db,
        "policy",
        [
            {
                "id": 1,
                "name": policy.name,
                "min_justification_chars": policy.min_justification_chars,
                "max_politicians_outbound": policy.max_politicians_outbound,
                "priority_themes": json.dumps(policy.priority_themes),
                "min_follow_up_points": policy.min_follow_up_points,
            }
        ],
    )
