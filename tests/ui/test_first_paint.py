"""The start paints the window's shell and the overview's first lists before it loads the
rest of the program, for a register file that passed the full check and has not changed
since and for a server register of this program's schema; any other register is opened
and checked before anything of it is shown."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from delegation_planner import app_log
from delegation_planner.storage import database, first_rows, repository, schema
from delegation_planner.storage.errors import NotARegisterError
from delegation_planner.ui import qt_app
from delegation_planner.ui.main_window import MainWindow
from delegation_planner.ui.pages.first_rows import CheckingPage, FirstRowsPage
from tests.core.factories import delegation
from tests.ui.first_paint_registers import cache_of_our_own, checked_register, fill

__all__ = ["cache_of_our_own"]  # the fixture, used by every test here

TODAY = dt.date.today()


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
    path = checked_register(tmp_path / "register.sqlite3", [3, 1, 200])
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
    path = checked_register(tmp_path / "register.sqlite3", [1, 0, 5])
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
    path = checked_register(tmp_path / "empty.sqlite3", [])
    window, seen = _start(path, settings, monkeypatch, qtbot)
    assert seen == [window]
    # Said by the first page before the register was opened, and by the overview after.
    assert window.home_says_empty()
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.isVisible(), timeout=10_000)
    assert window.home_says_empty()
    assert "no delegations yet" in window.dashboard.ui.status_label.text()
    window.close()


def _change_elsewhere(path: Path) -> None:
    """Another program writes to the register: its header's change counter moves on."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE delegations SET title = 'Changed elsewhere'")
    conn.close()


def _checking_pages() -> list[CheckingPage]:
    return [
        page
        for window in QApplication.topLevelWidgets()
        for page in window.findChildren(CheckingPage)
        if window.isVisible() and page.isVisible()
    ]


def test_a_register_changed_since_its_check_shows_the_shell_saying_so_while_it_is_checked(
    tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    path = checked_register(tmp_path / "register.sqlite3", [1])
    _change_elsewhere(path)
    assert first_rows.read_if_checked(path, TODAY, 200) is None
    # What the window showed while the file was read through on the check's own thread: looked
    # at by the window's thread, which the check waits for.
    checking, looked = threading.Event(), threading.Event()
    shown_during: list[tuple[list[str], list[bool]]] = []
    checked_on: list[threading.Thread] = []
    real_inspect = database.inspect_file

    def inspect_file(location: Path) -> int:
        checked_on.append(threading.current_thread())
        checking.set()
        looked.wait(10)
        return real_inspect(location)

    def look() -> None:
        if not checking.is_set():
            QTimer.singleShot(10, look)
            return
        for page in _checking_pages():
            tabs = page.window().ui.tab_widget
            shown_during.append(
                ([page.status_label.text()], [tabs.isTabEnabled(i) for i in range(tabs.count())])
            )
        looked.set()

    monkeypatch.setattr(database, "inspect_file", inspect_file)
    QTimer.singleShot(0, look)
    window, seen = _start(path, settings, monkeypatch, qtbot)
    # The shell was on screen, saying that the register is checked, before it was opened; its
    # other tabs (empty until then) could not be chosen meanwhile.
    assert seen == [window]
    assert checked_on and checked_on[0] is not threading.main_thread()
    assert len(shown_during) == 1
    texts, enabled = shown_during[0]
    assert "Checking the register register.sqlite3 before it is opened" in texts[0]
    assert enabled[0] and not any(enabled[1:])
    assert all(window.ui.tab_widget.isTabEnabled(i) for i in range(window.ui.tab_widget.count()))
    assert not window.findChildren(FirstRowsPage)
    # Checked once: the usual open found it remembered, and the overview takes the page's place.
    assert first_rows.read_if_checked(path, TODAY, 200) is not None
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.isVisible(), timeout=10_000)
    assert not window.findChildren(CheckingPage)
    assert window.dashboard.trips.rowCount() == 1
    window.close()


