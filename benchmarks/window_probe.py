"""Start a window in this (new) process and print when its first rows were painted.

    DP_BENCH_LAUNCHED=<time.time() at launch> python benchmarks/window_probe.py KIND [DB]

KIND is ``bare`` (an empty QTableView in a QMainWindow), ``sqltable`` (QSqlTableModel
+ QTableView on the register's delegations) or ``program`` (the program's own window,
started as ``delegation-planner --db DB`` starts it; ``program-watching-all`` watches it
with a filter on every event of the application, as this probe did before). All three are
measured the same way: the time from the launch (taken by the parent just before it started this
process, so interpreter start and every import count) to the end of the first paint
of the view that shows the rows, once it has them (or, for the program's home view,
once it says the register is empty). The line printed is JSON.

The imports below are deliberately inside the functions: they are part of what is timed.
"""

from __future__ import annotations

import json
import os
import sys
import time

LAUNCHED = float(os.environ.get("DP_BENCH_LAUNCHED", time.time()))


def _since_launch() -> float:
    return time.time() - LAUNCHED


def _watch_first_paint(views: list, ready, app) -> None:  # type: ignore[no-untyped-def]
    """Print the time at the end of the first paint of any of ``views`` once ``ready()``, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint and ready():
                self.done = True
                # Stamped after this paint has been handled: the rows are drawn.
                QTimer.singleShot(0, lambda: _finish(app))
            return False

    spy = FirstPaint(app)
    for view in views:
        view.viewport().installEventFilter(spy)
    app._first_paint_spy = spy  # kept alive with the application


_STAMP: dict[str, float] = {}


def _finish(app) -> None:  # type: ignore[no-untyped-def]
    _STAMP["shown_s"] = _since_launch()
    print(json.dumps(_STAMP), flush=True)
    # Measured: leave at once rather than wait for the program's background work.
    os._exit(0)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTableView(window)
    window.setCentralWidget(view)
    window.resize(1200, 800)
    _watch_first_paint([view], lambda: True, app)
    window.show()
    app.exec()


def sqltable(db_path: str) -> None:
    from PySide6.QtSql import QSqlDatabase, QSqlTableModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    connection = QSqlDatabase.addDatabase("QSQLITE")
    connection.setDatabaseName(db_path)
    connection.setConnectOptions("QSQLITE_OPEN_READONLY")
    if not connection.open():
        raise SystemExit(connection.lastError().text())
    model = QSqlTableModel(None, connection)
    model.setTable("delegations")
    model.setSort(model.fieldIndex("start"), __import__("PySide6.QtCore").QtCore.Qt.SortOrder.DescendingOrder)
    model.select()
    window = QMainWindow()
    view = QTableView(window)
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1200, 800)
    _watch_first_paint([view], lambda: model.rowCount() > 0, app)
    window.show()
    app.exec()


def program(db_path: str, watch: str = "views") -> None:
    """The program's window, started as ``delegation-planner --db DB`` starts it (``run_window``,
    which paints the home view's first rows before it loads the rest); the home tab is watched.

    ``watch="views"`` watches as the bare window is watched: a filter on the viewports of the
    home tab's tables, put in place when the window is shown (before its first paint). Only
    when the home tab has no table then (the register is still being checked) does it watch
    every event of the application, as ``watch="application"`` does from the start: that
    watch alone makes PySide6 wrap every object and event of the start in Python, a tenth of a
    second that neither a person's start nor the bare window's measurement pays.

    The QApplication is made here (``run_window`` takes the one there is) only so that the
    watch is in place before the window's first paint."""
    from pathlib import Path

    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    # Not the working folder: a run by hand must not leave settings in the checkout.
    settings_dir = Path(os.environ.get("DP_BENCH_SETTINGS") or os.environ.get("TMPDIR", "/tmp"))
    settings = QSettings(str(settings_dir / "bench-settings.ini"), QSettings.Format.IniFormat)

    def home_rows_painted(watched: QObject) -> bool:
        """``watched`` is a viewport of a table in the main window's current tab, which
        has rows, or the home view says the register is empty."""
        for window in app.topLevelWidgets():
            tabs = getattr(getattr(window, "ui", None), "tab_widget", None)
            if tabs is None or not window.isVisible():
                continue
            if window.home_says_empty():
                _STAMP["home_tab"] = tabs.tabText(tabs.currentIndex())
                return True
            for view in tabs.currentWidget().findChildren(QTableView):
                if view.viewport() is watched and view.model() is not None and view.model().rowCount() > 0:
                    _STAMP["home_tab"] = tabs.tabText(tabs.currentIndex())
                    return True
        return False

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint and home_rows_painted(watched):
                self.done = True
                # Stamped after this paint has been handled: the rows are drawn.
                QTimer.singleShot(0, lambda: _finish(app))
            return False

    spy = FirstPaint(app)
    if watch == "application":
        app.installEventFilter(spy)
    else:
        from delegation_planner.ui.main_window import MainWindow

        show = MainWindow.show

        def show_watched(window: MainWindow) -> None:
            views = window.ui.tab_widget.currentWidget().findChildren(QTableView)
            for view in views:
                view.viewport().installEventFilter(spy)
            if not views:
                app.installEventFilter(spy)
            show(window)

        MainWindow.show = show_watched  # type: ignore[method-assign]
    from delegation_planner.ui.qt_app import run_window

    run_window(_register(db_path), settings=settings)


