"""The GRIP verdict (``domain.grip``) as one set-based SQL statement, for re-checking
many delegations at once.

After a policy change every verdict of the register is computed again; reading
100,000 delegations with their politicians into Python to do it took seconds.
Here the verdict is a ``CASE`` over each delegation's row, its home-side
politicians (``storage.politicians``, counted and the shortest justification
measured per delegation) and its latest GRIP decision, and one ``UPDATE`` writes
the verdicts that differ. The statement is generated from the policy and the
domain's enum values, so a renamed value cannot leave it behind;
``tests/core/test_grip_sql.py`` holds it to ``grip.evaluate`` on random
registers, for every set of criteria, on both engines.

Each criterion as ``evaluate`` has it (the worst level wins; a criterion the
office does not apply never counts):

* without home-side politicians only the themes decide: ``warn`` when none of
  the delegation's themes is a priority theme;
* a justification shorter than the minimum (surrounding white space left out,
  as Python's ``str.strip`` sees it), no approving decision on or before the
  first day, or business promotion initiated from above (or by nobody) fails;
* business promotion not asked for by the partner, more politicians on an
  outbound trip than the policy allows, or no priority theme warns.
"""

from __future__ import annotations

from collections.abc import Sequence

from delegation_planner.domain.enums import DecisionOutcome, Direction, InitiatorKind, Level, Purpose
from delegation_planner.domain.policy import PolicyProfile
from delegation_planner.storage.politicians import home_politician_sql

# What ``str.strip()`` takes off a justification: every character Python calls white space
# (written out: finding them among all code points took 0.45 s at every start; a test
# finds them again and compares).
WHITE_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

_APPROVING = (DecisionOutcome.APPROVED.value, DecisionOutcome.APPROVED_WITH_CONDITIONS.value)
# A business promotion initiated by these (or by nobody: no kind) is not bottom-up.
_FROM_ABOVE = ("", InitiatorKind.POLITICAL.value, InitiatorKind.REGION.value)


def _literals(values: Sequence[str]) -> str:
    return ", ".join("'" + value.replace("'", "''") + "'" for value in values)


def verdict_update(
    policy: PolicyProfile, keys: Sequence[str] | None = None, *, server: bool = False
) -> tuple[str, list[object]]:
    """``UPDATE delegations`` setting ``grip_verdict`` where it differs from the verdict
    under ``policy``, for the delegations ``keys`` (all when None), with its parameters.

    Written in SQLite's dialect, as all the storage code is, except the two functions the
    engines name differently (the themes' JSON array and trimming given characters);
    ``server`` asks for the server's names of those."""
    applies = frozenset(policy.criteria)
    keys_sql = "" if keys is None else f"IN ({', '.join('?' * len(keys))})"
    key_params: list[object] = [] if keys is None else list(keys)
    pass_, warn, fail = (f"'{level.value}'" for level in (Level.PASS, Level.WARN, Level.FAIL))

    trim = "btrim" if server else "trim"
    # The whole register: from the politicians (people is the smaller table) to their
    # participations; a few delegations: from their participants to the people.
    joined = (
        "people x CROSS JOIN participants p ON p.person_id = x.id WHERE "
        if keys is None
        else f"participants p JOIN people x ON x.id = p.person_id WHERE p.delegation_id {keys_sql} AND "
    )
    ctes = [
        "politicians AS (SELECT p.delegation_id AS delegation_id, count(*) AS n, "
        f"min(length({trim}(p.justification, ?))) AS shortest "
        f"FROM {joined}{home_politician_sql('p', 'x')} GROUP BY p.delegation_id)"
    ]
    params: list[object] = [WHITE_SPACE, *key_params]
    joins = "LEFT JOIN politicians j ON j.delegation_id = d.id"

    themes_level = pass_
    if "theme_priority" in applies and not policy.priority_themes:
        themes_level = warn
    elif "theme_priority" in applies:
        # A register has a few dozen different lists of themes: each is read once, not per row.
        elements = (
            "json_array_elements_text(CAST(u.themes AS json)) AS t(value)"
            if server
            else "json_each(u.themes) AS t"
        )
        ctes.append(
            "themes AS MATERIALIZED (SELECT u.themes AS themes, CASE WHEN EXISTS (SELECT 1 FROM "
            f"{elements} WHERE t.value IN ({', '.join('?' * len(policy.priority_themes))})) "
            f"THEN {pass_} ELSE {warn} END AS level FROM (SELECT DISTINCT themes FROM delegations"
            + (f" WHERE id {keys_sql}" if keys is not None else "")
            + ") AS u)"
        )
        params += [*policy.priority_themes, *key_params]
        joins += " JOIN themes th ON th.themes = d.themes"
        themes_level = "th.level"

    # Without home-side politicians only the themes decide; with them, the first rule
    # that fails decides, else any that warns.
    branches = [f"WHEN j.n IS NULL THEN {themes_level}"]
    if "justification" in applies:
        branches.append(f"WHEN j.shortest < {int(policy.min_justification_chars)} THEN {fail}")
    if "grip_decision" in applies:
        # The latest decision is the current one; a withdrawn one (no outcome) approves nothing.
        branches.append(
            "WHEN coalesce((SELECT CASE WHEN g.outcome IN "
            f"({_literals(_APPROVING)}) AND g.date <= d.start THEN 1 ELSE 0 END "
            "FROM grip_decisions g WHERE g.delegation_id = d.id ORDER BY g.id DESC LIMIT 1), 0) = 0 "
            f"THEN {fail}"
        )
    if "bottom_up" in applies:
        promotion = f"d.purpose = '{Purpose.BUSINESS_PROMOTION.value}'"
        branches.append(
            f"WHEN {promotion} AND coalesce(d.initiator_kind, '') IN ({_literals(_FROM_ABOVE)}) THEN {fail}"
        )
        branches.append(f"WHEN {promotion} AND coalesce(d.initiator_requested, 0) = 0 THEN {warn}")
    if "delegation_size" in applies:
        branches.append(
            f"WHEN d.direction = '{Direction.OUTBOUND.value}' "
            f"AND j.n > {int(policy.max_politicians_outbound)} THEN {warn}"
        )
    verdict = f"CASE {' '.join(branches)} ELSE {themes_level} END"
    # Only the rows whose verdict changes are kept, and only they are written.
    ctes.append(
        "verdicts AS MATERIALIZED (SELECT row_key, verdict FROM (SELECT d.rowid AS row_key, "
        f"d.grip_verdict AS stored, {verdict} AS verdict FROM delegations d {joins}"
        + (f" WHERE d.id {keys_sql}" if keys is not None else "")
        + ") AS e WHERE verdict <> stored)"
    )
    params += key_params
    sql = (
        f"WITH {', '.join(ctes)} UPDATE delegations SET grip_verdict = v.verdict FROM verdicts v "
        "WHERE delegations.rowid = v.row_key"
    )
    return sql, params
