"""The home-side politician rule (``domain.politicians``) as SQL, for queries that
count or list politicians without loading every delegation.

Generated from the domain's enum values, so a renamed value cannot leave the SQL
behind; ``tests/core/test_politician_rule.py`` checks it against the domain's
function for every side and kind.
"""

from __future__ import annotations

from delegation_planner.domain.politicians import HOME_SIDE, POLITICIAN_KIND


def home_politician_sql(participant: str = "p", person: str = "x") -> str:
    """A condition on a participants row (alias ``participant``) joined to its people
    row (alias ``person``): true when the participant counts as a politician."""
    for alias in (participant, person):
        if not alias.isidentifier():
            raise ValueError(f"not a table alias: {alias!r}")
    return f"{participant}.side = '{HOME_SIDE.value}' AND {person}.kind = '{POLITICIAN_KIND.value}'"
