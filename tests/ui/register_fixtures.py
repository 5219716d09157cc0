"""Fixtures for the register window tests: a temp register, INI settings, a window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from delegation_planner.domain.enums import Direction, Purpose
from delegation_planner.storage import repository
from delegation_planner.storage.database import open_database
from tests.core.factories import delegation, organisation

__all__ = ["fill_register", "make_window", "register_path", "settings"]


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


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite3"
    fill_register(path)
    return path


@pytest.fixture
def make_window(qtbot, settings) -> Iterator:
    from delegation_planner.ui.main_window import MainWindow
    from delegation_planner.ui.session import RegisterSession

    windows = []

    def make(path: Path, *, show_register: bool = True):
        window = MainWindow(RegisterSession.open(path), settings)
        qtbot.addWidget(window)
        window.show()
        if show_register:
            # The window starts on the overview; these tests are about the register tab,
            # whose shortcuts work only while it is shown, as for a person who clicked it.
            window.ui.tab_widget.setCurrentWidget(window.ui.delegations_tab)
        # Shortcuts fire only in the active window, as for a person at the keyboard.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        windows.append(window)
        qtbot.waitUntil(lambda: not window.delegations.model.is_loading, timeout=5000)
        return window

    yield make
    for window in windows:
        if window.delegations is not None:
            window.close()
