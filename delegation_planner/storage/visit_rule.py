"""The agreement-visit rule, stored in the register (one row)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from delegation_planner.domain.enums import Direction, PersonKind
from delegation_planner.domain.visit_rule import VisitRule

if TYPE_CHECKING:
    from sqlite_utils import Database


def load_visit_rule(db: Database) -> VisitRule:
    row = db.execute("SELECT directions, levels, completed_only FROM visit_rule WHERE id = 1").fetchone()
    if row is None:
        return VisitRule()
    return VisitRule(
        directions=frozenset(Direction(d) for d in json.loads(row[0])),
        levels=frozenset(PersonKind(k) for k in json.loads(row[1])),
        completed_only=bool(row[2]),
    )


def save_visit_rule(db: Database, rule: VisitRule) -> None:
    problem = rule.problem()
    if problem is not None:
        raise ValueError(problem)
    with db.atomic():
        db.execute(
            "INSERT OR REPLACE INTO visit_rule (id, directions, levels, completed_only) VALUES (1, ?, ?, ?)",
            [
                json.dumps(sorted(d.value for d in rule.directions)),
                json.dumps(sorted(k.value for k in rule.levels)),
                int(rule.completed_only),
            ],
        )