def _register(db_path: str):  # type: ignore[no-untyped-def]
    """A file path, or a server register's URL as it is (the window opens both)."""
    from pathlib import Path

    return db_path if db_path.startswith("postgresql://") else Path(db_path)


def _says_empty(window) -> bool:  # type: ignore[no-untyped-def]
    dashboard = getattr(window, "dashboard", None)
    return bool(dashboard is not None and getattr(dashboard, "shows_empty_register", lambda: False)())


SEARCH = "jiangsu health"


def _type_and_watch(app, edit, is_done):  # type: ignore[no-untyped-def]
    """Type SEARCH at a person's pace; the longest stall of the event loop and the time
    from the last key until ``is_done()``, both in ms."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest

    stalls: list[float] = []
    busy: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    # The GUI thread's own CPU time between two ticks: on a shared machine a wall-clock
    # gap may be another process's turn, while this is the window's own work.
    last_cpu = [time.thread_time()]

    def tick() -> None:
        now = clock.elapsed()
        stalls.append(now - last[0])
        last[0] = now
        cpu = time.thread_time()
        busy.append((cpu - last_cpu[0]) * 1000)
        last_cpu[0] = cpu

    # Qt sets up keyboard handling on the first key any widget gets (tens of ms, the
    # same for every window): done on a throwaway line edit, so it is nobody's stall.
    from PySide6.QtWidgets import QLineEdit

    warm = QLineEdit()
    QTest.keyClick(warm, "x")
    app.processEvents()
    edit.setFocus()
    last[0], last_cpu[0] = clock.elapsed(), time.thread_time()
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(4)
    per_key: list[float] = []
    answered_at: float | None = None
    for number, char in enumerate(SEARCH):
        t0 = time.perf_counter()
        QTest.keyClick(edit, char)
        per_key.append((time.perf_counter() - t0) * 1000)
        end = time.perf_counter() + 0.12  # about 8 characters a second
        while time.perf_counter() < end:
            app.processEvents()
            if number == len(SEARCH) - 1 and answered_at is None and is_done():
                answered_at = time.perf_counter()
            time.sleep(0.0005)
    # The rows' time counts from the last key, not from the end of the pause after it.
    typed = t0
    deadline = typed + 30
    while answered_at is None:
        if is_done():
            answered_at = time.perf_counter()
            break
        if time.perf_counter() > deadline:
            raise SystemExit("the search did not answer in 30 s")
        app.processEvents()
        time.sleep(0.0005)
    answered = (answered_at - typed) * 1000
    timer.stop()
    # A stall is the gap beyond the timer's own 4 ms period.
    return {
        "max_key_ms": max(per_key),
        "max_stall_ms": max(stalls) - 4 if stalls else 0.0,
        "max_busy_ms": max(busy) if busy else 0.0,
        "answer_ms": answered,
    }


def program_search(db_path: str, shortcut: bool = False) -> None:
    """Type into the register's search box while the home view computes: as it is (the
    overview in sight), or after Ctrl+F, which brings the register's tab into sight."""
    from pathlib import Path

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from delegation_planner.ui.main_window import MainWindow
    from delegation_planner.ui.qt_app import open_session

    app = QApplication(sys.argv[:1])
    # Not the working folder: a run by hand must not leave settings in the checkout.
    settings_dir = Path(os.environ.get("DP_BENCH_SETTINGS") or os.environ.get("TMPDIR", "/tmp"))
    settings = QSettings(str(settings_dir / "bench-settings.ini"), QSettings.Format.IniFormat)
    session = open_session(_register(db_path))
    assert session is not None
    window = MainWindow(session, settings)
    window.show()
    page = window.delegations
    assert page is not None
    model = page.model
    deadline = time.perf_counter() + 60
    while model.rowCount() == 0 and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    total = model.rowCount()
    # Typing starts at once: the home view is still computing, as it is for a person
    # who starts searching as soon as the window is up.
    edit = window.ui.filter_edit
    if shortcut:
        from PySide6.QtTest import QTest

        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        # A person's first key comes a moment after the shortcut; the tab is painted by then.
        end = time.perf_counter() + 0.15
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)
        assert edit.hasFocus() or not window.isActiveWindow(), "Ctrl+F did not reach the search box"
    # Done when the model answers the whole text typed (not a prefix of it) and shows it.
    result = _type_and_watch(
        app,
        edit,
        lambda: model.current_filter.text == SEARCH and not model.is_loading and model.rowCount() != total,
    )
    result["rows"] = model.rowCount()
    print(json.dumps(result), flush=True)
    # The overview's worker may still be drawing charts: leave without waiting for it.
    os._exit(0)


