"""Starting the window: the QApplication, the settings and the first register."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from delegation_planner.storage.server_url import is_server_url
from delegation_planner.ui import language
from delegation_planner.ui.main_window import MainWindow

# Only what paints the window's shell is imported above: the register's pages, the storage
# layer (its errors too: their messages load the core's catalogue) and sqlite-utils are
# loaded once the home view's first rows are on screen (``_first_paint``), a second or more
# of a new process's start on a busy machine. Tests name what may be loaded before.
if TYPE_CHECKING:
    from delegation_planner.storage.errors import StorageError
    from delegation_planner.ui.session import RegisterSession

ORGANISATION = "DelegationPlanner"
APPLICATION = "Delegation Planner"
EXIT_NO_REGISTER = 2  # as the command line: the register given cannot be used

_tr = QCoreApplication.translate
log = logging.getLogger("delegation_planner.ui")


def run_window(
    db_path: Path | str | None,
    demo: bool | str = False,
    argv: list[str] | None = None,
    *,
    settings: QSettings | None = None,
) -> int:
    """Show the main window on ``db_path`` (or the demo register) until it closes; the exit code.

    ``settings`` is for tests; by default the application's own QSettings are used.
    """
    existing = QApplication.instance()
    # The window needs a QApplication; a bare QCoreApplication from elsewhere would not do.
    assert existing is None or isinstance(existing, QApplication)
    app = existing or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    settings = settings if settings is not None else QSettings()
    # Before the first message: a register that cannot be opened is said in the window's language.
    language.apply(settings)
    shell, failure = _first_paint_of(db_path, demo, settings)
    # The log and the error dialog are set up once the first rows are on screen (their
    # modules cost a tenth of a second or more); the first paint falls back on the usual
    # start rather than fail.
    from delegation_planner import app_log
    from delegation_planner.ui.crash_handler import ErrorReporter

    log_file = app_log.configure()
    # From here on an unexpected error is logged and shown, and the program goes on.
    reporter = ErrorReporter(log_file, app)
    reporter.install()
    log.info("window started, version %s", _version())
    if failure is not None:
        log.error("the first rows could not be shown before the register was opened", exc_info=failure)
    _paint_pending(shell)
    try:
        return _run(app, db_path, demo, settings, shell)
    finally:
        log.info("window closed")
        reporter.uninstall()


def _paint_pending(shell: MainWindow | None) -> None:
    """Between the steps of loading the rest after the first paint (a second or more on a
    busy machine): the shell on screen repaints what was covered or resized meanwhile. Input
    waits until the window is built (a click or a close now would meet half a window)."""
    if shell is not None:
        from PySide6.QtCore import QEventLoop

        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def _version() -> str:
    from delegation_planner import __version__

    return __version__


def _first_paint(location: Path | str, settings: QSettings) -> MainWindow | None:
    """The window's shell with the overview's first lists, painted before the rest of the
    program is loaded: for a register file that passed the full check and has not changed
    since, or a server register of this program's schema (None for any other: it is opened
    and checked before anything of it is shown)."""
    from delegation_planner.storage import first_rows
    from delegation_planner.ui.pages.first_rows import MAX_OVERDUE

    today = dt.date.today()
    if isinstance(location, str):
        rows = first_rows.read_server(location, today, MAX_OVERDUE)
    else:
        rows = first_rows.read_if_checked(location, today, MAX_OVERDUE)
    if rows is None:
        if isinstance(location, Path) and _to_be_checked(location):
            # Read through on a thread once painted (``_check_first``): seconds at 100,000
            # delegations, with the shell on screen saying so instead of no window at all.
            window = MainWindow(None, settings)
            window.show_checking(location.expanduser().absolute())
            _paint(window)
            return window
        return None
    window = MainWindow(None, settings)
    window.show_first_rows(rows)
    _paint(window)
    return window


def _paint(window: MainWindow) -> None:
    window.show()
    window.first_page_shown()
    # Twice: the first pass paints, the second runs what the paint queued (a timer of 0).
    QApplication.processEvents()
    QApplication.processEvents()


def _to_be_checked(path: Path) -> bool:
    """A register file that is there but not remembered as checked unchanged, which the usual
    open reads through (no rollback journal beside it: that one is recovered first, which
    may write, so it is opened as before)."""
    from delegation_planner.storage import recovery

    try:
        return path.is_file() and path.stat().st_size > 0 and not recovery.has_journal(path)
    except OSError:
        return False


def _first_paint_of(
    db_path: Path | str | None, demo: bool | str, settings: QSettings
) -> tuple[MainWindow | None, Exception | None]:
    """``_first_paint`` for the register the window opens (a file or a server, not the demo);
    an error in it is returned to be logged, and the window then starts as usual."""
    if demo:
        return None, None
    try:
        if is_server_url(db_path):
            return _first_paint(str(db_path), settings), None
        return _first_paint(Path(db_path) if db_path is not None else _default_path(), settings), None
    except Exception as error:  # only a shortcut failed: the usual start follows
        return None, error


def _run(
    app: QApplication,
    db_path: Path | str | None,
    demo: bool | str,
    settings: QSettings,
    shell: MainWindow | None = None,
) -> int:
    if is_server_url(db_path) and not demo:
        # A server register: no file to set up; the connection itself says what is wrong.
        session = open_session(str(db_path))
        if session is None:
            return EXIT_NO_REGISTER
        _paint_pending(shell)
        _window_on(session, settings, shell)
        return int(app.exec())
    from delegation_planner.storage.errors import StorageError

    try:
        path = (
            _demo_path("skane" if demo is True else str(demo))
            if demo
            else Path(db_path)
            if db_path is not None
            else _default_path()
        )
    except (StorageError, OSError) as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APPLICATION, str(error))
        return EXIT_NO_REGISTER
    from delegation_planner.ui.dialogs.office import SETUP_DONE_SETTING

    first_start = not demo and not path.exists() and not settings.value(SETUP_DONE_SETTING, False, bool)
    failed = None
    if shell is not None and not demo:
        from delegation_planner.ui.register_check import check_while_shown

        checked = check_while_shown(shell, shell.ui.tab_widget, path)
        if checked.closed:
            return 0
        failed = checked.error
    session = open_session(path) if failed is None else open_session(path, failed=failed)
    if session is None:
        return EXIT_NO_REGISTER
    log.info("register opened%s", " read-only" if session.read_only else "")
    _paint_pending(shell)
    window = _window_on(session, settings, shell)
    if first_start:
        # Once the window is on screen, so the setup sits on top of it.
        QTimer.singleShot(0, window.first_start_setup)
    try:
        return int(app.exec())
    finally:
        # A thread still running when the application goes would abort the program on its way out.
        from delegation_planner.ui.db_task import wait_for_workers

        wait_for_workers()


def _window_on(session: RegisterSession, settings: QSettings, shell: MainWindow | None) -> MainWindow:
    """The window on the opened register: the first paint's shell when it shows this register
    (another one may have been chosen after a failure to open), else a new one in its place."""
    if shell is not None and shell.shows_first_rows_of(session.location):
        shell.start(session)
        return shell
    if shell is not None:
        shell.close()
        shell.deleteLater()
    window = MainWindow(session, settings)
    window.show()
    return window


def _default_path() -> Path:
    from delegation_planner.storage.locations import default_database_path

    return default_database_path()


def _demo_path(office: str = "skane") -> Path:
    # Imported here: the demo data is only needed with --demo.
    from delegation_planner import demo

    path = demo.default_demo_path(office)
    if not path.exists():
        demo.create_demo_database(path, office=office)
    return path


def open_session(
    path: Path | str, parent: QWidget | None = None, *, failed: StorageError | None = None
) -> RegisterSession | None:
    """Open ``path``; while it cannot be used, say why and offer another register or quitting.
    ``failed``: why ``path`` cannot be used, found already (its check is not run again)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from delegation_planner.storage.errors import StorageError
    from delegation_planner.storage.server_errors import ServerError
    from delegation_planner.ui.dialogs.register_files import register_filter
    from delegation_planner.ui.session import RegisterSession

    while True:
        try:
            if failed is not None:
                raise failed
            return RegisterSession.open(path)
        except StorageError as error:
            failed = None
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(APPLICATION)
            box.setText(_tr("QtApp", "The register cannot be opened."))
            if isinstance(error, ServerError):
                # The reason in the reader's words; the server's own behind "Show Details…" for IT.
                box.setInformativeText(error.summary)
                box.setDetailedText(error.detail)
            else:
                box.setInformativeText(str(error))  # storage messages are plain words already
            other = box.addButton(_tr("QtApp", "Open &another register…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(_tr("QtApp", "&Quit"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(other)
            box.exec()
            if box.clickedButton() is not other:
                return None
            folder = Path.home() if is_server_url(path) else Path(path).parent
            name, _ = QFileDialog.getOpenFileName(
                parent, _tr("QtApp", "Open register"), str(folder), register_filter()
            )
            if not name:
                return None
            path = Path(name)
