"""Access requests, erasure and retention: what the register holds on a person, and
that after an erasure the name is nowhere in the register's folder (a file) or in any
table and table file (a server). Every test runs on both engines but those about the
file itself and its backups."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from delegation_planner.documents.access_letter import write_access_letter
from delegation_planner.domain.enums import PersonKind, Side
from delegation_planner.domain.office import shipped_profile
from delegation_planner.domain.records import FollowUpPoint, ProgrammeItem
from delegation_planner.storage import office_store, repository
from delegation_planner.storage.backups import backup_to, daily_backup
from delegation_planner.storage.database import open_database
from delegation_planner.storage.erasure import erase_people, erase_person, plan_erasure
from delegation_planner.storage.errors import NotFoundError
from delegation_planner.storage.personal_data import personal_data
from delegation_planner.storage.retention import due_for_review, retention_years, set_retention_years
from delegation_planner.storage.server_errors import NotPermittedError
from delegation_planner.storage.server_rights import DECIDER, EDITOR
from tests.core import factories
from tests.pg_server import TestServer

NAME = "Åsa Lindqvist"
EMAIL = "asa.lindqvist@example.se"


def _register(path: Path | str) -> None:
    db = open_database(path)
    repository.save_organisation(db, factories.organisation())
    asa = dataclasses.replace(
        factories.person("asa-lindqvist", name=NAME), title="Chair of the board", email=EMAIL
    )
    repository.save_person(db, asa)
    repository.save_person(db, factories.person("li", PersonKind.OFFICIAL, name="Li"))
    repository.save_delegation(
        db,
        factories.delegation(
            "trip",
            participants=[
                factories.participant("asa-lindqvist", "Signs the thematic agreement in Nanjing."),
                factories.participant("li", side=Side.PARTNER),
            ],
            grip_decision=dataclasses.replace(factories.approval(), note=f"Approved if {NAME} reports back."),
            programme=[
                ProgrammeItem(
                    dt.datetime(2026, 5, 11, 9), f"Lunch hosted by {NAME.upper()}", venue="Lilla Torg"
                )
            ],
            follow_up_points=[
                FollowUpPoint("Send the MoU", "asa-lindqvist", dt.date(2026, 6, 1)),
                FollowUpPoint(f"Write to {EMAIL}", "International unit", dt.date(2026, 6, 2)),
            ],
            notes=f"{NAME} led the talks. Li from Lilla Torg interpreted.",
        ),
    )
    # A second decision makes a history: the first one is kept as it was.
    delegation, revision = repository.load_delegation(db, "trip")
    delegation.grip_decision = dataclasses.replace(factories.approval(), reference="Dnr 2", note="Renewed.")
    repository.save_delegation(db, delegation, revision)
    db.close()


@pytest.fixture
def register(tmp_path: Path, engine: str, request: pytest.FixtureRequest) -> Path | str:
    """The register: a file alone in its folder, or a fresh database on the session's server."""
    if engine == "postgresql":
        url = str(request.getfixturevalue("pg_url"))
        _register(url)
        return url
    path = tmp_path / "office" / "register.sqlite3"
    path.parent.mkdir()
    _register(path)
    return path


def _server_holds(url: str, needles: list[str]) -> list[str]:
    """Where on the server ``needles`` are still found (any case): every row of every table
    of the database, read whole as text, and the bytes of every table's and index's files."""
    import psycopg

    found = []
    with psycopg.connect(url, autocommit=True) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                "AND table_type = 'BASE TABLE'"
            ).fetchall()
        ]
        for table in tables:
            for (row,) in conn.execute(f'SELECT x::text FROM "{table}" x').fetchall():
                found += [f"row {table}: {n}" for n in needles if n.lower() in row.lower()]
        # Written to disk, and the files of tables rewritten by the vacuum deleted.
        conn.execute("CHECKPOINT")
        data = Path(conn.execute("SELECT current_setting('data_directory')").fetchone()[0])
        files = [
            data / r[0]
            for r in conn.execute(
                "SELECT pg_relation_filepath(c.oid) FROM pg_class c "
                "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'i', 't')"
            ).fetchall()
            if r[0]
        ]
        # A table's long values live in its TOAST table, in the pg_toast schema.
        files += [
            data / r[0]
            for r in conn.execute(
                "SELECT pg_relation_filepath(t.oid) FROM pg_class c JOIN pg_class t ON t.oid = c.reltoastrelid "
                "WHERE c.relnamespace = current_schema()::regnamespace"
            ).fetchall()
            if r[0]
        ]
    for path in files:
        for segment in [path, *path.parent.glob(path.name + ".*")]:
            if segment.is_file():
                content = segment.read_bytes().lower()
                found += [f"file {segment.name}: {n}" for n in needles if n.lower().encode() in content]
    return found


