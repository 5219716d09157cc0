"""Small builders of valid records for tests."""

from __future__ import annotations

import datetime as dt

from delegation_planner.domain.enums import (
    DecisionOutcome,
    Direction,
    InitiatorKind,
    OrganisationKind,
    PersonKind,
    Purpose,
    Side,
)
from delegation_planner.domain.records import (
    Delegation,
    GripDecision,
    Initiator,
    Organisation,
    Participant,
    Person,
)

START = dt.date(2026, 5, 10)


def organisation(key: str = "cluster1", kind: OrganisationKind = OrganisationKind.CLUSTER) -> Organisation:
    return Organisation(id=key, name=f"Organisation {key}", kind=kind, country="SE")


def person(key: str, kind: PersonKind = PersonKind.POLITICIAN, name: str | None = None) -> Person:
    return Person(id=key, name=name or f"Person {key}", kind=kind)


def participant(key: str, justification: str = "", side: Side = Side.HOME) -> Participant:
    return Participant(person=key, side=side, justification=justification)


def delegation(key: str = "trip", **changes: object) -> Delegation:
    values: dict[str, object] = {
        "id": key,
        "title": f"Delegation {key}",
        "direction": Direction.OUTBOUND,
        "purpose": Purpose.BUSINESS_PROMOTION,
        "start": START,
        "end": START + dt.timedelta(days=6),
        "partner_region": "Jiangsu",
        "country": "CN",
        "themes": ["life_science"],
        "initiator": Initiator(InitiatorKind.CLUSTER, "cluster1", True),
    }
    values.update(changes)
    return Delegation(**values)  # type: ignore[arg-type]


def approval(
    date: dt.date = START - dt.timedelta(days=30), outcome: DecisionOutcome = DecisionOutcome.APPROVED
) -> GripDecision:
    return GripDecision(date=date, outcome=outcome, reference="Dnr 2026-000123")
