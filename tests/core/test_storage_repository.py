"""Records in and out of the database."""

from __future__ import annotations

import datetime as dt

import pytest

from delegation_planner.domain.enums import (
    CostCategory,
    DecisionOutcome,
    FollowUpStatus,
    PersonKind,
    Side,
)
from delegation_planner.domain.records import CostLine, FollowUpPoint, ProgrammeItem
from delegation_planner.storage import repository
from delegation_planner.storage.errors import ConflictError, InUseError, NotFoundError
from tests.core import factories


@pytest.fixture
def stocked(db):
    repository.save_organisation(db, factories.organisation())
    for key, kind in (
        ("chair", PersonKind.POLITICIAN),
        ("vice", PersonKind.POLITICIAN),
        ("clerk", PersonKind.OFFICIAL),
    ):
        repository.save_person(db, factories.person(key, kind))
    return db


def full_delegation():
    return factories.delegation(
        participants=[
            factories.participant("chair", "Signs the agreement with the vice governor."),
            factories.participant("vice", "Leads the health-care talks", side=Side.PARTNER),
            factories.participant("clerk"),
        ],
        programme=[
            ProgrammeItem(
                dt.datetime(2026, 5, 11, 9, 0),
                "Meeting at JITRI",
                dt.datetime(2026, 5, 11, 11, 0),
                "Nanjing",
                "cluster1",
            )
        ],
        costs=[CostLine(CostCategory.TRAVEL, "SEK", 42000.0, 39500.5)],
        grip_decision=factories.approval(),
        follow_up_points=[
            FollowUpPoint("Send the draft MoU", "chair", dt.date(2026, 6, 15)),
            FollowUpPoint("Report to the board", "International unit", None, FollowUpStatus.DONE),
        ],
        notes="Æblegrød, 江苏 & <partners>",
    )


def test_delegation_round_trips(stocked):
    original = full_delegation()
    assert repository.save_delegation(stocked, original) == 1
    loaded, revision = repository.load_delegation(stocked, original.id)
    assert loaded == original
    assert revision == 1


def test_home_politicians_are_counted_by_trigger(stocked):
    repository.save_delegation(stocked, full_delegation())
    count = lambda: stocked.execute("SELECT home_politicians FROM delegations").fetchone()[0]  # noqa: E731
    assert count() == 1  # the partner-side politician and the official do not count
    stocked.execute("UPDATE people SET kind = 'politician' WHERE id = 'clerk'")
    assert count() == 2


def test_stale_revision_is_refused(stocked):
    repository.save_delegation(stocked, full_delegation())
    mine, revision = repository.load_delegation(stocked, "trip")
    theirs, _ = repository.load_delegation(stocked, "trip")
    theirs.title = "Changed in another window"
    repository.save_delegation(stocked, theirs, revision)
    mine.title = "My change"
    with pytest.raises(ConflictError, match="changed elsewhere"):
        repository.save_delegation(stocked, mine, revision)
    assert repository.load_delegation(stocked, "trip")[0].title == "Changed in another window"


def test_changed_decision_keeps_history(stocked):
    d = full_delegation()
    repository.save_delegation(stocked, d)
    repository.save_delegation(stocked, d)  # unchanged: no new history row
    d.grip_decision = factories.approval(outcome=DecisionOutcome.REJECTED)
    repository.save_delegation(stocked, d)
    history = repository.decision_history(stocked, "trip")
    assert [h["outcome"] for h in history] == ["approved", "rejected"]
    d.grip_decision = None
    repository.save_delegation(stocked, d)
    assert repository.load_delegation(stocked, "trip")[0].grip_decision is None
    assert len(repository.decision_history(stocked, "trip")) == 3


def test_referenced_person_cannot_be_deleted(stocked):
    repository.save_delegation(stocked, full_delegation())
    with pytest.raises(InUseError, match="participant in 'Delegation trip'"):
        repository.delete_person(stocked, "chair")
    repository.delete_delegation(stocked, "trip")
    repository.delete_person(stocked, "chair")
    with pytest.raises(NotFoundError):
        repository.delete_person(stocked, "chair")


def test_deleting_a_delegation_removes_its_parts(stocked):
    repository.save_delegation(stocked, full_delegation())
    repository.delete_delegation(stocked, "trip")
    for table in ("participants", "programme_items", "cost_lines", "follow_up_points", "grip_decisions"):
        assert stocked.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_unique_key(stocked):
    repository.save_delegation(stocked, full_delegation())
    assert repository.unique_key(stocked, "delegations", "trip") == "trip-2"
    assert repository.unique_key(stocked, "delegations", "other") == "other"


def test_merge_is_idempotent(stocked):
    repository.save_delegation(stocked, full_delegation())
    register = repository.load_register(stocked)
    repository.merge_register(stocked, register)
    assert repository.load_delegation(stocked, "trip")[1] == 1
    assert repository.load_register(stocked) == register


def test_failed_write_leaves_nothing(stocked):
    d = full_delegation()
    d.participants.append(factories.participant("nobody"))
    with pytest.raises(Exception):  # noqa: B017 - the foreign key refuses the unknown person
        repository.save_delegation(stocked, d)
    assert not repository.delegation_exists(stocked, "trip")


def test_policy_round_trips(db):
    policy = repository.load_policy(db)
    policy.max_politicians_outbound = 5
    policy.priority_themes = ["food"]
    repository.save_policy(db, policy)
    assert repository.load_policy(db) == policy
