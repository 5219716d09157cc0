"""A child process for the worker-lifetime tests: pages destroyed while their work runs.

``python -m tests.helpers.window_workers REGISTER ROUNDS`` builds, ROUNDS times each,
an overview page, a before-departure page, a bare task on a widget and a delegation
register model; starts their database work, holds it inside the worker thread, destroys
the owner there and then lets the work go on. Qt aborts the whole process ("QThread:
Destroyed while thread is still running") if a running thread dies with its owner, so
the parent only has to read the exit status and the closing line: ``survived N, stopped M``,
where M counts the reading tasks that noticed their owner was gone and stopped early.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from delegation_planner.ui import db_task
from delegation_planner.ui.models.delegations_model import DelegationsModel
from delegation_planner.ui.pages import dashboard as dashboard_page
from delegation_planner.ui.pages import departures as departures_page
from delegation_planner.ui.session import RegisterSession

HOLD_SECONDS = 10


class Gate:
    """Holds the work inside the worker until the owner is gone."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.stopped = 0

    def held(self, work: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            self.entered.set()
            if not self.release.wait(HOLD_SECONDS):
                raise RuntimeError("the gate was never opened")
            return work(*args, **kwargs)

        return run

    def open_after_destroying(self, destroy: Callable[[], None]) -> None:
        if not self.entered.wait(HOLD_SECONDS):
            raise RuntimeError("the work never started")
        destroy()
        self.release.set()

    def reset(self) -> None:
        self.entered.clear()
        self.release.clear()


def destroy_later(widget: QWidget) -> None:
    """As a window drops a page: unparented, deleteLater, the deferred delete run."""
    widget.setParent(None)
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main(argv: list[str]) -> int:
    register, rounds = Path(argv[0]), int(argv[1])
    app = QApplication([])
    gate = Gate()
    # The pages' work, held in the worker until their page is gone.
    dashboard_page.first_rows = gate.held(dashboard_page.first_rows)  # type: ignore[assignment]
    departures_page.upcoming = gate.held(departures_page.upcoming)  # type: ignore[assignment]
    session = RegisterSession.open(register)
    settings = QSettings(str(register.with_suffix(".ini")), QSettings.Format.IniFormat)
    survived = 0
    stopped = [0]

    def reading(_db: Any, progress: Callable[[int, int], None]) -> int:
        gate.entered.set()
        gate.release.wait(HOLD_SECONDS)
        try:
            progress(1, 1)  # the owner is gone by now: this report stops the work
        except db_task.TaskCancelled:
            stopped[0] += 1
            raise
        return 1

    for _ in range(rounds):
        gate.reset()
        overview = dashboard_page.DashboardPage(session)
        overview.refresh()
        gate.open_after_destroying(lambda page=overview: destroy_later(page))  # type: ignore[misc]

        gate.reset()
        departures = departures_page.DeparturesPage(session, settings)
        departures.refresh()
        gate.open_after_destroying(lambda page=departures: destroy_later(page))  # type: ignore[misc]

        gate.reset()
        owner = QWidget()
        task = db_task.DatabaseTask(register, reading, read_only=True, parent=owner)
        task.start()
        gate.open_after_destroying(lambda owner=owner: shiboken6.delete(owner))  # type: ignore[misc]

        # A register model never closed: its query thread runs an event loop.
        model = DelegationsModel(session.db, register)
        model.refresh()
        shiboken6.delete(model)
        app.processEvents()
        survived += 1
    finished = db_task.wait_for_workers(timeout_ms=HOLD_SECONDS * 1000)
    session.close()
    print(f"survived {survived}, stopped {stopped[0]}, all ended {finished}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
