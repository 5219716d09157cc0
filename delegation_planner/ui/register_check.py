"""Checking a register file in full while the window's shell is on screen.

A register file not remembered as checked unchanged (after a crash, or a change by another
program) is read through before it is opened: SQLite's ``quick_check`` and its structure
against the migrations, 2–5 s on 100,000 delegations. The start paints the window's shell
saying so first (``pages.first_rows.CheckingPage``), and the check runs on a thread while
the window goes on repainting; the usual open follows, and finds the file remembered as
checked. SQLite reads the file without Python's lock, so the window's thread is free.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEventLoop, QTimer

from delegation_planner.ui.pages.first_rows import CheckingPage

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget, QWidget

    from delegation_planner.storage.errors import StorageError

log = logging.getLogger("delegation_planner.ui")

# How often the window looks whether the check is done: short beside its seconds.
POLL_MS = 25


class Checked(NamedTuple):
    closed: bool  # the window was closed while the register was checked
    error: StorageError | None  # why the register cannot be opened (said by the usual open)


def check_while_shown(shell: QWidget, tabs: QTabWidget, path: Path) -> Checked:
    """Check ``path`` in full on a thread if the window ``shell`` says it is being checked; the
    window repaints and answers meanwhile: it may be closed, and its other ``tabs``, empty
    until the register is opened, cannot be chosen."""
    page = shell.findChild(CheckingPage)
    if page is None or page.location != path.expanduser().absolute():
        return Checked(False, None)
    others = [index for index in range(tabs.count()) if index != tabs.currentIndex()]
    for index in others:
        tabs.setTabEnabled(index, False)
    try:
        closed, error = _check(shell, path)
    finally:
        for index in others:
            tabs.setTabEnabled(index, True)
    if closed:
        return Checked(True, None)
    from delegation_planner.storage.errors import StorageError

    if isinstance(error, StorageError):
        return Checked(False, error)
    if error is not None:
        # Not a register problem the check knows of: the usual open meets it again and says it.
        log.warning("the register could not be checked before it was opened", exc_info=error)
    page.checked()
    return Checked(False, None)


def _check(shell: QWidget, path: Path) -> tuple[bool, BaseException | None]:
    """Run the check on a thread while the window's events run: whether the window was closed
    meanwhile (a read-only check leaves nothing to finish), and what the check raised."""
    found: list[BaseException] = []

    def check() -> None:
        try:
            # Imported here: the storage layer and sqlite-utils load while the window repaints.
            from delegation_planner.storage.database import inspect_file

            inspect_file(path)
        except BaseException as error:  # handed to the window's thread, which says it
            found.append(error)

    thread = threading.Thread(target=check, name="register check", daemon=True)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(POLL_MS)
    poll.timeout.connect(lambda: None if thread.is_alive() and shell.isVisible() else loop.quit())
    thread.start()
    poll.start()
    loop.exec()
    poll.stop()
    if not shell.isVisible():
        return True, None
    thread.join()
    return False, found[0] if found else None
