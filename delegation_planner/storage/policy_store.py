"""The office's policy profile (contract §1), one row in the ``policy`` table."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from delegation_planner.domain.policy import CRITERIA, PolicyProfile
from delegation_planner.storage.upsert import upsert_rows

if TYPE_CHECKING:
    from sqlite_utils import Database


def load_policy(db: Database) -> PolicyProfile:
    cursor = db.execute("SELECT * FROM policy WHERE id = 1")
    found = cursor.fetchone()
    if found is None:
        return PolicyProfile()
    row = dict(zip([d[0] for d in cursor.description], found, strict=True))
    body, decision = _decision_body(db)
    return PolicyProfile(
        name=row["name"],
        min_justification_chars=row["min_justification_chars"],
        max_politicians_outbound=row["max_politicians_outbound"],
        priority_themes=json.loads(row["priority_themes"]),
        min_follow_up_points=row["min_follow_up_points"],
        criteria=json.loads(row["criteria"]) if "criteria" in row else list(CRITERIA),
        decision_body=body,
        decision=decision,
    )


def _decision_body(db: Database) -> tuple[str, str]:
    """The office's decision body in English, for the core's messages ("GRIP", "GRIP decision")."""
    default = PolicyProfile()
    # One plain query (an older register without the table answers with an error): every
    # save reads the policy, and sqlite-utils' exists() and query() cost five statements.
    try:
        row = db.execute("SELECT profile FROM office_profile WHERE id = 1").fetchone()
    except sqlite3.OperationalError:
        row = None
    if row is None:
        return default.decision_body, default.decision
    body = json.loads(row[0]).get("decision_body", {}).get("en", {})
    return str(body.get("name") or default.decision_body), str(body.get("decision") or default.decision)


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
                "criteria": json.dumps(list(policy.criteria)),
            }
        ],
    )
