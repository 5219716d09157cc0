"""The policy profile of contract §1: an office's editable thresholds and themes."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_PROFILE_NAME = "Region Skåne (GRIP)"

DEFAULT_PRIORITY_THEMES = (
    "life_science",
    "ict",
    "material_science",
    "food",
    "packaging",
    "health_care",
    "medical_research",
    "innovation",
    "environmental_tech",
    "sustainable_cities",
)


# The criteria of contract §2, in the contract's order; ``check --json`` always lists all five.
CRITERIA = ("justification", "delegation_size", "bottom_up", "grip_decision", "theme_priority")


@dataclass
class PolicyProfile:
    """The limits and criteria the GRIP verdict applies for this office."""

    name: str = DEFAULT_PROFILE_NAME
    min_justification_chars: int = 20
    max_politicians_outbound: int = 3
    priority_themes: list[str] = field(default_factory=lambda: list(DEFAULT_PRIORITY_THEMES))
    min_follow_up_points: int = 1
    # The criteria this office applies; one it leaves out is reported "not applicable"
    # (a Danish region has no bottom-up rule, say). Region Skåne applies all five.
    criteria: list[str] = field(default_factory=lambda: list(CRITERIA))
    # How the office's decision body is named in the core's English messages; not kept in the
    # policy table but taken from the office profile when the policy is read.
    decision_body: str = "GRIP"
    decision: str = "GRIP decision"
