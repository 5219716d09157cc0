"""Contacts between visits: the log, its follow-up points in the overview, last contact, the file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from delegation_planner.domain.contacts import Contact, ContactKind, is_quiet, months_between
from delegation_planner.domain.enums import FollowUpStatus
from delegation_planner.domain.records import Agreement, FollowUpPoint, ProgrammeItem
from delegation_planner.interchange.reader import read_text
from delegation_planner.interchange.service import export_text, import_file
from delegation_planner.storage import follow_ups, repository
from delegation_planner.storage.contacts import (
    last_contacts,
    list_contacts,
    load_contact,
    new_contact_key,
    save_contact,
)
from delegation_planner.storage.database import open_database
from delegation_planner.storage.errors import InUseError
from delegation_planner.storage.follow_ups import FollowUpFilter
from tests.core import factories
from tests.core.interchange_helpers import example, first_problem

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def office(db: Database) -> Database:
    repository.save_organisation(db, factories.organisation())
    repository.save_organisation(db, factories.organisation("jitri"))
    repository.save_person(db, factories.person("anna", name="Anna Svensson"))
    repository.save_agreement(db, Agreement("gd", "Guangdong"))
    return db


def call(db: Database, **changes: object) -> Contact:
    values: dict[str, object] = {
        "id": new_contact_key(db, "jitri", ContactKind.CALL, dt.date(2026, 3, 4)),
        "organisation": "jitri",
        "kind": ContactKind.CALL,
        "date": dt.date(2026, 3, 4),
        "agreement": "gd",
        "participants": "Anna Svensson; Dr Li (JITRI)",
        "summary": "Agreed to prepare a workshop on medical devices.",
        "follow_up_points": [FollowUpPoint("Send the workshop outline", "anna", dt.date(2026, 4, 1))],
    }
    values.update(changes)
    return Contact(**values)  # type: ignore[arg-type]


def test_a_contact_is_logged_per_organisation_and_agreement(office: Database) -> None:
    contact = call(office)
    assert contact.id == "jitri-call-2026-03-04"
    save_contact(office, contact)
    loaded, revision = load_contact(office, contact.id)
    assert loaded == contact and revision == 1
    assert [c.id for c in list_contacts(office, organisation="jitri")] == [contact.id]
    assert [c.id for c in list_contacts(office, agreement="gd")] == [contact.id]
    assert list_contacts(office, organisation="cluster1") == []


def test_a_contacts_points_are_in_the_follow_up_overview(office: Database) -> None:
    save_contact(office, call(office))
    [row] = follow_ups.list_follow_ups(office, FollowUpFilter(), TODAY)
    assert (row.contact, row.contact_kind, row.delegation, row.delegation_title) == (
        "jitri-call-2026-03-04",
        "call",
        "",
        "Organisation jitri",
    )
    assert row.owner == "Anna Svensson" and row.overdue
    assert follow_ups.counts(office, TODAY) == (1, 1)
    follow_ups.set_status(office, row.point_id, FollowUpStatus.DONE, TODAY)
    assert load_contact(office, row.contact or "")[1] == 2  # an open editor notices
    assert follow_ups.counts(office, TODAY) == (0, 0)


def test_the_last_contact_counts_logged_contacts_and_visits(office: Database) -> None:
    save_contact(office, call(office))
    visit = factories.delegation(
        "visit",
        start=dt.date(2026, 5, 2),
        end=dt.date(2026, 5, 3),
        programme=[ProgrammeItem(dt.datetime(2026, 5, 2, 9), "At JITRI", counterpart="jitri")],
    )
    repository.save_delegation(office, visit)
    found = last_contacts(office, TODAY)
    assert found["jitri"] == dt.date(2026, 5, 2)
    assert found["cluster1"] == dt.date(2026, 5, 2)  # the initiator of the visit
    assert months_between(dt.date(2025, 12, 2), TODAY) == 5
    assert not is_quiet(dt.date(2025, 12, 2), TODAY)
    assert is_quiet(dt.date(2025, 12, 1), TODAY)
    assert not is_quiet(None, TODAY)


def test_an_organisation_with_contacts_is_not_deleted(office: Database) -> None:
    save_contact(office, call(office))
    with pytest.raises(InUseError, match="contact of 2026-03-04"):
        repository.delete_organisation(office, "jitri")


def test_contacts_travel_in_version_2_and_round_trip(office: Database, tmp_path: Path) -> None:
    save_contact(office, call(office))
    text = export_text(office)
    data = json.loads(text)
    assert data["contacts"] == [
        {
            "id": "jitri-call-2026-03-04",
            "organisation": "jitri",
            "agreement": "gd",
            "kind": "call",
            "date": "2026-03-04",
            "participants": "Anna Svensson; Dr Li (JITRI)",
            "summary": "Agreed to prepare a workshop on medical devices.",
            "follow_up_points": [
                {"text": "Send the workshop outline", "owner": "anna", "due": "2026-04-01", "status": "open"}
            ],
        }
    ]
    path = tmp_path / "out.json"
    path.write_text(text, encoding="utf-8")
    other = open_database(tmp_path / "other.sqlite3")
    try:
        import_file(other, path)
        assert export_text(other) == text
        import_file(other, path)
        assert export_text(other) == text
    finally:
        other.close()


def test_contacts_are_checked_with_their_place() -> None:
    data = example()
    data["format"] = "delegation-planner/2"
    data["delegations"][0]["status"] = "planned"
    data["contacts"] = [{"id": "c1", "organisation": "nobody", "kind": "call", "date": "2026-01-01"}]
    assert first_problem(lambda: read_text(json.dumps(data))).startswith("contacts[0].organisation: unknown")
    data["contacts"][0] |= {"organisation": "jitri", "kind": "letter"}
    assert first_problem(lambda: read_text(json.dumps(data))).startswith("contacts[0].kind")
    v1 = example()
    v1["contacts"] = []
    assert first_problem(lambda: read_text(json.dumps(v1))).startswith("contacts: unknown field")


def test_an_export_with_contactsmatches_the_schema(office: Database) -> None:
    from tests.core.interchange_helpers import matches_the_schema

    save_contact(office, call(office))
    matches_the_schema(json.loads(export_text(office)))
