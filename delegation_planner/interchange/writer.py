"""Writing a ``Register`` as an interchange file in its canonical form.

The canonical form is what makes export -> import -> export byte-identical: keys in
the contract's order, optional fields left out when empty (so "not given" has one
spelling), whole money amounts as integers, programme times to the minute, and the
records in the order given (``load_register`` orders them by key).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from delegation_planner.domain.contacts import Contact
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
    Register,
)
from delegation_planner.domain.status import StatusChange
from delegation_planner.interchange.reader import FORMAT

JsonDict = dict[str, Any]


def dumps(register: Register) -> str:
    """The file's text: UTF-8 as written (not \\u-escaped), two-space indent, final newline."""
    return json.dumps(register_to_dict(register), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def register_to_dict(register: Register) -> JsonDict:
    contacts = {"contacts": [_contact(c) for c in register.contacts]} if register.contacts else {}
    return {
        "format": FORMAT,
        "organisations": [_organisation(o) for o in register.organisations],
        "people": [_person(p) for p in register.people],
        "agreements": [_agreement(a) | _names(register, "agreements", a.id) for a in register.agreements],
        "delegations": [_delegation(d) | _names(register, "delegations", d.id) for d in register.delegations],
    } | contacts


def _contact(c: Contact) -> JsonDict:
    return _compact(
        [
            ("id", c.id),
            ("organisation", c.organisation),
            ("agreement", c.agreement),
            ("kind", c.kind.value),
            ("date", c.date.isoformat()),
            ("participants", c.participants),
            ("summary", c.summary),
            ("follow_up_points", [_follow_up(f) for f in c.follow_up_points]),
        ]
    )


def _names(register: Register, kind: str, key: str) -> JsonDict:
    """The names of the files kept with a record, last among its fields; nothing when none."""
    names = register.attachments.get(kind, {}).get(key, [])
    return {"attachments": list(names)} if names else {}


def _compact(pairs: list[tuple[str, Any]]) -> JsonDict:
    """Leave out what is not given (None, "", []); keep False and 0, which are values."""
    return {key: value for key, value in pairs if value is not None and value != "" and value != []}


def _money(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def _organisation(o: Organisation) -> JsonDict:
    return _compact(
        [
            ("id", o.id),
            ("name", o.name),
            ("country", o.country),
            ("kind", o.kind.value),
            ("their_interests", o.their_interests),
            ("our_benefits", o.our_benefits),
        ]
    )


def _person(p: Person) -> JsonDict:
    return _compact(
        [
            ("id", p.id),
            ("name", p.name),
            ("title", p.title),
            ("organisation", p.organisation),
            ("kind", p.kind.value),
            ("email", p.email),
        ]
    )


def _agreement(a: Agreement) -> JsonDict:
    return _compact(
        [
            ("id", a.id),
            ("partner", a.partner),
            ("signed", a.signed.isoformat() if a.signed else None),
            ("scope", a.scope.value if a.scope else None),
            ("themes", list(a.themes)),
            ("min_official_visits_per_year", a.min_official_visits_per_year),
            ("status", a.status.value if a.status else None),
            ("kind", a.kind.value if a.kind else None),
            ("signatories", a.signatories),
            ("expiry", a.expiry.isoformat() if a.expiry else None),
            ("renewal", a.renewal.value if a.renewal else None),
            ("renewal_date", a.renewal_date.isoformat() if a.renewal_date else None),
            ("renewal_note", a.renewal_note),
            ("activity_plan", [_follow_up(p) for p in a.activity_plan]),
        ]
    )


def _delegation(d: Delegation) -> JsonDict:
    return _compact(
        [
            ("id", d.id),
            ("title", d.title),
            ("direction", d.direction.value),
            ("purpose", d.purpose.value),
            ("partner_region", d.partner_region),
            ("country", d.country),
            ("start", d.start.isoformat()),
            ("end", d.end.isoformat()),
            ("themes", list(d.themes)),
            ("agreement", d.agreement),
            ("initiator", _initiator(d.initiator) if d.initiator else None),
            ("participants", [_participant(p) for p in d.participants]),
            ("programme", [_programme_item(p) for p in d.programme]),
            ("costs", [_cost_line(c) for c in d.costs]),
            ("grip_decision", _decision(d.grip_decision) if d.grip_decision else None),
            ("follow_up_points", [_follow_up(f) for f in d.follow_up_points]),
            ("notes", d.notes),
            ("status", d.status.value),
            ("status_history", [_status_change(c) for c in d.status_history]),
        ]
    )


def _status_change(c: StatusChange) -> JsonDict:
    return _compact(
        [("status", c.status.value), ("date", c.date.isoformat()), ("by", c.by), ("reason", c.reason)]
    )


def _initiator(i: Initiator) -> JsonDict:
    return _compact(
        [
            ("organisation", i.organisation),
            ("kind", i.kind.value),
            ("requested_political_participation", i.requested_political_participation),
        ]
    )


def _participant(p: Participant) -> JsonDict:
    return _compact(
        [
            ("person", p.person),
            ("side", p.side.value),
            ("role", p.role.value if p.role else None),
            ("justification", p.justification),
        ]
    )


def _minute(value: dt.datetime | None) -> str | None:
    return None if value is None else value.strftime("%Y-%m-%dT%H:%M")


def _programme_item(p: ProgrammeItem) -> JsonDict:
    return _compact(
        [
            ("start", _minute(p.start)),
            ("end", _minute(p.end)),
            ("title", p.title),
            ("venue", p.venue),
            ("counterpart", p.counterpart),
        ]
    )


def _cost_line(c: CostLine) -> JsonDict:
    return _compact(
        [
            ("category", c.category.value),
            ("planned", _money(c.planned)),
            ("actual", _money(c.actual)),
            ("currency", c.currency),
        ]
    )


def _decision(g: GripDecision) -> JsonDict:
    return _compact(
        [
            ("date", g.date.isoformat()),
            ("reference", g.reference),
            ("outcome", g.outcome.value),
            ("note", g.note),
        ]
    )


def _follow_up(f: FollowUpPoint) -> JsonDict:
    return _compact(
        [
            ("text", f.text),
            ("owner", f.owner),
            ("due", f.due.isoformat() if f.due else None),
            ("status", f.status.value),
        ]
    )
