"""The document register: every document the program writes, logged with its reference.

A public authority files what it writes: each memo, decision basis, briefing and
annual report is logged on its delegation (or its year) with the date, the
kind, the language, who wrote it and the reference the office gives it (a Dnr or
diarium number, typed or proposed from the pattern in the office profile). The
reference is printed in the document's page header, and the last version is kept in
the register (as written) so that it can be opened again from the delegation.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from delegation_planner.domain.references import (
    MAX_REFERENCE_CHARS,
    fill_reference,
    pattern_problem,
)
from delegation_planner.storage import office_store
from delegation_planner.storage.atomic_file import write_atomically
from delegation_planner.storage.errors import NotFoundError, StorageError
from delegation_planner.texts.catalogue import tr

if TYPE_CHECKING:  # python-docx is loaded when a document is written
    from docx.document import Document
    from sqlite_utils import Database

KINDS = ("memo", "basis", "briefing", "report")
# The reference's label, in the document's language: what a registrar looks for.
REFERENCE_LABEL = {"sv": "Diarienummer", "da": "Journalnummer", "en": "Reference"}


@dataclass(frozen=True)
class LoggedDocument:
    """A document the program wrote, as the document register lists it."""

    id: int
    kind: str
    language: str
    written_on: dt.date
    written_by: str
    reference: str
    file_name: str
    delegation: str | None
    year: int | None


def load_pattern(db: Database) -> str:
    """The pattern of the office profile (``office_store.reference_pattern``)."""
    return office_store.reference_pattern(db)


def check_pattern(pattern: str) -> str | None:
    """Why ``pattern`` cannot propose references, or None."""
    return pattern_problem(pattern)


def save_pattern(db: Database, pattern: str) -> None:
    """Keep ``pattern`` in the office profile; StorageError when it cannot propose references."""
    office_store.save_records_settings(db, reference_pattern=pattern)


def propose_reference(db: Database, today: dt.date, pattern: str | None = None) -> str:
    """The office's pattern (or ``pattern``, to preview one) filled with this year and the
    next number not yet used this year."""
    pattern = pattern or load_pattern(db)
    used = {
        r[0]
        for r in db.execute("SELECT reference FROM document_log WHERE written_on LIKE ?", [f"{today.year}-%"])
    }
    number = len(used) + 1
    # The pattern always uses the number (``pattern_problem``), so this ends.
    while (candidate := fill_reference(pattern, today.year, number)) in used:
        number += 1
    return candidate


def reference_for(db: Database, reference: str | None, today: dt.date) -> str:
    """The reference a document gets: ``reference`` as typed, or the pattern's proposal when
    it is empty; StorageError for one that is not a single line of at most
    ``MAX_REFERENCE_CHARS`` characters."""
    reference = (reference or "").strip() or propose_reference(db, today)
    if len(reference) > MAX_REFERENCE_CHARS or "\n" in reference:
        raise StorageError(
            tr(
                "A reference is one line of at most {max_reference_chars} characters.",
                max_reference_chars=MAX_REFERENCE_CHARS,
            )
        )
    return reference


def stamp_document(document: Document, reference: str, language: str) -> None:
    """Print the reference in the page header of ``document`` (in memory), right-aligned where
    a registrar's stamp goes; the body is left as written."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    label = REFERENCE_LABEL.get(language, REFERENCE_LABEL["en"])
    section = document.sections[0]
    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.append(section.first_page_header)
    for header in headers:
        # Dressed like the header's own text (the template's style and size), not the body's.
        like = next((p for p in header.paragraphs if p.text.strip()), None)
        stamp = header.add_paragraph(style=like.style if like is not None else None)
        run = stamp.add_run(f"{label}: {reference}")
        if like is not None and like.runs:
            run.font.size = like.runs[0].font.size
            run.font.name = like.runs[0].font.name
        stamp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def stamp_reference(path: Path, reference: str, language: str) -> None:
    """Print the reference in the page header of the document written at ``path``; the file
    is replaced whole, never half-written. A document still being made is stamped before it
    is saved (``stamp_document``): reading a year's report back and saving it again took as
    long as writing it."""
    import docx  # python-docx: the documents' own library

    document = docx.Document(str(path))
    stamp_document(document, reference, language)
    write_atomically(path, lambda temporary: document.save(str(temporary)))


def log_document(
    db: Database,
    path: Path,
    kind: str,
    language: str,
    *,
    by: str,
    reference: str | None = None,
    delegation: str | None = None,
    year: int | None = None,
    today: dt.date | None = None,
    stamped: bool = False,
) -> str:
    """Stamp the written document at ``path`` with its reference, log it, keep it; return the
    reference. ``stamped``: the document already carries ``reference`` (``stamp_document``
    before it was saved, with the reference from ``reference_for``)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of document {kind!r}")
    if stamped and not reference:
        raise ValueError("a stamped document names the reference it carries")
    today = today or dt.date.today()
    reference = reference_for(db, reference, today)
    if not stamped:
        stamp_reference(path, reference, language)
    data = path.read_bytes()
    with db.atomic():
        db.execute(
            "INSERT INTO document_log (delegation_id, year, kind, language, written_on, written_by, reference, "
            "file_name, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [delegation, year, kind, language, today.isoformat(), by, reference, path.name, data],
        )
        # Only the last version of each document is kept whole; older entries keep their line.
        # Written for both engines: no "IS ?" (PostgreSQL wants IS NOT DISTINCT FROM) and no
        # last_insert_rowid(); the entry just made is the owner's newest.
        owner = "delegation_id IS NULL" if delegation is None else "delegation_id = ?"
        owner += " AND year IS NULL" if year is None else " AND year = ?"
        keys = [k for k in (delegation, year) if k is not None]
        db.execute(
            f"UPDATE document_log SET data = NULL WHERE kind = ? AND data IS NOT NULL AND {owner} "
            f"AND id != (SELECT max(id) FROM document_log WHERE kind = ? AND {owner})",
            [kind, *keys, kind, *keys],
        )
    return reference


def list_documents(
    db: Database, *, delegation: str | None = None, year: int | None = None
) -> list[LoggedDocument]:
    """The log of one delegation or one year (or all), newest first."""
    where: list[str] = []
    params: list[object] = []
    if delegation is not None:
        where.append("delegation_id = ?")
        params.append(delegation)
    if year is not None:
        where.append("year = ?")
        params.append(year)
    sql = (
        "SELECT id, kind, language, written_on, written_by, reference, file_name, delegation_id, year "
        "FROM document_log" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC"
    )
    return [
        LoggedDocument(r[0], r[1], r[2], dt.date.fromisoformat(r[3]), r[4], r[5], r[6], r[7], r[8])
        for r in db.execute(sql, params).fetchall()
    ]


def document_data(db: Database, document_id: int) -> bytes:
    row = db.execute("SELECT file_name, data FROM document_log WHERE id = ?", [document_id]).fetchone()
    if row is None:
        raise NotFoundError(tr("That document is no longer in the log."))
    if row[1] is None:
        raise StorageError(
            tr("Only the last version is kept; {value} was written again later.", value=row[0])
        )
    return bytes(row[1])


def safe_reference_for_file(reference: str) -> str:
    return re.sub(r"[^\w.-]+", "-", reference).strip("-")