def test_the_window_repaints_while_the_register_is_checked(
    tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    path = checked_register(tmp_path / "register.sqlite3", [1])
    _change_elsewhere(path)
    real_inspect = database.inspect_file
    checking = threading.Event()

    def slow_inspect_file(location: Path) -> int:
        checking.set()
        time.sleep(1.0)  # as 100,000 delegations take, without the file
        result = real_inspect(location)
        checking.clear()
        return result

    monkeypatch.setattr(database, "inspect_file", slow_inspect_file)
    # The window's thread runs its events meanwhile: a timer's ticks, and the busy bar repaints.
    ticks: list[float] = []
    painted: list[int] = []

    class PaintCounter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and checking.is_set():
                painted.append(1)
            return False

    counter = PaintCounter()
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()) if checking.is_set() else None)
    timer.start(20)

    def watch_busy_bar() -> None:
        for page in _checking_pages():
            page.busy.installEventFilter(counter)

    QTimer.singleShot(0, watch_busy_bar)
    window, _seen = _start(path, settings, monkeypatch, qtbot)
    timer.stop()
    # Not frozen: ticks all through the second (none further apart than a tenth of a second
    # more than asked), and the busy bar drawn again and again.
    assert len(ticks) >= 15
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.2
    assert len(painted) >= 5
    window.close()


def test_a_register_that_fails_its_check_is_said_once_without_a_second_check(
    tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE delegations (id TEXT)")
    conn.close()
    checks: list[Path] = []
    real_inspect = database.inspect_file
    monkeypatch.setattr(database, "inspect_file", lambda p: checks.append(p) or real_inspect(p))
    told: list[object] = []

    def open_session(location: Path | str, parent: Any = None, *, failed: Any = None) -> None:
        told.append(failed)  # the usual message box says it, and offers another register

    monkeypatch.setattr(qt_app, "open_session", open_session)
    try:
        assert qt_app.run_window(other, settings=settings) == qt_app.EXIT_NO_REGISTER
    finally:
        app_log.stop()
    assert checks == [other]
    assert len(told) == 1 and isinstance(told[0], NotARegisterError)
    assert "another program" in str(told[0])
    for window in QApplication.topLevelWidgets():
        window.close()


def test_closing_the_window_while_the_register_is_checked_ends_the_start(
    tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = checked_register(tmp_path / "register.sqlite3", [1])
    _change_elsewhere(path)
    release = threading.Event()

    def held_inspect_file(location: Path) -> int:
        release.wait(10)
        return 0

    monkeypatch.setattr(database, "inspect_file", held_inspect_file)
    opened: list[object] = []
    monkeypatch.setattr(qt_app, "open_session", lambda *args, **kwargs: opened.append(args))

    def close_it() -> None:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                window.close()

    QTimer.singleShot(200, close_it)
    try:
        assert qt_app.run_window(path, settings=settings) == 0
    finally:
        release.set()
        app_log.stop()
    assert opened == []


def test_no_first_rows_for_a_file_never_checked_or_not_there(tmp_path: Path) -> None:
    assert first_rows.read_if_checked(tmp_path / "missing.sqlite3", TODAY, 200) is None
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE delegations (id TEXT)")
    conn.close()
    assert first_rows.read_if_checked(other, TODAY, 200) is None


def test_no_first_rows_while_a_write_ahead_log_holds_newer_commits(tmp_path: Path) -> None:
    path = checked_register(tmp_path / "register.sqlite3", [1])
    assert first_rows.read_if_checked(path, TODAY, 200) is not None
    path.with_name(path.name + "-wal").write_bytes(b"x" * 32)
    assert first_rows.read_if_checked(path, TODAY, 200) is None


def test_a_register_written_by_the_window_shows_its_first_rows_at_the_next_start(tmp_path: Path) -> None:
    from delegation_planner.ui.session import RegisterSession

    path = checked_register(tmp_path / "register.sqlite3", [1])
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
    fill(pg_url, [3, 1, 200], overdue="Send the minutes")
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

    fill(pg_url, [1])
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
