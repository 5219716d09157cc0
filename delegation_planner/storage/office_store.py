"""The office profile in the register: one row beside the policy, the letterhead as bytes.

The profile's policy lives in the ``policy`` table and its checklist templates in
``checklist_templates`` (one set per language), where the settings edit them; the
``office_profile`` row holds the rest (with the records settings: the reference pattern
and the months without contact before a partner is flagged). ``load_office`` puts the
three together, so an exported profile carries what the office uses today.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from delegation_planner.domain.checklist import AUTO_GRIP_DECISION, default_template
from delegation_planner.domain.enums import Direction
from delegation_planner.domain.office import (
    LANGUAGES,
    MAX_CONTACT_MONTHS,
    MAX_LETTERHEAD_BYTES,
    OfficeProfile,
    OfficeProfileError,
    decision_item_texts,
    default_profile,
    profile_from_json,
    profile_to_json,
)
from delegation_planner.domain.references import pattern_problem
from delegation_planner.storage.checklists import load_template, save_template
from delegation_planner.storage.dialect import table_names
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.policy_store import load_policy, write_policy
from delegation_planner.storage.verdicts import refresh_verdicts
from delegation_planner.texts.catalogue import tr

if TYPE_CHECKING:
    from sqlite_utils import Database


def _stored_json(profile: OfficeProfile) -> str:
    # The policy and the templates have tables of their own; the letterhead a BLOB column.
    return profile_to_json(dataclasses.replace(profile, checklists={}, letterhead=None))


def _row(db: Database, columns: str) -> dict[str, object] | None:
    # A register older than office profiles, opened read-only without its upgrade, has no table.
    if "office_profile" not in table_names(db):
        return None
    return next(iter(db.query(f"SELECT {columns} FROM office_profile WHERE id = 1")), None)


def load_office(db: Database) -> OfficeProfile:
    """The register's office profile (Region Skåne's for a register older than profiles)."""
    row = _row(db, "profile, letterhead")
    profile = profile_from_json(str(row["profile"])) if row is not None else default_profile()
    data = row["letterhead"] if row is not None else None
    profile.letterhead = bytes(data) if isinstance(data, bytes) and data else None
    profile.policy = load_policy(db)
    profile.checklists = {
        direction.value: {lang: load_template(db, direction, lang) for lang in LANGUAGES}
        for direction in Direction
    }
    return profile


def stored_profile(db: Database) -> OfficeProfile:
    """The profile's own row only (name, body, language, records settings), without the policy,
    checklists and letterhead that ``load_office`` adds: for what is read often."""
    row = _row(db, "profile")
    return profile_from_json(str(row["profile"])) if row is not None else default_profile()


def document_language(db: Database) -> str:
    return stored_profile(db).document_language


def reference_pattern(db: Database) -> str:
    return stored_profile(db).reference_pattern


def contact_months(db: Database) -> int:
    return stored_profile(db).contact_months


def save_records_settings(
    db: Database, *, contact_months: int | None = None, reference_pattern: str | None = None
) -> None:
    """Change how the office keeps its records (a value left None stays as it is);
    StorageError in plain words for a value that cannot be used."""
    if contact_months is not None and not 1 <= contact_months <= MAX_CONTACT_MONTHS:
        raise StorageError(
            tr("A partner is flagged after 1 to {limit} months without contact.", limit=MAX_CONTACT_MONTHS)
        )
    if reference_pattern is not None:
        problem = pattern_problem(reference_pattern)
        if problem is not None:
            raise StorageError(problem)
    with db.atomic():
        row = _row(db, "profile")
        profile = profile_from_json(str(row["profile"])) if row is not None else default_profile()
        if contact_months is not None:
            profile.contact_months = contact_months
        if reference_pattern is not None:
            profile.reference_pattern = reference_pattern.strip()
        db.execute(
            "INSERT INTO office_profile (id, profile) VALUES (1, ?) "
            "ON CONFLICT (id) DO UPDATE SET profile = excluded.profile",
            [_stored_json(profile)],
        )


def use_office(
    db: Database, profile: OfficeProfile, progress: Callable[[int, int], None] | None = None
) -> None:
    """Adopt ``profile``: its name, decision body, policy, checklist templates and letterhead
    (the register's own letterhead is kept when the profile brings none). Delegations keep
    their checklists; every verdict is re-evaluated against the new policy. One transaction."""
    with db.atomic():
        current = next(iter(db.query("SELECT letterhead FROM office_profile WHERE id = 1")), None)
        letterhead = profile.letterhead
        if letterhead is None and current is not None and current["letterhead"]:
            letterhead = bytes(current["letterhead"])
        db.execute(
            "INSERT OR REPLACE INTO office_profile (id, profile, letterhead) VALUES (1, ?, ?)",
            [_stored_json(profile), letterhead],
        )
        write_policy(db, profile.policy)
        for direction in Direction:
            for lang in LANGUAGES:
                save_template(db, direction, profile.checklist_template(direction, lang), lang)
        # The delegations' "decision recorded" items, as the program wrote them, name the new body.
        language = profile.document_language
        item = default_template(Direction.OUTBOUND, language, profile.body(language).decision)[1].text
        texts = sorted(decision_item_texts())
        marks = ",".join("?" * len(texts))
        db.execute(
            f"UPDATE checklist_items SET text = ? WHERE auto = ? AND text IN ({marks})",
            [item, AUTO_GRIP_DECISION, *texts],
        )
        refresh_verdicts(db, None, progress)


def set_letterhead(db: Database, data: bytes | None) -> None:
    """Keep ``data`` (a .docx) as the letterhead every document is written on; None: the shipped one."""
    if data is not None and len(data) > MAX_LETTERHEAD_BYTES:
        raise OfficeProfileError(tr("The letterhead template is larger than 10 MB."))
    with db.atomic():
        if next(iter(db.query("SELECT id FROM office_profile WHERE id = 1")), None) is None:
            db.execute(
                "INSERT INTO office_profile (id, profile, letterhead) VALUES (1, ?, NULL)",
                [_stored_json(default_profile())],
            )
        db.execute("UPDATE office_profile SET letterhead = ? WHERE id = 1", [data])


def letterhead(db: Database) -> bytes | None:
    row = _row(db, "letterhead")
    data = row["letterhead"] if row is not None else None
    return bytes(data) if isinstance(data, bytes) and data else None


def export_office(db: Database) -> str:
    return profile_to_json(load_office(db))
