"""Reading and writing records. Every write is one transaction (``db.atomic()``).

Organisations, people and agreements, the whole register at once (export, import) and
the policy are here; one delegation with all its parts is ``delegation_store.py``,
whose functions callers reach through this module as before.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from delegation_planner.domain.policy import PolicyProfile
from delegation_planner.domain.records import (
    Agreement,
    Delegation,
    Organisation,
    Person,
    Register,
)
from delegation_planner.storage import change_log, rows
from delegation_planner.storage.attachments import Owner, attachment_names, merge_names
from delegation_planner.storage.contacts import all_contacts, merge_contacts
from delegation_planner.storage.delegation_store import (
    CHILD_TABLES,
    attach_children,
    insert_rows,
    person_keys,
    write_delegation,
)
from delegation_planner.storage.delegation_store import current_decision_rows as current_decision_rows
from delegation_planner.storage.delegation_store import decision_history as decision_history
from delegation_planner.storage.delegation_store import delegation_exists as delegation_exists
from delegation_planner.storage.delegation_store import delete_delegation as delete_delegation
from delegation_planner.storage.delegation_store import load_delegation as load_delegation
from delegation_planner.storage.delegation_store import load_delegations as load_delegations
from delegation_planner.storage.delegation_store import save_delegation as save_delegation
from delegation_planner.storage.errors import InUseError, NotFoundError
from delegation_planner.storage.policy_store import load_policy as load_policy  # re-exported for callers
from delegation_planner.storage.policy_store import write_policy
from delegation_planner.storage.retry import retried
from delegation_planner.storage.upsert import upsert_rows
from delegation_planner.storage.verdicts import delegations_with_person, refresh_verdicts
from delegation_planner.texts.catalogue import tr

if TYPE_CHECKING:
    from sqlite_utils import Database

_KINDS = {"organisations": "organisation", "people": "person", "agreements": "agreement"}


# --- organisations, people, agreements -------------------------------------------------


def list_organisations(db: Database) -> list[Organisation]:
    return [
        rows.organisation_from(r)
        for r in db.query("SELECT * FROM organisations ORDER BY name COLLATE NOCASE")
    ]


def list_people(db: Database) -> list[Person]:
    return [rows.person_from(r) for r in db.query("SELECT * FROM people ORDER BY name COLLATE NOCASE")]


def list_agreements(db: Database) -> list[Agreement]:
    found = [
        rows.agreement_from(r) for r in db.query("SELECT * FROM agreements ORDER BY partner COLLATE NOCASE")
    ]
    _attach_activity_plans(db, found)
    return found


def _attach_activity_plans(db: Database, agreements: list[Agreement]) -> None:
    by_key = {a.id: a for a in agreements}
    for row in db.query(
        "SELECT * FROM follow_up_points WHERE agreement_id IS NOT NULL ORDER BY agreement_id, position"
    ):
        if row["agreement_id"] in by_key:
            by_key[row["agreement_id"]].activity_plan.append(rows.follow_up_from(row))


def _write_activity_plan(db: Database, agreement: Agreement) -> None:
    """Replace an agreement's activity plan when it differs (closing dates are kept)."""
    current = [
        rows.follow_up_from(r)
        for r in db.query(
            "SELECT * FROM follow_up_points WHERE agreement_id = ? ORDER BY position", [agreement.id]
        )
    ]
    if current == agreement.activity_plan:
        return
    closed = {(p.text, p.owner): p.closed_on for p in current if p.closed_on is not None}
    db.execute("DELETE FROM follow_up_points WHERE agreement_id = ?", [agreement.id])
    people = person_keys(db, [p.owner for p in agreement.activity_plan])
    today = dt.date.today()
    for position, point in enumerate(agreement.activity_plan):
        values = rows.follow_up_row(point, people, closed.get((point.text, point.owner)) or today)
        db["follow_up_points"].insert(  # type: ignore[union-attr]
            {"agreement_id": agreement.id, "position": position} | values
        )


def save_organisation(db: Database, organisation: Organisation) -> None:
    def save() -> None:
        with db.atomic():
            if upsert_rows(db, "organisations", [rows.organisation_row(organisation)]):
                change_log.record(db, "organisation", organisation.id, "saved")

    retried(db, save)


def save_person(db: Database, person: Person) -> None:
    def save() -> None:
        with db.atomic():
            before = db.execute("SELECT kind FROM people WHERE id = ?", [person.id]).fetchone()
            if upsert_rows(db, "people", [rows.person_row(person) | {"phone": person.phone.strip()}]):
                change_log.record(db, "person", person.id, "saved")
            if before is not None and before[0] != person.kind.value:
                refresh_verdicts(db, delegations_with_person(db, person.id))

    retried(db, save)


