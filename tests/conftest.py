"""Shared fixtures. Imports no Qt: the core tests must run without it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from delegation_planner.storage.database import open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Each test starts with the core's messages in English, whatever a command run in-process
    (which follows LANG) left behind."""
    from delegation_planner.texts.catalogue import use_language

    use_language("en")
    yield
    use_language("en")
