"""Participant lists from CSV and Excel: reading, column guesses, duplicates, validation, applying."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlite_utils import Database

from delegation_planner.domain.enums import OrganisationKind, PersonKind, Role, Side
from delegation_planner.domain.records import Organisation, Person
from delegation_planner.exchange.participant_import import (
    ImportProblem,
    apply_plan,
    detect_delimiter,
    guess_mapping,
    plan_import,
    read_csv,
    read_table,
)
from delegation_planner.storage import repository
from delegation_planner.storage.errors import NotFoundError
from tests.core import factories


@pytest.fixture
def register(db: Database) -> Database:
    repository.save_organisation(db, factories.organisation())
    repository.save_organisation(db, Organisation("mva", "Medicon Valley Alliance", OrganisationKind.CLUSTER))
    repository.save_person(db, Person("anna", "Anna Svensson", PersonKind.POLITICIAN, organisation="mva"))
    repository.save_person(db, Person("bo", "Bo Ærø", PersonKind.BUSINESS, email="Bo@Example.org"))
    repository.save_delegation(db, factories.delegation("trip"))
    return db


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_detection(delimiter: str) -> None:
    text = delimiter.join(["Namn", "Organisation", "E-post"]) + "\n"
    text += delimiter.join(["Anna Svensson", "Medicon Valley Alliance", "anna@example.org"]) + "\n"
    assert detect_delimiter(text) == delimiter
    table = read_csv(text.encode("utf-8"))
    assert table.headers == ["Namn", "Organisation", "E-post"]
    assert table.rows == [["Anna Svensson", "Medicon Valley Alliance", "anna@example.org"]]
    assert table.row_numbers == [2]


def test_utf8_bom_and_cp1252_fallback() -> None:
    text = "Navn;Virksomhed\nSøren Ærø;Ålborg Å/S\n"
    with_bom = read_csv(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert with_bom.headers == ["Navn", "Virksomhed"] and with_bom.rows[0][0] == "Søren Ærø"
    assert not with_bom.notes
    legacy = read_csv(text.encode("cp1252"))
    assert legacy.rows[0] == ["Søren Ærø", "Ålborg Å/S"]
    assert legacy.notes and "Windows-1252" in legacy.notes[0]


def test_xlsx_is_read(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Company", "Email", "Title"])
    sheet.append(["Li Wei", "JITRI", "li@example.cn", "Director"])
    sheet.append([None, None, None, None])
    sheet.append(["Wang Fang", "JITRI", None, 42])
    path = tmp_path / "list.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.headers == ["Name", "Company", "Email", "Title"]
    assert table.rows[0] == ["Li Wei", "JITRI", "li@example.cn", "Director"]
    assert table.rows[2] == ["Wang Fang", "JITRI", "", "42"]
    assert table.row_numbers == [2, 3, 4]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Namn", "Företag", "E-post", "Titel", "Roll"],
            {"name": 0, "organisation": 1, "email": 2, "title": 3, "role": 4},
        ),
        (
            ["Navn", "Virksomhed", "E-mail", "Stilling", "Side"],
            {"name": 0, "organisation": 1, "email": 2, "title": 3, "side": 4},
        ),
        (
            ["Name", "Organization", "Mail", "Job title", "Type"],
            {"name": 0, "organisation": 1, "email": 2, "title": 3, "kind": 4},
        ),
        (["E-Mail", " NAME ", "Comments"], {"email": 0, "name": 1}),
    ],
)
def test_mapping_guesses(headers: list[str], expected: dict[str, int]) -> None:
    assert guess_mapping(headers) == expected


MAPPING = {"name": 0, "organisation": 1, "email": 2, "kind": 3}


def test_duplicates_by_name_and_organisation_or_by_email(register: Database) -> None:
    rows = [
        ["  anna   SVENSSON ", "medicon valley alliance", "", ""],  # same name and organisation
        ["Bo Aero", "Other Org", "bo@example.ORG", ""],  # same e-mail
        ["Anna Svensson", "Another organisation", "", "politiker"],  # same name, other organisation: new
        ["Li Wei", "JITRI", "li@example.cn", "official"],
        ["Li Wei", "jitri", "", ""],  # twice in the same file: one new person
    ]
    plan = plan_import(register, rows, MAPPING)
    assert not plan.errors
    assert [(r.row, r.person, r.existing) for r in plan.rows] == [
        (2, "anna", True),
        (3, "bo", True),
        (4, "anna-svensson", False),
        (5, "li-wei", False),
        (6, "li-wei", False),
    ]
    assert [p.id for p in plan.new_people] == ["anna-svensson", "li-wei"]
    assert plan.new_people[0].kind is PersonKind.POLITICIAN
    assert plan.new_people[1].kind is PersonKind.OFFICIAL
    assert sorted(o.name for o in plan.new_organisations) == ["Another organisation", "JITRI"]


def test_validation_errors_carry_row_numbers(register: Database) -> None:
    rows = [
        ["", "Org", "x@example.org", ""],
        ["Ok Person", "Org", "not-an-address", ""],
        ["Bell\x07Person", "Org", "", ""],
        ["", "", "", ""],  # blank: skipped silently
        ["Kind Person", "", "", "astronaut"],
    ]
    plan = plan_import(register, rows, MAPPING, row_numbers=[2, 3, 5, 6, 7])
    messages = [str(e) for e in plan.errors]
    assert messages[0] == "row 2: the name is blank"
    assert messages[1] == "row 3: 'not-an-address' is not an e-mail address"
    assert messages[2].startswith("row 5: the name contains an invisible control character")
    assert messages[3].startswith("row 7: unknown kind 'astronaut'")
    assert plan.rows == []
    with pytest.raises(ImportProblem):
        apply_plan(register, plan, "trip")


def test_apply_adds_participants_once(register: Database) -> None:
    rows = [
        ["Anna Svensson", "Medicon Valley Alliance", "", ""],
        ["Li Wei", "JITRI", "li@example.cn", "official"],
        ["Li Wei", "JITRI", "", ""],
    ]
    plan = plan_import(register, rows, MAPPING)
    assert apply_plan(register, plan, "trip", Side.PARTNER, Role.GUEST) == 2
    delegation, revision = repository.load_delegation(register, "trip")
    assert [(p.person, p.side, p.role) for p in delegation.participants] == [
        ("anna", Side.PARTNER, Role.GUEST),
        ("li-wei", Side.PARTNER, Role.GUEST),
    ]
    assert revision == 2
    # The same list again: everyone is found and already takes part.
    again = plan_import(register, rows, MAPPING)
    assert not again.new_people and not again.new_organisations
    assert apply_plan(register, again, "trip") == 0
    assert len(repository.load_delegation(register, "trip")[0].participants) == 2
    assert register.execute("SELECT count(*) FROM people WHERE name = 'Li Wei'").fetchone()[0] == 1


def test_apply_is_one_transaction(register: Database) -> None:
    plan = plan_import(register, [["New Person", "New Org", "", ""]], MAPPING)
    with pytest.raises(NotFoundError):
        apply_plan(register, plan, "no-such-delegation")
    assert register.execute("SELECT count(*) FROM people WHERE name = 'New Person'").fetchone()[0] == 0
    assert register.execute("SELECT count(*) FROM organisations WHERE name = 'New Org'").fetchone()[0] == 0


def test_name_column_is_required(register: Database) -> None:
    with pytest.raises(ImportProblem):
        plan_import(register, [["x"]], {"email": 0})


def test_new_records_take_the_next_free_key_when_theirs_was_taken_meanwhile(register: Database) -> None:
    """The window stores an import's people when the delegation is saved, maybe much later."""
    from delegation_planner.exchange.participant_import import store_new_records

    newcomer = Person("cia", "Cia Lund", PersonKind.OFFICIAL, organisation="lab")
    lab = Organisation("lab", "Lund Lab", OrganisationKind.OTHER)
    repository.save_person(register, Person("cia", "Cia Andersson", PersonKind.OFFICIAL))  # meanwhile
    moved = store_new_records(register, [newcomer], [lab])
    assert moved == {"cia": "cia-2"}
    people = {p.id: p for p in repository.list_people(register)}
    assert people["cia"].name == "Cia Andersson"  # not overwritten
    assert (people["cia-2"].name, people["cia-2"].organisation) == ("Cia Lund", "lab")
