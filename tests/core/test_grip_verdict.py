"""The verdict-only path gives exactly ``grip.evaluate``'s verdict, and the stored verdicts follow."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from delegation_planner.domain import grip
from delegation_planner.domain.enums import (
    DecisionOutcome,
    Direction,
    InitiatorKind,
    Level,
    PersonKind,
    Purpose,
    Side,
)
from delegation_planner.domain.grip_verdict import verdict_of
from delegation_planner.domain.policy import CRITERIA, PolicyProfile
from delegation_planner.domain.records import Delegation, GripDecision, Initiator, Participant, Person
from delegation_planner.storage import repository
from tests.core import factories as f

THEMES = ["life_science", "ict", "food", "tourism"]
START = dt.date(2026, 5, 10)

people_st = st.lists(
    st.tuples(st.sampled_from(list(PersonKind)), st.sampled_from(list(Side)), st.text(" ab", max_size=30)),
    max_size=6,
)


@st.composite
def cases(draw: st.DrawFn) -> tuple[Delegation, dict[str, Person], PolicyProfile]:
    rows = draw(people_st)
    people = {f"p{i}": Person(f"p{i}", f"Person {i}", kind) for i, (kind, _, _) in enumerate(rows)}
    initiator = draw(
        st.none()
        | st.builds(Initiator, st.sampled_from(list(InitiatorKind)), st.none(), st.none() | st.booleans())
    )
    decision = draw(
        st.none()
        | st.builds(
            GripDecision,
            st.dates(START - dt.timedelta(days=5), START + dt.timedelta(days=5)),
            st.sampled_from(list(DecisionOutcome)),
        )
    )
    delegation = Delegation(
        id="d",
        title="Trip",
        direction=draw(st.sampled_from(list(Direction))),
        purpose=draw(st.sampled_from(list(Purpose))),
        start=START,
        end=START,
        themes=draw(st.lists(st.sampled_from(THEMES), max_size=3, unique=True)),
        initiator=initiator,
        participants=[Participant(f"p{i}", side, None, text) for i, (_, side, text) in enumerate(rows)],
        grip_decision=decision,
    )
    policy = PolicyProfile(
        min_justification_chars=draw(st.integers(0, 25)),
        max_politicians_outbound=draw(st.integers(0, 4)),
        priority_themes=draw(st.lists(st.sampled_from(THEMES), max_size=3, unique=True)),
        # An office applies its own set of criteria (Region Hovedstaden has no bottom-up rule).
        criteria=draw(
            st.lists(st.sampled_from(CRITERIA), unique=True).map(lambda c: sorted(c, key=CRITERIA.index))
        ),
    )
    return delegation, people, policy


@settings(max_examples=400, deadline=None)
@given(cases())
def test_the_verdict_alone_is_evaluates_verdict(
    case: tuple[Delegation, dict[str, Person], PolicyProfile],
) -> None:
    delegation, people, policy = case
    assert _quick(delegation, people, policy) is grip.evaluate(delegation, people, policy).verdict


def _boundary_cases() -> list[tuple[Delegation, dict[str, Person], PolicyProfile]]:
    """Where a rule turns: a decision on the first day, exactly the limit of politicians."""
    people = {f"p{i}": Person(f"p{i}", f"P{i}", PersonKind.POLITICIAN) for i in range(3)}
    policy = PolicyProfile(min_justification_chars=5, max_politicians_outbound=2, priority_themes=["ict"])
    base = Delegation(
        id="d",
        title="T",
        direction=Direction.OUTBOUND,
        purpose=Purpose.BUSINESS_PROMOTION,
        start=START,
        end=START,
        themes=["ict"],
        initiator=Initiator(InitiatorKind.CLUSTER, None, True),
        participants=[Participant(f"p{i}", Side.HOME, None, "justified") for i in range(2)],
        grip_decision=GripDecision(START, DecisionOutcome.APPROVED),
    )
    later = GripDecision(START + dt.timedelta(days=1), DecisionOutcome.APPROVED)
    three = [*base.participants, Participant("p2", Side.HOME, None, "justified")]
    return [
        (base, people, policy),
        (dataclasses.replace(base, grip_decision=later), people, policy),
        (dataclasses.replace(base, participants=three), people, policy),
        (
            dataclasses.replace(base, participants=[Participant("p0", Side.HOME, None, "12345")]),
            people,
            policy,
        ),
        (
            dataclasses.replace(base, participants=[Participant("p0", Side.HOME, None, " 1234 ")]),
            people,
            policy,
        ),
    ]


def test_the_verdict_alone_agrees_where_the_rules_turn() -> None:
    found = [_quick(*case) for case in _boundary_cases()]
    assert found == [grip.evaluate(*case).verdict for case in _boundary_cases()]
    assert found == [Level.PASS, Level.FAIL, Level.WARN, Level.PASS, Level.FAIL]


def _quick(delegation: Delegation, people: dict[str, Person], policy: PolicyProfile) -> Level:
    initiator = delegation.initiator
    decision = delegation.grip_decision
    return verdict_of(
        direction=delegation.direction.value,
        purpose=delegation.purpose.value,
        start=delegation.start.isoformat(),
        themes=delegation.themes,
        initiator_kind=initiator.kind.value if initiator else None,
        initiator_requested=initiator.requested_political_participation if initiator else None,
        decision=(decision.outcome.value, decision.date.isoformat()) if decision else None,
        justifications=[
            p.justification
            for p in delegation.participants
            if p.side is Side.HOME and people[p.person].kind is PersonKind.POLITICIAN
        ],
        policy=policy,
    )


def test_a_policy_change_rewrites_only_the_verdicts_that_change(db: Database) -> None:
    repository.save_organisation(db, f.organisation())
    repository.save_person(db, f.person("pol"))
    short = f.delegation("short", participants=[f.participant("pol", "x" * 10)], grip_decision=f.approval())
    long = f.delegation("long", participants=[f.participant("pol", "x" * 30)], grip_decision=f.approval())
    repository.save_delegation(db, short)
    repository.save_delegation(db, long)

    def verdicts() -> dict[str, str]:
        return dict(db.execute("SELECT id, grip_verdict FROM delegations").fetchall())

    assert verdicts() == {"short": "fail", "long": "pass"}
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    policy = repository.load_policy(db)
    repository.save_policy(db, PolicyProfile(**{**policy.__dict__, "min_justification_chars": 5}))
    db.conn.set_trace_callback(None)
    assert verdicts() == {"short": "pass", "long": "pass"}
    updates = [s for s in statements if s.startswith("UPDATE delegations SET grip_verdict")]
    assert len(updates) == 1 and "'pass'" in updates[0]