def save_agreement(db: Database, agreement: Agreement) -> None:
    review = agreement.review_date.isoformat() if agreement.review_date else None
    with db.atomic():
        if upsert_rows(db, "agreements", [rows.agreement_row(agreement) | {"review_date": review}]):
            change_log.record(db, "agreement", agreement.id, "saved")
        _write_activity_plan(db, agreement)


def organisation_uses(db: Database, key: str) -> list[str]:
    """Where an organisation is referred to, in words, for a refused delete."""
    return _uses(
        db,
        key,
        [
            ("SELECT name FROM people WHERE organisation_id = ?", "person {}"),
            ("SELECT title FROM delegations WHERE initiator_organisation_id = ?", "initiator of '{}'"),
            (
                "SELECT d.title FROM programme_items p JOIN delegations d ON d.id = p.delegation_id "
                "WHERE p.counterpart_id = ?",
                "counterpart in '{}'",
            ),
            (
                "SELECT r.title FROM result_organisations o JOIN results r ON r.id = o.result_id "
                "WHERE o.organisation_id = ?",
                "result '{}'",
            ),
            ("SELECT date FROM contacts WHERE organisation_id = ?", "contact of {}"),
        ],
    )


def person_uses(db: Database, key: str) -> list[str]:
    return _uses(
        db,
        key,
        [
            (
                "SELECT d.title FROM participants p JOIN delegations d ON d.id = p.delegation_id "
                "WHERE p.person_id = ?",
                "participant in '{}'",
            ),
            (
                "SELECT d.title FROM follow_up_points f JOIN delegations d ON d.id = f.delegation_id "
                "WHERE f.owner_person_id = ?",
                "owner of a follow-up point of '{}'",
            ),
            (
                "SELECT c.date FROM follow_up_points f JOIN contacts c ON c.id = f.contact_id "
                "WHERE f.owner_person_id = ?",
                "owner of a follow-up point of the contact of {}",
            ),
        ],
    )


def agreement_uses(db: Database, key: str) -> list[str]:
    return _uses(
        db,
        key,
        [
            ("SELECT title FROM delegations WHERE agreement_id = ?", "delegation '{}'"),
            ("SELECT date FROM contacts WHERE agreement_id = ?", "contact of {}"),
        ],
    )


def delete_organisation(db: Database, key: str) -> None:
    _delete(db, "organisations", key, organisation_uses)


def delete_person(db: Database, key: str) -> None:
    _delete(db, "people", key, person_uses)


def delete_agreement(db: Database, key: str) -> None:
    _delete(db, "agreements", key, agreement_uses)


def _uses(db: Database, key: str, queries: list[tuple[str, str]]) -> list[str]:
    found: list[str] = []
    for sql, template in queries:
        found.extend(template.format(row[0]) for row in db.execute(sql + " LIMIT 20", [key]).fetchall())
    return found


def _delete(db: Database, table: str, key: str, uses: Callable[[Database, str], list[str]]) -> None:
    with db.atomic():
        used = uses(db, key)
        if used:
            listed = "; ".join(used[:5]) + (" …" if len(used) > 5 else "")
            raise InUseError(
                tr("It is still referred to ({listed}). Remove those references first.", listed=listed)
            )
        cursor = db.execute(f"DELETE FROM {table} WHERE id = ?", [key])
        if cursor.rowcount == 0:
            raise NotFoundError(tr("No record '{key}' (it may have been deleted elsewhere).", key=key))
        change_log.record(db, _KINDS.get(table, table), key, "deleted")


# --- keys ------------------------------------------------------------------------------------


def unique_key(db: Database, table: str, base: str) -> str:
    """``base``, or ``base-2``, ``base-3`` … whichever is free in ``table``."""
    candidate, n = base, 1
    while db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [candidate]).fetchone():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


# --- the whole register ---------------------------------------------------------------------


def load_register(db: Database) -> Register:
    """Everything, in a stable order (by key), for export."""
    delegations = [rows.delegation_from(r) for r in db.query("SELECT * FROM delegations ORDER BY id")]
    by_key = {d.id: d for d in delegations}
    attach_children(db, by_key, "", [])
    agreements = [rows.agreement_from(r) for r in db.query("SELECT * FROM agreements ORDER BY id")]
    _attach_activity_plans(db, agreements)
    return Register(
        organisations=[
            rows.organisation_from(r) for r in db.query("SELECT * FROM organisations ORDER BY id")
        ],
        people=[rows.person_from(r) for r in db.query("SELECT * FROM people ORDER BY id")],
        agreements=agreements,
        delegations=delegations,
        contacts=all_contacts(db),
        attachments={
            kind: names
            for kind, names in (
                ("agreements", attachment_names(db, Owner.AGREEMENT)),
                ("delegations", attachment_names(db, Owner.DELEGATION)),
            )
            if names
        },
    )


