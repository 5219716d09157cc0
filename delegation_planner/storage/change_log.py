"""Who did what: every change to a record is logged with its author and time.

On a server the author is the login role the server knows the person by
(``session_user``: it cannot be forged by the program); on a file it is the
operating-system user running the program. The log is written in the same
transaction as the change it describes, so neither exists without the other.
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass
from typing import TYPE_CHECKING

from delegation_planner.storage.dialect import is_server
from delegation_planner.texts.catalogue import tr

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Change:
    """One entry of a record's history: when, who, what and which revision."""

    at: dt.datetime
    who: str
    action: str  # 'created', 'changed', 'deleted'
    revision: int | None


def actor(db: Database) -> str:
    if is_server(db):
        row = db.pg.execute("SELECT session_user").fetchone()
        return str(row[0]) if row else "unknown"
    return os_user()


def os_user() -> str:
    """The operating-system user running the program: a file register's author."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


# The channel on which a server register tells the open windows what was saved; the
# payload is "kind\trecord id\taction\twho" (the server sends it when the change commits,
# and not at all when it is rolled back).
CHANNEL = "delegation_planner_changes"


def record(db: Database, kind: str, record_id: str, action: str, revision: int | None = None) -> None:
    """Log one change (call inside the change's own transaction)."""
    who = actor(db)
    if is_server(db):
        db.pg.execute("SELECT pg_notify(%s, %s)", [CHANNEL, "\t".join((kind, record_id, action, who))])
    db.execute(
        "INSERT INTO change_log (at, who, kind, record_id, action, revision) VALUES (?, ?, ?, ?, ?, ?)",
        [
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            who,
            kind,
            record_id,
            action,
            revision,
        ],
    )


def record_many(
    db: Database, kind: str, record_ids: list[str], action: str, revision: int | None = None
) -> None:
    """Log the same change to many records (an import's new delegations) in one statement;
    a server announces it once, with ``*`` for the key (the windows read their lists again)."""
    if not record_ids:
        return
    who = actor(db)
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    if is_server(db):
        db.pg.execute("SELECT pg_notify(%s, %s)", [CHANNEL, "\t".join((kind, "*", action, who))])
    db.conn.executemany(
        "INSERT INTO change_log (at, who, kind, record_id, action, revision) VALUES (?, ?, ?, ?, ?, ?)",
        [(at, who, kind, key, action, revision) for key in record_ids],
    )


def rename_record(db: Database, kind: str, old: str, new: str) -> None:
    """Log entries follow a record whose key changes (an erased person's pseudonym), so
    the old key (which may hold the name) is nowhere in the log afterwards."""
    db.execute("UPDATE change_log SET record_id = ? WHERE kind = ? AND record_id = ?", [new, kind, old])


def history(db: Database, kind: str, record_id: str) -> list[Change]:
    """The record's changes, oldest first."""
    return [
        Change(dt.datetime.fromisoformat(r[0]), str(r[1]), str(r[2]), r[3])
        for r in db.execute(
            "SELECT at, who, action, revision FROM change_log WHERE kind = ? AND record_id = ? ORDER BY id",
            [kind, record_id],
        ).fetchall()
    ]


def last_change(db: Database, kind: str, record_id: str) -> Change | None:
    row = db.execute(
        "SELECT at, who, action, revision FROM change_log WHERE kind = ? AND record_id = ? "
        "ORDER BY id DESC LIMIT 1",
        [kind, record_id],
    ).fetchone()
    return Change(dt.datetime.fromisoformat(row[0]), str(row[1]), str(row[2]), row[3]) if row else None


def describe(change: Change | None) -> str:
    """'by anna on 2026-11-29 at 14:33' (local time), or '' when nothing was logged."""
    if change is None:
        return ""
    local = change.at.astimezone()
    return tr(
        " by {who} on {date} at {time}",
        who=change.who,
        date=local.strftime("%Y-%m-%d"),
        time=local.strftime("%H:%M"),
    )
