"""Several people writing to one server register at once: renames, saves and an import side
by side neither deadlock nor wait for each other's work, and the search documents (kept
at each commit) come out as a rebuild would make them."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from delegation_planner.domain.enums import OrganisationKind, PersonKind
from delegation_planner.domain.records import Organisation, Person
from delegation_planner.interchange.service import export_text, import_file
from delegation_planner.storage import repository, search_document
from delegation_planner.storage.database import open_database
from tests.core import factories as f

EXAMPLE = Path(__file__).parent.parent / "data" / "contract-example.json"
PEOPLE = ("anna", "bo", "cai", "dag")
TRIPS = 6


def _register(url: str) -> None:
    """Six trips that all share four people of two organisations."""
    db = open_database(url)
    try:
        repository.save_organisation(db, f.organisation())
        for org in ("north", "south"):
            repository.save_organisation(db, Organisation(org, f"Org {org}", OrganisationKind.COMPANY, "SE"))
        for n, key in enumerate(PEOPLE):
            org = "north" if n % 2 else "south"
            repository.save_person(db, Person(key, f"Name {key}", PersonKind.OFFICIAL, organisation=org))
        for n in range(TRIPS):
            people = [PEOPLE[(n + i) % len(PEOPLE)] for i in range(3)]
            repository.save_delegation(
                db, f.delegation(f"trip{n}", participants=[f.participant(p) for p in people])
            )
    finally:
        db.close()


def _documents(db: Database) -> list[tuple[int, str]]:
    return [tuple(r) for r in db.execute(f"SELECT delegation, words FROM {search_document.TABLE} ORDER BY 1")]


def _as_rebuilt(url: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The documents as kept, and as a rebuild makes them (rolled back afterwards)."""
    db = open_database(url)
    try:
        kept = _documents(db)
        with db.pg.transaction(force_rollback=True):
            search_document.rebuild(db)  # type: ignore[arg-type]
            rebuilt = _documents(db)
        return kept, rebuilt
    finally:
        db.close()


def _rename_person(db: Database, key: str, name: str) -> None:
    person = next(p for p in repository.list_people(db) if p.id == key)
    repository.save_person(db, dataclasses.replace(person, name=name))


def _in_thread(work: Callable[[], None]) -> tuple[threading.Thread, list[BaseException]]:
    failures: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as error:  # reported by the test, not lost in the thread
            failures.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, failures


