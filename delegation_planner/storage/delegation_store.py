"""One delegation read and written with all its parts, and its decision history.

A save rewrites only the child tables that changed and keeps every decision ever
recorded; callers reach these functions through ``repository`` as before.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from delegation_planner.domain.records import Delegation
from delegation_planner.storage import change_log, rows
from delegation_planner.storage.dialect import row_lock
from delegation_planner.storage.errors import ConflictError, NotFoundError
from delegation_planner.storage.retry import retried
from delegation_planner.storage.verdicts import refresh_verdicts
from delegation_planner.texts.catalogue import tr

if TYPE_CHECKING:
    from sqlite_utils import Database

CHILD_TABLES = ("participants", "programme_items", "cost_lines", "follow_up_points", "status_changes")


def delegation_exists(db: Database, key: str) -> bool:
    return db.execute("SELECT 1 FROM delegations WHERE id = ?", [key]).fetchone() is not None


def load_delegation(db: Database, key: str) -> tuple[Delegation, int]:
    """The delegation and its revision (pass the revision back to ``save_delegation``)."""
    found = list(db.query("SELECT * FROM delegations WHERE id = ?", [key]))
    if not found:
        raise NotFoundError(tr("There is no delegation '{key}'.", key=key))
    delegation = rows.delegation_from(found[0])
    attach_children(db, {delegation.id: delegation}, "WHERE delegation_id = ?", [key])
    return delegation, int(found[0]["revision"])


def save_delegation(db: Database, delegation: Delegation, expected_revision: int | None = None) -> int:
    """Write a delegation with all its parts; return its new revision.

    With ``expected_revision`` the write is refused if someone else saved the
    delegation in the meantime (another window, an import), so their work is not
    silently overwritten.
    """

    def save() -> int:
        with db.atomic():
            revision = write_delegation(db, delegation, expected_revision)
            refresh_verdicts(db, [delegation.id])
        return revision

    return retried(db, save)


def delete_delegation(db: Database, key: str) -> None:
    with db.atomic():
        if db.execute("DELETE FROM delegations WHERE id = ?", [key]).rowcount == 0:
            raise NotFoundError(tr("There is no delegation '{key}'.", key=key))
        change_log.record(db, "delegation", key, "deleted")


def write_delegation(db: Database, delegation: Delegation, expected_revision: int | None) -> int:
    """``save_delegation`` inside the caller's transaction, leaving the verdict to the caller
    (an import refreshes the verdicts of all it wrote at once)."""
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
        insert_rows(db, "delegations", [row])
        before: dict[str, list[dict[str, Any]]] = {table: [] for table in CHILD_TABLES}
    else:
        changed = [column for column in row if column != "id"]
        db.execute(
            f"UPDATE delegations SET {', '.join(f'[{c}] = ?' for c in changed)} WHERE id = ?",
            [row[c] for c in changed] + [delegation.id],
        )
        before = {table: _child_rows(db, table, delegation.id) for table in CHILD_TABLES}
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


def insert_rows(db: Database, table: str, items: Sequence[dict[str, Any]]) -> None:
    """Insert ``items`` (all with the same columns) with one ``executemany``."""
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
    people = participants | person_keys(
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
    for table in CHILD_TABLES:
        items = wanted[table]
        if _same_rows(items, before[table]):
            continue
        if before[table]:
            db.execute(f"DELETE FROM {table} WHERE delegation_id = ?", [key])
        if items:
            insert_rows(
                db, table, [{"delegation_id": key, "position": i} | item for i, item in enumerate(items)]
            )


def person_keys(db: Database, candidates: Iterable[str]) -> set[str]:
    """Those of ``candidates`` that are people in the register (a point's owner may be a name)."""
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
    insert_rows(
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


def attach_children(db: Database, by_key: dict[str, Delegation], where: str, params: list[Any]) -> None:
    """Read the parts of the delegations in ``by_key`` (``where`` on ``delegation_id``) into them."""
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


def load_delegations(db: Database, keys: Sequence[str]) -> dict[str, Delegation]:
    """The delegations of ``keys`` that exist, with all their parts, read a few queries per 500."""
    found: dict[str, Delegation] = {}
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        marks = ",".join("?" * len(chunk))
        loaded = {
            r["id"]: rows.delegation_from(r)
            for r in db.query(f"SELECT * FROM delegations WHERE id IN ({marks})", chunk)
        }
        if loaded:
            attach_children(
                db, loaded, f"WHERE delegation_id IN ({','.join('?' * len(loaded))})", list(loaded)
            )
        found.update(loaded)
    return found
