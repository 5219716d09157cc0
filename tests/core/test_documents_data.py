"""The bundle the documents are written from: the shared example, loaded back."""

from __future__ import annotations

from sqlite_utils import Database

from delegation_planner.documents.bundle import load_delegation_bundle, office_name
from delegation_planner.domain.policy import PolicyProfile
from tests.helpers.documents import KEY, TITLE, store


def test_bundle_reads_people_organisations_and_history(db: Database) -> None:
    store(db)
    bundle = load_delegation_bundle(db, KEY)
    assert bundle.delegation.title == TITLE
    assert set(bundle.people) == {"chair", "soren", "wang", "li"}
    assert bundle.owner_text("chair") == "Anna Svensson (Region Skåne)"
    assert bundle.owner_text("International office") == "International office"
    assert bundle.grip.verdict.value == "pass"
    assert [d.reference for d in bundle.decisions] == ["Dnr 2026-000123"]
    assert bundle.has_home_politicians()


def test_office_name_drops_the_rule_set_in_brackets() -> None:
    assert office_name(PolicyProfile()) == "Region Skåne"
    assert office_name(PolicyProfile(name="Region Hovedstaden")) == "Region Hovedstaden"