def test_renames_and_saves_side_by_side_neither_deadlock_nor_leave_documents_behind(pg_url: str) -> None:
    """Each session its own connection: people and organisations renamed while the trips
    they are on are saved with other participants. Before, about a third of such renames
    failed as deadlocks (two commits locking the same documents in opposite orders, and a
    rename rewriting all its person's trips for their politician count)."""
    _register(pg_url)
    failures: list[str] = []

    def renamer(n: int) -> None:
        db = open_database(pg_url)
        try:
            for i in range(12):
                try:
                    if n % 2:
                        _rename_person(db, PEOPLE[(n + i) % len(PEOPLE)], f"Renamed {n}-{i}")
                    else:
                        org = ("north", "south")[i % 2]
                        repository.save_organisation(
                            db, Organisation(org, f"Org {org} {n}-{i}", OrganisationKind.COMPANY, "SE")
                        )
                except Exception as error:
                    failures.append(repr(error))
        finally:
            db.close()

    def saver(n: int) -> None:
        db = open_database(pg_url)
        try:
            for i in range(12):
                trip, revision = repository.load_delegation(db, f"trip{n}")
                people = [PEOPLE[(n + i + k) % len(PEOPLE)] for k in range(1 + i % 3)]
                changed = dataclasses.replace(
                    trip, title=f"Trip {n}-{i}", participants=[f.participant(p) for p in people]
                )
                try:
                    repository.save_delegation(db, changed, revision)
                except Exception as error:
                    failures.append(repr(error))
        finally:
            db.close()

    threads = [threading.Thread(target=renamer, args=(n,)) for n in range(4)]
    threads += [threading.Thread(target=saver, args=(n,)) for n in range(TRIPS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    kept, rebuilt = _as_rebuilt(pg_url)
    assert kept == rebuilt


def test_a_person_renamed_while_another_session_adds_them_is_found_by_the_new_name(pg_url: str) -> None:
    """The rename's documents are made (its deferred triggers run now, as at its commit)
    before the other session adds the person to a trip and commits: that commit must wait
    for the rename's, or the trip's document keeps the old name for good."""
    _register(pg_url)
    renaming, adding = open_database(pg_url), open_database(pg_url)
    try:
        repository.save_person(adding, Person("eva", "Eva Old", PersonKind.OFFICIAL))
        trip, revision = repository.load_delegation(adding, "trip0")
        with renaming.atomic():
            _rename_person(renaming, "eva", "Eva Renamed")
            renaming.execute("SET CONSTRAINTS ALL IMMEDIATE")
            with_eva = dataclasses.replace(trip, participants=[*trip.participants, f.participant("eva")])
            thread, failures = _in_thread(lambda: repository.save_delegation(adding, with_eva, revision))
            thread.join(1.0)  # the save now waits for the rename's commit (before, it did not)
        thread.join(30)
        assert failures == []
        kept, rebuilt = _as_rebuilt(pg_url)
        assert kept == rebuilt
        assert any("eva renamed" in words for _, words in kept)
    finally:
        renaming.close()
        adding.close()


def test_renaming_a_person_does_not_lock_their_trips(pg_url: str) -> None:
    """A rename no longer rewrites the person's trips (only a change of kind recounts their
    politicians): a colleague saves one of those trips while the rename is still open."""
    _register(pg_url)
    renaming, saving = open_database(pg_url), open_database(pg_url)
    try:
        saving.execute("SET lock_timeout = '2s'")
        trip, revision = repository.load_delegation(saving, "trip0")
        with renaming.atomic():
            _rename_person(renaming, "anna", "Anna Renamed")
            repository.save_delegation(saving, dataclasses.replace(trip, title="Saved meanwhile"), revision)
        assert repository.load_delegation(renaming, "trip0")[0].title == "Saved meanwhile"
        made_politician = dataclasses.replace(
            next(p for p in repository.list_people(renaming) if p.id == "anna"), kind=PersonKind.POLITICIAN
        )
        repository.save_person(renaming, made_politician)
        counts = dict(renaming.execute("SELECT id, home_politicians FROM delegations").fetchall())
        assert counts == {
            f"trip{n}": int("anna" in [PEOPLE[(n + i) % 4] for i in range(3)]) for n in range(TRIPS)
        }
    finally:
        renaming.close()
        saving.close()


def test_a_save_does_not_wait_for_an_imports_documents(pg_url: str) -> None:
    """An import whose commit is making its documents (here: made, not yet committed)
    holds the documents' lock only shared: a colleague's save of a trip sharing its
    people goes through at once."""
    _register(pg_url)
    importing, saving = open_database(pg_url), open_database(pg_url)
    try:
        saving.execute("SET lock_timeout = '2s'")
        trip, revision = repository.load_delegation(saving, "trip0")
        with importing.atomic():
            for n in range(20):
                repository.save_delegation(
                    importing, f.delegation(f"imported{n}", participants=[f.participant("anna")])
                )
            importing.execute("SET CONSTRAINTS ALL IMMEDIATE")
            thread, failures = _in_thread(
                lambda: repository.save_delegation(saving, dataclasses.replace(trip, title="Saved"), revision)
            )
            thread.join(10)
            assert not thread.is_alive() and failures == []
        kept, rebuilt = _as_rebuilt(pg_url)
        assert kept == rebuilt and len(kept) == TRIPS + 20
    finally:
        importing.close()
        saving.close()


def test_a_save_that_a_deadlock_gave_up_is_made_again(pg_url: str) -> None:
    """Another session locks a person the save adds, then the trip the save has locked: the
    server gives the save up as a deadlock (it checks first), and the program makes the save
    again rather than asking the person to."""
    _register(pg_url)
    saving, other = open_database(pg_url), open_database(pg_url)
    try:
        repository.save_person(saving, Person("eva", "Eva", PersonKind.OFFICIAL))
        trip, revision = repository.load_delegation(saving, "trip0")
        with_eva = dataclasses.replace(trip, participants=[*trip.participants, f.participant("eva")])
        other.execute("SET deadlock_timeout = '10s'")  # the save's session finds the deadlock
        with other.atomic():
            other.execute("SELECT 1 FROM people WHERE id = 'eva' FOR UPDATE")
            thread, failures = _in_thread(lambda: repository.save_delegation(saving, with_eva, revision))
            thread.join(0.3)  # the save holds its trip and waits for eva
            other.execute("SELECT 1 FROM delegations WHERE id = 'trip0' FOR UPDATE")
        thread.join(30)
        assert failures == []
        assert "eva" in [p.person for p in repository.load_delegation(other, "trip0")[0].participants]
    finally:
        saving.close()
        other.close()


def test_two_imports_of_the_same_file_at_once_both_go_through(pg_url: str) -> None:
    """The second import waits for the rows the first one is adding; once the first commits,
    it merges again rather than failing on a duplicate key."""
    first, second = open_database(pg_url), open_database(pg_url)
    try:
        with first.atomic():
            import_file(first, EXAMPLE)
            thread, failures = _in_thread(lambda: import_file(second, EXAMPLE))
            thread.join(0.5)  # waiting for the first import's rows
        thread.join(30)
        assert failures == []
        assert export_text(second) == export_text(first)
    finally:
        first.close()
        second.close()
