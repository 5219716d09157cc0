"""A page or dialog may go while its database work still runs: the program must not abort.

Qt ends the whole process when a running thread is destroyed, which a test cannot
catch, so the destroying is done in a child process (tests/helpers/window_workers.py)
and only its exit status and last line are read here.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

from delegation_planner.ui import db_task

ROUNDS = 30
ROOT = Path(__file__).resolve().parents[2]


def test_pages_destroyed_while_their_work_runs_do_not_take_the_program_down(register_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.helpers.window_workers", str(register_path), str(ROUNDS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(register_path.parent)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # Every round survived, and each reading whose owner had gone stopped at its next report.
    assert done.stdout.strip().splitlines()[-1] == f"survived {ROUNDS}, stopped {ROUNDS}, all ended True"
    assert "Destroyed while thread" not in done.stderr


def test_a_write_whose_owner_goes_is_finished_not_dropped(qtbot: Any, register_path: Path) -> None:
    entered, release = threading.Event(), threading.Event()

    def write(db: Database, progress: Any) -> None:
        entered.set()
        release.wait(10)
        progress(1, 1)  # a write is not stopped because its owner went: it was asked for
        db.execute("UPDATE delegations SET title = 'Written after the owner went' WHERE id = 'gd-2025'")
        db.conn.commit()

    owner = QWidget()
    task = db_task.DatabaseTask(register_path, write, read_only=False, parent=owner)
    task.start()
    assert entered.wait(10)
    shiboken6.delete(owner)
    assert db_task.running_workers() >= 1
    release.set()
    assert db_task.wait_for_workers(register_path, timeout_ms=10_000)
    assert db_task.running_workers() == 0
    title = Database(register_path).execute("SELECT title FROM delegations WHERE id = 'gd-2025'").fetchone()
    assert title == ("Written after the owner went",)


def test_closing_a_register_waits_for_the_work_still_running_on_it(
    qtbot: Any, make_window: Any, register_path: Path, tmp_path: Path
) -> None:
    window = make_window(register_path)
    entered, release = threading.Event(), threading.Event()
    finished: list[str] = []

    def read(_db: Database, _progress: Any) -> None:
        entered.set()
        release.wait(10)
        finished.append("read")

    task = db_task.DatabaseTask(register_path, read, read_only=True, parent=window)
    task.start()
    assert entered.wait(10)
    session = window.session
    close = session.close
    at_close: list[list[str]] = []
    session.close = lambda: (at_close.append(list(finished)), close())
    other = tmp_path / "other.sqlite3"
    # The work ends a moment after the switch began (well after the new register is open).
    threading.Timer(1.0, release.set).start()
    assert window.switch_register(other)
    # The old register was let go only once nothing read it any more.
    assert at_close == [["read"]]


# A query that runs for minutes unless stopped: counting to ten billion.
_ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000000) "
    "SELECT count(*) FROM n"
)


def _stopped_reading(qtbot: Any, location: Path | str, statements: int) -> tuple[float, list[str]]:
    """Start a read of ``statements`` endless queries, cancel it once the first has begun; return
    how long the cancel took to end the task and what the task said."""
    import time

    entered = threading.Event()
    said: list[str] = []

    def read(db: Database, _progress: Any) -> None:
        entered.set()
        for _ in range(statements):
            try:
                db.execute(_ENDLESS).fetchall()
            except Exception:
                if statements == 1:
                    raise
                # Work that swallows the interruption of one statement must not run the next.

    owner = QWidget()
    task = db_task.DatabaseTask(location, read, read_only=True, parent=owner)
    task.cancelled.connect(lambda: said.append("cancelled"))
    task.failed.connect(lambda message: said.append(f"failed: {message}"))
    task.finished.connect(lambda _r: said.append("finished"))
    task.start()
    assert entered.wait(10)
    time.sleep(0.3)  # well inside the first query
    began = time.perf_counter()
    task.cancel()
    task.wait()
    took = time.perf_counter() - began
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    shiboken6.delete(owner)
    return took, said


def test_a_cancelled_reading_is_stopped_in_its_query_on_a_file(qtbot: Any, register_path: Path) -> None:
    # A page that closes (switching registers, closing the window) cancels its readings and
    # waits for them: the wait is the interrupt's, not the query's.
    took, said = _stopped_reading(qtbot, register_path, 1)
    assert took < 2 and said == ["cancelled"]
    took, said = _stopped_reading(qtbot, register_path, 3)
    assert took < 2 and said in (["cancelled"], ["finished"])


def test_a_cancelled_reading_is_stopped_in_its_query_on_a_server(qtbot: Any, pg_url: str) -> None:
    took, said = _stopped_reading(qtbot, pg_url, 1)
    assert took < 5 and said == ["cancelled"]


def test_closing_the_overview_does_not_wait_for_its_reading(
    qtbot: Any, make_window: Any, register_path: Path, monkeypatch: Any
) -> None:
    import time

    window = make_window(register_path)
    page = window.dashboard
    assert page is not None
    entered = threading.Event()

    def endless(db: Database, _progress: Any) -> None:
        entered.set()
        db.execute(_ENDLESS).fetchall()

    task = db_task.DatabaseTask(register_path, endless, read_only=True, parent=page)
    page._tasks.add(task)
    task.start()
    assert entered.wait(10)
    began = time.perf_counter()
    page.close_page()
    assert time.perf_counter() - began < 2
    assert not task.is_running()
