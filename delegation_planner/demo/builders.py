"""The short constructors and aliases the demo's data modules share.

They keep the data readable: one record to a line or two, as in the register it fills.
"""

from __future__ import annotations

import datetime as dt

from delegation_planner.domain.enums import (
    CostCategory,
    DecisionOutcome,
    FollowUpStatus,
    OrganisationKind,
    PersonKind,
    Role,
    Side,
)
from delegation_planner.domain.records import (
    CostLine,
    FollowUpPoint,
    GripDecision,
    Organisation,
    Participant,
    Person,
    ProgrammeItem,
)

_D = dt.date
_OK = FollowUpStatus.DONE
_OPEN = FollowUpStatus.OPEN
_DROPPED = FollowUpStatus.DROPPED
_APPROVED = DecisionOutcome.APPROVED

# A short alias keeps the table of people in parties.py readable, one record a line or two.
_P = PersonKind

# The cost categories, short for the delegations' cost lines.
_T, _A, _H = CostCategory.TRAVEL, CostCategory.ACCOMMODATION, CostCategory.HOSTING
_G, _I, _F = CostCategory.GIFTS, CostCategory.INTERPRETATION, CostCategory.FEES


def _org(
    key: str, name: str, kind: OrganisationKind, country: str, wants: str = "", gains: str = ""
) -> Organisation:
    return Organisation(key, name, kind, country, their_interests=wants, our_benefits=gains)


def _person(key: str, name: str, kind: PersonKind, title: str, org: str | None, email: str = "") -> Person:
    return Person(key, name, kind, title=title, organisation=org, email=email)


def _home(person: str, role: Role = Role.MEMBER, why: str = "") -> Participant:
    return Participant(person, Side.HOME, role, why)


def _partner(person: str, role: Role = Role.HOST) -> Participant:
    return Participant(person, Side.PARTNER, role)


def _item(
    day: dt.date, start: str, end: str | None, title: str, venue: str, counterpart: str | None = None
) -> ProgrammeItem:
    def at(hhmm: str) -> dt.datetime:
        return dt.datetime.combine(day, dt.time.fromisoformat(hhmm))

    return ProgrammeItem(at(start), title, at(end) if end else None, venue, counterpart)


def _cost(category: CostCategory, currency: str, planned: float | None, actual: float | None) -> CostLine:
    return CostLine(category, currency, planned, actual)


def _grip(date: dt.date, number: int, outcome: DecisionOutcome = _APPROVED, note: str = "") -> GripDecision:
    # A diarienummer as the register office writes it: the year of registration and a serial.
    return GripDecision(date, outcome, f"Dnr {date.year}-{number:06d}", note)


def _follow(text: str, owner: str, due: dt.date, status: FollowUpStatus = _OK) -> FollowUpPoint:
    return FollowUpPoint(text, owner, due, status)
