"""The start paints the window's shell and the overview's first lists before it loads the
rest of the program, for a register file that passed the full check and has not changed
since and for a server register of this program's schema; any other register is opened
and checked before anything of it is shown."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from delegation_planner import app_log
from delegation_planner.domain.records import FollowUpPoint
from delegation_planner.storage import first_rows, repository, schema
from delegation_planner.storage.database import open_database
from delegation_planner.ui import qt_app
from delegation_planner.ui.main_window import MainWindow
from delegation_planner.ui.pages.first_rows import FirstRowsPage
from tests.core.factories import delegation, organisation

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def _cache_of_our_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The registers remembered as checked are kept in a cache folder of this test's own: the
    user's is shared with every other test run on the machine, which may rewrite it meanwhile."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def _register(path: Path, starts: list[int], overdue: str = "") -> Path:
    """A register with a delegation starting ``days`` from today for each of ``starts`` (the
    first with an open point ``overdue`` a week past its date, if given), opened once more
    afterwards as the window would (the full check passes and is remembered)."""
    _fill(path, starts, overdue)
    open_database(path).close()
    return path


def _fill(location: Path | str, starts: list[int], overdue: str = "") -> None:
    db = open_database(location)
    repository.save_organisation(db, organisation())
    for number, days in enumerate(starts):
        start = TODAY + dt.timedelta(days=days)
        points = (
            [FollowUpPoint(overdue, "Anna", TODAY - dt.timedelta(days=7))] if overdue and not number else []
        )
        repository.save_delegation(
            db,
            delegation(
                f"trip-{number}",
                title=f"Trip {number}",
                start=start,
                end=start + dt.timedelta(days=2),
                follow_up_points=points,
            ),
        )
    db.close()


def _start(
    path: Path | str, settings: QSettings, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> tuple[MainWindow, list[MainWindow | None]]:
    """Run the window's start on ``path``; what was on screen when the register was opened."""
    seen: list[MainWindow | None] = []
    real_open = qt_app.open_session

    def open_session(location: Path | str, parent: Any = None) -> Any:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.append(shown[0] if shown else None)
        return real_open(location, parent)

    monkeypatch.setattr(qt_app, "open_session", open_session)
    monkeypatch.setattr("PySide6.QtWidgets.QApplication.exec", lambda *args: 0)
    windows: list[MainWindow] = []
    real_window = qt_app.MainWindow

    def remember(*args: Any, **kwargs: Any) -> MainWindow:
        window = real_window(*args, **kwargs)
        windows.append(window)
        return window

    monkeypatch.setattr(qt_app, "MainWindow", remember)
    try:
        assert qt_app.run_window(path, settings=settings) == 0
    finally:
        app_log.stop()  # the start set up the user's log; later tests set up their own
    (window,) = windows
    qtbot.addWidget(window)
    return window, seen


def test_a_checked_register_shows_its_next_trips_before_it_is_opened(
    tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    path = _register(tmp_path / "register.sqlite3", [3, 1, 200])
    window, seen = _start(path, settings, monkeypatch, qtbot)
    # On screen, with the trips of the next 90 days soonest first, before the session opened.
    assert seen == [window]
    assert window.dashboard is not None
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.isVisible(), timeout=10_000)
    # The overview's page took the first page's place and shows the same trips, in full.
    assert not window.findChildren(FirstRowsPage)
    dashboard = window.dashboard
    assert [dashboard.trips.item_at(r).delegation.title for r in range(dashboard.trips.rowCount())] == [
        "Trip 1",
        "Trip 0",
    ]
    # The window is the usual one from then on: menus, title, the register's rows.
    assert window.delegation_menu.actions()
    assert window.windowTitle().startswith("register.sqlite3")
    qtbot.waitUntil(lambda: window.delegations is not None and window.delegations.model.rowCount() == 3)
    window.close()


def test_the_first_page_shows_the_trips_and_days_left(tmp_path: Path, qtbot: Any) -> None:
    path = _register(tmp_path / "register.sqlite3", [1, 0, 5])
    rows = first_rows.read_if_checked(path, TODAY, 200)
    assert rows is not None
    page = FirstRowsPage(rows)
    qtbot.addWidget(page)
    texts = [
        [page.trips.index(r, c).data() for c in (1, 2)]  # days left, title
        for r in range(page.trips.rowCount())
    ]
    assert texts == [["today", "Trip 1"], ["tomorrow", "Trip 0"], ["5 days", "Trip 2"]]
    assert page.ui.status_label.text() == "Loading…"
    assert not page.shows_empty_register()


def test_an_empty_register_says_so_from_the_first_paint(
    tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    path = _register(tmp_path / "empty.sqlite3", [])
    window, seen = _start(path, settings, monkeypatch, qtbot)
    assert seen == [window]
    # Said by the first page before the register was opened, and by the overview after.
    assert window.home_says_empty()
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.isVisible(), timeout=10_000)
    assert window.home_says_empty()
    assert "no delegations yet" in window.dashboard.ui.status_label.text()
    window.close()