def sql_search(db_path: str) -> None:
    """QSqlTableModel re-selecting on every key, blocking (the anchor)."""
    from PySide6.QtSql import QSqlDatabase, QSqlTableModel
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    connection = QSqlDatabase.addDatabase("QSQLITE")
    connection.setDatabaseName(db_path)
    connection.setConnectOptions("QSQLITE_OPEN_READONLY")
    connection.open()
    model = QSqlTableModel(None, connection)
    model.setTable("delegations")
    model.select()
    window = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    edit = QLineEdit()
    view = QTableView()
    view.setModel(model)
    layout.addWidget(edit)
    layout.addWidget(view)
    window.setCentralWidget(body)
    window.show()
    selects: list[float] = []

    def refilter(text: str) -> None:
        t0 = time.perf_counter()
        words = [w.replace("'", "''") for w in text.split()]
        model.setFilter(
            " AND ".join(
                f"(title LIKE '%{w}%' OR partner_region LIKE '%{w}%' OR country LIKE '%{w}%')" for w in words
            )
        )
        model.select()
        selects.append((time.perf_counter() - t0) * 1000)

    edit.textChanged.connect(refilter)
    result = _type_and_watch(app, edit, lambda: True)
    # The anchor's rows are there when its last select returns: that is its answer.
    result["answer_ms"] = selects[-1]
    result["rows"] = model.rowCount()
    print(json.dumps(result), flush=True)


def idle_search() -> None:
    """A bare QLineEdit with nothing behind it: the stalls the machine itself causes."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication(sys.argv[:1])
    edit = QLineEdit()
    edit.show()
    # Shown and painted first, as the other windows are when typing starts.
    end = time.perf_counter() + 0.5
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    result = _type_and_watch(app, edit, lambda: True)
    result["rows"] = 0
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    kind = sys.argv[1]
    if kind == "bare":
        bare()
    elif kind == "sqltable":
        sqltable(sys.argv[2])
    elif kind == "program":
        program(sys.argv[2])
    elif kind == "program-watching-all":
        program(sys.argv[2], watch="application")
    elif kind == "program-search":
        program_search(sys.argv[2])
    elif kind == "program-search-tab":
        program_search(sys.argv[2], shortcut=True)
    elif kind == "sql-search":
        sql_search(sys.argv[2])
    elif kind == "idle-search":
        idle_search()
    else:
        raise SystemExit(f"unknown kind {kind!r}")
