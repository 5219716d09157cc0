"""Reading and writing records. Every write is one transaction (``db.atomic()``)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlite_utils import Database

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
from delegation_planner.storage.dialect import row_lock
from delegation_planner.storage.errors import ConflictError, InUseError, NotFoundError
from delegation_planner.storage.policy_store import load_policy as load_policy  # re-exported for callers
from delegation_planner.storage.policy_store import write_policy
from delegation_planner.storage.upsert import upsert_rows
from delegation_planner.storage.verdicts import delegations_with_person, refresh_verdicts
from delegation_planner.texts.catalogue import tr

_CHILD_TABLES = ("participants", "programme_items", "cost_lines", "follow_up_points", "status_changes")
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
    people = _person_keys(db, [p.owner for p in agreement.activity_plan])
    today = dt.date.today()
    for position, point in enumerate(agreement.activity_plan):
        values = rows.follow_up_row(point, people, closed.get((point.text, point.owner)) or today)
        db["follow_up_points"].insert(  # type: ignore[union-attr]
            {"agreement_id": agreement.id, "position": position} | values
        )


def save_organisation(db: Database, organisation: Organisation) -> None:
    with db.atomic():
        if upsert_rows(db, "organisations", [rows.organisation_row(organisation)]):
            change_log.record(db, "organisation", organisation.id, "saved")


def save_person(db: Database, person: Person) -> None:
    with db.atomic():
        before = db.execute("SELECT kind FROM people WHERE id = ?", [person.id]).fetchone()
        if upsert_rows(db, "people", [rows.person_row(person) | {"phone": person.phone.strip()}]):
            change_log.record(db, "person", person.id, "saved")
        if before is not None and before[0] != person.kind.value:
            refresh_verdicts(db, delegations_with_person(db, person.id))


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


# --- delegations -------------------------------------------------------------------------


def delegation_exists(db: Database, key: str) -> bool:
    return db.execute("SELECT 1 FROM delegations WHERE id = ?", [key]).fetchone() is not None


def load_delegation(db: Database, key: str) -> tuple[Delegation, int]:
    """The delegation and its revision (pass the revision back to ``save_delegation``)."""
    found = list(db.query("SELECT * FROM delegations WHERE id = ?", [key]))
    if not found:
        raise NotFoundError(tr("There is no delegation '{key}'.", key=key))
    delegation = rows.delegation_from(found[0])
    _attach_children(db, {delegation.id: delegation}, "WHERE delegation_id = ?", [key])
    return delegation, int(found[0]["revision"])


def save_delegation(db: Database, delegation: Delegation, expected_revision: int | None = None) -> int:
    """Write a delegation with all its parts; return its new revision.

    With ``expected_revision`` the write is refused if someone else saved the
    delegation in the meantime (another window, an import), so their work is not
    silently overwritten.
    """
    with db.atomic():
        revision = _write_delegation(db, delegation, expected_revision)
        refresh_verdicts(db, [delegation.id])
    return revision


def delete_delegation(db: Database, key: str) -> None:
    with db.atomic():
        if db.execute("DELETE FROM delegations WHERE id = ?", [key]).rowcount == 0:
            raise NotFoundError(tr("There is no delegation '{key}'.", key=key))
        change_log.record(db, "delegation", key, "deleted")


def unique_key(db: Database, table: str, base: str) -> str:
    """``base``, or ``base-2``, ``base-3`` … whichever is free in ``table``."""
    candidate, n = base, 1
    while db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [candidate]).fetchone():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _write_delegation(db: Database, delegation: Delegation, expected_revision: int | None) -> int:
    # Plain SQL throughout: sqlite-utils' table methods look the schema up on every call
    # (a dozen statements per save), and a save must stay a handful of statements.
    current = db.execute(
        "SELECT revision FROM delegations WHERE id = ?" + row_lock(db), [delegation.id]
    ).fetchone()
    if expected_revision is not None:
        last = change_log.last_change(db, "delegation", delegation.id)
        if current is None:
            raise ConflictError(
                tr(
                    "The delegation '{title}' was deleted elsewhere{by}.",
                    title=delegation.title,
                    by=change_log.describe(last),
                ),
                last,
            )
        if current[0] != expected_revision:
            raise ConflictError(
                tr(
                    "The delegation '{title}' was changed elsewhere{by} after you opened it.",
                    title=delegation.title,
                    by=change_log.describe(last),
                ),
                last,
            )
    revision = 1 if current is None else int(current[0]) + 1
    row = rows.delegation_row(delegation) | {"revision": revision}
    if current is None:
        _insert_rows(db, "delegations", [row])
        before: dict[str, list[dict[str, Any]]] = {table: [] for table in _CHILD_TABLES}
    else:
        changed = [column for column in row if column != "id"]
        db.execute(
            f"UPDATE delegations SET {', '.join(f'[{c}] = ?' for c in changed)} WHERE id = ?",
            [row[c] for c in changed] + [delegation.id],
        )
        before = {table: _child_rows(db, table, delegation.id) for table in _CHILD_TABLES}
    _write_children(db, delegation, before)
    _record_decision(db, delegation)
    change_log.record(db, "delegation", delegation.id, "created" if current is None else "changed", revision)
    return revision


def _child_rows(db: Database, table: str, key: str) -> list[dict[str, Any]]:
    """A delegation's rows of ``table`` in order, without the columns a save does not write."""
    cursor = db.execute(f"SELECT * FROM {table} WHERE delegation_id = ? ORDER BY position", [key])
    names = [d[0] for d in cursor.description]
    skip = {"id", "delegation_id", "position"}
    return [{n: v for n, v in zip(names, r, strict=True) if n not in skip} for r in cursor.fetchall()]


