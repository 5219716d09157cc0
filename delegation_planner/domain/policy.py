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


@dataclass
class PolicyProfile:
    name: str = DEFAULT_PROFILE_NAME
    min_justification_chars: int = 20
    max_politicians_outbound: int = 3
    priority_themes: list[str] = field(default_factory=lambda: list(DEFAULT_PRIORITY_THEMES))
    min_follow_up_points: int = 1
