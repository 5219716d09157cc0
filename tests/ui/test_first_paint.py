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
from delegation_planner.domain.records import FollowUpPoint
from delegation_planner.storage import database, first_rows, repository, schema
from delegation_planner.storage.database import open_database
from delegation_planner.storage.errors import NotARegisterError
from delegation_planner.ui import qt_app
from delegation_planner.ui.main_window import MainWindow
from delegation_planner.ui.pages.first_rows import CheckingPage, FirstRowsPage
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
    path = _register(tmp_path / "register.sqlite3", [1])
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
    path = _register(tmp_path / "register.sqlite3", [1])
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
    path = _register(tmp_path / "register.sqlite3", [1])
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


def test_the_first_rows_queries_say_what_the_storage_layer_says(tmp_path: Path) -> None:
    """The first paint reads with the queries' text alone (``overview_sql``); the storage layer
    builds on the same text, and the statuses inlined there are the domain's."""
    from delegation_planner.storage import overview_sql, register_query
    from delegation_planner.storage.follow_ups import FollowUpFilter, list_follow_ups

    assert overview_sql.WITHOUT_VISIT_SQL == register_query.WITHOUT_VISIT_SQL
    path = _register(tmp_path / "register.sqlite3", [1, 2], overdue="Send the minutes")
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
    import os
    import subprocess
    import sys

    path = _register(tmp_path / "register.sqlite3", [1, 2], overdue="Send the minutes")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _MODULES_BEFORE_THE_PAINT, str(path), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(done.stdout.split())
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