def merge_register(
    db: Database, register: Register, progress: Callable[[int, int], None] | None = None
) -> None:
    """Write a register into the database in one transaction, matching records by key.

    A record that is already there with the same content is left alone, so
    importing the same file twice changes nothing the second time.
    """
    with db.atomic():
        full = register.carries_status  # a version 2 file: the agreements in full
        kinds_before = _person_kinds(db, [p.id for p in register.people])
        for table, records in (
            ("organisations", [rows.organisation_row(o) for o in register.organisations]),
            ("people", [rows.person_row(p) for p in register.people]),
            ("agreements", [rows.agreement_row(a, full=full) for a in register.agreements]),
        ):
            if records:
                upsert_rows(db, table, records)
        if full:
            for agreement in register.agreements:
                _write_activity_plan(db, agreement)
        existing = load_delegations(db, [d.id for d in register.delegations])
        total = len(register.delegations)
        written: list[str] = []
        new: list[Delegation] = []
        for done, delegation in enumerate(register.delegations, start=1):
            before = existing.get(delegation.id)
            if before is not None and not register.carries_status:
                # A version 1 file says nothing of the life cycle: the register's own stays.
                delegation.status, delegation.status_history = before.status, before.status_history
            if before is None:
                new.append(delegation)
            elif before != delegation:
                write_delegation(db, delegation, None)
                written.append(delegation.id)
            if len(new) >= _BATCH or (new and done == total):
                _insert_new_delegations(db, new)
                written.extend(d.id for d in new)
                new = []
            if progress and (done % 200 == 0 or done == total):
                progress(done, total)
        # A person whose kind changed changes the verdicts of the delegations they are in.
        touched = set(written)
        for person in register.people:
            if person.id in kinds_before and kinds_before[person.id] != person.kind.value:
                touched.update(delegations_with_person(db, person.id))
        refresh_verdicts(db, touched)
        today = dt.date.today()
        merge_contacts(db, register.contacts)
        merge_names(db, Owner.AGREEMENT, register.attachments.get("agreements", {}), today)
        merge_names(db, Owner.DELEGATION, register.attachments.get("delegations", {}), today)


_BATCH = 1000  # new delegations written together, each table with one executemany


def _person_kinds(db: Database, keys: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        marks = ",".join("?" * len(chunk))
        found.update(db.execute(f"SELECT id, kind FROM people WHERE id IN ({marks})", chunk).fetchall())
    return found


def _insert_new_delegations(db: Database, delegations: Sequence[Delegation]) -> None:
    """Delegations not yet in the register, with their parts, a table at a time."""
    today = dt.date.today()
    owners = {f.owner for d in delegations for f in d.follow_up_points if f.owner}
    people = person_keys(db, owners)
    now = dt.datetime.now().isoformat(timespec="seconds")
    children: dict[str, list[dict[str, Any]]] = {table: [] for table in CHILD_TABLES}
    decisions: list[dict[str, Any]] = []
    for d in delegations:
        key = d.id
        for table, items in (
            ("participants", [rows.participant_row(p) for p in d.participants]),
            ("programme_items", [rows.programme_row(p) for p in d.programme]),
            ("cost_lines", [rows.cost_row(c) for c in d.costs]),
            ("follow_up_points", [rows.follow_up_row(f, people, today) for f in d.follow_up_points]),
            ("status_changes", [rows.status_change_row(c) for c in d.status_history]),
        ):
            children[table].extend(
                {"delegation_id": key, "position": i} | item for i, item in enumerate(items)
            )
        if d.grip_decision is not None:
            decisions.append(rows.decision_row(d.grip_decision) | {"delegation_id": key, "recorded_at": now})
    insert_rows(db, "delegations", [rows.delegation_row(d) | {"revision": 1} for d in delegations])
    for table in CHILD_TABLES:
        if children[table]:
            insert_rows(db, table, children[table])
    if decisions:
        insert_rows(db, "grip_decisions", decisions)
    change_log.record_many(db, "delegation", [d.id for d in delegations], "created", 1)


def existing_keys(db: Database) -> dict[str, set[str]]:
    """The keys of each kind already in the register (an import may refer to them)."""
    return {
        table: {r[0] for r in db.execute(f"SELECT id FROM {table}").fetchall()}
        for table in ("organisations", "people", "agreements", "delegations")
    }


def save_policy(
    db: Database, policy: PolicyProfile, progress: Callable[[int, int], None] | None = None
) -> None:
    """Write the profile and re-evaluate every delegation against it, in one transaction."""
    with db.atomic():
        write_policy(db, policy)
        change_log.record(db, "policy", "1", "changed")
        refresh_verdicts(db, None, progress)


def is_integrity_error(error: Exception) -> bool:
    return isinstance(error, sqlite3.IntegrityError)


def people_by_keys(db: Database, keys: Iterable[str]) -> list[Person]:
    wanted = sorted(set(keys))
    found: list[Person] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.extend(
            rows.person_from(r) for r in db.query(f"SELECT * FROM people WHERE id IN ({marks})", chunk)
        )
    return found