def test_a_register_changed_since_its_check_is_opened_before_anything_is_shown(
    tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    path = _register(tmp_path / "register.sqlite3", [1])
    # Another program writes to it: its header's change counter moves on.
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE delegations SET title = 'Changed elsewhere'")
    conn.close()
    assert first_rows.read_if_checked(path, TODAY, 200) is None
    window, seen = _start(path, settings, monkeypatch, qtbot)
    assert seen == [None]  # nothing on screen before the full check
    assert not window.findChildren(FirstRowsPage)
    window.close()


def test_no_first_rows_for_a_file_never_checked_or_not_there(tmp_path: Path) -> None:
    assert first_rows.read_if_checked(tmp_path / "missing.sqlite3", TODAY, 200) is None
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE delegations (id TEXT)")
    conn.close()
    assert first_rows.read_if_checked(other, TODAY, 200) is None


def test_no_first_rows_while_a_write_ahead_log_holds_newer_commits(tmp_path: Path) -> None:
    path = _register(tmp_path / "register.sqlite3", [1])
    assert first_rows.read_if_checked(path, TODAY, 200) is not None
    path.with_name(path.name + "-wal").write_bytes(b"x" * 32)
    assert first_rows.read_if_checked(path, TODAY, 200) is None


def test_a_register_written_by_the_window_shows_its_first_rows_at_the_next_start(tmp_path: Path) -> None:
    from delegation_planner.ui.session import RegisterSession

    path = _register(tmp_path / "register.sqlite3", [1])
    session = RegisterSession.open(path)
    start = TODAY + dt.timedelta(days=2)
    repository.save_delegation(
        session.db, delegation("new", title="Saved today", start=start, end=start + dt.timedelta(days=1))
    )
    session.close()
    rows = first_rows.read_if_checked(path, TODAY, 200)
    assert rows is not None
    assert [trip.title for trip in rows.trips] == ["Trip 0", "Saved today"]


def test_the_first_page_colours_overdue_points_as_the_follow_up_lists_do() -> None:
    from delegation_planner.ui.models import follow_up_models
    from delegation_planner.ui.pages import first_rows as page

    assert follow_up_models.OVERDUE.color().name() == page.OVERDUE_COLOUR


# --- a register on a server ---------------------------------------------------------------


def test_a_server_register_shows_its_next_trips_and_overdue_points_before_it_is_opened(
    pg_url: str, settings: QSettings, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    _fill(pg_url, [3, 1, 200], overdue="Send the minutes")
    rows = first_rows.read_server(pg_url, TODAY, 200)
    assert rows is not None
    assert [trip.title for trip in rows.trips] == ["Trip 1", "Trip 0"]
    assert [point.text for point in rows.overdue] == ["Send the minutes"]
    assert not rows.empty
    window, seen = _start(pg_url, settings, monkeypatch, qtbot)
    # On screen, in the window's own shell, before the session opened.
    assert seen == [window]
    assert window.windowTitle() == f"{rows.name} — Delegation Planner"
    assert "@" in rows.name and "secret" not in window.windowTitle()
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.isVisible(), timeout=10_000)
    assert not window.findChildren(FirstRowsPage)
    assert window.session.is_server
    qtbot.waitUntil(lambda: window.delegations is not None and window.delegations.model.rowCount() == 3)
    window.close()


def test_an_empty_server_register_says_so_from_the_first_paint(
    pg_url: str, settings: QSettings, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    window, seen = _start(pg_url, settings, monkeypatch, qtbot)
    assert seen == [window]
    assert window.home_says_empty()
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.isVisible(), timeout=10_000)
    assert window.home_says_empty()
    window.close()


def test_a_server_register_of_another_schema_number_is_not_shown_before_it_is_opened(
    pg_url: str, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import psycopg

    _fill(pg_url, [1])
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(
            "UPDATE register_meta SET value = %s WHERE key = 'schema_version'",
            [str(schema.SCHEMA_VERSION - 1)],
        )
    assert first_rows.read_server(pg_url, TODAY, 200) is None
    # The usual start opens it (and says it must be upgraded), nothing shown before.
    seen = _start_refused(pg_url, settings, monkeypatch)
    assert seen == [None]


def test_a_database_without_a_register_is_not_shown_early(pg_server: Any) -> None:
    assert first_rows.read_server(pg_server.url("postgres"), TODAY, 200) is None


def test_a_server_that_cannot_be_reached_falls_back_on_the_usual_start(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql://anna@127.0.0.1:{port}/register"
    assert first_rows.read_server(url, TODAY, 200) is None
    # Nothing on screen; the usual start then says why, in plain words (its own tests).
    assert _start_refused(url, settings, monkeypatch) == [None]


def _start_refused(location: str, settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> list[bool | None]:
    """Run the window's start on ``location`` with the register refused when it is opened (as
    the usual start's message box and a choice of Quit do); what was on screen then."""
    seen: list[bool | None] = []

    def open_session(_location: Path | str, parent: Any = None) -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.append(True if shown else None)

    monkeypatch.setattr(qt_app, "open_session", open_session)
    try:
        assert qt_app.run_window(location, settings=settings) == qt_app.EXIT_NO_REGISTER
    finally:
        app_log.stop()
    return seen


def test_the_first_paint_knows_the_programs_schema_number() -> None:
    # Read from the schema module's text (importing it before the first paint costs a tenth
    # of a second): a change in how the number is written must keep it readable.
    assert first_rows.program_schema_version() == schema.SCHEMA_VERSION


_COUNT_QT_NAMESPACE_ENUMS = """
import enum, sys
from pathlib import Path
made = []
real = enum.EnumType._create_
def spy(cls, class_name, names, **options):
    made.append(class_name)
    return real(cls, class_name, names, **options)
enum.EnumType._create_ = spy
from PySide6.QtCore import QSettings
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
    import os
    import subprocess
    import sys

    path = _register(tmp_path / "register.sqlite3", [1, 2], overdue="Send the minutes")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_QT_NAMESPACE_ENUMS, str(path), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    made = done.stdout.split()
    assert "QSizePolicy" not in made  # the list is of enum types: a class name here means a bad spy
    assert "Policy" in made  # the forms' size policies: the spy sees what PySide6 creates
    # Qt.ItemDataRole, Qt.AlignmentFlag, Qt.Orientation: three of the namespace's ninety.
    assert not {"ItemDataRole", "AlignmentFlag", "Orientation"} & set(made)