def test_access_request_finds_the_record_and_every_text_naming_the_person(register: Path | str) -> None:
    db = open_database(register)
    data = personal_data(db, NAME)
    db.close()
    assert data.person.id == "asa-lindqvist" and data.person.email == EMAIL
    assert [(p["delegation"], p["side"]) for p in data.participations] == [("trip", "home")]
    assert [p["owner"] for p in data.follow_up_points] == [NAME, "International unit"]
    assert [p["title"] for p in data.programme_items] == [f"Lunch hosted by {NAME.upper()}"]
    assert [d["note"] for d in data.decisions] == [f"Approved if {NAME} reports back."]
    assert [(m["table"], m["field"]) for m in data.other_mentions] == [("delegations", "notes")]
    document = json.dumps(data.as_json(dt.date(2026, 7, 1)), ensure_ascii=False)
    assert "Renewed." not in document  # a decision not naming her is not hers


def test_an_unknown_or_ambiguous_person_is_refused_in_words(register: Path | str) -> None:
    db = open_database(register)
    with pytest.raises(NotFoundError, match="no person 'nobody'"):
        personal_data(db, "nobody")
    db.close()


def test_the_letter_lists_every_section_in_the_chosen_language(register: Path | str, tmp_path: Path) -> None:
    db = open_database(register)
    data = personal_data(db, "asa-lindqvist")
    db.close()
    out = write_access_letter(data, tmp_path / "letter.docx", lang="sv", today=dt.date(2026, 7, 1))
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = {c.text for t in document.tables for r in t.rows for c in r.cells}
    assert "Personuppgifter om Åsa Lindqvist" in text
    assert "Checklistpunkter som nämner dig" in text and "Inga uppgifter finns." in text
    assert "Signs the thematic agreement in Nanjing." in cells and EMAIL in cells
    # The delegation's notes name her: the part of the register in the letter's words.
    assert "Delegationer" in cells
    assert not any("delegations" in c or "notes" in c for c in cells), cells


