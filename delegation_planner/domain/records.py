"""The register's records (contract §4) as plain dataclasses.

Records reference each other by their stable text ``id`` keys, exactly as the
interchange file does, so a record can be validated, stored and exported without
knowing where it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from delegation_planner.domain.enums import (
    AgreementKind,
    AgreementScope,
    AgreementStatus,
    CostCategory,
    DecisionOutcome,
    Direction,
    FollowUpStatus,
    InitiatorKind,
    OrganisationKind,
    PersonKind,
    Purpose,
    RenewalDecision,
    ResultKind,
    Role,
    Side,
)
from delegation_planner.domain.status import DelegationStatus, StatusChange


@dataclass
class Organisation:
    """A partner or home organisation, as the register and the interchange file hold it."""

    id: str
    name: str
    kind: OrganisationKind
    country: str = ""
    their_interests: str = ""
    our_benefits: str = ""


@dataclass
class Person:
    """Someone who takes part in delegations, at home or on the partner's side."""

    id: str
    name: str
    kind: PersonKind
    title: str = ""
    organisation: str | None = None
    email: str = ""
    # The office's own, for the briefing; the interchange file does not carry it, so
    # it takes no part in comparing people (an import must not count it a change).
    phone: str = field(default="", compare=False)


@dataclass
class Initiator:
    """Who asked for a delegation, and whether they asked for politicians to take part."""

    kind: InitiatorKind
    organisation: str | None = None
    requested_political_participation: bool | None = None


@dataclass
class Participant:
    """A person on a delegation, on one side, with a role and why they go."""

    person: str
    side: Side = Side.HOME
    role: Role | None = None
    justification: str = ""


@dataclass
class ProgrammeItem:
    """One point of a delegation's programme."""

    start: dt.datetime
    title: str
    end: dt.datetime | None = None
    venue: str = ""
    counterpart: str | None = None


@dataclass
class CostLine:
    """A delegation's planned and actual cost of one category in one currency."""

    category: CostCategory
    currency: str
    planned: float | None = None
    actual: float | None = None


@dataclass
class GripDecision:
    """A decision on a delegation (approved, rejected...), with its date and reference."""

    date: dt.date
    outcome: DecisionOutcome
    reference: str = ""
    note: str = ""


@dataclass
class FollowUpPoint:
    """Something to do after a delegation or contact, with its owner and due date."""

    text: str = ""
    owner: str = ""
    due: dt.date | None = None
    status: FollowUpStatus = FollowUpStatus.OPEN
    # The day the point was done or dropped. The interchange file does not carry it,
    # so it takes no part in comparing points (an import must not count it a change).
    closed_on: dt.date | None = field(default=None, compare=False)

    @property
    def is_complete(self) -> bool:
        """Contract §3: non-blank text, an owner and a due date."""
        return bool(self.text.strip()) and bool(self.owner.strip()) and self.due is not None


@dataclass
class Agreement:
    """A cooperation agreement with a partner region, with its minimum of official visits."""

    id: str
    partner: str
    signed: dt.date | None = None
    scope: AgreementScope | None = None
    themes: list[str] = field(default_factory=list)
    min_official_visits_per_year: int | None = None
    status: AgreementStatus | None = None
    # When the agreement is next to be reviewed; the office's own, not in the file.
    review_date: dt.date | None = field(default=None, compare=False)
    # The agreement in full (interchange version 2).
    kind: AgreementKind | None = None
    signatories: str = ""  # who signed, on both sides, as written
    expiry: dt.date | None = None
    renewal: RenewalDecision | None = None
    renewal_date: dt.date | None = None
    renewal_note: str = ""
    # The activity plan: items with owner and due date, followed up like a visit's points.
    activity_plan: list[FollowUpPoint] = field(default_factory=list)


@dataclass
class Delegation:
    """A trip out or a visit in, with its participants, programme, costs and follow-up."""

    id: str
    title: str
    direction: Direction
    purpose: Purpose
    start: dt.date
    end: dt.date
    partner_region: str = ""
    country: str = ""
    themes: list[str] = field(default_factory=list)
    agreement: str | None = None
    initiator: Initiator | None = None
    participants: list[Participant] = field(default_factory=list)
    programme: list[ProgrammeItem] = field(default_factory=list)
    costs: list[CostLine] = field(default_factory=list)
    grip_decision: GripDecision | None = None
    follow_up_points: list[FollowUpPoint] = field(default_factory=list)
    notes: str = ""
    # The life cycle (domain.status): the current status and the changes that led to it.
    status: DelegationStatus = DelegationStatus.PLANNED
    status_history: list[StatusChange] = field(default_factory=list)


@dataclass
class Result:
    """An outcome (partnership, sale, signed agreement …) and the visits that led to it."""

    id: str
    title: str
    kind: ResultKind
    date: dt.date | None = None
    description: str = ""
    delegations: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)


@dataclass
class Register:
    """A whole register: what one interchange file or one database holds."""

    organisations: list[Organisation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    delegations: list[Delegation] = field(default_factory=list)
    # False for a version 1 file: its statuses are only the upgrade rule's guess, so an
    # import keeps the status of a delegation the register already has.
    carries_status: bool = field(default=True, compare=False)
    # The names of the files kept with each record (the file carries names, never bytes):
    # "delegations" / "agreements" -> record key -> names.
    attachments: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    # Contacts between visits (domain.contacts.Contact); typed loosely to keep this module
    # free of the contact log's own.
    contacts: list[Any] = field(default_factory=list)
