"""Unexpected errors: logged, shown in plain words, and the program goes on.

Without this, an exception in a slot is printed to standard error, which the windowed
program on Windows does not have, so it vanishes and the person sees a button that
did nothing. ``ErrorReporter.install`` routes every unexpected exception (in a slot,
in a worker thread, in a ``threading.Thread``) and Qt's own warnings to the log, and
shows the error dialog, one at a time, on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QStyle, QWidget

from delegation_planner import app_log
from delegation_planner.ui.generated.ui_error_dialog import Ui_ErrorDialog

log = logging.getLogger("delegation_planner.ui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
QtMessageHandler = Callable[[QtMsgType, QMessageLogContext, str], object]

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class ErrorDialog(QDialog):
    """ "Something went wrong": what it means for the person, where the log is, the details to copy."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Something went wrong"))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.ui.icon_label.setPixmap(icon.pixmap(48, 48))
        self.ui.message_label.setText(
            self.tr(
                "Something went wrong, and what you were doing may not have been finished. "
                "What you saved before is safe, and you can go on working.\n\n"
                "If it happens again, copy the details and send them with a few words on what "
                "you were doing to whoever looks after the program for your office."
            )
        )
        self.log_file = log_file
        if log_file is not None:
            self.ui.log_label.setText(self.tr("The program's log is in %1").replace("%1", str(log_file)))
        else:
            self.ui.log_label.setText(self.tr("The program could not write its log file this time."))
        self.ui.details_edit.setPlainText(details)
        buttons = self.ui.button_box
        self.copy_button = buttons.addButton(self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = buttons.addButton(
            self.tr("Open log &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button.clicked.connect(self.open_log_folder)
        self.folder_button.setEnabled(log_file is not None)
        buttons.rejected.connect(self.reject)
        self.copy_button.setFocus()

    def add(self, details: str) -> None:
        """Another error while this one is on screen: its details below, not a second dialog."""
        self.ui.details_edit.appendPlainText("\n" + details)

    def details(self) -> str:
        return self.ui.details_edit.toPlainText()

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details())
        self.copy_button.setText(self.tr("&Copied"))

    def open_log_folder(self) -> None:
        if self.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


class ErrorReporter(QObject):
    """Installs the hooks; lives on the GUI thread, so a report from any thread is shown there."""

    _reported = Signal(str)

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.dialog: ErrorDialog | None = None
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self._installed = False
        # Queued whenever the error happened off the GUI thread (Qt decides by thread).
        self._reported.connect(self._show)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.report
        threading.excepthook = self._report_thread
        qInstallMessageHandler(self._qt_message)
        self._installed = True

    def uninstall(self) -> None:
        if not self._installed:
            return
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(None)
        self._installed = False

    def report(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            if self._previous_hook is not None:
                self._previous_hook(kind, error, tb)
            return
        log.error("unexpected error\n%s", app_log.where_it_happened(error, tb))
        if sys.stderr is not None:  # a developer's console; the windowed program has none
            print(app_log.full_details(error, tb), file=sys.stderr, end="")
        self._reported.emit(app_log.full_details(error, tb))

    def _report_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.report(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, details: str) -> None:
        if self.dialog is not None:
            self.dialog.add(details)
            return
        # No parent: the window that raised may be the one going away.
        dialog = ErrorDialog(details, self.log_file)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = _QT_LEVELS.get(kind, logging.WARNING)
        if level >= logging.WARNING:
            log.log(level, "Qt: %s", message)
        if sys.stderr is not None and level >= logging.WARNING:
            print(message, file=sys.stderr)
