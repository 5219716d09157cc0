"""The database schema as an ordered list of ``sqlite_utils.Migrations`` steps.

Each step is a list of single statements run inside the migration's transaction
(``executescript`` would commit half-way). Add new steps at the end only; the
number of steps is the schema number written to ``PRAGMA user_version``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from delegation_planner.domain.checklist import AUTO_GRIP_DECISION, default_template, translate_text
from delegation_planner.domain.enums import Direction
from delegation_planner.domain.office import default_profile, profile_to_json
from delegation_planner.domain.policy import CRITERIA, PolicyProfile
from delegation_planner.storage import search_index

APPLICATION_ID = 0x44504C4E  # "DPLN": marks a file as a Delegation Planner register

_POLITICIAN_COUNT = """
UPDATE delegations SET home_politicians = (
    SELECT count(*) FROM participants p JOIN people x ON x.id = p.person_id
    WHERE p.delegation_id = delegations.id AND p.side = 'home' AND x.kind = 'politician'
) WHERE id = {ref}.delegation_id;
"""

INITIAL = [
    """CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT NOT NULL DEFAULT '',
        their_interests TEXT NOT NULL DEFAULT '',
        our_benefits TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        organisation_id TEXT REFERENCES organisations(id) ON DELETE RESTRICT,
        email TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE agreements (
        id TEXT PRIMARY KEY,
        partner TEXT NOT NULL,
        signed TEXT,
        scope TEXT,
        themes TEXT NOT NULL DEFAULT '[]',
        min_official_visits_per_year INTEGER,
        status TEXT
    )""",
    """CREATE TABLE delegations (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        direction TEXT NOT NULL,
        purpose TEXT NOT NULL,
        start TEXT NOT NULL,
        "end" TEXT NOT NULL,
        partner_region TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        themes TEXT NOT NULL DEFAULT '[]',
        agreement_id TEXT REFERENCES agreements(id) ON DELETE RESTRICT,
        initiator_kind TEXT,
        initiator_organisation_id TEXT REFERENCES organisations(id) ON DELETE RESTRICT,
        initiator_requested INTEGER,
        notes TEXT NOT NULL DEFAULT '',
        home_politicians INTEGER NOT NULL DEFAULT 0,
        revision INTEGER NOT NULL DEFAULT 1
    )""",
    """CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
        side TEXT NOT NULL DEFAULT 'home',
        role TEXT,
        justification TEXT NOT NULL DEFAULT '',
        UNIQUE (delegation_id, person_id)
    )""",
    """CREATE TABLE programme_items (
        id INTEGER PRIMARY KEY,
        delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        start TEXT NOT NULL,
        "end" TEXT,
        title TEXT NOT NULL,
        venue TEXT NOT NULL DEFAULT '',
        counterpart_id TEXT REFERENCES organisations(id) ON DELETE RESTRICT
    )""",
    """CREATE TABLE cost_lines (
        id INTEGER PRIMARY KEY,
        delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        category TEXT NOT NULL,
        planned REAL,
        actual REAL,
        currency TEXT NOT NULL
    )""",
    """CREATE TABLE grip_decisions (
        id INTEGER PRIMARY KEY,
        delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
    )""",
    """CREATE TABLE follow_up_points (
        id INTEGER PRIMARY KEY,
        delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        owner_person_id TEXT REFERENCES people(id) ON DELETE RESTRICT,
        owner_text TEXT NOT NULL DEFAULT '',
        due TEXT,
        status TEXT NOT NULL DEFAULT 'open',
        closed_on TEXT
    )""",
    """CREATE TABLE policy (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        min_justification_chars INTEGER NOT NULL,
        max_politicians_outbound INTEGER NOT NULL,
        priority_themes TEXT NOT NULL,
        min_follow_up_points INTEGER NOT NULL
    )""",
    "CREATE INDEX people_organisation ON people(organisation_id)",
    "CREATE INDEX people_name ON people(name COLLATE NOCASE)",
    "CREATE INDEX delegations_start ON delegations(start)",
    "CREATE INDEX delegations_title ON delegations(title COLLATE NOCASE)",
    "CREATE INDEX delegations_partner ON delegations(partner_region COLLATE NOCASE)",
    "CREATE INDEX delegations_agreement ON delegations(agreement_id)",
    "CREATE INDEX delegations_initiator ON delegations(initiator_organisation_id)",
    "CREATE INDEX participants_delegation ON participants(delegation_id, position)",
    "CREATE INDEX participants_person ON participants(person_id)",
    "CREATE INDEX programme_delegation ON programme_items(delegation_id, position)",
    "CREATE INDEX programme_counterpart ON programme_items(counterpart_id)",
    "CREATE INDEX costs_delegation ON cost_lines(delegation_id, position)",
    "CREATE INDEX decisions_delegation ON grip_decisions(delegation_id, id)",
    "CREATE INDEX follow_up_delegation ON follow_up_points(delegation_id, position)",
    "CREATE INDEX follow_up_owner ON follow_up_points(owner_person_id)",
    # The register shows each delegation's number of home-side politicians and sorts
    # by it; keeping it current in triggers avoids a join over every participant.
    "CREATE TRIGGER participants_ai AFTER INSERT ON participants BEGIN "
    + _POLITICIAN_COUNT.format(ref="NEW")
    + " END",
    "CREATE TRIGGER participants_ad AFTER DELETE ON participants BEGIN "
    + _POLITICIAN_COUNT.format(ref="OLD")
    + " END",
    "CREATE TRIGGER participants_au AFTER UPDATE ON participants BEGIN "
    + _POLITICIAN_COUNT.format(ref="OLD")
    + _POLITICIAN_COUNT.format(ref="NEW")
    + " END",
    """CREATE TRIGGER people_kind_au AFTER UPDATE OF kind ON people BEGIN
        UPDATE delegations SET home_politicians = (
            SELECT count(*) FROM participants p JOIN people x ON x.id = p.person_id
            WHERE p.delegation_id = delegations.id AND p.side = 'home' AND x.kind = 'politician'
        ) WHERE id IN (SELECT delegation_id FROM participants WHERE person_id = NEW.id);
    END""",
]

MIGRATIONS = Migrations("delegation_planner")


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


CHECKLISTS_AND_VERDICTS = [
    """CREATE TABLE checklist_templates (
        id INTEGER PRIMARY KEY,
        direction TEXT NOT NULL,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        days_before INTEGER NOT NULL,
        auto TEXT
    )""",
    """CREATE TABLE checklist_items (
        id INTEGER PRIMARY KEY,
        delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        days_before INTEGER NOT NULL,
        done INTEGER NOT NULL DEFAULT 0,
        done_on TEXT,
        auto TEXT
    )""",
    "CREATE INDEX checklist_delegation ON checklist_items(delegation_id, position)",
    # The GRIP verdict is stored so that the register can show and filter it over
    # years of records; it is recomputed whenever its inputs change.
    "ALTER TABLE delegations ADD COLUMN grip_verdict TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX delegations_verdict ON delegations(grip_verdict)",
]


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


RESULTS_AND_REVIEWS = [
    "ALTER TABLE agreements ADD COLUMN review_date TEXT",
    """CREATE TABLE results (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        date TEXT,
        description TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE result_delegations (
        result_id TEXT NOT NULL REFERENCES results(id) ON DELETE CASCADE,
        delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        PRIMARY KEY (result_id, delegation_id)
    )""",
    """CREATE TABLE result_organisations (
        result_id TEXT NOT NULL REFERENCES results(id) ON DELETE CASCADE,
        organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        PRIMARY KEY (result_id, organisation_id)
    )""",
    "CREATE INDEX result_delegations_delegation ON result_delegations(delegation_id)",
    "CREATE INDEX result_organisations_organisation ON result_organisations(organisation_id)",
    "CREATE INDEX follow_up_status_due ON follow_up_points(status, due)",
]


@MIGRATIONS(name="0003_results_and_reviews")
def _results_and_reviews(db: Database) -> None:
    for statement in RESULTS_AND_REVIEWS:
        db.execute(statement)


PARTICIPANTS_PER_SIDE = [
    # The contract lets one person stand on both sides of a delegation, once on each;
    # SQLite cannot change a table's UNIQUE constraint, so the table is rebuilt.
    "DROP TRIGGER people_kind_au",
    """CREATE TABLE participants_new (
        id INTEGER PRIMARY KEY,
        delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
        side TEXT NOT NULL DEFAULT 'home',
        role TEXT,
        justification TEXT NOT NULL DEFAULT '',
        UNIQUE (delegation_id, person_id, side)
    )""",
    "INSERT INTO participants_new SELECT id, delegation_id, position, person_id, side, role, justification "
    "FROM participants",
    "DROP TABLE participants",
    "ALTER TABLE participants_new RENAME TO participants",
    "CREATE INDEX participants_delegation ON participants(delegation_id, position)",
    "CREATE INDEX participants_person ON participants(person_id)",
    *[s for s in INITIAL if s.startswith("CREATE TRIGGER")],
]


@MIGRATIONS(name="0004_participants_per_side")
def _participants_per_side(db: Database) -> None:
    for statement in PARTICIPANTS_PER_SIDE:
        db.execute(statement)


OFFICE_PROFILE = [
    # Who the office is (name, decision body, document language, theme labels) beside the
    # policy; the letterhead as the .docx bytes, so every document uses it on every machine.
    """CREATE TABLE office_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        profile TEXT NOT NULL,
        letterhead BLOB
    )""",
    f"ALTER TABLE policy ADD COLUMN criteria TEXT NOT NULL DEFAULT '{json.dumps(list(CRITERIA))}'",
    # Checklist templates in each language; those kept so far were English.
    "ALTER TABLE checklist_templates ADD COLUMN language TEXT NOT NULL DEFAULT 'en'",
    "CREATE INDEX checklist_templates_direction ON checklist_templates(direction, language, position)",
]


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


RETENTION = [
    # How many years a person is kept after their last visit before the office reviews
    # (and usually erases) them; stored with the policy profile.
    "ALTER TABLE policy ADD COLUMN retention_years INTEGER NOT NULL DEFAULT 5",
]


@MIGRATIONS(name="0006_retention")
def _retention(db: Database) -> None:
    for statement in RETENTION:
        db.execute(statement)


# The count of home-side politicians is kept by adding and subtracting one per row:
# the first triggers recounted the whole delegation on every insert, so adding n
# participants (a participant list, an import) cost n^2 row visits.
_IS_HOME_POLITICIAN = (
    "{ref}.side = 'home' AND (SELECT kind FROM people WHERE id = {ref}.person_id) = 'politician'"
)

INCREMENTAL_COUNTS = [
    "DROP TRIGGER participants_ai",
    "DROP TRIGGER participants_ad",
    "DROP TRIGGER participants_au",
    "CREATE TRIGGER participants_ai AFTER INSERT ON participants WHEN "
    + _IS_HOME_POLITICIAN.format(ref="NEW")
    + " BEGIN UPDATE delegations SET home_politicians = home_politicians + 1 WHERE id = NEW.delegation_id; END",
    "CREATE TRIGGER participants_ad AFTER DELETE ON participants WHEN "
    + _IS_HOME_POLITICIAN.format(ref="OLD")
    + " BEGIN UPDATE delegations SET home_politicians = home_politicians - 1 WHERE id = OLD.delegation_id; END",
    "CREATE TRIGGER participants_au AFTER UPDATE ON participants BEGIN "
    + _POLITICIAN_COUNT.format(ref="OLD")
    + _POLITICIAN_COUNT.format(ref="NEW")
    + " END",
    # From now on each change adds or subtracts one, so the counts must start right:
    # every delegation is counted once more, in full.
    """UPDATE delegations SET home_politicians = (
        SELECT count(*) FROM participants p JOIN people x ON x.id = p.person_id
        WHERE p.delegation_id = delegations.id AND p.side = 'home' AND x.kind = 'politician'
    )""",
]


@MIGRATIONS(name="0007_linear_politician_counts")
def _incremental_counts(db: Database) -> None:
    for statement in INCREMENTAL_COUNTS:
        db.execute(statement)


@MIGRATIONS(name="0005_people_phone")
def _people_phone(db: Database) -> None:
    # The office's own (for the briefing's contact table); the interchange file does not carry it.
    db.execute("ALTER TABLE people ADD COLUMN phone TEXT NOT NULL DEFAULT ''")


DELEGATION_STATUS = [
    "ALTER TABLE delegations ADD COLUMN status TEXT NOT NULL DEFAULT 'planned'",
    """CREATE TABLE status_changes (
        id INTEGER PRIMARY KEY,
        delegation_id TEXT NOT NULL REFERENCES delegations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        status TEXT NOT NULL,
        date TEXT NOT NULL,
        changed_by TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX status_changes_delegation ON status_changes(delegation_id, position)",
    # The everyday register shows open delegations and recent years: status and start
    # together let that filter (and "to close") use one index instead of a scan.
    "CREATE INDEX delegations_status_start ON delegations(status, start)",
    'CREATE INDEX delegations_status_end ON delegations(status, "end")',
]


