"""A server register's first rows are painted before psycopg is imported (its import is a quarter
of a second, half the whole start of a register file), and without libpq the usual start opens
the register as before."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from delegation_planner import app_log
from delegation_planner.storage import first_rows, libpq_peek, repository
from delegation_planner.storage.database import open_database
from delegation_planner.ui import qt_app
from delegation_planner.ui.main_window import MainWindow
from tests.core.factories import delegation, organisation

_RUN = (
    "import os, sys\n"
    "from PySide6.QtCore import QSettings\n"
    "from delegation_planner.ui import qt_app\n"
    "from delegation_planner.ui.main_window import MainWindow\n"
    "DRIVER = {'psycopg', 'psycopg_binary'}\n"
    "real_show = MainWindow.show_first_rows\n"
    "def show_first_rows(self, rows):\n"
    "    loaded = sorted({m.split('.')[0] for m in sys.modules} & DRIVER)\n"
    "    print('PAINT', [t.title for t in rows.trips], loaded, flush=True)\n"
    "    real_show(self, rows)\n"
    "MainWindow.show_first_rows = show_first_rows\n"
    "def open_session(location, parent=None):\n"
    "    shown = [w for w in qt_app.QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]\n"
    "    print('OPEN', 'shown' if shown else 'nothing shown', flush=True)\n"
    "    os._exit(0)\n"
    "qt_app.open_session = open_session\n"
    "qt_app.run_window(sys.argv[1], settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))\n"
)


def _fill(url: str) -> None:
    db = open_database(url)
    repository.save_organisation(db, organisation())
    start = dt.date.today() + dt.timedelta(days=2)
    repository.save_delegation(
        db, delegation("soon", title="Besøg i 南京", start=start, end=start + dt.timedelta(days=1))
    )
    db.close()


def test_the_first_rows_of_a_server_register_are_painted_before_psycopg_is_imported(
    pg_url: str, tmp_path: Path
) -> None:
    _fill(pg_url)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", _RUN, pg_url, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    lines = [x for x in done.stdout.splitlines() if x.startswith(("PAINT", "OPEN"))]
    assert lines == ["PAINT ['Besøg i 南京'] []", "OPEN shown"], done.stdout + done.stderr[-2000:]


def test_without_libpq_the_usual_start_opens_the_server_register(
    pg_url: str, settings: QSettings, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    _fill(pg_url)
    monkeypatch.setattr(libpq_peek, "candidates", lambda: iter(["/nowhere/libpq.so.5", "no-such-libpq"]))
    libpq_peek.library.cache_clear()
    try:
        assert libpq_peek.library() is None
        assert first_rows.read_server(pg_url, dt.date.today(), 200) is None
        seen: list[bool] = []
        real_open = qt_app.open_session

        def open_session(location: Path | str, parent: Any = None) -> Any:
            shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            seen.append(bool(shown))
            return real_open(location, parent)

        windows: list[MainWindow] = []
        real_window = MainWindow

        def remember(*args: Any, **kwargs: Any) -> MainWindow:
            windows.append(real_window(*args, **kwargs))
            return windows[-1]

        monkeypatch.setattr(qt_app, "open_session", open_session)
        monkeypatch.setattr(qt_app, "MainWindow", remember)
        monkeypatch.setattr("PySide6.QtWidgets.QApplication.exec", lambda *args: 0)
        try:
            assert qt_app.run_window(pg_url, settings=settings) == 0
        finally:
            app_log.stop()
        (window,) = windows
        qtbot.addWidget(window)
        assert seen == [False]  # nothing painted early; the register opened as it always did
        assert window.session.is_server
        qtbot.waitUntil(lambda: window.delegations is not None and window.delegations.model.rowCount() == 1)
        window.close()
    finally:
        libpq_peek.library.cache_clear()
