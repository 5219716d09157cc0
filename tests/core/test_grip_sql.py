"""The verdicts the engine computes (``storage.grip_sql``) are ``grip.evaluate``'s, on both engines.

Random registers are written through the repository (so the rows are what the program
writes: withdrawn decisions, missing initiators, justifications with any white space),
then every verdict is computed again under a random policy with any set of criteria,
and each stored verdict is compared with the domain's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import sys

import pytest
from hypothesis import HealthCheck, given, settings
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
from delegation_planner.domain.policy import CRITERIA, PolicyProfile
from delegation_planner.domain.records import Delegation, GripDecision, Initiator, Participant, Person
from delegation_planner.storage import repository
from delegation_planner.storage.grip_sql import WHITE_SPACE, verdict_update
from tests.core import factories as f

THEMES = ["life_science", "ict", "food", "tourism", "it's"]
START = dt.date(2026, 5, 10)
# Justifications with white space Python strips and SQL's trim() alone would not.
_PADDING = st.text(alphabet=" \t\n\u00a0\u2003\u3000", max_size=2)
TEXT = st.builds(lambda a, b, c: a + b + c, _PADDING, st.text(alphabet="ab é", max_size=4), _PADDING)
SIDES = st.sampled_from([Side.HOME, Side.HOME, *Side])  # home-side politicians are what the rules read
_numbers = itertools.count()

decisions_st = st.lists(
    st.none()
    | st.builds(
        GripDecision,
        st.dates(START - dt.timedelta(days=1), START + dt.timedelta(days=1)),
        st.sampled_from(list(DecisionOutcome)),
    ),
    max_size=3,
)


@st.composite
def delegations(draw: st.DrawFn, people: list[Person]) -> tuple[Delegation, list[GripDecision | None]]:
    chosen = draw(st.lists(st.sampled_from(people), max_size=5, unique_by=lambda p: p.id))
    initiator = draw(
        st.none()
        | st.builds(Initiator, st.sampled_from(list(InitiatorKind)), st.none(), st.none() | st.booleans())
    )
    decisions = draw(decisions_st)
    delegation = Delegation(
        id=f"d{next(_numbers)}",
        title="Trip",
        direction=draw(st.sampled_from(list(Direction))),
        purpose=draw(st.sampled_from(list(Purpose))),
        start=START,
        end=START,
        themes=draw(st.lists(st.sampled_from(THEMES), max_size=3, unique=True)),
        initiator=initiator,
        participants=[Participant(p.id, draw(SIDES), None, draw(TEXT)) for p in chosen],
        grip_decision=decisions[-1] if decisions else None,
    )
    return delegation, decisions


policies = st.builds(
    PolicyProfile,
    min_justification_chars=st.integers(0, 5),
    max_politicians_outbound=st.integers(0, 3),
    priority_themes=st.lists(st.sampled_from(THEMES), max_size=3, unique=True),
    # An office applies its own set of criteria (Region Hovedstaden has no bottom-up rule).
    criteria=st.lists(st.sampled_from(CRITERIA), unique=True).map(lambda c: sorted(c, key=CRITERIA.index)),
)


def _people(db: Database) -> list[Person]:
    kinds = [PersonKind.POLITICIAN] * 3 + list(PersonKind)
    people = [Person(f"p{i}", f"Person {i}", kind) for i, kind in enumerate(kinds)]
    for person in people:
        repository.save_person(db, person)
    return people


def _save(db: Database, delegation: Delegation, decisions: list[GripDecision | None]) -> None:
    """Each decision in turn, as a person records them (a None withdraws the one before)."""
    revision = None
    for decision in decisions[:-1] or [delegation.grip_decision]:
        revision = repository.save_delegation(
            db, dataclasses.replace(delegation, grip_decision=decision), revision
        )
    repository.save_delegation(db, delegation, revision)


def _stored(db: Database) -> dict[str, str]:
    return dict(db.execute("SELECT id, grip_verdict FROM delegations").fetchall())


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), policy=policies)
def test_the_engines_verdicts_are_evaluates(db: Database, data: st.DataObject, policy: PolicyProfile) -> None:
    with db.atomic():  # what an example before left (also when it failed)
        db.execute("DELETE FROM delegations")
    repository.save_organisation(db, f.organisation())
    people = _people(db)
    by_id = {p.id: p for p in people}
    drawn = data.draw(st.lists(delegations(people), min_size=1, max_size=6))
    for delegation, decisions in drawn:
        _save(db, delegation, decisions)
    # Saving a delegation computes its own verdict (the path for a few keys) ...
    default = repository.load_policy(db)
    assert _stored(db) == {d.id: grip.evaluate(d, by_id, default).verdict.value for d, _ in drawn}
    # ... and a policy change all of them again (the path for the whole register).
    repository.save_policy(db, policy)
    assert _stored(db) == {d.id: grip.evaluate(d, by_id, policy).verdict.value for d, _ in drawn}


def test_every_set_of_criteria(db: Database) -> None:
    """Every set of criteria an office may apply, on delegations where each rule turns."""
    repository.save_organisation(db, f.organisation())
    for key in ("a", "b", "c"):
        repository.save_person(db, f.person(key))
    justified = [f.participant(key, "justified!") for key in "abc"]
    cases = [
        f.delegation("fine", participants=justified[:2], grip_decision=f.approval()),
        f.delegation("on_the_day", participants=justified[:2], grip_decision=f.approval(START)),
        f.delegation(
            "late", participants=justified[:2], grip_decision=f.approval(START + dt.timedelta(days=1))
        ),
        f.delegation("three", participants=justified, grip_decision=f.approval()),
        f.delegation(
            "short",
            participants=[f.participant("a", "\u00a0\u00a0\u00a0short\u3000\u3000")],
            grip_decision=f.approval(),
        ),
        f.delegation("undecided", participants=justified[:1]),
        f.delegation(
            "rejected",
            participants=justified[:1],
            grip_decision=f.approval(outcome=DecisionOutcome.REJECTED),
        ),
        f.delegation("top_down", participants=justified[:1], grip_decision=f.approval(), initiator=None),
        f.delegation(
            "unasked",
            participants=justified[:1],
            grip_decision=f.approval(),
            initiator=Initiator(InitiatorKind.CLUSTER, "cluster1", None),
        ),
        f.delegation("off_theme", themes=["tourism"]),
        f.delegation("no_theme", themes=[]),
        f.delegation(
            "inbound", direction=Direction.INBOUND, participants=justified, grip_decision=f.approval()
        ),
    ]
    for delegation in cases:
        repository.save_delegation(db, delegation)
    people = {key: f.person(key) for key in "abc"}
    found: dict[str, dict[str, str]] = {}
    subsets = [list(c) for n in range(len(CRITERIA) + 1) for c in itertools.combinations(CRITERIA, n)]
    for criteria in subsets:
        policy = PolicyProfile(
            min_justification_chars=8,
            max_politicians_outbound=2,
            priority_themes=["life_science"],
            criteria=criteria,
        )
        repository.save_policy(db, policy)
        expected = {d.id: grip.evaluate(d, people, policy).verdict.value for d in cases}
        assert _stored(db) == expected, criteria
        found[",".join(criteria)] = expected
    every = found[",".join(CRITERIA)]
    assert (every["fine"], every["on_the_day"], every["late"], every["short"], every["three"]) == (
        Level.PASS,
        Level.PASS,
        Level.FAIL,
        Level.FAIL,
        Level.WARN,
    )
    assert (every["off_theme"], every["no_theme"], every["undecided"]) == (Level.WARN, Level.WARN, Level.FAIL)
    assert set(found[""].values()) == {Level.PASS}


def test_the_white_space_is_what_python_strips() -> None:
    assert "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()) == WHITE_SPACE


def test_the_statement_is_the_same_for_the_same_policy() -> None:
    """One text per policy, so the server's translation of it is cached."""
    policy = PolicyProfile()
    assert verdict_update(policy) == verdict_update(policy)
    sql, params = verdict_update(policy, ["a", "b"], server=True)
    assert "btrim" in sql and "json_array_elements_text" in sql
    # The keys filter the politicians, the lists of themes and the delegations.
    assert params.count("a") == 3 and params[0] == WHITE_SPACE


