"""Attachments kept inside the register: limits, reading back, deleting with the record, the file's names."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from delegation_planner.domain.records import Agreement
from delegation_planner.interchange.reader import read_text
from delegation_planner.interchange.service import export_text, import_file
from delegation_planner.storage import repository
from delegation_planner.storage.attachments import (
    MAX_ATTACHMENT_BYTES,
    AttachmentError,
    Owner,
    add_attachment,
    attachment_data,
    count_attachments,
    list_attachments,
    read_file_checked,
)
from delegation_planner.storage.database import open_database
from tests.core import factories

PDF = b"%PDF-1.4\n% an invitation\n"
TODAY = dt.date(2026, 3, 1)


@pytest.fixture
def trip(db: Database) -> Database:
    repository.save_organisation(db, factories.organisation())
    repository.save_delegation(db, factories.delegation("trip"))
    repository.save_agreement(db, Agreement("gd", "Guangdong"))
    return db


def test_an_attachment_is_kept_and_read_back(trip: Database) -> None:
    key = add_attachment(trip, Owner.DELEGATION, "trip", "invitation.pdf", PDF, by="eva", today=TODAY)
    [listed] = list_attachments(trip, Owner.DELEGATION, "trip")
    assert (listed.name, listed.size, listed.added_on, listed.added_by, listed.held) == (
        "invitation.pdf",
        len(PDF),
        TODAY,
        "eva",
        True,
    )
    assert attachment_data(trip, key) == PDF
    add_attachment(trip, Owner.AGREEMENT, "gd", "signed.pdf", PDF, by="eva")
    assert [a.name for a in list_attachments(trip, Owner.AGREEMENT, "gd")] == ["signed.pdf"]


def test_a_file_over_the_limit_is_refused_in_words(trip: Database, tmp_path: Path) -> None:
    big = tmp_path / "photos.zip"
    with big.open("wb") as stream:
        stream.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(AttachmentError, match=r"photos.zip is 20.0 MB; an attachment may be at most 20 MB"):
        read_file_checked(big)
    with pytest.raises(AttachmentError):
        add_attachment(trip, Owner.DELEGATION, "trip", "x.bin", b"0" * (MAX_ATTACHMENT_BYTES + 1), by="")
    assert count_attachments(trip, Owner.DELEGATION, "trip") == 0


def test_attachments_go_with_their_delegation(trip: Database) -> None:
    add_attachment(trip, Owner.DELEGATION, "trip", "invitation.pdf", PDF, by="eva")
    assert count_attachments(trip, Owner.DELEGATION, "trip") == 1
    repository.delete_delegation(trip, "trip")
    assert trip.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_the_file_carries_names_only_and_round_trips(trip: Database, tmp_path: Path) -> None:
    add_attachment(trip, Owner.DELEGATION, "trip", "invitation.pdf", PDF, by="eva")
    add_attachment(trip, Owner.AGREEMENT, "gd", "signed.pdf", PDF, by="eva")
    text = export_text(trip)
    data = json.loads(text)
    assert data["delegations"][0]["attachments"] == ["invitation.pdf"]
    assert data["agreements"][0]["attachments"] == ["signed.pdf"]
    assert "JVBER" not in text and "%PDF" not in text  # no bytes, in any spelling
    path = tmp_path / "out.json"
    path.write_text(text, encoding="utf-8")
    other = open_database(tmp_path / "other.sqlite3")
    try:
        import_file(other, path)
        [known] = list_attachments(other, Owner.DELEGATION, "trip")
        assert not known.held
        with pytest.raises(AttachmentError, match="by name only"):
            attachment_data(other, known.id)
        assert export_text(other) == text
        import_file(other, path)  # again: nothing added twice
        assert count_attachments(other, Owner.DELEGATION, "trip") == 1
    finally:
        other.close()


def test_attachment_names_are_checked_with_their_place() -> None:
    from tests.core.interchange_helpers import example, first_problem

    data = example()
    data["format"] = "delegation-planner/2"
    data["delegations"][0]["status"] = "planned"
    data["delegations"][0]["attachments"] = ["ok.pdf", "two\nlines.pdf"]
    problem = first_problem(lambda: read_text(json.dumps(data)))
    assert problem.startswith("delegations[0].attachments[1]: must be a file name on one line")


def test_cli_attach_adds_all_or_nothing_and_lists(trip: Database, db_path: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    trip.close()
    pdf = tmp_path / "invitation.pdf"
    pdf.write_bytes(PDF)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "delegation_planner.cli", *args, "--db", str(db_path)],
            capture_output=True,
            text=True,
            timeout=120,
        )

    missing = run("attach", "trip", str(pdf), str(tmp_path / "nothing.pdf"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    done = run("attach", "trip", str(pdf))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("invitation.pdf\t1 KB\t")
    assert run("attach", "gd", str(pdf), "--agreement").returncode == 0
    assert run("attach", "nowhere").returncode == 2
    db = open_database(db_path)
    try:
        assert count_attachments(db, Owner.DELEGATION, "trip") == 1
        assert count_attachments(db, Owner.AGREEMENT, "gd") == 1
    finally:
        db.close()


def test_an_export_with_attachment_namesmatches_the_schema(trip: Database) -> None:
    from tests.core.interchange_helpers import matches_the_schema

    add_attachment(trip, Owner.DELEGATION, "trip", "invitation.pdf", PDF, by="eva")
    matches_the_schema(json.loads(export_text(trip)))