@MIGRATIONS(name="0007_delegation_status")
def _delegation_status(db: Database) -> None:
    for statement in DELEGATION_STATUS:
        db.execute(statement)
    # domain.status.upgrade_status: a trip that ended before today took place.
    db.execute("UPDATE delegations SET status = 'completed' WHERE \"end\" < ?", [dt.date.today().isoformat()])


ATTACHMENTS = [
    # Invitations, signed agreements, decision letters, photographs: inside the register,
    # so that it stays one file and one backup. ``data`` is NULL for an attachment known
    # by name only (listed in another office's interchange file, which carries no bytes).
    """CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        delegation_id TEXT REFERENCES delegations(id) ON DELETE CASCADE,
        agreement_id TEXT REFERENCES agreements(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        size INTEGER NOT NULL DEFAULT 0,
        added_on TEXT NOT NULL,
        added_by TEXT NOT NULL DEFAULT '',
        data BLOB,
        CHECK ((delegation_id IS NULL) != (agreement_id IS NULL))
    )""",
    "CREATE INDEX attachments_delegation ON attachments(delegation_id, name)",
    "CREATE INDEX attachments_agreement ON attachments(agreement_id, name)",
]


@MIGRATIONS(name="0008_attachments")
def _attachments(db: Database) -> None:
    for statement in ATTACHMENTS:
        db.execute(statement)


