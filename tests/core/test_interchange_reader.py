"""Reading interchange files: the contract's example, optional fields, problem lists and text.

Broken decoded inputs are in test_interchange_broken_fields.py, broken raw files in
test_interchange_broken_files.py.
"""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from delegation_planner.domain.enums import (
    CostCategory,
    Direction,
    FollowUpStatus,
    InitiatorKind,
    OrganisationKind,
    PersonKind,
    Purpose,
    Side,
)
from delegation_planner.domain.records import (
    CostLine,
    Delegation,
    FollowUpPoint,
    Organisation,
    Participant,
    Person,
    Register,
)
from delegation_planner.interchange.errors import InterchangeError
from delegation_planner.interchange.reader import parse_register, read_file, read_text
from delegation_planner.interchange.writer import dumps
from tests.core.interchange_helpers import EXAMPLE, example, first_problem

# --- the example -------------------------------------------------------------------------


def test_the_contract_example_parses() -> None:
    register = read_file(EXAMPLE)
    assert [o.id for o in register.organisations] == ["jitri", "region", "cluster1"]
    assert register.organisations[1] == Organisation("region", "Region Skåne", OrganisationKind.REGION, "SE")
    assert register.people[0].organisation == "region"
    assert register.agreements[0].signed == dt.date(1995, 3, 1)
    assert register.agreements[0].min_official_visits_per_year == 2
    delegation = register.delegations[0]
    assert delegation.direction is Direction.OUTBOUND
    assert delegation.start == dt.date(2026, 5, 10)
    assert delegation.initiator is not None
    assert delegation.initiator.kind is InitiatorKind.CLUSTER
    assert delegation.initiator.requested_political_participation is True
    assert delegation.participants[0].side is Side.HOME
    assert delegation.programme[0].start == dt.datetime(2026, 5, 11, 9, 0)
    assert delegation.programme[0].counterpart == "jitri"
    assert delegation.costs[0] == CostLine(CostCategory.TRAVEL, "SEK", 42000, 39500)
    assert delegation.grip_decision is not None
    assert delegation.grip_decision.note == ""
    assert delegation.follow_up_points[0].is_complete


def test_parse_register_takes_a_decoded_value() -> None:
    assert parse_register(example()) == read_file(EXAMPLE)


def test_defaults_and_optional_fields() -> None:
    data = {
        "format": "delegation-planner/1",
        "people": [{"id": "p", "name": "P", "kind": "official", "organisation": None}],
        "delegations": [
            {
                "id": "d",
                "title": "T",
                "direction": "inbound",
                "purpose": "other",
                "start": "2026-01-01",
                "end": "2026-01-01",
                "participants": [{"person": "p"}],
                "follow_up_points": [{}],
                "initiator": {"kind": "political"},
            }
        ],
    }
    register = parse_register(data)
    delegation = register.delegations[0]
    assert register.organisations == [] and register.agreements == []
    assert delegation.participants == [Participant("p", Side.HOME)]
    assert delegation.follow_up_points == [FollowUpPoint("", "", None, FollowUpStatus.OPEN)]
    assert not delegation.follow_up_points[0].is_complete
    assert delegation.initiator is not None and delegation.initiator.organisation is None
    assert delegation.themes == [] and delegation.costs == [] and delegation.grip_decision is None


def test_references_may_point_at_records_already_in_the_register() -> None:
    data = example()
    data["organisations"] = []
    data["people"] = []
    data["agreements"] = []
    known = {
        "organisations": {"jitri", "region", "cluster1"},
        "people": {"chair"},
        "agreements": {"gd"},
        "delegations": set(),
    }
    register = parse_register(data, known)
    assert register.delegations[0].participants[0].person == "chair"
    problem = first_problem(lambda: parse_register(data))
    assert problem == "delegations[0].agreement: unknown agreement 'gd'"


def test_the_contracts_own_error_example() -> None:
    data = example()
    for n in range(2):
        twin = copy.deepcopy(data["delegations"][0])
        twin["id"] = f"twin-{n}"
        data["delegations"].append(twin)
    data["delegations"][2]["participants"][0]["person"] = "p9"
    assert first_problem(lambda: parse_register(data)) == (
        "delegations[2].participants[0].person: unknown person 'p9'"
    )


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    raw = b"\xef\xbb\xbf" + EXAMPLE.read_bytes()
    assert read_text(raw) == read_file(EXAMPLE)