@pytest.mark.sqlite_only
def test_a_policy_change_writes_only_the_verdicts_that_change(db: Database) -> None:
    repository.save_organisation(db, f.organisation())
    repository.save_person(db, f.person("pol"))
    for key, text in (("short", "x" * 10), ("long", "x" * 30)):
        repository.save_delegation(
            db, f.delegation(key, participants=[f.participant("pol", text)], grip_decision=f.approval())
        )
    assert _stored(db) == {"short": "fail", "long": "pass"}
    revisions = db.execute("SELECT id, revision FROM delegations ORDER BY id").fetchall()
    db.execute("CREATE TEMP TABLE written (id TEXT)")
    db.execute(
        "CREATE TEMP TRIGGER verdict_written AFTER UPDATE OF grip_verdict ON delegations "
        "BEGIN INSERT INTO written VALUES (NEW.id); END"
    )
    policy = repository.load_policy(db)
    repository.save_policy(db, dataclasses.replace(policy, min_justification_chars=5))
    assert _stored(db) == {"short": "pass", "long": "pass"}
    assert [r[0] for r in db.execute("SELECT id FROM written")] == ["short"]
    # A verdict is derived: no new revision, and the change log has the policy change alone.
    assert db.execute("SELECT id, revision FROM delegations ORDER BY id").fetchall() == revisions
    logged = db.execute("SELECT kind, action FROM change_log ORDER BY id DESC LIMIT 1").fetchall()
    assert logged == [("policy", "changed")]
    repository.save_policy(db, dataclasses.replace(policy, min_justification_chars=5))
    assert [r[0] for r in db.execute("SELECT id FROM written")] == ["short"]