AGREEMENTS_IN_FULL = [
    # Kind, signatories, expiry and the renewal decision; the activity plan's items are
    # follow-up points with agreement_id (see 0011_contacts).
    "ALTER TABLE agreements ADD COLUMN kind TEXT",
    "ALTER TABLE agreements ADD COLUMN signatories TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE agreements ADD COLUMN expiry TEXT",
    "ALTER TABLE agreements ADD COLUMN renewal TEXT",
    "ALTER TABLE agreements ADD COLUMN renewal_date TEXT",
    "ALTER TABLE agreements ADD COLUMN renewal_note TEXT NOT NULL DEFAULT ''",
    # Which visits count toward an agreement's minimum (domain.visit_rule); no row: the default.
    """CREATE TABLE visit_rule (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        directions TEXT NOT NULL,
        levels TEXT NOT NULL,
        completed_only INTEGER NOT NULL DEFAULT 0
    )""",
]


@MIGRATIONS(name="0009_agreements_in_full")
def _agreements_in_full(db: Database) -> None:
    for statement in AGREEMENTS_IN_FULL:
        db.execute(statement)


DOCUMENT_LOG = [
    # Every document the program writes, with the reference the office gives it; only the
    # last version of each document is kept whole (``data``), earlier ones keep their line.
    """CREATE TABLE document_log (
        id INTEGER PRIMARY KEY,
        delegation_id TEXT REFERENCES delegations(id) ON DELETE CASCADE,
        year INTEGER,
        kind TEXT NOT NULL,
        language TEXT NOT NULL,
        written_on TEXT NOT NULL,
        written_by TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL,
        file_name TEXT NOT NULL,
        data BLOB
    )""",
    "CREATE INDEX document_log_delegation ON document_log(delegation_id, id)",
    "CREATE INDEX document_log_year ON document_log(year, id)",
    "CREATE INDEX document_log_written ON document_log(written_on)",
    # The pattern references are proposed from, until the office profile carries it.
    """CREATE TABLE reference_pattern (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        pattern TEXT NOT NULL
    )""",
]


