"""The "before departure" review: delegations starting soon and what they still miss."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from delegation_planner.domain.checklist import ChecklistItem
from delegation_planner.domain.enums import Level
from delegation_planner.domain.grip import CriterionResult, GripResult, evaluate
from delegation_planner.domain.records import Delegation
from delegation_planner.storage import repository
from delegation_planner.storage.checklists import load_checklists
from delegation_planner.storage.first_rows import HORIZON_DAYS, upcoming_trips

DEFAULT_HORIZON_DAYS = HORIZON_DAYS


@dataclass
class Upcoming:
    delegation: Delegation
    days_left: int
    open_items: list[ChecklistItem] = field(default_factory=list)
    overdue_items: list[ChecklistItem] = field(default_factory=list)
    rules: GripResult | None = None

    @property
    def failing_criteria(self) -> list[CriterionResult]:
        return [c for c in self.rules.criteria if c.level is Level.FAIL] if self.rules else []

    @property
    def is_ready(self) -> bool:
        return not self.open_items and not self.failing_criteria


def next_start_after(db: Database, day: dt.date) -> tuple[str, dt.date] | None:
    """The first delegation starting after ``day`` (past the review's horizon): its title and start."""
    row = db.execute(
        "SELECT title, start FROM delegations WHERE start > ? ORDER BY start, title LIMIT 1",
        [day.isoformat()],
    ).fetchone()
    return (str(row[0]), dt.date.fromisoformat(row[1])) if row else None


def upcoming(db: Database, today: dt.date, horizon_days: int = DEFAULT_HORIZON_DAYS) -> list[Upcoming]:
    """Delegations starting from today up to the horizon, soonest first (declined and cancelled left out)."""
    keys = [trip.key for trip in upcoming_trips(db, today, horizon_days)]
    policy = repository.load_policy(db)
    checklists = load_checklists(db, keys)
    # Read together, a few queries for all of them: one by one took 8 queries a trip.
    loaded = repository.load_delegations(db, keys)
    people = {
        p.id: p
        for p in repository.people_by_keys(db, [p.person for d in loaded.values() for p in d.participants])
    }
    found = []
    for key in keys:
        delegation = loaded.get(key)
        if delegation is None:  # deleted since its key was listed (another window or person)
            continue
        items = checklists.get(key, [])
        open_items = [i for i in items if not i.is_done(delegation)]
        found.append(
            Upcoming(
                delegation=delegation,
                days_left=(delegation.start - today).days,
                open_items=open_items,
                overdue_items=[i for i in open_items if i.is_overdue(delegation, today)],
                rules=evaluate(delegation, people, policy),
            )
        )
    return found
