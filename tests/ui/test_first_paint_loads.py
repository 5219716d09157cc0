"""What the window's first paint loads before it shows the rows: no more of the program, the
standard library and Qt than it needs, and the same rows and folders as the storage layer's."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from delegation_planner.storage import first_rows
from delegation_planner.storage.database import open_database
from tests.ui.first_paint_registers import cache_of_our_own, checked_register

__all__ = ["cache_of_our_own"]  # the fixture, used by every test here

TODAY = dt.date.today()


def _first_paint_prints(script: str, tmp_path: Path) -> list[str]:
    """What ``script`` prints, run in a new process on a checked register (its path and a
    settings file as arguments), where nothing of the program is loaded yet."""
    import os
    import subprocess
    import sys

    path = checked_register(tmp_path / "register.sqlite3", [1, 2], overdue="Send the minutes")
    done = subprocess.run(
        [sys.executable, "-c", script, str(path), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.split()


_COUNT_QT_NAMESPACE_ENUMS = """
import enum, sys
from pathlib import Path
made = []
real = enum.EnumType._create_
def spy(cls, class_name, names, **options):
    made.append(class_name)
    return real(cls, class_name, names, **options)
enum.EnumType._create_ = spy
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from delegation_planner.ui import qt_app
window = qt_app._first_paint(Path(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
assert window is not None and window.isVisible(), "no first paint"
print(" ".join(made))
"""


def test_the_first_paint_leaves_the_qt_namespace_alone(tmp_path: Path) -> None:
    """PySide6 creates all ninety enum types of the Qt namespace on the first touch of any of
    them (tens of milliseconds a bare window never pays): nothing before the first paint may
    name one (a form's ``Qt::`` property, ``QSplitter(parent)``, ``QBrush(...)``, ``headerData``)."""
    printed = _first_paint_prints(_COUNT_QT_NAMESPACE_ENUMS, tmp_path)
    made = printed
    assert "QSizePolicy" not in made  # the list is of enum types: a class name here means a bad spy
    assert "Policy" in made  # the forms' size policies: the spy sees what PySide6 creates
    # Qt.ItemDataRole, Qt.AlignmentFlag, Qt.Orientation: three of the namespace's ninety.
    assert not {"ItemDataRole", "AlignmentFlag", "Orientation"} & set(made)


def test_the_first_rows_queries_say_what_the_storage_layer_says(tmp_path: Path) -> None:
    """The first paint reads with the queries' text alone (``overview_sql``); the storage layer
    builds on the same text, and the statuses inlined there are the domain's."""
    from delegation_planner.storage import overview_sql, register_query
    from delegation_planner.storage.follow_ups import FollowUpFilter, list_follow_ups

    assert overview_sql.WITHOUT_VISIT_SQL == register_query.WITHOUT_VISIT_SQL
    path = checked_register(tmp_path / "register.sqlite3", [1, 2], overdue="Send the minutes")
    db = open_database(path)
    conn = sqlite3.connect(path)
    try:
        full = list_follow_ups(db, FollowUpFilter(overdue_only=True), TODAY, limit=200)
        early = first_rows.overdue_points(conn, TODAY, 200)
        assert [(p.text, p.owner, p.due, p.delegation_title, p.partner_region) for p in full] == [
            tuple(point) for point in early
        ]
        assert [point.text for point in early] == ["Send the minutes"]
    finally:
        conn.close()
        db.close()


_MODULES_BEFORE_THE_PAINT = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
before = set(sys.modules)
from delegation_planner.ui import qt_app
window = qt_app._first_paint(Path(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
assert window is not None and window.isVisible(), "no first paint"
print(" ".join(sorted(set(sys.modules) - before)))
"""

# What the start may load before the first rows are on screen: the window's shell, the first
# page, the check cache and the lists' queries. Each further module costs the first paint
# milliseconds (most of the program's modules tens of them, with their dataclasses, enum
# types and PySide6 classes): load it after the paint, or add it here knowing that.
_PROGRAM_BEFORE_THE_PAINT = {
    "delegation_planner",
    "delegation_planner.storage",
    "delegation_planner.storage.check_cache",
    "delegation_planner.storage.first_rows",
    "delegation_planner.storage.locations",
    "delegation_planner.storage.overview_sql",
    "delegation_planner.storage.server_url",
    "delegation_planner.texts",
    "delegation_planner.texts.catalogue",
    "delegation_planner.texts.language",
    "delegation_planner.ui",
    "delegation_planner.ui.generated",
    "delegation_planner.ui.generated.ui_dashboard_page",
    "delegation_planner.ui.generated.ui_main_window",
    "delegation_planner.ui.labels",
    "delegation_planner.ui.labels.formatting",
    "delegation_planner.ui.language",
    "delegation_planner.ui.main_window",
    "delegation_planner.ui.pages",
    "delegation_planner.ui.pages.first_rows",
    "delegation_planner.ui.qt_app",
    "delegation_planner.ui.recent_files",
    "delegation_planner.ui.widgets",
    "delegation_planner.ui.widgets.column_share",
    "delegation_planner.ui.window_host",
}


def test_the_first_paint_loads_only_what_it_shows(tmp_path: Path) -> None:
    """Named, so that a module added to the start's path is a decision: the storage layer, the
    domain, the window's dialogs and changes, the core's errors (their catalogue) and the
    standard library's dataclasses, locale and hashlib, and platformdirs, are loaded after the first paint."""
    printed = _first_paint_prints(_MODULES_BEFORE_THE_PAINT, tmp_path)
    loaded = set(printed)
    assert {m for m in loaded if m.startswith("delegation_planner")} == _PROGRAM_BEFORE_THE_PAINT
    assert (
        not {"sqlite_utils", "psycopg", "platformdirs", "dataclasses", "locale", "hashlib", "subprocess"}
        & loaded
    )


@pytest.mark.parametrize(
    "environment",
    [
        {"XDG_CACHE_HOME": "/srv/cache", "XDG_DATA_HOME": "/srv/data", "HOME": "/home/anna"},
        {"HOME": "/home/anna"},
        {"HOME": "/home/anna/"},
        {"XDG_CACHE_HOME": "relative/cache", "XDG_DATA_HOME": "", "HOME": "/home/anna"},
        {"XDG_CACHE_HOME": "/srv/cache/", "HOME": "relative"},
    ],
)
def test_the_folders_read_before_the_first_paint_are_platformdirs_own(
    environment: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache and data folders are found without importing platformdirs in the plain XDG
    case; they are the folders platformdirs gives."""
    import platformdirs

    from delegation_planner.storage import locations

    for variable in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "HOME"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    name = locations.APP_NAME
    assert locations.user_cache_folder() == Path(platformdirs.user_cache_dir(name, appauthor=False))
    assert locations.default_database_path() == (
        Path(platformdirs.user_data_dir(name, appauthor=False)) / locations.DEFAULT_FILE_NAME
    )