@MIGRATIONS(name="0010_document_log")
def _document_log(db: Database) -> None:
    for statement in DOCUMENT_LOG:
        db.execute(statement)


CONTACTS = [
    """CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        agreement_id TEXT REFERENCES agreements(id) ON DELETE RESTRICT,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        participants TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX contacts_organisation ON contacts(organisation_id, date)",
    "CREATE INDEX contacts_agreement ON contacts(agreement_id, date)",
    # A contact's follow-up points live with the visits' ones, so that one overview, one
    # count and one "mark done" serve both; SQLite cannot relax NOT NULL, so the table is rebuilt.
    """CREATE TABLE follow_up_points_new (
        id INTEGER PRIMARY KEY,
        delegation_id TEXT REFERENCES delegations(id) ON DELETE CASCADE,
        contact_id TEXT REFERENCES contacts(id) ON DELETE CASCADE,
        agreement_id TEXT REFERENCES agreements(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        owner_person_id TEXT REFERENCES people(id) ON DELETE RESTRICT,
        owner_text TEXT NOT NULL DEFAULT '',
        due TEXT,
        status TEXT NOT NULL DEFAULT 'open',
        closed_on TEXT,
        -- A point belongs to exactly one of: a visit, a contact, an agreement's activity plan.
        CHECK ((delegation_id IS NOT NULL) + (contact_id IS NOT NULL) + (agreement_id IS NOT NULL) = 1)
    )""",
    "INSERT INTO follow_up_points_new (id, delegation_id, position, text, owner_person_id, owner_text, due, "
    "status, closed_on) SELECT id, delegation_id, position, text, owner_person_id, owner_text, due, status, "
    "closed_on FROM follow_up_points",
    "DROP TABLE follow_up_points",
    "ALTER TABLE follow_up_points_new RENAME TO follow_up_points",
    "CREATE INDEX follow_up_delegation ON follow_up_points(delegation_id, position)",
    "CREATE INDEX follow_up_contact ON follow_up_points(contact_id, position)",
    "CREATE INDEX follow_up_agreement ON follow_up_points(agreement_id, position)",
    "CREATE INDEX follow_up_owner ON follow_up_points(owner_person_id)",
    "CREATE INDEX follow_up_status_due ON follow_up_points(status, due)",
]


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


CHANGE_LOG = [
    # Who changed what and when, kept by the repositories on both engines: on a server
    # "who" is the login role, on a file the operating-system user.
    """CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        action TEXT NOT NULL,
        revision INTEGER
    )""",
    "CREATE INDEX change_log_record ON change_log(kind, record_id, id)",
]


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


# The schema number of this program; a file with a higher one is refused.
SCHEMA_VERSION = 17
