"""The checklist before a trip: templates per direction and the items they produce.

An item's due date is kept as "N days before the start" so that it moves with
the delegation when the dates change. One item can be ticked by the register
itself: "GRIP decision recorded" is done as soon as an approval is recorded (a
rejection is a decision too, but the trip cannot go ahead on it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from delegation_planner.domain.enums import DecisionOutcome, Direction
from delegation_planner.domain.records import Delegation, GripDecision

AUTO_GRIP_DECISION = "grip_decision"


def decision_ticks_item(decision: GripDecision | None) -> bool:
    """Whether the decision ticks the automatic item: only an approval (with or
    without conditions) does; a rejection or no decision leaves it open."""
    return decision is not None and decision.outcome in (
        DecisionOutcome.APPROVED,
        DecisionOutcome.APPROVED_WITH_CONDITIONS,
    )


@dataclass
class ChecklistItem:
    text: str
    owner: str = ""
    days_before: int = 14
    done: bool = False
    done_on: dt.date | None = None
    auto: str | None = None

    def due(self, start: dt.date) -> dt.date:
        return start - dt.timedelta(days=self.days_before)

    def is_done(self, delegation: Delegation) -> bool:
        if self.auto == AUTO_GRIP_DECISION:
            return decision_ticks_item(delegation.grip_decision)
        return self.done

    def is_overdue(self, delegation: Delegation, today: dt.date) -> bool:
        return not self.is_done(delegation) and self.due(delegation.start) < today


def _items(*rows: tuple[str, int] | tuple[str, int, str]) -> list[ChecklistItem]:
    return [
        ChecklistItem(text=row[0], days_before=row[1], auto=row[2] if len(row) > 2 else None) for row in rows
    ]


def default_template(direction: Direction) -> list[ChecklistItem]:
    """The items a new delegation starts with; offices edit these in the settings."""
    if direction is Direction.OUTBOUND:
        return _items(
            ("Invitation received", 60),
            ("GRIP decision recorded", 45, AUTO_GRIP_DECISION),
            ("Programme confirmed with the partner", 30),
            ("Visas applied for", 30),
            ("Travel and hotel booked", 30),
            ("Interpreter booked", 21),
            ("Gifts chosen and bought", 14),
            ("Briefing notes for the politicians", 7),
            ("Advice on phones and laptops for the trip given", 7),
            ("Communication plan agreed", 7),
        )
    return _items(
        ("Invitation sent", 60),
        ("Reception and host arranged", 30),
        ("Venue and meals booked (diets noted)", 21),
        ("Transport arranged", 14),
        ("Interpreter booked", 14),
        ("Gifts chosen and bought", 14),
        ("Programme sent to the guests", 7),
    )


def open_items(items: list[ChecklistItem], delegation: Delegation) -> list[ChecklistItem]:
    return [item for item in items if not item.is_done(delegation)]