def _holds(folder: Path, needles: list[str]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes().lower()
            for needle in needles:
                for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                    if needle.lower().encode(encoding) in data:
                        found.append(f"{path.name}: {needle} ({encoding})")
    return found


@pytest.mark.sqlite_only
def test_after_erasure_the_name_is_nowhere_in_the_folder_and_the_figures_stay(register: Path) -> None:
    db = open_database(register)
    before = db.execute("SELECT home_politicians, grip_verdict FROM delegations").fetchall()
    # A backup the program made before an upgrade holds the name: it is listed and deleted.
    backup_to(db.conn, register.with_name("register.sqlite3.schema4-20260101-120000.bak"))
    daily = daily_backup(db.conn, register, today=dt.date(2026, 7, 1))
    plan = plan_erasure(db, "asa-lindqvist", register)
    assert [b.name for b in plan.backups] == [daily.name, "register.sqlite3.schema4-20260101-120000.bak"]
    assert "Decisions: the name is replaced in 1 text naming them." in plan.lines()
    erase_person(db, plan)
    after = db.execute("SELECT home_politicians, grip_verdict FROM delegations").fetchall()
    delegation, _ = repository.load_delegation(db, "trip")
    notes = delegation.notes
    db.close()
    assert after == before
    assert [(p.person, p.side) for p in delegation.participants] == [
        ("erased-1", Side.HOME),
        ("li", Side.PARTNER),
    ]
    assert notes == "Raderad person 1 led the talks. Li from Lilla Torg interpreted."
    assert _holds(register.parent, [NAME, "Lindqvist", EMAIL, "asa-lindqvist"]) == []
    check = sqlite3.connect(register)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("PRAGMA freelist_count").fetchone()[0] == 0
    row = check.execute(
        "SELECT name, kind, title, email, organisation_id FROM people WHERE id = 'erased-1'"
    ).fetchone()
    check.close()
    assert row == ("Raderad person 1", "politician", "", "", None)


def test_after_erasure_the_name_is_in_no_table_and_the_figures_stay(register: Path | str) -> None:
    db = open_database(register)
    before = db.execute("SELECT home_politicians, grip_verdict FROM delegations").fetchall()
    plan = plan_erasure(db, "asa-lindqvist", None)
    assert "Decisions: the name is replaced in 1 text naming them." in plan.lines()
    erase_person(db, plan)
    after = db.execute("SELECT home_politicians, grip_verdict FROM delegations").fetchall()
    delegation, _ = repository.load_delegation(db, "trip")
    decisions = [r[0] for r in db.execute("SELECT note FROM grip_decisions ORDER BY id")]
    db.close()
    assert after == before
    assert [(p.person, p.side) for p in delegation.participants] == [
        ("erased-1", Side.HOME),
        ("li", Side.PARTNER),
    ]
    assert delegation.notes == "Raderad person 1 led the talks. Li from Lilla Torg interpreted."
    assert decisions == ["Approved if Raderad person 1 reports back.", "Renewed."]
    needles = [NAME, "Lindqvist", EMAIL, "asa-lindqvist"]
    if isinstance(register, Path):
        assert _holds(register.parent, needles) == []
    else:
        # The test's role owns the tables, so the erasure vacuumed them itself.
        assert "backups made before today" in plan.advice[0] and "VACUUM" not in " ".join(plan.advice)
        assert _server_holds(register, needles) == []


@pytest.mark.parametrize(
    ("office", "language", "label"),
    [("hovedstaden", None, "Slettet person 1"), ("skane", "en", "Erased person 1")],
)
def test_the_stand_in_name_is_in_the_offices_document_language(
    register: Path | str, office: str, language: str | None, label: str
) -> None:
    # The stand-in is stored and read for years in the office's memos and reports,
    # so it is written in the office's language, not the language of whoever erased.
    db = open_database(register)
    profile = shipped_profile(office)
    if language is not None:
        profile = dataclasses.replace(profile, document_language=language)
    office_store.use_office(db, profile)
    plan = plan_erasure(db, "asa-lindqvist", None)
    erase_person(db, plan, clean=False)
    name = db.execute("SELECT name FROM people WHERE id = 'erased-1'").fetchone()[0]
    delegation, _ = repository.load_delegation(db, "trip")
    db.close()
    assert plan.label == name == label
    assert delegation.notes.startswith(f"{label} led the talks.")


def _names_her(register: Path | str) -> bool:
    if isinstance(register, Path):
        return NAME.encode() in register.read_bytes()
    return bool(_server_holds(register, [NAME]))


def test_erasure_on_the_command_line_needs_yes(register: Path | str, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "delegation_planner.cli", "person", *args, "--db", str(register)],
            capture_output=True,
            text=True,
            timeout=120,
        )

    refused = run("erase", NAME)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert "becomes 'Raderad person 1'" in refused.stdout
    assert _names_her(register)
    done = run("erase", NAME, "--yes")
    assert done.returncode == 0, done.stderr
    assert not _names_her(register)
    exported = run("export", "erased-1", "--out", str(tmp_path / "p.json"))
    assert exported.returncode == 0, exported.stderr
    data = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Raderad person 1" and len(data["participations"]) == 1


