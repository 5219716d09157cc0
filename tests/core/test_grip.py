"""The GRIP criteria against contract §2, case by case and as properties."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
from delegation_planner.domain.policy import PolicyProfile
from delegation_planner.domain.records import Initiator
from tests.core import factories

POLICY = PolicyProfile()
GOOD = "Signs the thematic agreement with the vice governor."
PEOPLE = {
    key: factories.person(key, kind, name)
    for key, kind, name in (
        ("anna", PersonKind.POLITICIAN, "Anna Svensson"),
        ("bo", PersonKind.POLITICIAN, "Bo Ærø"),
        ("cai", PersonKind.POLITICIAN, "蔡明"),
        ("dag", PersonKind.POLITICIAN, "Dag Öberg"),
        ("eva", PersonKind.OFFICIAL, "Eva Lund"),
        ("secretary", PersonKind.POLITICIAN, "Party Secretary Li"),
    )
}


def check(delegation, policy=POLICY):
    return grip.evaluate(delegation, PEOPLE, policy)


def levels(result):
    return {c.id: c.level for c in result.criteria}


def politicians(*keys, justification=GOOD):
    return [factories.participant(k, justification) for k in keys]


def test_no_politicians_only_theme_applies():
    result = check(factories.delegation(participants=[factories.participant("eva")]))
    assert levels(result) == {
        "justification": Level.NOT_APPLICABLE,
        "delegation_size": Level.NOT_APPLICABLE,
        "bottom_up": Level.NOT_APPLICABLE,
        "grip_decision": Level.NOT_APPLICABLE,
        "theme_priority": Level.PASS,
    }
    assert result.verdict is Level.PASS


def test_everything_in_order_passes():
    result = check(factories.delegation(participants=politicians("anna"), grip_decision=factories.approval()))
    assert set(levels(result).values()) == {Level.PASS}
    assert result.verdict is Level.PASS
    assert [c.id for c in result.criteria] == list(grip.CRITERIA)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("", Level.FAIL),
        ("x" * 19, Level.FAIL),
        ("   " + "x" * 19 + "\n\t ", Level.FAIL),  # counted after trimming
        ("x" * 20, Level.PASS),
        ("  " + "é" * 20 + "  ", Level.PASS),
    ],
)
def test_justification_boundary(text, level):
    d = factories.delegation(participants=politicians("anna", justification=text))
    assert check(d).criterion("justification").level is level


def test_justification_message_names_exactly_the_short_ones():
    d = factories.delegation(
        participants=[
            factories.participant("anna", GOOD),
            factories.participant("bo", "short"),
            factories.participant("cai", ""),
            factories.participant("secretary", "", side=Side.PARTNER),
        ]
    )
    message = check(d).criterion("justification").message
    assert "Bo Ærø" in message and "蔡明" in message
    assert "Anna Svensson" not in message and "Party Secretary Li" not in message


@pytest.mark.parametrize(("count", "level"), [(1, Level.PASS), (3, Level.PASS), (4, Level.WARN)])
def test_delegation_size_boundary(count, level):
    keys = ["anna", "bo", "cai", "dag"][:count]
    d = factories.delegation(participants=politicians(*keys))
    assert check(d).criterion("delegation_size").level is level


def test_delegation_size_only_outbound():
    d = factories.delegation(
        direction=Direction.INBOUND, participants=politicians("anna", "bo", "cai", "dag")
    )
    assert check(d).criterion("delegation_size").level is Level.NOT_APPLICABLE


def test_partner_side_politicians_never_count():
    d = factories.delegation(
        participants=[factories.participant("secretary", "", side=Side.PARTNER)], grip_decision=None
    )
    assert check(d).verdict is Level.PASS
    assert check(d).criterion("grip_decision").level is Level.NOT_APPLICABLE


@pytest.mark.parametrize(
    ("initiator", "level"),
    [
        (None, Level.FAIL),
        (Initiator(InitiatorKind.POLITICAL), Level.FAIL),
        (Initiator(InitiatorKind.REGION, "region", True), Level.FAIL),
        (Initiator(InitiatorKind.CLUSTER, "cluster1", False), Level.WARN),
        (Initiator(InitiatorKind.CLUSTER, "cluster1", None), Level.WARN),
        (Initiator(InitiatorKind.COMPANY, None, True), Level.PASS),
        (Initiator(InitiatorKind.CLUSTER, "cluster1", True), Level.PASS),
    ],
)
def test_bottom_up(initiator, level):
    d = factories.delegation(initiator=initiator, participants=politicians("anna"))
    assert check(d).criterion("bottom_up").level is level


def test_bottom_up_only_for_business_promotion():
    d = factories.delegation(purpose=Purpose.POLITICAL, initiator=None, participants=politicians("anna"))
    assert check(d).criterion("bottom_up").level is Level.NOT_APPLICABLE


@pytest.mark.parametrize(
    ("offset", "outcome", "level"),
    [
        (-30, DecisionOutcome.APPROVED, Level.PASS),
        (0, DecisionOutcome.APPROVED, Level.PASS),  # on the start date
        (0, DecisionOutcome.APPROVED_WITH_CONDITIONS, Level.PASS),
        (1, DecisionOutcome.APPROVED, Level.FAIL),  # after the start
        (-30, DecisionOutcome.REJECTED, Level.FAIL),
    ],
)
def test_grip_decision(offset, outcome, level):
    decision = factories.approval(factories.START + dt.timedelta(days=offset), outcome)
    d = factories.delegation(participants=politicians("anna"), grip_decision=decision)
    assert check(d).criterion("grip_decision").level is level


def test_no_decision_fails():
    d = factories.delegation(participants=politicians("anna"))
    assert check(d).criterion("grip_decision").level is Level.FAIL
    assert check(d).verdict is Level.FAIL


@pytest.mark.parametrize(
    ("themes", "level"),
    [([], Level.WARN), (["tourism"], Level.WARN), (["tourism", "food"], Level.PASS)],
)
def test_theme_priority(themes, level):
    assert check(factories.delegation(themes=themes)).criterion("theme_priority").level is level


def test_policy_is_applied():
    policy = dataclasses.replace(
        POLICY, min_justification_chars=5, max_politicians_outbound=1, priority_themes=["tourism"]
    )
    d = factories.delegation(
        themes=["tourism"], participants=politicians("anna", "bo", justification="12345")
    )
    result = check(d, policy)
    assert result.criterion("justification").level is Level.PASS
    assert result.criterion("delegation_size").level is Level.WARN
    assert result.criterion("theme_priority").level is Level.PASS


# --- properties ---------------------------------------------------------------------------

participant_lists = st.lists(
    st.builds(
        factories.participant,
        st.sampled_from(sorted(PEOPLE)),
        st.text(max_size=30),
        st.sampled_from(list(Side)),
    ),
    max_size=6,
    unique_by=lambda p: p.person,
)
delegations = st.builds(
    lambda parts, direction, purpose, themes, initiator, decision: factories.delegation(
        participants=parts,
        direction=direction,
        purpose=purpose,
        themes=themes,
        initiator=initiator,
        grip_decision=decision,
    ),
    participant_lists,
    st.sampled_from(list(Direction)),
    st.sampled_from(list(Purpose)),
    st.lists(st.sampled_from(["food", "ict", "tourism", "mining"]), max_size=2, unique=True),
    st.none()
    | st.builds(Initiator, st.sampled_from(list(InitiatorKind)), st.none(), st.none() | st.booleans()),
    st.none()
    | st.builds(
        factories.approval,
        st.dates(dt.date(2026, 4, 1), dt.date(2026, 6, 1)),
        st.sampled_from(list(DecisionOutcome)),
    ),
)


@given(delegations, st.text(max_size=25))
def test_adding_a_partner_side_politician_changes_nothing(delegation, justification):
    before = levels(check(delegation))
    present = {p.person for p in delegation.participants}
    if "secretary" in present:
        return
    delegation.participants.append(factories.participant("secretary", justification, side=Side.PARTNER))
    assert levels(check(delegation)) == before


@given(delegations, st.integers(0, 6), st.integers(0, 6))
def test_raising_the_size_limit_never_turns_pass_into_warn(delegation, low, extra):
    lower = dataclasses.replace(POLICY, max_politicians_outbound=low)
    higher = dataclasses.replace(POLICY, max_politicians_outbound=low + extra)
    if check(delegation, lower).criterion("delegation_size").level is Level.PASS:
        assert check(delegation, higher).criterion("delegation_size").level is Level.PASS


@given(delegations)
def test_verdict_is_the_worst_level(delegation):
    result = check(delegation)
    found = {c.level for c in result.criteria}
    expected = Level.FAIL if Level.FAIL in found else Level.WARN if Level.WARN in found else Level.PASS
    assert result.verdict is expected
