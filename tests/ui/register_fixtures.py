"""A small register of three delegations for the window tests (the fixtures are in conftest.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from delegation_planner.domain.enums import Direction, Purpose
from delegation_planner.storage import repository
from delegation_planner.storage.database import open_database
from tests.core.factories import delegation, organisation

__all__ = ["fill_register"]


def fill_register(path: Path) -> None:
    db = open_database(path)
    repository.save_organisation(db, organisation())
    records = [
        delegation(
            "jiangsu-2026",
            title="Business delegation to Jiangsu",
            start=dt.date(2026, 5, 10),
            end=dt.date(2026, 5, 16),
        ),
        delegation(
            "gd-2025",
            title="Guangdong state visit",
            partner_region="Guangdong",
            direction=Direction.INBOUND,
            purpose=Purpose.OFFICIAL,
            start=dt.date(2025, 3, 1),
            end=dt.date(2025, 3, 4),
        ),
        delegation(
            "tianjin-2024",
            title="Life science workshop",
            partner_region="Tianjin",
            start=dt.date(2024, 9, 1),
            end=dt.date(2024, 9, 3),
        ),
    ]
    for record in records:
        repository.save_delegation(db, record)
    db.close()
