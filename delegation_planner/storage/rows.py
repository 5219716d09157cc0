"""Conversion between records and database rows (dates as ISO text, themes as JSON)."""

from __future__ import annotations

import datetime as dt
import json
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
    Role,
    Side,
)
from delegation_planner.domain.records import (
    Agreement,
    CostLine,
    Delegation,
    FollowUpPoint,
    GripDecision,
    Initiator,
    Organisation,
    Participant,
    Person,
    ProgrammeItem,
)
from delegation_planner.domain.status import DelegationStatus, StatusChange

Row = dict[str, Any]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def minute_text(value: dt.datetime) -> str:
    """Programme times are kept to the minute, as the file writes them."""
    return value.strftime("%Y-%m-%dT%H:%M")


def organisation_row(o: Organisation) -> Row:
    return {
        "id": o.id,
        "name": o.name,
        "kind": o.kind.value,
        "country": o.country,
        "their_interests": o.their_interests,
        "our_benefits": o.our_benefits,
    }


def organisation_from(row: Row) -> Organisation:
    return Organisation(
        id=row["id"],
        name=row["name"],
        kind=OrganisationKind(row["kind"]),
        country=row["country"],
        their_interests=row["their_interests"],
        our_benefits=row["our_benefits"],
    )


def person_row(p: Person) -> Row:
    """The file's fields only: an import must not clear the office's phone number."""
    return {
        "id": p.id,
        "name": p.name,
        "kind": p.kind.value,
        "title": p.title,
        "organisation_id": p.organisation,
        "email": p.email,
    }


def person_from(row: Row) -> Person:
    return Person(
        id=row["id"],
        name=row["name"],
        kind=PersonKind(row["kind"]),
        title=row["title"],
        organisation=row["organisation_id"],
        email=row["email"],
        phone=row.get("phone") or "",
    )


def agreement_row(a: Agreement, *, full: bool = True) -> Row:
    """The file's fields only: an import must not clear the office's review date.

    ``full=False`` leaves out what version 1 files do not carry (kind, signatories,
    expiry, renewal), so importing one keeps what the office recorded.
    """
    row: Row = {
        "id": a.id,
        "partner": a.partner,
        "signed": a.signed.isoformat() if a.signed else None,
        "scope": a.scope.value if a.scope else None,
        "themes": json.dumps(a.themes),
        "min_official_visits_per_year": a.min_official_visits_per_year,
        "status": a.status.value if a.status else None,
    }
    if full:
        row |= {
            "kind": a.kind.value if a.kind else None,
            "signatories": a.signatories,
            "expiry": a.expiry.isoformat() if a.expiry else None,
            "renewal": a.renewal.value if a.renewal else None,
            "renewal_date": a.renewal_date.isoformat() if a.renewal_date else None,
            "renewal_note": a.renewal_note,
        }
    return row


def agreement_from(row: Row) -> Agreement:
    return Agreement(
        id=row["id"],
        partner=row["partner"],
        signed=_date(row["signed"]),
        scope=AgreementScope(row["scope"]) if row["scope"] else None,
        themes=json.loads(row["themes"]),
        min_official_visits_per_year=row["min_official_visits_per_year"],
        status=AgreementStatus(row["status"]) if row["status"] else None,
        review_date=_date(row.get("review_date")),
        kind=AgreementKind(row["kind"]) if row.get("kind") else None,
        signatories=row.get("signatories") or "",
        expiry=_date(row.get("expiry")),
        renewal=RenewalDecision(row["renewal"]) if row.get("renewal") else None,
        renewal_date=_date(row.get("renewal_date")),
        renewal_note=row.get("renewal_note") or "",
    )


def delegation_row(d: Delegation) -> Row:
    initiator = d.initiator
    requested = initiator.requested_political_participation if initiator else None
    return {
        "id": d.id,
        "title": d.title,
        "direction": d.direction.value,
        "purpose": d.purpose.value,
        "start": d.start.isoformat(),
        "end": d.end.isoformat(),
        "partner_region": d.partner_region,
        "country": d.country,
        "themes": json.dumps(d.themes),
        "agreement_id": d.agreement,
        "initiator_kind": initiator.kind.value if initiator else None,
        "initiator_organisation_id": initiator.organisation if initiator else None,
        "initiator_requested": None if requested is None else int(requested),
        "notes": d.notes,
        "status": d.status.value,
    }


