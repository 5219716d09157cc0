"""Which visits count toward an agreement's yearly minimum of official-level visits.

The Skåne strategy asks for two official-level visits a year to Guangdong: by
default an outbound trip with a home-side official counts. Another office may
count inbound visits too, politicians as well as officials, or only trips that
have been completed. Until the office profile carries this, the rule is kept in
the register beside the policy (``storage.visit_rule``).
"""

from __future__ import annotations

from dataclasses import dataclass

from delegation_planner.domain.enums import Direction, PersonKind
from delegation_planner.texts.catalogue import tr


@dataclass(frozen=True)
class VisitRule:
    """Which delegations count as an agreement's official visits."""

    directions: frozenset[Direction] = frozenset({Direction.OUTBOUND})
    levels: frozenset[PersonKind] = frozenset({PersonKind.OFFICIAL})  # home-side participants' kinds
    completed_only: bool = False  # only delegations whose status is completed

    def problem(self) -> str | None:
        if not self.directions:
            return tr("Choose at least one direction (inbound or outbound).")
        if not self.levels:
            return tr("Choose at least one kind of home-side participant.")
        return None
