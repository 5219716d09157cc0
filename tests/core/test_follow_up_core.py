"""Follow-up across visits: overview, closing dates, earlier points, results, agreements, new contacts."""

from __future__ import annotations

import datetime as dt

import pytest

from delegation_planner.domain.enums import (
    Direction,
    FollowUpStatus,
    OrganisationKind,
    PersonKind,
    ResultKind,
    Side,
)
from delegation_planner.domain.records import Agreement, FollowUpPoint, ProgrammeItem, Result
from delegation_planner.storage import follow_ups, repository, results
from delegation_planner.storage.agreement_followup import agreement_follow_up, reviews_due
from delegation_planner.storage.errors import ConflictError, InUseError
from delegation_planner.storage.follow_ups import FollowUpFilter
from delegation_planner.storage.new_contacts import new_contacts
from tests.core import factories

TODAY = dt.date(2026, 7, 1)


@pytest.fixture
def register(db):
    repository.save_organisation(db, factories.organisation())
    repository.save_organisation(db, factories.organisation("jitri", OrganisationKind.GOVERNMENT))
    repository.save_person(db, factories.person("anna", name="Anna Svensson"))
    repository.save_person(db, factories.person("eva", PersonKind.OFFICIAL, "Eva Lund"))
    wang = factories.person("wang", PersonKind.OFFICIAL, "王海燕")
    wang.organisation = "jitri"
    repository.save_person(db, wang)
    repository.save_agreement(
        db, Agreement("gd", "Guangdong", dt.date(1995, 3, 1), min_official_visits_per_year=2)
    )
    repository.save_delegation(
        db,
        factories.delegation(
            "spring",
            partner_region="Guangdong",
            participants=[factories.participant("eva"), factories.participant("wang", side=Side.PARTNER)],
            programme=[ProgrammeItem(dt.datetime(2026, 5, 11, 9), "Meeting", counterpart="jitri")],
            follow_up_points=[
                FollowUpPoint("Send the minutes", "eva", dt.date(2026, 6, 1)),
                FollowUpPoint("Invite the vice governor", "International unit", dt.date(2026, 8, 1)),
                FollowUpPoint("Thank-you letter", "anna", dt.date(2026, 5, 20), FollowUpStatus.DONE),
            ],
        ),
    )
    repository.save_delegation(
        db,
        factories.delegation(
            "autumn", partner_region="guangdong", start=dt.date(2026, 10, 5), end=dt.date(2026, 10, 9)
        ),
    )
    return db


def test_overview_filters_and_marks_overdue(register):
    everything = follow_ups.list_follow_ups(register, FollowUpFilter(), TODAY)
    assert [p.text for p in everything][:2] == ["Send the minutes", "Invite the vice governor"]
    overdue = follow_ups.list_follow_ups(register, FollowUpFilter(overdue_only=True), TODAY)
    assert [(p.text, p.owner) for p in overdue] == [("Send the minutes", "Eva Lund")]
    assert [p.text for p in follow_ups.list_follow_ups(register, FollowUpFilter(owner="unit"), TODAY)] == [
        "Invite the vice governor"
    ]
    done = follow_ups.list_follow_ups(register, FollowUpFilter(status=FollowUpStatus.DONE), TODAY)
    assert [p.owner for p in done] == ["Anna Svensson"]
    assert follow_ups.counts(register, TODAY) == (2, 1)
    assert "Eva Lund" in follow_ups.owners(register)


def test_marking_done_records_the_day_and_bumps_the_revision(register):
    _, revision = repository.load_delegation(register, "spring")
    point = follow_ups.list_follow_ups(register, FollowUpFilter(overdue_only=True), TODAY)[0]
    follow_ups.set_status(register, point.point_id, FollowUpStatus.DONE, TODAY)
    delegation, new_revision = repository.load_delegation(register, "spring")
    assert new_revision == revision + 1
    assert delegation.follow_up_points[0].closed_on == TODAY
    assert follow_ups.counts(register, TODAY) == (1, 0)
    with pytest.raises(ConflictError):  # an editor opened before must not overwrite it
        repository.save_delegation(register, delegation, revision)