def delegation_from(row: Row) -> Delegation:
    initiator = None
    if row["initiator_kind"]:
        requested = row["initiator_requested"]
        initiator = Initiator(
            kind=InitiatorKind(row["initiator_kind"]),
            organisation=row["initiator_organisation_id"],
            requested_political_participation=None if requested is None else bool(requested),
        )
    return Delegation(
        id=row["id"],
        title=row["title"],
        direction=Direction(row["direction"]),
        purpose=Purpose(row["purpose"]),
        start=dt.date.fromisoformat(row["start"]),
        end=dt.date.fromisoformat(row["end"]),
        partner_region=row["partner_region"],
        country=row["country"],
        themes=json.loads(row["themes"]),
        agreement=row["agreement_id"],
        initiator=initiator,
        notes=row["notes"],
        status=DelegationStatus(row["status"]),
    )


def participant_row(p: Participant) -> Row:
    return {
        "person_id": p.person,
        "side": p.side.value,
        "role": p.role.value if p.role else None,
        "justification": p.justification,
    }


def participant_from(row: Row) -> Participant:
    return Participant(
        person=row["person_id"],
        side=Side(row["side"]),
        role=Role(row["role"]) if row["role"] else None,
        justification=row["justification"],
    )


def programme_row(p: ProgrammeItem) -> Row:
    return {
        "start": minute_text(p.start),
        "end": minute_text(p.end) if p.end else None,
        "title": p.title,
        "venue": p.venue,
        "counterpart_id": p.counterpart,
    }


def programme_from(row: Row) -> ProgrammeItem:
    start = _datetime(row["start"])
    assert start is not None
    return ProgrammeItem(
        start=start,
        end=_datetime(row["end"]),
        title=row["title"],
        venue=row["venue"],
        counterpart=row["counterpart_id"],
    )


def cost_row(c: CostLine) -> Row:
    return {
        "category": c.category.value,
        "planned": c.planned,
        "actual": c.actual,
        "currency": c.currency,
    }


def cost_from(row: Row) -> CostLine:
    return CostLine(
        category=CostCategory(row["category"]),
        planned=row["planned"],
        actual=row["actual"],
        currency=row["currency"],
    )


def decision_row(g: GripDecision) -> Row:
    return {
        "date": g.date.isoformat(),
        "reference": g.reference,
        "outcome": g.outcome.value,
        "note": g.note,
    }


def decision_from(row: Row) -> GripDecision:
    return GripDecision(
        date=dt.date.fromisoformat(row["date"]),
        reference=row["reference"],
        outcome=DecisionOutcome(row["outcome"]),
        note=row["note"],
    )


def follow_up_row(f: FollowUpPoint, people: set[str], closed_on: dt.date | None = None) -> Row:
    """The owner is a person's key when one matches, otherwise free text.

    ``closed_on`` is the closing date to record when the point is not open and
    carries none of its own (the date it was closed before, or today).
    """
    is_person = f.owner in people
    closed = None if f.status is FollowUpStatus.OPEN else (f.closed_on or closed_on)
    return {
        "text": f.text,
        "owner_person_id": f.owner if is_person else None,
        "owner_text": "" if is_person else f.owner,
        "due": f.due.isoformat() if f.due else None,
        "status": f.status.value,
        "closed_on": closed.isoformat() if closed else None,
    }


def follow_up_from(row: Row) -> FollowUpPoint:
    return FollowUpPoint(
        text=row["text"],
        owner=row["owner_person_id"] or row["owner_text"],
        due=_date(row["due"]),
        status=FollowUpStatus(row["status"]),
        closed_on=_date(row["closed_on"]),
    )


def status_change_row(c: StatusChange) -> Row:
    return {"status": c.status.value, "date": c.date.isoformat(), "changed_by": c.by, "reason": c.reason}


def status_change_from(row: Row) -> StatusChange:
    return StatusChange(
        status=DelegationStatus(row["status"]),
        date=dt.date.fromisoformat(row["date"]),
        by=row["changed_by"],
        reason=row["reason"],
    )