def test_every_problem_is_listed_and_summarised() -> None:
    data = example()
    data["organisations"][0]["kind"] = "ngo"
    data["people"][0]["organisation"] = "nowhere"
    data["delegations"][0]["start"] = "2026-02-30"
    with pytest.raises(InterchangeError) as caught:
        parse_register(data)
    error = caught.value
    assert error.problems == [
        "organisations[0].kind: 'ngo' is not one of: company, business_org, cluster, university, "
        "government, region, operator, other",
        "people[0].organisation: unknown organisation 'nowhere'",
        "delegations[0].start: '2026-02-30' is not a real date",
    ]
    assert str(error) == error.problems[0] + " (and 2 more problems)"


def test_a_very_broken_file_stops_listing_at_fifty() -> None:
    data = example()
    data["people"] = [{"id": f"p{n}", "name": "", "kind": "king"} for n in range(100)]
    with pytest.raises(InterchangeError) as caught:
        parse_register(data)
    assert len(caught.value.problems) == 50
    assert caught.value.truncated
    assert str(caught.value).endswith("(and at least 49 more problems)")


def test_one_problem_has_no_summary() -> None:
    assert str(InterchangeError(["a: b"])) == "a: b"
    assert str(InterchangeError(["a: b", "c: d"])) == "a: b (and 1 more problem)"


def test_empty_optional_text_and_country_mean_not_given() -> None:
    data = example()
    data["organisations"][1]["country"] = ""
    data["people"][0]["title"] = ""
    data["delegations"][0]["grip_decision"] = None
    data["delegations"][0]["agreement"] = None
    register = parse_register(data)
    assert register.organisations[1].country == ""
    assert register.people[0].title == ""
    assert register.delegations[0].grip_decision is None
    assert register.delegations[0].agreement is None


def test_a_follow_up_owner_is_free_text_and_not_checked_as_a_reference() -> None:
    data = example()
    data["delegations"][0]["follow_up_points"].append({"text": "Report", "owner": "The business agency"})
    register = parse_register(data)
    assert register.delegations[0].follow_up_points[1].owner == "The business agency"


def test_a_partner_side_politician_is_just_a_participant() -> None:
    data = example()
    data["people"].append({"id": "sec", "name": "Party secretary", "kind": "politician"})
    data["delegations"][0]["participants"].append({"person": "sec", "side": "partner", "role": "guest"})
    register = parse_register(data)
    assert register.delegations[0].participants[1].side is Side.PARTNER


TEXTS = [
    "江苏省产业技术研究院",
    "Københavns Universitet — Ærø, Øresund, Åbenrå",
    "Tags <b> & \"quotes\" 'single' \\backslash",
    "emoji 🇸🇪 and combining e\u0301",
]


@pytest.mark.parametrize("value", TEXTS)
def test_unicode_and_markup_characters_round_trip_unchanged(value: str) -> None:
    register = Register(
        organisations=[
            Organisation("o", value, OrganisationKind.OTHER, their_interests=value + "\nline two")
        ],
        people=[Person("p", value, PersonKind.OTHER, title=value)],
        delegations=[
            Delegation(
                id=value,
                title=value,
                direction=Direction.INBOUND,
                purpose=Purpose.EXCHANGE,
                start=dt.date(2026, 1, 1),
                end=dt.date(2026, 1, 2),
                participants=[Participant("p", justification=value)],
                follow_up_points=[FollowUpPoint(value, value)],
                notes=value,
            )
        ],
    )
    text = dumps(register)
    assert value.replace("\\", "\\\\").replace('"', '\\"') in text  # written as is, not \u-escaped
    assert read_text(text.encode("utf-8")) == register


def test_blank_optional_values_and_whole_floats_are_accepted():
    """Other offices' writers may put "" for "none" and 2.0 for 2; neither breaks the contract."""
    data = example()
    data["delegations"][0]["agreement"] = ""
    data["delegations"][0]["follow_up_points"][0]["due"] = ""
    data["people"][0]["organisation"] = ""
    data["agreements"][0]["min_official_visits_per_year"] = 2.0
    register = parse_register(data)
    assert register.delegations[0].agreement is None
    assert register.delegations[0].follow_up_points[0].due is None
    assert not register.delegations[0].follow_up_points[0].is_complete
    assert register.people[0].organisation is None
    assert register.agreements[0].min_official_visits_per_year == 2
