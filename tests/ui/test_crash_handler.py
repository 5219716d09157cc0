"""An unexpected error in a slot or a thread: logged, shown with "Copy details", and the program goes on."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from delegation_planner import app_log
from delegation_planner.ui.crash_handler import ErrorReporter

# pytest-qt would otherwise take the exceptions itself and fail the test.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def reporter(qtbot, tmp_path: Path) -> Iterator[ErrorReporter]:
    log_file = app_log.configure(tmp_path / "logs")
    reporter = ErrorReporter(log_file)
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()
    app_log.stop()


def _window(qtbot) -> tuple[QWidget, QPushButton, QPushButton, QLabel]:
    window = QWidget()
    failing, working, label = QPushButton("Fail"), QPushButton("Work"), QLabel("")
    layout = QVBoxLayout(window)
    for widget in (failing, working, label):
        layout.addWidget(widget)

    def fail() -> None:
        raise ValueError("no person 'Anna Svensson'")

    failing.clicked.connect(fail)
    working.clicked.connect(lambda: label.setText("still working"))
    qtbot.addWidget(window)
    window.show()
    return window, failing, working, label


def test_an_error_in_a_slot_shows_the_dialog_and_the_program_goes_on(qtbot, reporter: ErrorReporter) -> None:
    _win, failing, working, label = _window(qtbot)
    failing.click()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5000)
    dialog = reporter.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Something went wrong"
    assert str(reporter.log_file) in dialog.ui.log_label.text()

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "ValueError: no person 'Anna Svensson'" in copied and "Traceback" in copied

    # A second error while the first is on screen joins it instead of stacking dialogs.
    failing.click()
    qtbot.waitUntil(lambda: dialog.details().count("ValueError: no person") == 2, timeout=5000)
    assert reporter.dialog is dialog

    dialog.ui.button_box.rejected.emit()
    qtbot.waitUntil(lambda: reporter.dialog is None, timeout=5000)
    working.click()
    assert label.text() == "still working"

    assert reporter.log_file is not None
    logged = reporter.log_file.read_text(encoding="utf-8")
    assert "unexpected error" in logged and "builtins.ValueError" in logged and "in fail" in logged
    assert "Anna Svensson" not in logged  # the log keeps where, never whose


def test_an_error_in_a_thread_is_shown_on_the_gui_thread(qtbot, reporter: ErrorReporter) -> None:
    def work() -> None:
        raise OSError("disk gone")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=5000)
    assert reporter.dialog is not None
    assert "OSError: disk gone" in reporter.dialog.details()
    assert reporter.dialog.thread() is QGuiApplication.instance().thread()


def test_qt_warnings_go_to_the_log(qtbot, reporter: ErrorReporter) -> None:
    qWarning("a Qt warning for the log")
    assert reporter.log_file is not None
    assert "WARNING delegation_planner.ui: Qt: a Qt warning for the log" in reporter.log_file.read_text(
        encoding="utf-8"
    )
