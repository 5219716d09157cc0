"""The stored GRIP verdict of each delegation, kept current.

The register shows and filters by verdict over years of records, which cannot
wait for every delegation to be evaluated on each keystroke; so the verdict is
stored in ``delegations.grip_verdict`` and recomputed by whoever changes one of
its inputs: the delegation itself, a person's kind, or the policy profile.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from delegation_planner.storage.dialect import is_server
from delegation_planner.storage.grip_sql import verdict_update
from delegation_planner.storage.policy_store import load_policy

if TYPE_CHECKING:
    from sqlite_utils import Database

CHUNK = 2000


def refresh_verdicts(
    db: Database,
    keys: Iterable[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Recompute the verdicts of ``keys`` (all delegations when None); return how many.

    The engine computes them, one statement per chunk of keys (``storage.grip_sql``),
    and writes only the verdicts that changed, so re-checking an unchanged register
    leaves the file as it was. A verdict is derived, not edited: it changes no
    revision and leaves no line in the change log (the policy change itself does).
    """
    policy = load_policy(db)
    server = is_server(db)
    if keys is None:
        chunks: list[list[str] | None] = [None]
        total = int(db.execute("SELECT count(*) FROM delegations").fetchone()[0])
    else:
        wanted = sorted(set(keys))
        total = len(wanted)
        chunks = [wanted[start : start + CHUNK] for start in range(0, total, CHUNK)]
    done = 0
    for chunk in chunks:
        sql, params = verdict_update(policy, chunk, server=server)
        db.execute(sql, params)
        done += total if chunk is None else len(chunk)
        if progress:
            progress(min(done, total), total)
    return total


def delegations_with_person(db: Database, person_key: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT delegation_id FROM participants WHERE person_id = ?", [person_key]
        )
    ]
