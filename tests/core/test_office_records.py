"""How an office keeps its records travels with its profile: the document reference pattern
and the months without contact before a partner is flagged (issue 11, points 4 and 5)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from delegation_planner.domain import references
from delegation_planner.domain.contacts import DEFAULT_CONTACT_MONTHS, is_quiet
from delegation_planner.domain.office import (
    OfficeProfileError,
    profile_from_json,
    profile_to_json,
    shipped_profile,
)
from delegation_planner.storage import office_store
from delegation_planner.storage.database import open_database
from delegation_planner.storage.document_log import propose_reference
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.schema import APPLICATION_ID, MIGRATIONS

TODAY = dt.date(2026, 3, 1)
STEP = "0012_records_settings_in_office_profile"


def run(*args: str, lang: str = "en_GB.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": lang, "HOME": "/tmp"}
    return subprocess.run(
        [sys.executable, "-m", "delegation_planner.cli", *args], capture_output=True, text=True, env=env
    )


@pytest.mark.parametrize(
    ("key", "first", "second"),
    [
        # Region Skåne's diarium series; Danish journal numbers with the year's two digits.
        ("skane", "RS 2026-0001", "RS 2026-0002"),
        ("hovedstaden", "26000001", "26000002"),
        ("midtjylland", "26/00001", "26/00002"),
    ],
)
def test_each_shipped_office_proposes_references_its_own_way(
    db: Database, key: str, first: str, second: str
) -> None:
    profile = shipped_profile(key)
    assert references.pattern_fault(profile.reference_pattern) is None
    assert profile.contact_months == DEFAULT_CONTACT_MONTHS
    office_store.use_office(db, profile)
    assert propose_reference(db, TODAY) == first
    assert references.fill_reference(profile.reference_pattern, 2026, 2) == second


def test_the_settings_round_trip_in_the_profile_file_and_older_files_keep_the_old_default() -> None:
    profile = shipped_profile("hovedstaden")
    profile.contact_months, profile.reference_pattern = 9, "J.nr. {year}-{number:03d}"
    again = profile_from_json(profile_to_json(profile))
    assert (again.contact_months, again.reference_pattern) == (9, "J.nr. {year}-{number:03d}")
    # A profile file written before profiles carried them: as the program did until now.
    data = json.loads(profile_to_json(profile))
    del data["contact_months"], data["reference_pattern"]
    older = profile_from_json(json.dumps(data))
    assert (older.contact_months, older.reference_pattern) == (6, "Dnr {year}-{number:04d}")


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("reference_pattern", "Dnr {year}", "reference_pattern: The pattern needs {number}"),
        ("reference_pattern", "Dnr {serial}", "reference_pattern: The pattern may use {year}, {yy}"),
        ("reference_pattern", "", "reference_pattern: a text is required"),
        ("contact_months", 0, "contact_months: a whole number from 1 to 120"),
        ("contact_months", "six", "contact_months: a whole number from 1 to 120"),
    ],
)
def test_a_profile_file_with_unusable_settings_says_where(field: str, value: object, said: str) -> None:
    data = json.loads(profile_to_json(shipped_profile("skane")))
    data[field] = value
    with pytest.raises(OfficeProfileError, match="^" + said.replace("{", r"\{").replace("}", r"\}")):
        profile_from_json(json.dumps(data))


def test_settings_are_changed_in_the_profile_and_a_bad_value_changes_nothing(db: Database) -> None:
    office_store.save_records_settings(db, contact_months=3, reference_pattern="Dnr {yy}{number:05d}")
    assert office_store.contact_months(db) == 3
    assert propose_reference(db, TODAY) == "Dnr 2600001"  # as Region Skåne's "Dnr 0800610" of 2008
    with pytest.raises(StorageError, match="1 to 120 months"):
        office_store.save_records_settings(db, contact_months=0)
    with pytest.raises(StorageError, match="needs"):
        office_store.save_records_settings(db, contact_months=4, reference_pattern="Dnr {year}")
    assert office_store.contact_months(db) == 3
    assert office_store.reference_pattern(db) == "Dnr {yy}{number:05d}"
    # The rest of the profile is untouched.
    assert office_store.load_office(db).name == "Region Skåne"


def test_a_partner_is_quiet_after_the_offices_months() -> None:
    last = dt.date(2025, 12, 1)
    assert not is_quiet(last, TODAY)  # three months: within Region Skåne's six
    assert is_quiet(last, TODAY, months=3)


def older_register(path: Path, pattern: str | None) -> None:
    """A register as the release before this one left it, with its pattern table."""
    db = Database(path)
    MIGRATIONS.apply(db, stop_before=STEP)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {[m.name for m in MIGRATIONS._migrations].index(STEP)}")
    if pattern is not None:
        db.execute("INSERT INTO reference_pattern (id, pattern) VALUES (1, ?)", [pattern])
    # Its profile as that release wrote it, without the settings it did not know.
    data = json.loads(db.execute("SELECT profile FROM office_profile").fetchone()[0])
    del data["contact_months"], data["reference_pattern"]
    db.execute("UPDATE office_profile SET profile = ?", [json.dumps(data)])
    db.conn.commit()
    db.close()


@pytest.mark.parametrize(
    ("kept", "becomes", "proposed"),
    [
        ("RS {year}/{number}", "RS {year}/{number}", "RS 2026/1"),
        # Such a pattern proposed one reference for a whole year: the number comes after it.
        ("Dnr {year}", "Dnr {year}-{number}", "Dnr 2026-1"),
        # Never set: the program's old default, not a new one behind the office's back.
        (None, "Dnr {year}-{number:04d}", "Dnr 2026-0001"),
    ],
)
def test_the_upgrade_moves_the_registers_pattern_into_its_profile(
    tmp_path: Path, kept: str | None, becomes: str, proposed: str
) -> None:
    path = tmp_path / "older.sqlite3"
    older_register(path, kept)
    db = open_database(path)
    try:
        assert not db["reference_pattern"].exists()
        assert office_store.reference_pattern(db) == becomes
        assert propose_reference(db, TODAY) == proposed
        office = office_store.load_office(db)
        assert office.name == "Region Skåne" and office.contact_months == DEFAULT_CONTACT_MONTHS
    finally:
        db.close()


def test_office_show_export_and_use_carry_the_settings(tmp_path: Path) -> None:
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    assert run("office", "use", "skane", "--db", str(first)).returncode == 0
    db = open_database(first)
    office_store.save_records_settings(db, contact_months=9, reference_pattern="RS {year}/{number}")
    db.close()
    shown = run("office", "show", "--db", str(first)).stdout.splitlines()
    assert "Partner flagged after no contact for: 9 months" in shown
    year = dt.date.today().year
    assert f"Document references proposed as: RS {{year}}/{{number}} (next: RS {year}/1)" in shown
    swedish = run("office", "show", "--db", str(first), lang="sv_SE.UTF-8").stdout.splitlines()
    assert "Partner utan kontakt flaggas efter: 9 månader" in swedish
    out = tmp_path / "office.json"
    assert run("office", "export", "--db", str(first), "--out", str(out)).returncode == 0
    assert run("office", "use", str(out), "--db", str(second)).returncode == 0
    db = open_database(second)
    try:
        assert (office_store.contact_months(db), office_store.reference_pattern(db)) == (
            9,
            "RS {year}/{number}",
        )
    finally:
        db.close()
