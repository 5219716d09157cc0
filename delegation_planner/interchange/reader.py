"""Reading an interchange file (contract §4) into a ``Register``, all or nothing.

A file is checked whole before anything is built from it: every problem found is
collected (up to ``fields.MAX_PROBLEMS``) with the path of the field it concerns,
and if there is any the file is refused with one ``InterchangeError`` listing
them. References may point at records in the same file, in any order, or at
records already in the register (``known``, as ``storage.repository.existing_keys``
gives it), so a file can add a delegation for people the office already has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

from delegation_planner.domain.enums import (
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
    Register,
)
from delegation_planner.interchange.decoding import decode, find_duplicate_keys, read_bytes
from delegation_planner.interchange.errors import InterchangeError
from delegation_planner.interchange.fields import (
    MAX_VISITS_PER_YEAR,
    Fields,
    Problems,
    TooManyProblems,
    describe,
    object_at,
    quoted,
)
from delegation_planner.interchange.reader_v2 import CONTACT_FIELDS as CONTACT_FIELDS
from delegation_planner.interchange.reader_v2 import STATUS_CHANGE_FIELDS as STATUS_CHANGE_FIELDS
from delegation_planner.interchange.reader_v2 import VersionTwoReader
from delegation_planner.texts.catalogue import tr

FORMAT_V1 = "delegation-planner/1"
FORMAT_V2 = "delegation-planner/2"
FORMAT = FORMAT_V2  # what export writes; both versions are read (docs/interchange-v2.md)
FORMATS = (FORMAT_V1, FORMAT_V2)
KINDS = ("organisations", "people", "agreements", "delegations")

# Field names in the contract's order (the writer keeps the same order; a test holds them together).
TOP_FIELDS = ("format", *KINDS)
ORGANISATION_FIELDS = ("id", "name", "country", "kind", "their_interests", "our_benefits")
PERSON_FIELDS = ("id", "name", "title", "organisation", "kind", "email")
AGREEMENT_FIELDS = ("id", "partner", "signed", "scope", "themes", "min_official_visits_per_year", "status")
DELEGATION_FIELDS = (
    "id",
    "title",
    "direction",
    "purpose",
    "partner_region",
    "country",
    "start",
    "end",
    "themes",
    "agreement",
    "initiator",
    "participants",
    "programme",
    "costs",
    "grip_decision",
    "follow_up_points",
    "notes",
)
# Version 2 adds the life cycle at the end of a delegation (docs/interchange-v2.md).
DELEGATION_FIELDS_V2 = (*DELEGATION_FIELDS, "status", "status_history", "attachments")
AGREEMENT_FIELDS_V2 = (
    *AGREEMENT_FIELDS,
    "kind",
    "signatories",
    "expiry",
    "renewal",
    "renewal_date",
    "renewal_note",
    "activity_plan",
    "attachments",
)
TOP_FIELDS_V2 = (*TOP_FIELDS, "contacts")
INITIATOR_FIELDS = ("organisation", "kind", "requested_political_participation")
PARTICIPANT_FIELDS = ("person", "side", "role", "justification")
PROGRAMME_FIELDS = ("start", "end", "title", "venue", "counterpart")
COST_FIELDS = ("category", "planned", "actual", "currency")
DECISION_FIELDS = ("date", "reference", "outcome", "note")
FOLLOW_UP_FIELDS = ("text", "owner", "due", "status")

Known = Mapping[str, set[str]]
T = TypeVar("T")


# --- entry points ------------------------------------------------------------------------


def read_file(path: Path, known: Known | None = None, today: dt.date | None = None) -> Register:
    """Read and check the interchange file at ``path``.

    ``today`` decides the status of a version 1 file's delegations (the upgrade rule:
    ended before today is completed, else planned).
    """
    return read_text(read_bytes(Path(path)), known, today)


def read_text(raw: bytes | str, known: Known | None = None, today: dt.date | None = None) -> Register:
    """Check the text of an interchange file (bytes must be UTF-8; a BOM is allowed)."""
    return _checked(decode(raw), known, today, duplicate_keys=True)


def parse_register(data: object, known: Known | None = None, today: dt.date | None = None) -> Register:
    """Check an already decoded JSON value and build the register it describes."""
    return _checked(data, known, today, duplicate_keys=False)


def _checked(data: object, known: Known | None, today: dt.date | None, *, duplicate_keys: bool) -> Register:
    problems = Problems()
    register: Register | None = None
    try:
        if _check_frame(data, problems):
            assert isinstance(data, dict)
            if duplicate_keys:
                find_duplicate_keys(data, problems)
            version = 2 if data["format"] == FORMAT_V2 else 1
            register = _read_register(data, known or {}, problems, version, today or dt.date.today())
    except TooManyProblems:
        pass
    if problems or register is None:
        raise InterchangeError(problems.items, truncated=problems.truncated)
    return register


# --- the register ------------------------------------------------------------------------


def _check_frame(data: object, problems: Problems) -> bool:
    """The top level must be an object of our format; otherwise nothing else is worth reading."""
    if not isinstance(data, dict):
        problems.add(
            "file", tr("must hold a JSON object {{…}} at the top level, not {data}", data=describe(data))
        )
        return False
    expected = tr('an interchange file says "format": "{v2}" (or "{v1}")', v2=FORMAT_V2, v1=FORMAT_V1)
    if "format" not in data:
        problems.add("format", tr("missing; {expected}", expected=expected))
        return False
    value = data["format"]
    if value not in FORMATS:
        shown = quoted(value) if isinstance(value, str) else describe(value)
        problems.add(
            "format",
            tr("{shown} is not a format this version reads; {expected}", shown=shown, expected=expected),
        )
        return False
    return True


def _file_keys(data: Mapping[str, object], kind: str) -> set[str]:
    """The ids a file declares for ``kind``, read loosely: bad ones are reported later."""
    entries = data.get(kind)
    if not isinstance(entries, list):
        return set()
    return {e["id"] for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)}


def _read_register(
    data: Mapping[str, object], known: Known, problems: Problems, version: int, today: dt.date
) -> Register:
    top = Fields(data, "", problems)
    top.only(TOP_FIELDS_V2 if version >= 2 else TOP_FIELDS)
    keys = {kind: _file_keys(data, kind) | set(known.get(kind, ())) for kind in KINDS}
    reader = _RecordReader(keys, problems, version, today)
    return Register(
        organisations=reader.records(top, "organisations", reader.organisation),
        people=reader.records(top, "people", reader.person),
        agreements=reader.records(top, "agreements", reader.agreement),
        delegations=reader.records(top, "delegations", reader.delegation),
        carries_status=version >= 2,
        contacts=reader.records(top, "contacts", reader.contact) if version >= 2 else [],
        attachments={kind: names for kind, names in reader.attachments.items() if names},
    )


class _RecordReader(VersionTwoReader):
    """Builds records from checked fields; ``keys`` are the ids references may use."""

    def __init__(self, keys: dict[str, set[str]], problems: Problems, version: int, today: dt.date) -> None:
        self.keys = keys
        self.problems = problems
        self.version = version
        self.today = today
        self.attachments: dict[str, dict[str, list[str]]] = {"agreements": {}, "delegations": {}}

    def records(self, top: Fields, kind: str, build: Callable[[Fields, str | None], T | None]) -> list[T]:
        records: list[T] = []
        first_at: dict[str, str] = {}
        for path, value in top.list_items(kind):
            fields = object_at(value, path, self.problems)
            if fields is None:
                continue
            key = fields.key()
            if key is not None:
                if key in first_at:
                    fields.problem(
                        "id", tr("duplicate id {key} (also {first})", key=quoted(key), first=first_at[key])
                    )
                else:
                    first_at[key] = path
            record = build(fields, key)
            if record is not None:
                records.append(record)
        return records

    def organisation(self, f: Fields, key: str | None) -> Organisation | None:
        f.only(ORGANISATION_FIELDS)
        name = f.text("name", required=True, single_line=True)
        country = f.country()
        kind = f.choice("kind", OrganisationKind, required=True)
        their_interests = f.text("their_interests")
        our_benefits = f.text("our_benefits")
        if key is None or name is None or kind is None or their_interests is None or our_benefits is None:
            return None
        return Organisation(key, name, kind, country, their_interests, our_benefits)

    def person(self, f: Fields, key: str | None) -> Person | None:
        f.only(PERSON_FIELDS)
        name = f.text("name", required=True, single_line=True)
        title = f.text("title", single_line=True)
        organisation = f.reference("organisation", "organisation", self.keys["organisations"])
        kind = f.choice("kind", PersonKind, required=True)
        email = f.text("email", single_line=True)
        if key is None or name is None or title is None or kind is None or email is None:
            return None
        return Person(key, name, kind, title=title, organisation=organisation, email=email)

    def agreement(self, f: Fields, key: str | None) -> Agreement | None:
        f.only(AGREEMENT_FIELDS_V2 if self.version >= 2 else AGREEMENT_FIELDS)
        if self.version >= 2:
            self.attachment_names(f, "agreements", key)
        partner = f.text("partner", required=True, single_line=True)
        signed = f.date("signed")
        scope = f.choice("scope", AgreementScope)
        themes = f.themes()
        visits = f.count("min_official_visits_per_year", maximum=MAX_VISITS_PER_YEAR)
        status = f.choice("status", AgreementStatus)
        if key is None or partner is None:
            return None
        agreement = Agreement(key, partner, signed, scope, themes, visits, status)
        if self.version >= 2:
            self.agreement_in_full(f, agreement)
        return agreement

    def delegation(self, f: Fields, key: str | None) -> Delegation | None:
        f.only(DELEGATION_FIELDS_V2 if self.version >= 2 else DELEGATION_FIELDS)
        if self.version >= 2:
            self.attachment_names(f, "delegations", key)
        title = f.text("title", required=True, single_line=True)
        direction = f.choice("direction", Direction, required=True)
        purpose = f.choice("purpose", Purpose, required=True)
        partner_region = f.text("partner_region", single_line=True)
        country = f.country()
        start = f.date("start", required=True)
        end = f.date("end", required=True)
        if start is not None and end is not None and end < start:
            f.problem(
                "end",
                tr(
                    "{end} is before the start {start}",
                    end=end.isoformat(),
                    start=start.isoformat(),
                ),
            )
        themes = f.themes()
        agreement = f.reference("agreement", "agreement", self.keys["agreements"])
        initiator_fields = f.nested("initiator")
        initiator = self.initiator(initiator_fields) if initiator_fields else None
        participants = self.participants(f)
        programme = [self.programme_item(g) for g in self._objects(f, "programme")]
        costs = [self.cost_line(g) for g in self._objects(f, "costs")]
        decision_fields = f.nested("grip_decision")
        decision = self.decision(decision_fields) if decision_fields else None
        follow_ups = [self.follow_up(g) for g in self._objects(f, "follow_up_points")]
        notes = f.text("notes")
        status, history = self.life_cycle(f, end)
        if (
            key is None
            or title is None
            or direction is None
            or purpose is None
            or start is None
            or end is None
            or partner_region is None
            or notes is None
            or status is None
            or (initiator_fields is not None and initiator is None)
            or (decision_fields is not None and decision is None)
        ):
            return None
        return Delegation(
            id=key,
            title=title,
            direction=direction,
            purpose=purpose,
            start=start,
            end=end,
            partner_region=partner_region,
            country=country,
            themes=themes,
            agreement=agreement,
            initiator=initiator,
            participants=[p for p in participants if p is not None],
            programme=[p for p in programme if p is not None],
            costs=[c for c in costs if c is not None],
            grip_decision=decision,
            follow_up_points=[p for p in follow_ups if p is not None],
            notes=notes,
            status=status,
            status_history=history,
        )

    def _objects(self, f: Fields, name: str) -> list[Fields]:
        found: list[Fields] = []
        for path, value in f.list_items(name):
            fields = object_at(value, path, self.problems)
            if fields is not None:
                found.append(fields)
        return found

    def initiator(self, f: Fields) -> Initiator | None:
        f.only(INITIATOR_FIELDS)
        organisation = f.reference("organisation", "organisation", self.keys["organisations"])
        kind = f.choice("kind", InitiatorKind, required=True)
        requested = f.boolean("requested_political_participation")
        if kind is None:
            return None
        return Initiator(kind, organisation, requested)

    def participants(self, f: Fields) -> list[Participant | None]:
        found: list[Participant | None] = []
        # The same person may stand on both sides (a partner's guest who is also ours),
        # but only once on each.
        first_at: dict[tuple[str, Side], int] = {}
        for index, g in enumerate(self._objects(f, "participants")):
            g.only(PARTICIPANT_FIELDS)
            person = g.reference("person", "person", self.keys["people"], required=True)
            side = g.choice("side", Side) or Side.HOME
            if person is not None:
                if (person, side) in first_at:
                    g.problem(
                        "person",
                        tr(
                            "{person} is already participants[{index}] on the {side} side",
                            person=quoted(person),
                            index=first_at[person, side],
                            side=side.value,
                        ),
                    )
                else:
                    first_at[(person, side)] = index
            role = g.choice("role", Role)
            justification = g.text("justification")
            if person is None or justification is None:
                found.append(None)
            else:
                found.append(Participant(person, side, role, justification))
        return found

    def programme_item(self, f: Fields) -> ProgrammeItem | None:
        f.only(PROGRAMME_FIELDS)
        start = f.minute("start", required=True)
        end = f.minute("end")
        if start is not None and end is not None and end < start:
            f.problem(
                "end",
                tr("{end:%Y-%m-%dT%H:%M} is before the start {start:%Y-%m-%dT%H:%M}", end=end, start=start),
            )
        title = f.text("title", required=True, single_line=True)
        venue = f.text("venue", single_line=True)
        counterpart = f.reference("counterpart", "organisation", self.keys["organisations"])
        if start is None or title is None or venue is None:
            return None
        return ProgrammeItem(start, title, end, venue, counterpart)

    def cost_line(self, f: Fields) -> CostLine | None:
        f.only(COST_FIELDS)
        category = f.choice("category", CostCategory, required=True)
        planned = f.money("planned")
        actual = f.money("actual")
        currency = f.currency()
        if category is None or currency is None:
            return None
        return CostLine(category, currency, planned, actual)

    def decision(self, f: Fields) -> GripDecision | None:
        f.only(DECISION_FIELDS)
        date = f.date("date", required=True)
        reference = f.text("reference", single_line=True)
        outcome = f.choice("outcome", DecisionOutcome, required=True)
        note = f.text("note")
        if date is None or outcome is None or reference is None or note is None:
            return None
        return GripDecision(date, outcome, reference, note)

    def follow_up(self, f: Fields) -> FollowUpPoint | None:
        f.only(FOLLOW_UP_FIELDS)
        text = f.text("text")
        # The owner is a person's id or free text (a name, a unit): not a reference.
        owner = f.text("owner", single_line=True)
        due = f.date("due")
        status = f.choice("status", FollowUpStatus) or FollowUpStatus.OPEN
        if text is None or owner is None:
            return None
        return FollowUpPoint(text, owner, due, status)
