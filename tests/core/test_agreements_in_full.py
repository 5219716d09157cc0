"""Agreements in full: kind, signatories, expiry, renewal, activity plan, and which visits count."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from delegation_planner.domain.enums import AgreementKind, Direction, PersonKind, RenewalDecision
from delegation_planner.domain.records import Agreement, FollowUpPoint
from delegation_planner.domain.status import DelegationStatus
from delegation_planner.domain.visit_rule import VisitRule
from delegation_planner.interchange.reader import read_text
from delegation_planner.interchange.service import export_text, import_file
from delegation_planner.storage import follow_ups, repository
from delegation_planner.storage.agreement_followup import official_visits
from delegation_planner.storage.follow_ups import FollowUpFilter
from delegation_planner.storage.visit_rule import load_visit_rule, save_visit_rule
from tests.core import factories
from tests.core.interchange_helpers import EXAMPLE, example, first_problem

TODAY = dt.date(2026, 6, 1)


def guangdong() -> Agreement:
    return Agreement(
        "gd",
        "Guangdong",
        signed=dt.date(2020, 3, 1),
        min_official_visits_per_year=2,
        kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        signatories="Chair of the regional board; Vice governor of Guangdong",
        expiry=dt.date(2026, 12, 31),
        renewal=RenewalDecision.RENEGOTIATE,
        renewal_date=dt.date(2026, 5, 20),
        renewal_note="Narrow to life science, as the strategy asks.",
        activity_plan=[
            FollowUpPoint("Joint workshop on elderly care", "Business Region Skåne", dt.date(2026, 4, 1))
        ],
    )


def test_an_agreement_is_kept_in_full(db: Database) -> None:
    repository.save_agreement(db, guangdong())
    [stored] = repository.list_agreements(db)
    assert stored == guangdong()
    [item] = follow_ups.list_follow_ups(db, FollowUpFilter(), TODAY)
    assert (item.agreement, item.delegation_title, item.text, item.overdue) == (
        "gd",
        "Guangdong",
        "Joint workshop on elderly care",
        True,
    )
    follow_ups.set_status(db, item.point_id, follow_ups.FollowUpStatus.DONE, TODAY)
    assert repository.list_agreements(db)[0].activity_plan[0].status.value == "done"


def test_version_2_carries_the_agreement_in_full_and_round_trips(db: Database, tmp_path: Path) -> None:
    repository.save_agreement(db, guangdong())
    text = export_text(db)
    written = json.loads(text)["agreements"][0]
    assert written["kind"] == "memorandum_of_understanding"
    assert written["expiry"] == "2026-12-31" and written["renewal"] == "renegotiate"
    assert written["activity_plan"][0]["text"] == "Joint workshop on elderly care"
    path = tmp_path / "a.json"
    path.write_text(text, encoding="utf-8")
    from delegation_planner.storage.database import open_database

    other = open_database(tmp_path / "other.sqlite3")
    try:
        import_file(other, path)
        assert export_text(other) == text
    finally:
        other.close()


def test_a_version_1_import_keeps_what_the_office_recorded(db: Database) -> None:
    import_file(db, EXAMPLE)
    agreement = repository.list_agreements(db)[0]
    agreement.kind, agreement.signatories = AgreementKind.BINDING_AGREEMENT, "Both governors"
    agreement.activity_plan = [FollowUpPoint("Annual review meeting", "Anna", dt.date(2026, 9, 1))]
    repository.save_agreement(db, agreement)
    import_file(db, EXAMPLE)
    again = repository.list_agreements(db)[0]
    assert again.kind is AgreementKind.BINDING_AGREEMENT and again.signatories == "Both governors"
    assert [p.text for p in again.activity_plan] == ["Annual review meeting"]


def test_an_expiry_before_the_signing_is_refused_with_its_place() -> None:
    data = example()
    data["format"] = "delegation-planner/2"
    data["delegations"][0]["status"] = "planned"
    data["agreements"][0] |= {"expiry": "1990-01-01"}
    assert first_problem(lambda: read_text(json.dumps(data))).startswith(
        "agreements[0].expiry: 1990-01-01 is before"
    )


def test_the_visit_rule_decides_which_visits_count(db: Database) -> None:
    repository.save_organisation(db, factories.organisation())
    repository.save_person(db, factories.person("olle", PersonKind.OFFICIAL))
    repository.save_person(db, factories.person("anna", PersonKind.POLITICIAN))
    repository.save_agreement(db, Agreement("gd", "Jiangsu", min_official_visits_per_year=2))
    day = dt.date(2026, 3, 1)
    trips = {
        "out-official": dict(participants=[factories.participant("olle")]),
        "out-politician": dict(
            participants=[factories.participant("anna", "Signs the MoU with the governor.")]
        ),
        "in-official": dict(direction=Direction.INBOUND, participants=[factories.participant("olle")]),
        "out-done": dict(participants=[factories.participant("olle")], status=DelegationStatus.COMPLETED),
    }
    for key, values in trips.items():
        repository.save_delegation(db, factories.delegation(key, start=day, end=day, **values))
    agreement = repository.list_agreements(db)[0]

    def counted(rule: VisitRule | None = None) -> set[str]:
        return {v.delegation for v in official_visits(db, agreement, 2026, rule)}

    assert load_visit_rule(db) == VisitRule()
    assert counted() == {"out-official", "out-done"}  # the strategy's rule
    wide = VisitRule(
        frozenset(Direction), frozenset({PersonKind.OFFICIAL, PersonKind.POLITICIAN}), completed_only=False
    )
    save_visit_rule(db, wide)
    assert counted() == set(trips)
    assert counted(VisitRule(completed_only=True)) == {"out-done"}
    with pytest.raises(ValueError, match="at least one direction"):
        save_visit_rule(db, VisitRule(directions=frozenset()))


def test_an_export_of_an_agreement_in_fullmatches_the_schema(db: Database) -> None:
    from tests.core.interchange_helpers import matches_the_schema

    repository.save_agreement(db, guangdong())
    matches_the_schema(json.loads(export_text(db)))
