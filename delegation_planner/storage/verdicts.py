"""The stored GRIP verdict of each delegation, kept current.

The register shows and filters by verdict over years of records, which cannot
wait for every delegation to be evaluated on each keystroke; so the verdict is
stored in ``delegations.grip_verdict`` and recomputed by whoever changes one of
its inputs: the delegation itself, a person's kind, or the policy profile.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable

from sqlite_utils import Database

from delegation_planner.domain.grip_verdict import verdict_of
from delegation_planner.domain.policy import PolicyProfile
from delegation_planner.storage.policy_store import load_policy
from delegation_planner.storage.politicians import home_politician_sql

CHUNK = 2000


def refresh_verdicts(
    db: Database,
    keys: Iterable[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Recompute the verdicts of ``keys`` (all delegations when None); return how many.

    The inputs are read with three set-based queries (per chunk of keys), the verdicts
    computed from plain values, and only the verdicts that changed written, in one
    statement, so re-checking an unchanged register leaves the file as it was.
    """
    policy = load_policy(db)
    if keys is None:
        chunks: list[list[str] | None] = [None]
        total = int(db.execute("SELECT count(*) FROM delegations").fetchone()[0])
    else:
        wanted = sorted(set(keys))
        total = len(wanted)
        chunks = [wanted[start : start + CHUNK] for start in range(0, total, CHUNK)]
    done = 0
    for chunk in chunks:
        changed, seen = _changed_verdicts(db, chunk, policy)
        if changed:
            db.conn.executemany("UPDATE delegations SET grip_verdict = ? WHERE rowid = ?", changed)
        done += seen
        if progress:
            progress(min(done, total), total)
    return total


def _changed_verdicts(
    db: Database, keys: list[str] | None, policy: PolicyProfile
) -> tuple[list[tuple[str, int]], int]:
    """(verdict, rowid) of each delegation of ``keys`` (all when None) whose stored verdict differs."""
    where, params = ("", []) if keys is None else (f"IN ({','.join('?' * len(keys))})", keys)
    justifications: defaultdict[str, list[str]] = defaultdict(list)
    politicians = (
        # The whole register: from the politicians to their participations (people is the
        # smaller table), so that only the rows returned are read.
        "SELECT p.delegation_id, p.justification FROM people x CROSS JOIN participants p "
        f"ON p.person_id = x.id WHERE {home_politician_sql('p', 'x')}"
        if keys is None
        else "SELECT p.delegation_id, p.justification FROM participants p JOIN people x ON x.id = p.person_id "
        f"WHERE p.delegation_id {where} AND {home_politician_sql('p', 'x')}"
    )
    for key, text in db.execute(politicians, params):
        justifications[key].append(text)
    decisions: dict[str, tuple[str, str] | None] = {}
    for key, outcome, date in db.execute(
        "SELECT delegation_id, outcome, date FROM grip_decisions"
        + (f" WHERE delegation_id {where}" if where else "")
        + " ORDER BY id",
        params,
    ):
        # The latest row is the current decision; a withdrawn one has no outcome.
        decisions[key] = (outcome, date) if outcome else None
    # Without home-side politicians only the themes decide, so those verdicts (three
    # quarters of a register) are computed once per distinct list of themes.
    without_politicians: dict[str, str] = {}
    changed: list[tuple[str, int]] = []
    seen = 0
    for rowid, key, direction, purpose, start, themes, kind, requested, stored in db.execute(
        "SELECT rowid, id, direction, purpose, start, themes, initiator_kind, initiator_requested, "
        "grip_verdict FROM delegations" + (f" WHERE id {where}" if where else ""),
        params,
    ):
        seen += 1
        texts = justifications.get(key)
        if texts is None and themes in without_politicians:
            verdict = without_politicians[themes]
        else:
            verdict = verdict_of(
                direction=direction,
                purpose=purpose,
                start=start,
                themes=json.loads(themes),
                initiator_kind=kind or None,
                initiator_requested=None if requested is None else bool(requested),
                decision=decisions.get(key),
                justifications=texts or (),
                policy=policy,
            ).value
            if texts is None:
                without_politicians[themes] = verdict
        if verdict != stored:
            changed.append((verdict, rowid))
    return changed, seen


def delegations_with_person(db: Database, person_key: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT delegation_id FROM participants WHERE person_id = ?", [person_key]
        )
    ]