@pytest.mark.parametrize(
    ("language", "tables", "english"),
    [
        (
            "sv_SE.UTF-8",
            ["Beslut: namnet ersätts i 1 text", "Programpunkter: namnet ersätts i 1 text"],
            "Decisions",
        ),
        (
            "da_DK.UTF-8",
            ["Beslutninger: navnet erstattes i 1 tekst", "Programpunkter: navnet erstattes i 1 tekst"],
            "Decisions",
        ),
    ],
)
def test_erasure_names_the_tables_in_the_readers_language(
    register: Path | str, language: str, tables: list[str], english: str
) -> None:
    env = {**os.environ, "LANG": language, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    shown = subprocess.run(
        [sys.executable, "-m", "delegation_planner.cli", "person", "erase", NAME, "--db", str(register)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert shown.returncode == 2
    for line in tables:
        assert line in shown.stdout, shown.stdout
    for table in ("grip_decisions", "grip decisions", "programme items", english):
        assert table not in shown.stdout, shown.stdout


def test_people_past_the_retention_are_due_and_erased_in_one_action(register: Path | str) -> None:
    db = open_database(register)
    assert retention_years(db) == 5
    assert due_for_review(db, dt.date(2031, 5, 16)) == []
    due = due_for_review(db, dt.date(2031, 5, 17))
    assert {(p.id, p.last_visit) for p in due} == {
        ("asa-lindqvist", dt.date(2026, 5, 16)),
        ("li", dt.date(2026, 5, 16)),
    }
    set_retention_years(db, 10)
    assert due_for_review(db, dt.date(2031, 5, 17)) == []
    with pytest.raises(ValueError):
        set_retention_years(db, 0)
    erase_people(db, [p.id for p in due])
    names = [r[0] for r in db.execute("SELECT name FROM people ORDER BY id")]
    assert names == ["Raderad person 1", "Raderad person 2"]
    assert due_for_review(db, dt.date(2040, 1, 1), 5) == []  # the erased are not listed again
    db.close()


def test_an_append_only_history_is_rewritten_by_an_erasure_and_stays_guarded(register: Path | str) -> None:
    db = open_database(register)
    guard = (
        "CREATE TRIGGER grip_decisions_append_only BEFORE UPDATE ON grip_decisions "
        "BEGIN SELECT RAISE(ABORT, 'the decision history is append-only'); END"
    )
    db.execute(guard)
    erase_person(db, plan_erasure(db, NAME))
    notes = [r[0] for r in db.execute("SELECT note FROM grip_decisions ORDER BY id")]
    assert notes == ["Approved if Raderad person 1 reports back.", "Renewed."]
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE grip_decisions SET note = 'changed'")
    db.close()


def test_due_on_the_command_line_and_a_bad_export_name(register: Path | str, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "delegation_planner.cli", "person", *args, "--db", str(register)],
            capture_output=True,
            text=True,
            timeout=120,
        )

    db = open_database(register)
    set_retention_years(db, 1)
    db.execute("UPDATE delegations SET start = '2001-01-01', \"end\" = '2001-01-02'")
    db.conn.commit()
    db.close()
    listed = run("due", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["due"][0] == {
        "id": "li",
        "name": "Li",
        "kind": "official",
        "organisation": "",
        "last_visit": "2001-01-02",
    }
    refused = run("export", "nobody", "--out", str(tmp_path / "x.json"))
    assert refused.returncode == 2 and refused.stderr.startswith("delegation-planner: There is no person")
    wrong = run("export", "li", "--out", str(tmp_path / "x.pdf"))
    assert wrong.returncode == 2 and ".json or a .docx" in wrong.stderr


def test_another_person_of_the_same_name_keeps_it(register: Path | str) -> None:
    db = open_database(register)
    repository.save_person(db, factories.person("asa-2", name=NAME))
    erase_person(db, plan_erasure(db, "asa-lindqvist"))
    assert db.execute("SELECT name FROM people WHERE id = 'asa-2'").fetchone()[0] == NAME
    db.close()


def test_on_a_server_a_decider_erases_and_is_told_what_the_administrator_must_run(
    pg_server: TestServer, pg_url: str
) -> None:
    import psycopg

    _register(pg_url)
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        for role, group in (("dora", DECIDER), ("eddie", EDITOR)):
            admin.execute(f"DROP ROLE IF EXISTS {role}")
            admin.execute(f"CREATE ROLE {role} LOGIN IN ROLE {group}")
    # An editor may not rewrite the decision history: refused in words, nothing changed.
    editor = open_database(pg_url.replace("postgres@", "eddie@", 1))
    with pytest.raises(NotPermittedError, match="eddie"):
        erase_person(editor, plan_erasure(editor, NAME))
    editor.close()
    decider = open_database(pg_url.replace("postgres@", "dora@", 1))
    plan = plan_erasure(decider, NAME)
    erase_person(decider, plan)
    decider.close()
    # Not the tables' owner: the old row versions wait for the administrator's vacuum.
    assert "VACUUM (FULL)" in plan.advice[0]
    for table in ("people", "grip_decisions", "delegations", "participants"):
        assert f'"{table}"' in plan.advice[0]
    # No row names her; the files still hold old copies (at least the dead index entries of her key).
    needles = [NAME, "Lindqvist", EMAIL, "asa-lindqvist"]
    holds = _server_holds(pg_url, needles)
    assert holds and all(h.startswith("file ") for h in holds), holds
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(plan.advice[0].split("run ", 1)[1].split(";", 1)[0])
    assert _server_holds(pg_url, needles) == []
