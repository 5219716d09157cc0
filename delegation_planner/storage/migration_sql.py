"""The SQL statements of the schema's migration steps (``storage/schema.py``), step by step.

A step's statements are history: a register upgraded once must come out the same as
one created today, so a list here is never edited after it shipped; a change is a new
step at the end of ``schema.py``.
Each list holds single statements, run one by one inside the step's transaction.
"""

from __future__ import annotations

import json

from delegation_planner.domain.policy import CRITERIA

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

RETENTION = [
    # How many years a person is kept after their last visit before the office reviews
    # (and usually erases) them; stored with the policy profile.
    "ALTER TABLE policy ADD COLUMN retention_years INTEGER NOT NULL DEFAULT 5",
]

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

# A person's delegations recounted only when their kind changed (see schema step 0019).
PEOPLE_KIND_CHANGED = """CREATE TRIGGER people_kind_au AFTER UPDATE OF kind ON people
    WHEN OLD.kind <> NEW.kind BEGIN
        UPDATE delegations SET home_politicians = (
            SELECT count(*) FROM participants p JOIN people x ON x.id = p.person_id
            WHERE p.delegation_id = delegations.id AND p.side = 'home' AND x.kind = 'politician'
        ) WHERE id IN (SELECT delegation_id FROM participants WHERE person_id = NEW.id);
    END"""
