"""The contact log: reading and writing contacts and their follow-up points."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from delegation_planner.domain.contacts import Contact, ContactKind
from delegation_planner.domain.text import slugify
from delegation_planner.storage import rows
from delegation_planner.storage.errors import ConflictError, NotFoundError
from delegation_planner.texts.catalogue import tr

if TYPE_CHECKING:
    from sqlite_utils import Database


def _contact_from(row: dict[str, Any]) -> Contact:
    return Contact(
        id=row["id"],
        organisation=row["organisation_id"],
        kind=ContactKind(row["kind"]),
        date=dt.date.fromisoformat(row["date"]),
        agreement=row["agreement_id"],
        participants=row["participants"],
        summary=row["summary"],
    )


def _contact_row(c: Contact) -> dict[str, Any]:
    return {
        "id": c.id,
        "organisation_id": c.organisation,
        "agreement_id": c.agreement,
        "kind": c.kind.value,
        "date": c.date.isoformat(),
        "participants": c.participants,
        "summary": c.summary,
    }


def new_contact_key(db: Database, organisation: str, kind: ContactKind, date: dt.date) -> str:
    """``jitri-call-2026-03-04``, suffixed if taken."""
    from delegation_planner.storage.repository import unique_key

    return unique_key(db, "contacts", slugify(f"{organisation} {kind.value} {date.isoformat()}"))


def load_contact(db: Database, key: str) -> tuple[Contact, int]:
    found = list(db.query("SELECT * FROM contacts WHERE id = ?", [key]))
    if not found:
        raise NotFoundError(tr("There is no contact '{key}'.", key=key))
    contact = _contact_from(found[0])
    _attach_points(db, {key: contact})
    return contact, int(found[0]["revision"])


def _attach_points(db: Database, by_key: dict[str, Contact]) -> None:
    keys = list(by_key)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.query(
            f"SELECT * FROM follow_up_points WHERE contact_id IN ({marks}) ORDER BY contact_id, position",
            chunk,
        ):
            by_key[row["contact_id"]].follow_up_points.append(rows.follow_up_from(row))


def list_contacts(
    db: Database, *, organisation: str | None = None, agreement: str | None = None
) -> list[Contact]:
    """The log of one organisation or one agreement (or all), newest first."""
    where, params = [], []
    if organisation is not None:
        where.append("organisation_id = ?")
        params.append(organisation)
    if agreement is not None:
        where.append("agreement_id = ?")
        params.append(agreement)
    sql = "SELECT * FROM contacts" + (" WHERE " + " AND ".join(where) if where else "")
    found = [_contact_from(r) for r in db.query(sql + " ORDER BY date DESC, id", params)]
    _attach_points(db, {c.id: c for c in found})
    return found


def save_contact(db: Database, contact: Contact, expected_revision: int | None = None) -> int:
    """Write a contact with its points in one transaction; return its new revision."""
    from delegation_planner.storage.delegation_store import person_keys

    with db.atomic():
        current = db.execute("SELECT revision FROM contacts WHERE id = ?", [contact.id]).fetchone()
        if expected_revision is not None and (current is None or current[0] != expected_revision):
            raise ConflictError(tr("This contact was changed or deleted elsewhere after you opened it."))
        revision = 1 if current is None else int(current[0]) + 1
        closed = {
            (r["text"], r["owner_person_id"] or r["owner_text"]): dt.date.fromisoformat(r["closed_on"])
            for r in db.query(
                "SELECT text, owner_person_id, owner_text, closed_on FROM follow_up_points "
                "WHERE contact_id = ? AND closed_on IS NOT NULL",
                [contact.id],
            )
        }
        row = _contact_row(contact) | {"revision": revision}
        if current is None:
            db["contacts"].insert(row)  # type: ignore[union-attr]
        else:
            db["contacts"].update(contact.id, row)  # type: ignore[union-attr]
            db.execute("DELETE FROM follow_up_points WHERE contact_id = ?", [contact.id])
        people = person_keys(db, [f.owner for f in contact.follow_up_points])
        today = dt.date.today()
        for position, point in enumerate(contact.follow_up_points):
            values = rows.follow_up_row(point, people, closed.get((point.text, point.owner), today))
            db["follow_up_points"].insert(  # type: ignore[union-attr]
                {"contact_id": contact.id, "position": position} | values
            )
    return revision


def delete_contact(db: Database, key: str) -> None:
    with db.atomic():
        if db.execute("DELETE FROM contacts WHERE id = ?", [key]).rowcount == 0:
            raise NotFoundError(tr("There is no contact '{key}'.", key=key))


def last_contacts(db: Database, today: dt.date) -> dict[str, dt.date]:
    """Each organisation's last contact up to ``today``: a logged contact, or a visit it took part in.

    A visit counts for the organisations on its programme (counterparts) and its
    initiator; declined and cancelled delegations were no contact.
    """
    from delegation_planner.storage.register_query import WITHOUT_VISIT_SQL

    found: dict[str, dt.date] = {}
    queries: Iterable[str] = (
        "SELECT organisation_id, max(date) FROM contacts WHERE date <= ? GROUP BY organisation_id",
        "SELECT p.counterpart_id, max(d.start) FROM programme_items p JOIN delegations d ON d.id = p.delegation_id "
        f"WHERE p.counterpart_id IS NOT NULL AND d.start <= ? AND d.status NOT IN ({WITHOUT_VISIT_SQL}) "
        "GROUP BY p.counterpart_id",
        "SELECT initiator_organisation_id, max(start) FROM delegations WHERE initiator_organisation_id IS NOT NULL "
        f"AND start <= ? AND status NOT IN ({WITHOUT_VISIT_SQL}) GROUP BY initiator_organisation_id",
    )
    for sql in queries:
        for key, day in db.execute(sql, [today.isoformat()]).fetchall():
            date = dt.date.fromisoformat(day)
            if key not in found or date > found[key]:
                found[key] = date
    return found


def all_contacts(db: Database) -> list[Contact]:
    """Every contact, by key (for export)."""
    found = [_contact_from(r) for r in db.query("SELECT * FROM contacts ORDER BY id")]
    _attach_points(db, {c.id: c for c in found})
    return found


def merge_contacts(db: Database, contacts: list[Contact]) -> None:
    """Write the contacts of an imported file, leaving unchanged ones untouched."""
    for contact in contacts:
        try:
            existing, _ = load_contact(db, contact.id)
        except NotFoundError:
            existing = None
        if existing != contact:
            save_contact(db, contact)
