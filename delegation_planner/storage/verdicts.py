"""The stored GRIP verdict of each delegation, kept current.

The register shows and filters by verdict over years of records, which cannot
wait for every delegation to be evaluated on each keystroke; so the verdict is
stored in ``delegations.grip_verdict`` and recomputed by whoever changes one of
its inputs: the delegation itself, a person's kind, or the policy profile.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from sqlite_utils import Database

from delegation_planner.domain import grip
from delegation_planner.domain.records import Delegation, Person
from delegation_planner.storage import rows
from delegation_planner.storage.policy_store import load_policy

CHUNK = 2000


def refresh_verdicts(
    db: Database,
    keys: Iterable[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Recompute the verdicts of ``keys`` (all delegations when None); return how many."""
    policy = load_policy(db)
    wanted = (
        [r[0] for r in db.execute("SELECT id FROM delegations").fetchall()]
        if keys is None
        else sorted(set(keys))
    )
    total = len(wanted)
    for start in range(0, total, CHUNK):
        chunk = wanted[start : start + CHUNK]
        delegations = _load_for_rules(db, chunk)
        people = _people_of(db, delegations)
        # Only verdicts that changed are written, so re-checking an unchanged register
        # leaves the file as it was.
        verdicts = [grip.evaluate(d, people, policy).verdict.value for d in delegations]
        db.conn.executemany(
            "UPDATE delegations SET grip_verdict = ? WHERE id = ? AND grip_verdict != ?",
            [(v, d.id, v) for v, d in zip(verdicts, delegations, strict=True)],
        )
        if progress:
            progress(min(start + CHUNK, total), total)
    return total


def delegations_with_person(db: Database, person_key: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT delegation_id FROM participants WHERE person_id = ?", [person_key]
        )
    ]


def _load_for_rules(db: Database, keys: Sequence[str]) -> list[Delegation]:
    """Just what the rules read: the delegation row, its participants and its decision."""
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    by_key = {
        r["id"]: rows.delegation_from(r)
        for r in db.query(f"SELECT * FROM delegations WHERE id IN ({marks})", keys)
    }
    for r in db.query(
        f"SELECT * FROM participants WHERE delegation_id IN ({marks}) ORDER BY delegation_id, position", keys
    ):
        by_key[r["delegation_id"]].participants.append(rows.participant_from(r))
    latest: dict[str, dict[str, object]] = {}
    for r in db.query(f"SELECT * FROM grip_decisions WHERE delegation_id IN ({marks}) ORDER BY id", keys):
        latest[r["delegation_id"]] = r
    for key, r in latest.items():
        if r["outcome"]:
            by_key[key].grip_decision = rows.decision_from(r)
    return list(by_key.values())


def _people_of(db: Database, delegations: list[Delegation]) -> dict[str, Person]:
    wanted = sorted({p.person for d in delegations for p in d.participants})
    found: dict[str, Person] = {}
    grouped: defaultdict[int, list[str]] = defaultdict(list)
    for i, key in enumerate(wanted):
        grouped[i // 500].append(key)
    for chunk in grouped.values():
        marks = ",".join("?" * len(chunk))
        for r in db.query(f"SELECT * FROM people WHERE id IN ({marks})", chunk):
            found[r["id"]] = rows.person_from(r)
    return found
