"""A small register for the editor tests (organisations, people, an agreement, a delegation)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from delegation_planner.domain.enums import (
    AgreementScope,
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
)
from delegation_planner.storage import repository


def seed_register(db: Database) -> None:
    repository.save_organisation(
        db,
        Organisation(
            "jitri", "Jiangsu Industrial Technology Research Institute", OrganisationKind.GOVERNMENT, "CN"
        ),
    )
    repository.save_organisation(
        db, Organisation("mva", "Medicon Valley Alliance", OrganisationKind.CLUSTER, "SE")
    )
    repository.save_person(
        db, Person("chair", "Anna Svensson", PersonKind.POLITICIAN, "Chair of the regional board")
    )
    repository.save_person(db, Person("bo", "Bo Ærø", PersonKind.OFFICIAL, "Strategist", "mva"))
    repository.save_person(db, Person("li", "李明", PersonKind.POLITICIAN, "Vice governor", "jitri"))
    repository.save_agreement(db, Agreement("gd", "Guangdong", dt.date(1995, 3, 1), AgreementScope.GENERAL))


def jiangsu() -> Delegation:
    return Delegation(
        id="jiangsu-2026",
        title="Business delegation to Jiangsu",
        direction=Direction.OUTBOUND,
        purpose=Purpose.BUSINESS_PROMOTION,
        start=dt.date(2026, 5, 10),
        end=dt.date(2026, 5, 16),
        partner_region="Jiangsu",
        country="CN",
        themes=["life_science"],
        agreement="gd",
        initiator=Initiator(InitiatorKind.CLUSTER, "mva", True),
        participants=[Participant("chair", Side.HOME, Role.LEADER, "Signs the thematic agreement.")],
        programme=[
            ProgrammeItem(
                dt.datetime(2026, 5, 11, 9),
                "Meeting at JITRI",
                dt.datetime(2026, 5, 11, 11),
                "Nanjing",
                "jitri",
            )
        ],
        costs=[CostLine(CostCategory.TRAVEL, "SEK", 42000, 39500)],
        grip_decision=GripDecision(dt.date(2026, 4, 2), DecisionOutcome.APPROVED, "Dnr 2026-000123"),
        follow_up_points=[
            FollowUpPoint("Send the draft MoU", "chair", dt.date(2026, 6, 15), FollowUpStatus.OPEN)
        ],
        notes="Summary.",
    )


def seed_delegation(db: Database) -> Delegation:
    seed_register(db)
    delegation = jiangsu()
    repository.save_delegation(db, delegation)
    return delegation
