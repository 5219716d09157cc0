"""Who may do what on a server register: three group roles, enforced by the server.

``server init`` creates the roles (``NOLOGIN``: an office grants them to people's
own login roles) and grants:

* ``delegation_planner_reader``: read everything;
* ``delegation_planner_editor``: a reader who also writes delegations, people,
  organisations, agreements, results and follow-up;
* ``delegation_planner_decider``: an editor who also records the decision body's
  decisions and changes the office's policy profile and checklist templates.

The window asks the server (``has_table_privilege``) what the person may do and
greys out the rest; the grants are what actually stop a change.
"""

from __future__ import annotations

from delegation_planner.storage.server import ServerDatabase

READER = "delegation_planner_reader"
EDITOR = "delegation_planner_editor"
DECIDER = "delegation_planner_decider"
ROLES = (READER, EDITOR, DECIDER)

# Tables only a decider writes: the decision body's decisions and the office's profile.
DECIDER_TABLES = ("grip_decisions", "policy", "checklist_templates", "office_profile")
# The register's own bookkeeping: written only by whoever runs `server init`.
SCHEMA_TABLES = ("register_meta", "register_migrations")


def prepare_server(db: ServerDatabase) -> None:
    """Create the group roles when missing and grant them on every table of the register."""
    for role in ROLES:
        db.pg.execute(
            "DO $role$ BEGIN "
            f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
            f"CREATE ROLE {role} NOLOGIN; END IF; END $role$"
        )
    for member, group in ((EDITOR, READER), (DECIDER, EDITOR)):
        # Granted once per server (the roles are shared by its databases).
        db.pg.execute(
            "DO $member$ BEGIN IF NOT EXISTS (SELECT FROM pg_auth_members m "
            "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
            f"WHERE g.rolname = '{group}' AND u.rolname = '{member}') THEN "
            f"GRANT {group} TO {member}; END IF; END $member$"
        )
    schema = db.pg.execute("SELECT current_schema()").fetchone()
    name = '"' + str(schema[0] if schema else "public").replace('"', '""') + '"'
    db.pg.execute(f"GRANT USAGE ON SCHEMA {name} TO {READER}")
    tables = [
        row[0]
        for row in db.pg.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        ).fetchall()
    ]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        db.pg.execute(f"GRANT SELECT ON {quoted} TO {READER}")
        if table in SCHEMA_TABLES:
            continue
        writer = DECIDER if table in DECIDER_TABLES else EDITOR
        db.pg.execute(f"GRANT INSERT, UPDATE, DELETE ON {quoted} TO {writer}")
    db.pg.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {name} TO {EDITOR}")


def may_write(db: ServerDatabase, table: str) -> bool:
    """Whether the connected person may change ``table`` (asked of the server)."""
    row = db.pg.execute("SELECT has_table_privilege(%s, 'UPDATE')", [table]).fetchone()
    return bool(row and row[0])
