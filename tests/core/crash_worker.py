"""A child process for the crash tests: one write operation, killed mid-way.

``python -m tests.core.crash_worker OPERATION REGISTER [FILE] [--kill-at N]`` prints
``go`` once everything is imported and the operation is about to start (the parent
starts its clock then), and ``done S`` when it finished after S steps of SQLite work.
With ``--kill-at N`` it sends itself SIGKILL at its N-th step, which lands a kill at
a seeded point of SQLite's own work; the parent kills by time as well.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import sqlite3
import sys
from pathlib import Path
from typing import Any

SAVES = 10


def main(argv: list[str]) -> int:
    kill_at = 0
    if "--kill-at" in argv:
        index = argv.index("--kill-at")
        kill_at = int(argv[index + 1])
        del argv[index : index + 2]
    operation, register = argv[0], Path(argv[1])
    steps = _count_steps(kill_at)
    from delegation_planner import cli
    from delegation_planner.storage import repository
    from delegation_planner.storage.database import open_database

    print("go", flush=True)
    db = None
    if operation in ("save", "policy"):
        db = open_database(register)
    if operation == "import":
        code = cli.main(["import", argv[2], "--db", str(register)])
        if code != 0:
            return code
    elif operation == "save":
        assert db is not None
        key = db.execute("SELECT id FROM delegations ORDER BY id LIMIT 1").fetchone()[0]
        for number in range(SAVES):
            delegation, revision = repository.load_delegation(db, key)
            # Every part's order changes too: a save writes only what changed, and a title
            # alone is too little writing for the kills to land inside it.
            changed = dataclasses.replace(
                delegation,
                title=f"title {number}",
                participants=delegation.participants[::-1],
                programme=delegation.programme[::-1],
                costs=delegation.costs[::-1],
                follow_up_points=delegation.follow_up_points[::-1],
            )
            repository.save_delegation(db, changed, revision)
    elif operation == "policy":
        assert db is not None
        policy = repository.load_policy(db)
        changed = dataclasses.replace(
            policy,
            name="Changed policy",
            max_politicians_outbound=0,
            min_justification_chars=500,
            priority_themes=[],
        )
        repository.save_policy(db, changed)  # most delegations' verdicts change
    elif operation == "upgrade":
        open_database(register).close()
    else:
        raise SystemExit(f"unknown operation {operation}")
    if db is not None:
        db.close()
    print(f"done {steps[0]}", flush=True)
    return 0


def _count_steps(kill_at: int) -> list[int]:
    """Count the work of every connection opened from now on (in steps of 100 SQLite
    instructions); die by SIGKILL at step ``kill_at`` — inside a statement, the middle
    of a bulk insert or a commit included."""
    count = [0]
    connect = sqlite3.connect

    def step() -> int:
        count[0] += 1
        if count[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return 0

    def traced_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)
        # A page cache of a few pages makes SQLite write changed pages into the file
        # before the commit, as a large import does: a kill then leaves a *hot* journal.
        conn.execute("PRAGMA cache_size = 8")
        conn.set_progress_handler(step, 100)
        return conn

    sqlite3.connect = traced_connect  # type: ignore[assignment]
    return count


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
