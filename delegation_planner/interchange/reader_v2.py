"""Version 2 of the interchange file: what it adds to version 1's records.

The life cycle (a delegation's status and its history), the agreements in full,
the contact log and the names of attachments. Kept apart from ``reader`` so that
each stays a readable size; ``reader._RecordReader`` builds on this class.
"""

from __future__ import annotations

import datetime as dt

from delegation_planner.domain.contacts import Contact, ContactKind
from delegation_planner.domain.enums import AgreementKind, RenewalDecision
from delegation_planner.domain.records import Agreement, FollowUpPoint
from delegation_planner.domain.status import (
    MAX_REASON_CHARS,
    DelegationStatus,
    StatusChange,
    history_problem,
    upgrade_status,
)
from delegation_planner.interchange.fields import Fields, Problems, describe
from delegation_planner.texts.catalogue import tr

MAX_ATTACHMENT_NAME_CHARS = 200
STATUS_CHANGE_FIELDS = ("status", "date", "by", "reason")
CONTACT_FIELDS = (
    "id",
    "organisation",
    "agreement",
    "kind",
    "date",
    "participants",
    "summary",
    "follow_up_points",
)


class VersionTwoReader:
    """The version 2 fields; the record reader supplies what is declared first."""

    keys: dict[str, set[str]]
    problems: Problems
    version: int
    today: dt.date
    attachments: dict[str, dict[str, list[str]]]

    def _objects(self, f: Fields, name: str) -> list[Fields]:
        raise NotImplementedError

    def follow_up(self, f: Fields) -> FollowUpPoint | None:
        raise NotImplementedError

    def attachment_names(self, f: Fields, kind: str, key: str | None) -> None:
        """Version 2: the names of the files kept with a record (the bytes never travel)."""
        names: list[str] = []
        for path, value in f.list_items("attachments"):
            if not isinstance(value, str) or not value.strip() or "\n" in value or "\r" in value:
                self.problems.add(
                    path, tr("must be a file name on one line, not {value}", value=describe(value))
                )
            elif len(value) > MAX_ATTACHMENT_NAME_CHARS:
                self.problems.add(
                    path,
                    tr(
                        "is {length} characters long; at most {limit}",
                        length=len(value),
                        limit=MAX_ATTACHMENT_NAME_CHARS,
                    ),
                )
            else:
                names.append(value)
        if names and key is not None:
            self.attachments[kind][key] = names

    def agreement_in_full(self, f: Fields, agreement: Agreement) -> None:
        """Version 2: kind, signatories, expiry, the renewal decision and the activity plan."""
        agreement.kind = f.choice("kind", AgreementKind)
        agreement.signatories = f.text("signatories") or ""
        agreement.expiry = f.date("expiry")
        if agreement.expiry and agreement.signed and agreement.expiry < agreement.signed:
            f.problem(
                "expiry",
                tr(
                    "{expires} is before the signing {signed}",
                    expires=agreement.expiry.isoformat(),
                    signed=agreement.signed.isoformat(),
                ),
            )
        agreement.renewal = f.choice("renewal", RenewalDecision)
        agreement.renewal_date = f.date("renewal_date")
        agreement.renewal_note = f.text("renewal_note") or ""
        items = [self.follow_up(g) for g in self._objects(f, "activity_plan")]
        agreement.activity_plan = [i for i in items if i is not None]

    def life_cycle(
        self, f: Fields, end: dt.date | None
    ) -> tuple[DelegationStatus | None, list[StatusChange]]:
        """Version 2: the status and its history as written; version 1: the upgrade rule's status."""
        if self.version < 2:
            return (upgrade_status(end, self.today) if end is not None else None), []
        status = f.choice("status", DelegationStatus, required=True)
        changes = [self.status_change(g) for g in self._objects(f, "status_history")]
        history = [c for c in changes if c is not None]
        if status is not None and len(history) == len(changes):
            problem = history_problem(status, history)
            if problem is not None:
                f.problem("status_history", problem)
        return status, history

    def contact(self, f: Fields, key: str | None) -> Contact | None:
        f.only(CONTACT_FIELDS)
        organisation = f.reference("organisation", "organisation", self.keys["organisations"], required=True)
        agreement = f.reference("agreement", "agreement", self.keys["agreements"])
        kind = f.choice("kind", ContactKind, required=True)
        date = f.date("date", required=True)
        participants = f.text("participants")
        summary = f.text("summary")
        follow_ups = [self.follow_up(g) for g in self._objects(f, "follow_up_points")]
        if (
            key is None
            or organisation is None
            or kind is None
            or date is None
            or participants is None
            or summary is None
        ):
            return None
        points = [p for p in follow_ups if p is not None]
        return Contact(key, organisation, kind, date, agreement, participants, summary, points)

    def status_change(self, f: Fields) -> StatusChange | None:
        f.only(STATUS_CHANGE_FIELDS)
        status = f.choice("status", DelegationStatus, required=True)
        date = f.date("date", required=True)
        by = f.text("by", single_line=True)
        reason = f.text("reason")
        if reason is not None and len(reason) > MAX_REASON_CHARS:
            f.problem(
                "reason",
                tr(
                    "is {length} characters long; at most {limit}",
                    length=len(reason),
                    limit=MAX_REASON_CHARS,
                ),
            )
            return None
        if status is None or date is None or by is None or reason is None:
            return None
        return StatusChange(status, date, by, reason)
