"""The document register: references proposed or typed, printed on the document, logged, kept."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from sqlite_utils import Database

from delegation_planner.documents.basis import write_basis
from delegation_planner.storage import repository
from delegation_planner.storage.database import open_database
from delegation_planner.storage.document_log import (
    document_data,
    list_documents,
    log_document,
    propose_reference,
    reference_for,
    save_pattern,
)
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.office_store import load_office
from tests.core import factories


def _stamp(path: Path) -> str:
    """The reference printed in the page header (the last paragraph there)."""
    return docx.Document(str(path)).sections[0].header.paragraphs[-1].text


TODAY = dt.date(2026, 3, 1)


@pytest.fixture
def trip(db: Database) -> Database:
    repository.save_organisation(db, factories.organisation())
    repository.save_delegation(db, factories.delegation("trip"))
    return db


def test_references_are_proposed_from_the_pattern_and_printed(trip: Database, tmp_path: Path) -> None:
    # A new register is Region Skåne's, whose profile numbers as its diarium does.
    assert propose_reference(trip, TODAY) == "RS 2026-0001"
    first = write_basis(trip, "trip", tmp_path / "basis.docx", lang="sv")
    assert (
        log_document(trip, first, "basis", "sv", by="eva", delegation="trip", today=TODAY) == "RS 2026-0001"
    )
    assert _stamp(first) == "Diarienummer: RS 2026-0001"
    assert propose_reference(trip, TODAY) == "RS 2026-0002"
    second = write_basis(trip, "trip", tmp_path / "basis2.docx", lang="en")
    log_document(
        trip, second, "basis", "en", by="eva", reference="RS 2026/77", delegation="trip", today=TODAY
    )
    assert _stamp(second) == "Reference: RS 2026/77"
    logged = list_documents(trip, delegation="trip")
    assert [(d.reference, d.kind, d.language, d.written_by) for d in logged] == [
        ("RS 2026/77", "basis", "en", "eva"),
        ("RS 2026-0001", "basis", "sv", "eva"),
    ]
    # The last version opens again; the earlier one keeps its line only.
    assert document_data(trip, logged[0].id) == second.read_bytes()
    with pytest.raises(StorageError, match="Only the last version"):
        document_data(trip, logged[1].id)


def test_a_document_stamped_as_it_is_saved_is_logged_without_being_read_again(
    trip: Database, tmp_path: Path
) -> None:
    reference = reference_for(trip, "", TODAY)
    assert reference == "RS 2026-0001"
    written = write_basis(trip, "trip", tmp_path / "basis.docx", lang="da", reference=reference)
    before = written.read_bytes()
    logged = log_document(
        trip,
        written,
        "basis",
        "da",
        by="eva",
        reference=reference,
        delegation="trip",
        today=TODAY,
        stamped=True,
    )
    assert logged == reference
    assert written.read_bytes() == before  # not opened and saved again
    header = docx.Document(str(written)).sections[0].header.paragraphs
    assert [p.text for p in header if "RS 2026" in p.text] == ["Journalnummer: RS 2026-0001"]
    assert document_data(trip, list_documents(trip)[0].id) == before
    assert propose_reference(trip, TODAY) == "RS 2026-0002"
    # A typed reference is checked before anything is written.
    with pytest.raises(StorageError, match="one line"):
        reference_for(trip, "RS\n2026", TODAY)
    with pytest.raises(ValueError, match="names the reference"):
        log_document(trip, written, "basis", "da", by="eva", delegation="trip", stamped=True)


def test_the_pattern_is_the_offices_own(trip: Database) -> None:
    save_pattern(trip, "RS {year}/{number}")
    assert propose_reference(trip, TODAY) == "RS 2026/1"
    assert load_office(trip).reference_pattern == "RS {year}/{number}"  # kept in the office profile
    save_pattern(trip, "Dnr {yy}{number:05d}")  # as Region Skåne's "Dnr 0800610" of 2008
    assert propose_reference(trip, TODAY) == "Dnr 2600001"
    with pytest.raises(StorageError, match=r"\{year\}, \{yy\} and \{number\}"):
        save_pattern(trip, "Dnr {serial}")
    # A pattern without the number would propose one reference for every document of a year.
    with pytest.raises(StorageError, match=r"needs \{number\}"):
        save_pattern(trip, "Dnr {year}")
    assert propose_reference(trip, TODAY) == "Dnr 2600001"  # a refused pattern changes nothing


def test_the_log_goes_with_its_delegation(trip: Database, tmp_path: Path) -> None:
    written = write_basis(trip, "trip", tmp_path / "basis.docx", lang="sv")
    log_document(trip, written, "basis", "sv", by="eva", delegation="trip")
    repository.delete_delegation(trip, "trip")
    assert list_documents(trip) == []


def test_cli_documents_carry_the_reference(trip: Database, db_path: Path, tmp_path: Path) -> None:
    trip.close()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "delegation_planner.cli", *args, "--db", str(db_path)],
            capture_output=True,
            text=True,
            timeout=120,
        )

    out = tmp_path / "basis.docx"
    done = run("basis", "trip", "--out", str(out), "--lang", "en", "--reference", "RS 2026/12")
    assert done.returncode == 0, done.stderr
    assert "(RS 2026/12)" in done.stdout
    assert _stamp(out) == "Reference: RS 2026/12"
    report = run("report", "--year", "2026", "--out", str(tmp_path / "report.docx"))
    assert report.returncode == 0, report.stderr
    listed = run("documents").stdout.splitlines()
    assert [line.split("\t")[1:3] for line in listed] == [
        [listed[0].split("\t")[1], "report"],
        ["RS 2026/12", "basis"],
    ]
    assert listed[0].split("\t")[4] == "2026"
    assert run("documents", "--pattern", "Dnr {nope}").returncode == 2
    db = open_database(db_path)
    try:
        assert len(list_documents(db)) == 2
    finally:
        db.close()
