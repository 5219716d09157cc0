"""Shared records for the document tests, and helpers to read a written document.

The data is deliberately awkward: Danish and Chinese names, two currencies, a
follow-up point owned by a person and one by a unit, text with ``<&"'``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from docx.document import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from sqlite_utils import Database

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
from delegation_planner.domain.policy import PolicyProfile
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
from delegation_planner.storage import repository

KEY = "jiangsu-2026"
TITLE = "Business delegation to Jiangsu"


def organisations() -> list[Organisation]:
    return [
        Organisation(
            "jitri", "Jiangsu Industrial Technology Research Institute", OrganisationKind.GOVERNMENT, "CN"
        ),
        Organisation("region", "Region Skåne", OrganisationKind.REGION, "SE"),
        Organisation("mva", "Medicon Valley Alliance", OrganisationKind.CLUSTER, "SE"),
        Organisation("dof", "Jiangsu Department of Commerce 江苏省商务厅", OrganisationKind.GOVERNMENT, "CN"),
    ]


def people() -> list[Person]:
    return [
        Person(
            "chair",
            "Anna Svensson",
            PersonKind.POLITICIAN,
            "Chair of the regional board",
            "region",
            "anna@example.org",
        ),
        Person(
            "soren", "Søren Ærø Østergård", PersonKind.OFFICIAL, "Seniorrådgiver", "mva", "soren@example.dk"
        ),
        Person(
            "wang", "王小明 (Wang Xiaoming)", PersonKind.POLITICIAN, "Vice governor", "dof", "wang@example.cn"
        ),
        Person("li", "李娜", PersonKind.BUSINESS, "Director", "jitri", ""),
    ]


def delegation(**changes: object) -> Delegation:
    values: dict[str, object] = {
        "id": KEY,
        "title": TITLE,
        "direction": Direction.OUTBOUND,
        "purpose": Purpose.BUSINESS_PROMOTION,
        "start": dt.date(2026, 5, 10),
        "end": dt.date(2026, 5, 16),
        "partner_region": "Jiangsu",
        "country": "CN",
        "themes": ["life_science", "health_care"],
        "agreement": "gd",
        "initiator": Initiator(InitiatorKind.CLUSTER, "mva", True),
        "participants": [
            Participant(
                "chair", Side.HOME, Role.LEADER, "Signs the thematic agreement with the vice governor."
            ),
            Participant("soren", Side.HOME, Role.MEMBER),
            Participant("wang", Side.PARTNER, Role.HOST),
            Participant("li", Side.PARTNER, Role.GUEST),
        ],
        "programme": [
            ProgrammeItem(
                dt.datetime(2026, 5, 12, 14, 0), "Factory visit <Suzhou> & lunch", None, "Suzhou", None
            ),
            ProgrammeItem(
                dt.datetime(2026, 5, 11, 9, 0),
                "Meeting at JITRI",
                dt.datetime(2026, 5, 11, 11, 0),
                "Nanjing",
                "jitri",
            ),
        ],
        "costs": [
            CostLine(CostCategory.TRAVEL, "SEK", 42000, 39500),
            CostLine(CostCategory.ACCOMMODATION, "SEK", 18000.5, 17250),
            CostLine(CostCategory.GIFTS, "DKK", 1500, None),
            CostLine(CostCategory.HOSTING, "DKK", 3000, 2750.25),
        ],
        "grip_decision": GripDecision(dt.date(2026, 4, 2), DecisionOutcome.APPROVED, "Dnr 2026-000123", ""),
        "follow_up_points": [
            FollowUpPoint("Send the draft MoU to JITRI", "chair", dt.date(2026, 6, 15), FollowUpStatus.OPEN),
            FollowUpPoint(
                "Invite 李娜 to Medicon Village",
                "International office",
                dt.date(2026, 9, 1),
                FollowUpStatus.DONE,
            ),
        ],
        "notes": "Good meetings.\nThe MoU text is agreed 👍.\n\nNext: a workshop in Lund.",
    }
    values.update(changes)
    return Delegation(**values)  # type: ignore[arg-type]


def agreements() -> list[Agreement]:
    return [
        Agreement(
            "gd",
            "Guangdong",
            dt.date(1995, 3, 1),
            AgreementScope.GENERAL,
            ["health_care"],
            2,
            AgreementStatus.ACTIVE,
        )
    ]


def store(db: Database, record: Delegation | None = None, policy: PolicyProfile | None = None) -> Delegation:
    """Save the whole example (or ``record`` with the example's people) into ``db``."""
    for organisation in organisations():
        repository.save_organisation(db, organisation)
    for person in people():
        repository.save_person(db, person)
    for agreement in agreements():
        repository.save_agreement(db, agreement)
    if policy is not None:
        repository.save_policy(db, policy)
    record = record or delegation()
    repository.save_delegation(db, record)
    return record


def all_paragraph_texts(document: Document) -> list[str]:
    """Body paragraphs and every table cell's paragraphs, in document order."""
    return [p.text for p in document.paragraphs] + [c.text for t in document.tables for c in cells(t)]


def cells(table: Table) -> Iterator[object]:
    for row in table.rows:
        yield from row.cells


def table_after(document: Document, heading: str) -> Table:
    """The first table after the heading paragraph whose text is ``heading``."""
    body = document.element.body
    seen = False
    for child in body.iterchildren():
        if child.tag.endswith("}p") and Paragraph(child, document._body).text == heading:
            seen = True
        elif seen and child.tag.endswith("}tbl"):
            return Table(child, document._body)
    raise AssertionError(f"no table after heading {heading!r}")


def rows_of(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]
