"""Files kept with a delegation or an agreement, inside the register (as BLOBs).

Keeping them in the database keeps the register one file with one backup, and a
save or a delete is one transaction with the record it belongs to. A size limit
per file keeps the register a size that still copies and backs up quickly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from delegation_planner.domain.text import forbidden_character
from delegation_planner.storage.errors import NotFoundError, StorageError
from delegation_planner.texts.catalogue import tr

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
MAX_NAME_CHARS = 200


class Owner(StrEnum):
    DELEGATION = "delegation_id"
    AGREEMENT = "agreement_id"


class AttachmentError(StorageError):
    """An attachment that cannot be kept (too large, no name); the message says why."""


@dataclass(frozen=True)
class Attachment:
    """What the lists show; the bytes are read only when the file is opened or saved out."""

    id: int
    name: str
    size: int
    added_on: dt.date
    added_by: str
    held: bool  # False: known by name only (listed in another office's file)


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def size_text(size: int) -> str:
    """``39 KB`` or ``2.4 MB``: what a person reads in a list of files."""
    if size < 1024 * 1024:
        return f"{max(1, -(-size // 1024)) if size else 0} KB"
    return megabytes(size)


def check_attachment(name: str, size: int) -> None:
    """Refuse, in plain words, a file the register will not keep."""
    if not name.strip() or len(name) > MAX_NAME_CHARS or "\n" in name or forbidden_character(name):
        raise AttachmentError(
            tr(
                "'{name}' cannot be kept as a name (one line of at most {max_name_chars} characters).",
                name=name,
                max_name_chars=MAX_NAME_CHARS,
            )
        )
    if size > MAX_ATTACHMENT_BYTES:
        raise AttachmentError(
            tr(
                "{name} is {megabytes}; an attachment may be at most {size} MB. Make it smaller "
                "(a PDF saved for the screen, a photograph at a lower resolution) or keep it in "
                "the office's filing system and note where.",
                name=name,
                megabytes=megabytes(size),
                size=MAX_ATTACHMENT_BYTES // (1024 * 1024),
            )
        )


def read_file_checked(path: Path) -> bytes:
    """The file's bytes, refused before reading when it is over the limit."""
    size = path.stat().st_size
    check_attachment(path.name, size)
    data = path.read_bytes()
    check_attachment(path.name, len(data))
    return data


def add_attachment(
    db: Database, owner: Owner, key: str, name: str, data: bytes, *, by: str, today: dt.date | None = None
) -> int:
    """Keep ``data`` as ``name`` with the record ``key``; return the attachment's id."""
    check_attachment(name, len(data))
    with db.atomic():
        cursor = db.execute(
            f"INSERT INTO attachments ({owner.value}, name, size, added_on, added_by, data) VALUES (?, ?, ?, ?, ?, ?)",
            [key, name, len(data), (today or dt.date.today()).isoformat(), by, data],
        )
    return int(cursor.lastrowid or 0)


def list_attachments(db: Database, owner: Owner, key: str) -> list[Attachment]:
    return [
        Attachment(r[0], r[1], r[2], dt.date.fromisoformat(r[3]), r[4], bool(r[5]))
        for r in db.execute(
            "SELECT id, name, size, added_on, added_by, data IS NOT NULL FROM attachments "
            f"WHERE {owner.value} = ? ORDER BY name COLLATE NOCASE, id",
            [key],
        ).fetchall()
    ]


def attachment_data(db: Database, attachment_id: int) -> bytes:
    row = db.execute("SELECT name, data FROM attachments WHERE id = ?", [attachment_id]).fetchone()
    if row is None:
        raise NotFoundError(tr("The attachment is no longer there (it may have been removed elsewhere)."))
    if row[1] is None:
        raise AttachmentError(
            tr(
                "{value} is known here by name only: it came in another office's file, which "
                "carries no attachments. Ask the sender for it.",
                value=row[0],
            )
        )
    return bytes(row[1])


def remove_attachment(db: Database, attachment_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])


def count_attachments(db: Database, owner: Owner, key: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM attachments WHERE {owner.value} = ?", [key]).fetchone()[0])


def attachment_names(db: Database, owner: Owner) -> dict[str, list[str]]:
    """Every record's attachment names (for the interchange file, which carries names only)."""
    found: dict[str, list[str]] = {}
    for key, name in db.execute(
        f"SELECT {owner.value}, name FROM attachments WHERE {owner.value} IS NOT NULL "
        f"ORDER BY {owner.value}, name, id"
    ).fetchall():
        found.setdefault(key, []).append(name)
    return found


def merge_names(db: Database, owner: Owner, names: dict[str, list[str]], today: dt.date) -> None:
    """Note names from a file that the register does not hold yet, as known by name only."""
    have = attachment_names(db, owner)
    for key, wanted in names.items():
        present = list(have.get(key, []))
        for name in wanted:
            if name in present:
                present.remove(name)
                continue
            db.execute(
                f"INSERT INTO attachments ({owner.value}, name, size, added_on) VALUES (?, ?, 0, ?)",
                [key, name, today.isoformat()],
            )
