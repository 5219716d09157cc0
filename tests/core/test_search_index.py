"""The register's search: parts of words, country names, participants, and erasure."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from delegation_planner.domain.enums import OrganisationKind, PersonKind
from delegation_planner.domain.records import Organisation, Person
from delegation_planner.storage import repository, search_document, search_index
from delegation_planner.storage.database import open_database
from delegation_planner.storage.erasure import erase_person, plan_erasure
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.register_query import RegisterFilter, fetch_rows, matching_rowids
from delegation_planner.storage.schema import APPLICATION_ID, MIGRATIONS
from tests.core import factories as f
from tests.pg_server import TestServer


def _found(db: Database, text: str) -> set[str]:
    rowids = matching_rowids(db.conn, RegisterFilter(text=text))
    return {row.key for row in fetch_rows(db.conn, rowids)}


def _register(db: Database) -> None:
    repository.save_organisation(db, f.organisation())
    repository.save_organisation(
        db, Organisation("volvo", "Volvo Cars Göteborg", OrganisationKind.COMPANY, "SE")
    )
    repository.save_person(db, Person("karin", "Karin Lindström", PersonKind.OFFICIAL, organisation="volvo"))
    repository.save_person(db, f.person("olof", name="Olof Berg"))
    repository.save_delegation(
        db, f.delegation("china", title="Health-tech visit", participants=[f.participant("karin")])
    )
    repository.save_delegation(
        db,
        f.delegation(
            "denmark",
            title="Øresund meeting",
            partner_region="Hovedstaden",
            country="DK",
            participants=[f.participant("olof")],
        ),
    )


def test_the_search_finds_participants_organisations_and_parts_of_words(db: Database) -> None:
    _register(db)
    assert _found(db, "Lindström") == {"china"}
    assert _found(db, "lindstr") == {"china"}  # part of a word, any case
    assert _found(db, "LINDSTRÖM") == {"china"}  # case folded beyond ASCII
    assert _found(db, "volvo göteborg") == {"china"}  # the participant's organisation
    assert _found(db, "berg") == {"denmark"}
    assert _found(db, "tech health") == {"china"}  # every word, in any order
    assert _found(db, "health berg") == set()
    assert _found(db, "øresund") == {"denmark"}


def test_a_country_is_found_by_its_code_and_its_names_in_each_language(db: Database) -> None:
    _register(db)
    for typed in ("Kina", "kin", "China", "CN"):
        assert _found(db, typed) == {"china"}, typed
    for typed in ("Danmark", "Denmark", "dk"):
        assert _found(db, typed) == {"denmark"}, typed


def test_words_shorter_than_three_characters_are_searched_in_the_small_columns(db: Database) -> None:
    _register(db)
    assert _found(db, "He") == {"china"}  # the title
    assert _found(db, "Ør") == {"denmark"}  # beyond ASCII, any case
    assert _found(db, "øR") == {"denmark"}
    assert _found(db, "Ho me") == {"denmark"}  # both short words, in the partner and title
    assert _found(db, "%") == set()  # typed literally, not as a pattern
    assert _found(db, '"') == set()
    assert _found(db, 'he"al') == set()  # a quote is a character to find, not query syntax


def test_the_index_follows_every_change_of_its_words(db: Database) -> None:
    _register(db)
    repository.save_person(db, Person("karin", "Karin Sjöberg", PersonKind.OFFICIAL, organisation="volvo"))
    assert _found(db, "Lindström") == set()
    assert _found(db, "Sjöberg") == {"china"}
    repository.save_organisation(db, Organisation("volvo", "Saab", OrganisationKind.COMPANY, "SE"))
    assert _found(db, "volvo") == set()
    assert _found(db, "saab") == {"china"}
    china, revision = repository.load_delegation(db, "china")
    moved = dataclasses.replace(china, country="DK", participants=[f.participant("olof")])
    repository.save_delegation(db, moved, revision)
    assert _found(db, "kina") == set()
    assert _found(db, "Sjöberg") == set()
    assert _found(db, "olof danmark") == {"china", "denmark"}
    repository.delete_delegation(db, "denmark")
    assert _found(db, "olof") == {"china"}


def _vocabulary(db: Database) -> set[str]:
    db.execute(f"CREATE VIRTUAL TABLE temp.search_terms USING fts5vocab(main, {search_index.PEOPLE}, 'row')")
    try:
        return {row[0] for row in db.execute("SELECT term FROM temp.search_terms WHERE cnt > 0")}
    finally:
        db.execute("DROP TABLE temp.search_terms")


def _with_a_rare_name(db: Database) -> None:
    _register(db)
    repository.save_person(db, f.person("zed", name="Qwyxz Zabrovski"))
    china, revision = repository.load_delegation(db, "china")
    repository.save_delegation(db, dataclasses.replace(china, participants=[f.participant("zed")]), revision)
    assert _found(db, "zabrovski") == {"china"}


def _stand_in(db: Database) -> str:
    return str(db.execute("SELECT name FROM people WHERE id = 'erased-1'").fetchone()[0])


def test_an_erased_person_is_found_no_more(db: Database, db_path: Path | str) -> None:
    _with_a_rare_name(db)
    erase_person(
        db, plan_erasure(db, "zed", None if isinstance(db_path, str) else db_path), delete_backups=False
    )
    assert _found(db, "zabrovski") == set()
    assert _found(db, "qwyxz") == set()
    # Found by the stand-in's name instead (in the office's language: "Raderad person 1"; the
    # number is a word too short to be looked for among the participants).
    assert _found(db, _stand_in(db).rsplit(" ", 1)[0]) == {"china"}


@pytest.mark.sqlite_only
def test_an_erased_persons_name_leaves_the_index(db: Database, db_path: Path) -> None:
    _with_a_rare_name(db)
    assert {"qwy", "wyx", "yxz", "zab"} <= _vocabulary(db)
    erase_person(db, plan_erasure(db, "zed", db_path), delete_backups=False)
    # Not only unfindable: no trigram of the name is left in the index, not even in an
    # older segment that only marks it deleted (its terms are stored as written there).
    assert not {"qwy", "wyx", "yxz", "zab", "abr", "bro", "rov", "ovs"} & _vocabulary(db)
    blocks = b"".join(row[0] for row in db.execute(f"SELECT block FROM {search_index.PEOPLE}_data"))
    assert not [term for term in (b"qwy", b"wyx", b"yxz") if term in blocks]
    with db_path.open("rb") as handle:
        assert b"Zabrovski" not in handle.read()


@pytest.mark.sqlite_only
def test_an_older_register_is_indexed_when_upgraded(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    old = Database(conn)
    MIGRATIONS.apply(old, stop_before="0014_search_index")
    old.execute("INSERT INTO organisations (id, name, kind) VALUES ('o', 'Aarhus Universitet', 'university')")
    old.execute(
        "INSERT INTO people (id, name, kind, organisation_id) VALUES ('p', 'Mette Frøsig', 'official', 'o')"
    )
    old.execute(
        'INSERT INTO delegations (id, title, direction, purpose, start, "end", country) '
        "VALUES ('d', 'Study trip', 'inbound', 'official', '2026-01-01', '2026-01-02', 'CN')"
    )
    old.execute("INSERT INTO participants (delegation_id, position, person_id) VALUES ('d', 0, 'p')")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(
        f"PRAGMA user_version = {[m.name for m in MIGRATIONS._migrations].index('0014_search_index')}"
    )
    conn.commit()
    conn.close()
    db = open_database(db_path)
    try:
        for typed in ("frøsig", "aarhus", "kina", "study"):
            assert _found(db, typed) == {"d"}, typed
    finally:
        db.close()


# --- a server's search documents ------------------------------------------------------------------


def _documents(db: Database) -> list[tuple[int, str]]:
    return [
        tuple(row) for row in db.execute(f"SELECT delegation, words FROM {search_document.TABLE} ORDER BY 1")
    ]


def test_a_servers_documents_follow_every_write_as_a_rebuild_would_make_them(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        _register(db)
        assert len(_documents(db)) == 2
        repository.save_person(
            db, Person("karin", "Karin Sjöberg", PersonKind.OFFICIAL, organisation="volvo")
        )
        repository.save_organisation(db, Organisation("volvo", "Saab", OrganisationKind.COMPANY, "SE"))
        china, revision = repository.load_delegation(db, "china")
        repository.save_delegation(
            db,
            dataclasses.replace(
                china,
                title="Moved",
                country="DK",
                participants=[f.participant("olof"), f.participant("karin")],
            ),
            revision,
        )
        repository.save_delegation(db, f.delegation("third", title="Третья делегация", country="JP"))
        repository.delete_delegation(db, "denmark")
        kept = _documents(db)
        assert [words.split("\n")[0] for _, words in kept] == ["china", "third"]
        assert "karin sjöberg saab" in kept[0][1] and "danmark" in kept[0][1] and "третья" in kept[1][1]
        with db.atomic():
            search_document.rebuild(db)  # type: ignore[arg-type]
        assert _documents(db) == kept
    finally:
        db.close()


def test_another_sessions_save_is_found_at_once(pg_url: str) -> None:
    writer, reader = open_database(pg_url), open_database(pg_url, read_only=True)
    try:
        _register(writer)
        assert _found(reader, "quokka") == set()
        china, revision = repository.load_delegation(writer, "china")
        repository.save_delegation(writer, dataclasses.replace(china, title="Quokka visit"), revision)
        assert _found(reader, "quokka visit") == {"china"}
        repository.save_person(writer, Person("olof", "Olof Quokkasson", PersonKind.OFFICIAL))
        assert _found(reader, "quokka") == {"china", "denmark"}
    finally:
        writer.close()
        reader.close()


def test_the_search_without_the_trigram_index_finds_the_same(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        _register(db)
        texts = ("lindstr", "volvo göteborg", "kina", "He", "øresund hovedstaden", "health berg")
        indexed = [_found(db, text) for text in texts]
        plan = db.execute(
            "EXPLAIN SELECT delegation FROM _search_document WHERE words ~~ '%lindstr%'"
        ).fetchall()
        db.execute("SET enable_seqscan = off")  # the two rows would be read directly otherwise
        assert search_document.INDEX in str(
            db.execute(
                "EXPLAIN SELECT delegation FROM _search_document WHERE words ~~ '%lindstr%'"
            ).fetchall()
        ), plan
        db.execute("RESET enable_seqscan")
        db.execute(f"DROP INDEX {search_document.INDEX}")
        assert [_found(db, text) for text in texts] == indexed
        assert indexed[:3] == [{"china"}] * 3
    finally:
        db.close()


def test_an_erased_name_leaves_the_servers_files(pg_server: TestServer, pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        _with_a_rare_name(db)

        def stored() -> bytes:
            db.execute("CHECKPOINT")
            held = b""
            for relation in (search_document.TABLE, search_document.INDEX):
                path = db.execute("SELECT pg_relation_filepath(?)", [relation]).fetchone()[0]
                held += (pg_server.folder / "data" / path).read_bytes()
            return held

        assert b"qwyxz zabrovski" in stored()  # the document, folded
        erase_person(db, plan_erasure(db, "zed"), delete_backups=False)
        held = stored()
        assert b"zabrovski" not in held and _stand_in(db).casefold().encode() in held
        assert not [trigram for trigram in (b"qwy", b"wyx", b"yxz") if trigram in held]
    finally:
        db.close()


def test_an_older_server_register_gets_its_documents_when_upgraded(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        _register(db)
        # The register as the version before made it: no documents, schema 17.
        db.execute(f"DROP TABLE {search_document.TABLE}")
        db.execute("DELETE FROM register_migrations WHERE name = '0018_server_search_document'")
        db.execute("UPDATE register_meta SET value = '17' WHERE key = 'schema_version'")
    finally:
        db.close()
    with pytest.raises(StorageError, match="older version"):
        open_database(pg_url, create=False)
    upgraded = open_database(pg_url)
    try:
        for typed, key in (
            ("lindström", "china"),
            ("kina", "china"),
            ("volvo", "china"),
            ("berg", "denmark"),
        ):
            assert _found(upgraded, typed) == {key}, typed
        repository.save_person(upgraded, f.person("olof", name="Olof Sund"))
        assert _found(upgraded, "sund") == {"denmark"}  # and its triggers keep them
    finally:
        upgraded.close()