def _same_rows(items: Sequence[dict[str, Any]], stored: Sequence[dict[str, Any]]) -> bool:
    """Whether the stored rows hold ``items`` (in the columns a save writes)."""
    return len(items) == len(stored) and all(
        all(row.get(column) == value for column, value in item.items())
        for item, row in zip(items, stored, strict=True)
    )


def _insert_rows(db: Database, table: str, items: Sequence[dict[str, Any]]) -> None:
    columns = list(items[0])
    db.conn.executemany(
        f"INSERT INTO {table} ({', '.join(f'[{c}]' for c in columns)}) VALUES ({','.join('?' * len(columns))})",
        [[item[c] for c in columns] for item in items],
    )


def _write_children(db: Database, delegation: Delegation, before: dict[str, list[dict[str, Any]]]) -> None:
    """Rewrite only the child tables whose rows differ from what is stored.

    A table that changed is rewritten whole for this delegation: participants are
    unique per (person, side), so moving rows about in place could collide midway.
    """
    key = delegation.id
    # When each closed point was closed, so that rewriting the points keeps the dates.
    closed_before = {
        (r["text"], r["owner_person_id"] or r["owner_text"]): dt.date.fromisoformat(r["closed_on"])
        for r in before["follow_up_points"]
        if r["closed_on"]
    }
    today = dt.date.today()
    participants = {p.person for p in delegation.participants}
    people = participants | _person_keys(
        db, [f.owner for f in delegation.follow_up_points if f.owner not in participants]
    )
    wanted: dict[str, list[dict[str, Any]]] = {
        "participants": [rows.participant_row(p) for p in delegation.participants],
        "programme_items": [rows.programme_row(p) for p in delegation.programme],
        "cost_lines": [rows.cost_row(c) for c in delegation.costs],
        "follow_up_points": [
            rows.follow_up_row(f, people, closed_before.get((f.text, f.owner), today))
            for f in delegation.follow_up_points
        ],
        "status_changes": [rows.status_change_row(c) for c in delegation.status_history],
    }
    for table in _CHILD_TABLES:
        items = wanted[table]
        if _same_rows(items, before[table]):
            continue
        if before[table]:
            db.execute(f"DELETE FROM {table} WHERE delegation_id = ?", [key])
        if items:
            _insert_rows(
                db, table, [{"delegation_id": key, "position": i} | item for i, item in enumerate(items)]
            )


def _person_keys(db: Database, candidates: Iterable[str]) -> set[str]:
    wanted = sorted({c for c in candidates if c})
    if not wanted:
        return set()
    marks = ",".join("?" * len(wanted))
    return {r[0] for r in db.execute(f"SELECT id FROM people WHERE id IN ({marks})", wanted).fetchall()}


def _record_decision(db: Database, delegation: Delegation) -> None:
    """Keep the decision history: a changed decision is added, never overwritten."""
    latest = current_decision_rows(db, [delegation.id]).get(delegation.id)
    wanted = delegation.grip_decision
    if wanted is None:
        if latest is not None:
            _insert_decision(db, delegation.id, None)
        return
    new = rows.decision_row(wanted)
    if latest is not None and all(latest[k] == v for k, v in new.items()):
        return
    _insert_decision(db, delegation.id, new)


