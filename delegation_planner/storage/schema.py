"""The database schema as an ordered list of ``sqlite_utils.Migrations`` steps.

Each step is a list of single statements run inside the migration's transaction
(``executescript`` would commit half-way). Add new steps at the end only; the
number of steps is the schema number written to ``PRAGMA user_version``.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from delegation_planner.domain.checklist import default_template
from delegation_planner.domain.enums import Direction
from delegation_planner.domain.policy import PolicyProfile

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


@MIGRATIONS(name="0008_change_log")
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


# The schema number of this program; a file with a higher one is refused.
SCHEMA_VERSION = 8
