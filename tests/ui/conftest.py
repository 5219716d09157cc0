"""Fixtures of the window tests; every test here is marked ``ui`` and runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tests.ui.register_fixtures import fill_register


@pytest.fixture(autouse=True)
def _settings_of_our_own(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Code that asks for the application's QSettings() gets a file of this test's own,
    never the user's and never one an earlier test wrote."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings"))
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.ui)


@pytest.fixture(autouse=True, scope="session")
def _english_catalogue(qapp: object) -> None:
    """Pages tested on their own speak English with its plural forms ("1 point", "2 points"),
    as in the window started on an English system; a window test installs its own language."""
    from delegation_planner.ui import language

    language.install("en")


@pytest.fixture(autouse=True)
def _no_real_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real modal box would hang an offscreen test (and qtbot closes a dirty editor at the
    end of a test, which asks). Tests that care about the answer patch their own."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox, name, lambda *a, **k: pytest.fail(f"unexpected message box: {a[1:3]}")
        )


@pytest.fixture(autouse=True)
def _notices_answered_with_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """After a file is written the window offers Open / Show in folder; here a person presses
    Open at once (tests record QDesktopServices.openUrl). test_save_locations checks the notice."""
    from delegation_planner.ui import save_locations

    def announce(parent: Any, path: Path, title: str) -> save_locations.WrittenNotice:
        notice = save_locations.WrittenNotice(path, title, parent)
        notice.open_button.click()
        return notice

    monkeypatch.setattr(save_locations, "announce_written", announce)


@pytest.fixture
def fake_editor(monkeypatch: pytest.MonkeyPatch) -> type[Any]:
    """The window opens this instead of the delegation editor; ``opened`` lists (key, read_only)."""
    from delegation_planner.ui.editor import delegation_editor
    from tests.helpers.window import FakeEditor

    FakeEditor.opened = []
    monkeypatch.setattr(delegation_editor, "DelegationEditor", FakeEditor)
    return FakeEditor


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The window's settings in a file of the test's own, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite3"
    fill_register(path)
    return path


@pytest.fixture
def make_window(qtbot: Any, settings: QSettings) -> Iterator[Callable[..., Any]]:
    from delegation_planner.ui.main_window import MainWindow
    from delegation_planner.ui.session import RegisterSession

    windows: list[Any] = []

    def make(path: Path, *, show_register: bool = True) -> Any:
        window = MainWindow(RegisterSession.open(path), settings)
        qtbot.addWidget(window)
        window.show()
        if show_register:
            # The window starts on the overview; these tests are about the register tab,
            # whose shortcuts work only while it is shown, as for a person who clicked it.
            window.ui.tab_widget.setCurrentWidget(window.ui.delegations_tab)
        # Shortcuts fire only in the active window, as for a person at the keyboard.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        windows.append(window)
        qtbot.waitUntil(lambda: not window.delegations.model.is_loading, timeout=5000)
        return window

    yield make
    for window in windows:
        if window.delegations is not None:
            window.close()


@pytest.fixture(autouse=True)
def _workers_end_with_their_test() -> Iterator[None]:
    """No worker thread of a test outlives it: its files are removed, and a thread still
    running when Python tears down aborts the whole run."""
    yield
    from delegation_planner.ui import db_task

    assert db_task.wait_for_workers(timeout_ms=30_000), (
        "a worker thread was still running 30 s after its test"
    )
