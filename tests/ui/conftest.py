"""UI tests: every test here is marked ``ui`` and runs offscreen."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.ui)


@pytest.fixture(autouse=True, scope="session")
def _english_catalogue(qapp: object) -> None:
    """Pages tested on their own speak English with its plural forms ("1 point", "2 points"),
    as in the window started on an English system; a window test installs its own language."""
    from delegation_planner.ui import language

    language.install("en")