def _insert_decision(db: Database, key: str, row: dict[str, Any] | None) -> None:
    # A withdrawn decision is kept in the history as a row with outcome "" so that the
    # current decision (the latest row) becomes "none" without losing what was there.
    values = row or {"date": "", "reference": "", "outcome": "", "note": ""}
    _insert_rows(
        db,
        "grip_decisions",
        [values | {"delegation_id": key, "recorded_at": dt.datetime.now().isoformat(timespec="seconds")}],
    )


def current_decision_rows(db: Database, keys: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
    """The latest decision row per delegation (``None`` entries are withdrawn)."""
    sql = "SELECT * FROM grip_decisions"
    params: list[Any] = []
    if keys is not None:
        sql += f" WHERE delegation_id IN ({','.join('?' * len(keys))})"
        params = list(keys)
    latest: dict[str, dict[str, Any]] = {}
    cursor = db.execute(sql + " ORDER BY id", params)
    names = [d[0] for d in cursor.description]
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        latest[row["delegation_id"]] = row
    return {k: v for k, v in latest.items() if v["outcome"]}


def decision_history(db: Database, key: str) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM grip_decisions WHERE delegation_id = ? ORDER BY id", [key]))


def _attach_children(db: Database, by_key: dict[str, Delegation], where: str, params: list[Any]) -> None:
    for row in db.query(f"SELECT * FROM participants {where} ORDER BY delegation_id, position", params):
        by_key[row["delegation_id"]].participants.append(rows.participant_from(row))
    for row in db.query(f"SELECT * FROM programme_items {where} ORDER BY delegation_id, position", params):
        by_key[row["delegation_id"]].programme.append(rows.programme_from(row))
    for row in db.query(f"SELECT * FROM cost_lines {where} ORDER BY delegation_id, position", params):
        by_key[row["delegation_id"]].costs.append(rows.cost_from(row))
    # Without a filter, only the visits' points: a contact's points belong to the contact log.
    points = where or "WHERE delegation_id IS NOT NULL"
    for row in db.query(f"SELECT * FROM follow_up_points {points} ORDER BY delegation_id, position", params):
        by_key[row["delegation_id"]].follow_up_points.append(rows.follow_up_from(row))
    for row in db.query(f"SELECT * FROM status_changes {where} ORDER BY delegation_id, position", params):
        by_key[row["delegation_id"]].status_history.append(rows.status_change_from(row))
    decisions = defaultdict(list)
    for row in db.query(f"SELECT * FROM grip_decisions {where} ORDER BY id", params):
        decisions[row["delegation_id"]].append(row)
    for key, history in decisions.items():
        if history[-1]["outcome"]:
            by_key[key].grip_decision = rows.decision_from(history[-1])


# --- the whole register ---------------------------------------------------------------------


def load_register(db: Database) -> Register:
    """Everything, in a stable order (by key), for export."""
    delegations = [rows.delegation_from(r) for r in db.query("SELECT * FROM delegations ORDER BY id")]
    by_key = {d.id: d for d in delegations}
    _attach_children(db, by_key, "", [])
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
        existing = _existing_delegations(db, [d.id for d in register.delegations])
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
                _write_delegation(db, delegation, None)
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
    people = _person_keys(db, owners)
    now = dt.datetime.now().isoformat(timespec="seconds")
    children: dict[str, list[dict[str, Any]]] = {table: [] for table in _CHILD_TABLES}
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
    _insert_rows(db, "delegations", [rows.delegation_row(d) | {"revision": 1} for d in delegations])
    for table in _CHILD_TABLES:
        if children[table]:
            _insert_rows(db, table, children[table])
    if decisions:
        _insert_rows(db, "grip_decisions", decisions)
    change_log.record_many(db, "delegation", [d.id for d in delegations], "created", 1)


def load_delegations(db: Database, keys: Sequence[str]) -> dict[str, Delegation]:
    """The delegations of ``keys`` that exist, with all their parts, read a few queries per 500."""
    return _existing_delegations(db, keys)


def _existing_delegations(db: Database, keys: Sequence[str]) -> dict[str, Delegation]:
    found: dict[str, Delegation] = {}
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        marks = ",".join("?" * len(chunk))
        loaded = {
            r["id"]: rows.delegation_from(r)
            for r in db.query(f"SELECT * FROM delegations WHERE id IN ({marks})", chunk)
        }
        if loaded:
            _attach_children(
                db, loaded, f"WHERE delegation_id IN ({','.join('?' * len(loaded))})", list(loaded)
            )
        found.update(loaded)
    return found


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