def test_closing_dates_survive_a_save_and_an_import(register):
    delegation, revision = repository.load_delegation(register, "spring")
    closed = delegation.follow_up_points[2].closed_on
    assert closed is not None
    delegation.notes = "Edited"
    repository.save_delegation(register, delegation, revision)
    assert repository.load_delegation(register, "spring")[0].follow_up_points[2].closed_on == closed
    repository.merge_register(register, repository.load_register(register))
    assert repository.load_delegation(register, "spring")[0].follow_up_points[2].closed_on == closed


def test_earlier_open_points_with_the_same_partner(register):
    earlier = follow_ups.earlier_open_points(register, "Guangdong", dt.date(2026, 10, 5), "autumn", TODAY)
    assert [p.text for p in earlier] == ["Send the minutes", "Invite the vice governor"]
    assert follow_ups.earlier_open_points(register, "Jiangsu", dt.date(2026, 10, 5), None, TODAY) == []


def test_results_register(register):
    result = Result(
        "mou",
        "MoU with JITRI signed",
        ResultKind.AGREEMENT_SIGNED,
        dt.date(2026, 6, 2),
        "Signed in Nanjing",
        ["spring"],
        ["jitri"],
    )
    results.save_result(register, result)
    assert results.list_results(register) == [result]
    assert results.list_results(register, 2025) == []
    assert results.results_of_delegation(register, "spring") == [result]
    with pytest.raises(InUseError, match="result 'MoU with JITRI signed'"):
        repository.delete_organisation(register, "jitri")
    repository.delete_delegation(register, "spring")
    assert results.list_results(register)[0].delegations == []


def test_agreement_official_visits_against_the_minimum(register):
    (year,) = agreement_follow_up(register, 2026)
    assert year.required == 2
    assert [v.delegation for v in year.visits] == ["spring"]  # autumn has no home-side official
    assert year.shortfall == 1
    agreement = repository.list_agreements(register)[0]
    agreement.review_date = dt.date(2026, 6, 30)
    repository.save_agreement(register, agreement)
    assert [a.id for a in reviews_due(register, TODAY)] == ["gd"]
    repository.merge_register(register, repository.load_register(register))  # an import keeps the date
    assert repository.list_agreements(register)[0].review_date == dt.date(2026, 6, 30)


def test_new_contacts_are_organisations_met_without_interests(register):
    contacts = new_contacts(register)
    assert [(c.organisation, c.first_visit, c.missing_interests) for c in contacts] == [
        ("jitri", "Delegation spring", True)
    ]
    jitri = next(o for o in repository.list_organisations(register) if o.id == "jitri")
    jitri.their_interests, jitri.our_benefits = "Research partners", "Clinical trials"
    repository.save_organisation(register, jitri)
    assert new_contacts(register) == []


def test_hosts_of_an_inbound_visit_are_not_new_contacts(register):
    """The office's own region and the local hosts who received guests are not contacts abroad."""
    repository.save_organisation(register, factories.organisation("skane", OrganisationKind.REGION))
    repository.save_organisation(register, factories.organisation("host", OrganisationKind.CLUSTER))
    repository.save_delegation(
        register,
        factories.delegation(
            "guests",
            direction=Direction.INBOUND,
            participants=[factories.participant("wang", side=Side.PARTNER)],
            programme=[
                ProgrammeItem(dt.datetime(2026, 9, 1, 9), "Welcome", counterpart="skane"),
                ProgrammeItem(dt.datetime(2026, 9, 1, 13), "Site visit", counterpart="host"),
            ],
        ),
    )
    assert [c.organisation for c in new_contacts(register)] == ["jitri"]  # the guests' own, still


def test_demo_register_has_overdue_points(tmp_path):
    from delegation_planner.demo import create_demo_database
    from delegation_planner.storage.database import open_database

    path = tmp_path / "demo.sqlite3"
    create_demo_database(path)
    db = open_database(path)
    open_count, overdue = follow_ups.counts(db, dt.date.today())
    assert open_count >= overdue >= 2
    assert any(y.agreement.partner == "Guangdong" for y in agreement_follow_up(db, dt.date.today().year))
    db.close()


def test_direction_is_outbound_only(register):
    delegation, revision = repository.load_delegation(register, "spring")
    delegation.direction = Direction.INBOUND
    repository.save_delegation(register, delegation, revision)
    assert agreement_follow_up(register, 2026)[0].visits == []
