"""The database schema as an ordered list of ``sqlite_utils.Migrations`` steps.

Each step runs single statements inside the migration's transaction (``executescript``
would commit half-way); the statements of the steps so far are in ``migration_sql.py``.
This file is the one list of steps, in the order they run: add new steps at the end
only; the number of steps is the schema number written to ``PRAGMA user_version``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from typing import TYPE_CHECKING

from delegation_planner.domain.checklist import (
    AUTO_GRIP_DECISION,
    FORMER_WORDING,
    default_template,
    translate_text,
)
from delegation_planner.domain.enums import Direction
from delegation_planner.domain.office import default_profile, profile_to_json
from delegation_planner.domain.policy import PolicyProfile
from delegation_planner.storage import search_index
from delegation_planner.storage.migration_sql import (
    AGREEMENTS_IN_FULL,
    ATTACHMENTS,
    CHANGE_LOG,
    CHECKLISTS_AND_VERDICTS,
    CONTACTS,
    DELEGATION_STATUS,
    DOCUMENT_LOG,
    INCREMENTAL_COUNTS,
    INITIAL,
    OFFICE_PROFILE,
    PARTICIPANTS_PER_SIDE,
    PEOPLE_KIND_CHANGED,
    RESULTS_AND_REVIEWS,
    RETENTION,
)
from delegation_planner.storage.migration_steps import Steps

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x44504C4E  # "DPLN": marks a file as a Delegation Planner register

# sqlite-utils' Migrations, made when a step first runs (see ``migration_steps``).
MIGRATIONS = Steps("delegation_planner")


@MIGRATIONS(name="0001_initial")
def _initial(db: Database) -> None:
    for statement in INITIAL:
        db.execute(statement)
    default = PolicyProfile()
    db.execute(
        "INSERT INTO policy VALUES (1, ?, ?, ?, ?, ?)",
        [
            default.name,
            default.min_justification_chars,
            default.max_politicians_outbound,
            json.dumps(default.priority_themes),
            default.min_follow_up_points,
        ],
    )


@MIGRATIONS(name="0002_checklists_and_verdicts")
def _checklists_and_verdicts(db: Database) -> None:
    for statement in CHECKLISTS_AND_VERDICTS:
        db.execute(statement)
    for direction in Direction:
        for position, item in enumerate(default_template(direction)):
            db.execute(
                "INSERT INTO checklist_templates (direction, position, text, owner, days_before, auto) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [direction.value, position, item.text, item.owner, item.days_before, item.auto],
            )


@MIGRATIONS(name="0003_results_and_reviews")
def _results_and_reviews(db: Database) -> None:
    for statement in RESULTS_AND_REVIEWS:
        db.execute(statement)


@MIGRATIONS(name="0004_participants_per_side")
def _participants_per_side(db: Database) -> None:
    for statement in PARTICIPANTS_PER_SIDE:
        db.execute(statement)


@MIGRATIONS(name="0005_office_profile")
def _office_profile(db: Database) -> None:
    for statement in OFFICE_PROFILE:
        db.execute(statement)
    # Every register so far was Region Skåne's (the only profile there was); its templates
    # get Swedish and Danish versions, an office's own wording kept as it was written.
    profile = default_profile()
    # An office that renamed its policy profile ("Region Gotland (GRIP)") keeps its name on
    # its documents, as before; the parenthesis names the rule set, not the office.
    row = db.execute("SELECT name FROM policy WHERE id = 1").fetchone()
    named = re.sub(r"\s*\([^)]*\)\s*$", "", str(row[0])).strip() if row else ""
    if named:
        profile.name = named
    stored = dataclasses.replace(profile, checklists={}, letterhead=None)
    db.execute("INSERT INTO office_profile (id, profile) VALUES (1, ?)", [profile_to_json(stored)])
    rows = db.execute(
        "SELECT direction, position, text, owner, days_before, auto FROM checklist_templates "
        "WHERE language = 'en' ORDER BY direction, position"
    ).fetchall()
    for language in ("sv", "da"):
        decision = profile.body(language).decision
        for direction, position, text, owner, days_before, auto in rows:
            if auto == AUTO_GRIP_DECISION and text == "GRIP decision recorded":
                text = (
                    decision[:1].upper()
                    + decision[1:]
                    + (" registrerat" if language == "sv" else " registreret")
                )
            db.execute(
                "INSERT INTO checklist_templates (direction, language, position, text, owner, days_before, auto) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [direction, language, position, translate_text(text, language), owner, days_before, auto],
            )


@MIGRATIONS(name="0006_retention")
def _retention(db: Database) -> None:
    for statement in RETENTION:
        db.execute(statement)


@MIGRATIONS(name="0007_linear_politician_counts")
def _incremental_counts(db: Database) -> None:
    for statement in INCREMENTAL_COUNTS:
        db.execute(statement)


@MIGRATIONS(name="0005_people_phone")
def _people_phone(db: Database) -> None:
    # The office's own (for the briefing's contact table); the interchange file does not carry it.
    db.execute("ALTER TABLE people ADD COLUMN phone TEXT NOT NULL DEFAULT ''")


@MIGRATIONS(name="0007_delegation_status")
def _delegation_status(db: Database) -> None:
    for statement in DELEGATION_STATUS:
        db.execute(statement)
    # domain.status.upgrade_status: a trip that ended before today took place.
    db.execute("UPDATE delegations SET status = 'completed' WHERE \"end\" < ?", [dt.date.today().isoformat()])


@MIGRATIONS(name="0008_attachments")
def _attachments(db: Database) -> None:
    for statement in ATTACHMENTS:
        db.execute(statement)


@MIGRATIONS(name="0009_agreements_in_full")
def _agreements_in_full(db: Database) -> None:
    for statement in AGREEMENTS_IN_FULL:
        db.execute(statement)


@MIGRATIONS(name="0010_document_log")
def _document_log(db: Database) -> None:
    for statement in DOCUMENT_LOG:
        db.execute(statement)


@MIGRATIONS(name="0011_contacts")
def _contacts(db: Database) -> None:
    for statement in CONTACTS:
        db.execute(statement)


@MIGRATIONS(name="0012_records_settings_in_office_profile")
def _records_settings_in_office_profile(db: Database) -> None:
    """The reference pattern moves from its own table into the office profile, where the
    months without contact before a partner is flagged live too. The pattern an office set
    is kept as it was; a register that never set one goes on with the pattern it has been
    proposing from (the program's old default), not a new series in the middle of a year."""
    row = db.execute("SELECT pattern FROM reference_pattern WHERE id = 1").fetchone()
    pattern = str(row[0]) if row is not None else "Dnr {year}-{number:04d}"
    if "{number" not in pattern:
        # Such a pattern proposed the same reference for every document of a year and then
        # never finished; the office's text is kept, the number added after it.
        pattern += "-{number}"
    office = db.execute("SELECT profile FROM office_profile WHERE id = 1").fetchone()
    if office is not None:
        data = json.loads(str(office[0]))
    else:
        data = json.loads(profile_to_json(dataclasses.replace(default_profile(), checklists={})))
    if row is not None or "reference_pattern" not in data:
        data["reference_pattern"] = pattern
    data.setdefault("contact_months", 6)
    db.execute(
        "INSERT INTO office_profile (id, profile) VALUES (1, ?) "
        "ON CONFLICT (id) DO UPDATE SET profile = excluded.profile",
        [json.dumps(data, ensure_ascii=False, indent=2) + "\n"],
    )
    db.execute("DROP TABLE reference_pattern")


@MIGRATIONS(name="0014_search_index")
def _search_index(db: Database) -> None:
    # Search by parts of words, country names and participants (storage.search_index);
    # a register from before is indexed here, once.
    search_index.create(db)


@MIGRATIONS(name="0012_change_log")
def _change_log(db: Database) -> None:
    for statement in CHANGE_LOG:
        db.execute(statement)
    # Each delegation's history starts with the revision it had when the log began
    # (author unknown), so "changed since" has a starting point for older registers.
    db.execute(
        "INSERT INTO change_log (at, who, kind, record_id, action, revision) "
        "SELECT ?, '', 'delegation', id, 'existing', revision FROM delegations ORDER BY id",
        [dt.datetime.now(dt.UTC).isoformat(timespec="seconds")],
    )


@MIGRATIONS(name="0017_home_participants_index")
def _home_participants_index(db: Database) -> None:
    # A policy change computes every verdict from the home-side politicians' justifications
    # (storage.grip_sql): read from this index alone, 100,000 delegations take 0.1 s
    # instead of 0.35 s of looking up each participant's row.
    db.execute(
        "CREATE INDEX participants_home ON participants(person_id, delegation_id, justification) "
        "WHERE side = 'home'"
    )


@MIGRATIONS(name="0018_server_search_document")
def _server_search_document(db: Database) -> None:
    # A server's search reads one document per delegation (storage.search_document); a
    # file keeps its FTS5 index, which already holds one row per delegation. (Asked of the
    # class, so that upgrading a file does not load the server's driver.)
    if getattr(db, "dialect", "sqlite") == "postgresql":
        from delegation_planner.storage import search_document

        search_document.create(db)  # type: ignore[arg-type]


@MIGRATIONS(name="0019_concurrent_writers")
def _concurrent_writers(db: Database) -> None:
    # Two changes that let several people write at once on a server without deadlocks.
    # The politicians' count of a person's delegations is made again only when their kind
    # changes: "UPDATE OF kind" fires whenever a save names the column, so every rename
    # rewrote (and locked, in no set order) all of that person's delegations.
    db.execute("DROP TRIGGER people_kind_au")
    db.execute(PEOPLE_KIND_CHANGED)
    # The documents' triggers take the commit lock (storage.search_document): a register
    # made with 0018 gets them made again. A file has no documents.
    if getattr(db, "dialect", "sqlite") == "postgresql":
        from delegation_planner.storage import search_document

        search_document.install_triggers(db)  # type: ignore[arg-type]


@MIGRATIONS(name="0020_checklist_wording")
def _checklist_wording(db: Database) -> None:
    # Two shipped items read stiffly ("Råd om telefoner och datorer under resan givna"). The
    # templates take the new wording where the office kept the shipped one; the checklists of
    # delegations already made keep what they were made with (translate_text knows both).
    for old, (language, new) in FORMER_WORDING.items():
        db.execute(
            "UPDATE checklist_templates SET text = ? WHERE language = ? AND text = ?",
            [new, language, old],
        )


@MIGRATIONS(name="0021_year_delegations_index")
def _year_delegations_index(db: Database) -> None:
    # The annual report (storage.annual) reads each table for "the year's delegations, not
    # cancelled or declined": six times a year's keys from the start, the status and the key.
    # With the start index alone each time is a look-up of every delegation's row (a
    # thousand pages scattered over the file, more than SQLite's cache keeps); from this
    # index alone the year's figures take 10-15 ms less on a year of 1,000 delegations.
    db.execute("CREATE INDEX delegations_year ON delegations(start, status, id)")


# The schema number of this program; a file with a higher one is refused.
SCHEMA_VERSION = 21
