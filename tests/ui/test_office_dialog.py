"""Settings ▸ Office profile… and the first start's setup (dialogs answered by patching exec)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from delegation_planner.documents.template import build_template
from delegation_planner.storage import office_store
from delegation_planner.ui import qt_app
from delegation_planner.ui.dialogs.office import SETUP_DONE_SETTING, OfficeDialog
from delegation_planner.ui.models.delegations_model import GRIP
from tests.ui.register_fixtures import *  # noqa: F403  (the window fixtures)


def _answer(choose):  # type: ignore[no-untyped-def]
    """An ``exec`` that makes the choices, then presses Save, as a person would."""

    def exec_(dialog: OfficeDialog) -> int:
        choose(dialog)
        dialog.save()
        return int(dialog.result())

    return exec_


def test_settings_office_profile_switches_to_hovedstaden(qtbot, make_window, register_path, monkeypatch):
    window = make_window(register_path)
    monkeypatch.setattr(
        OfficeDialog,
        "exec",
        _answer(lambda d: d.office_combo.setCurrentIndex(d.office_combo.findData("hovedstaden"))),
    )
    assert window.edit_office()
    office = office_store.load_office(window.session.db)
    assert office.name == "Region Hovedstaden"
    assert office.body("da").name == "Forretningsudvalget"
    # The register's verdict column is headed by the office's own body, no longer GRIP.
    model = window.delegations.model
    assert model.headerData(GRIP, Qt.Orientation.Horizontal) == "Forretningsudvalget"


def test_the_letterhead_and_language_are_kept(
    qtbot, make_window, register_path, tmp_path, monkeypatch, settings
):
    letterhead = tmp_path / "letterhead.docx"
    build_template().save(str(letterhead))
    window = make_window(register_path)

    def choose(dialog: OfficeDialog) -> None:
        assert dialog.choose_letterhead(letterhead)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))

    monkeypatch.setattr(OfficeDialog, "exec", _answer(choose))
    assert window.edit_office()
    assert office_store.letterhead(window.session.db) == letterhead.read_bytes()
    assert settings.value("language") == "da"
    assert office_store.load_office(window.session.db).name == "Region Skåne"  # unchanged


def test_a_file_that_is_no_word_document_is_not_kept(
    qtbot, make_window, register_path, tmp_path, monkeypatch
):
    window = make_window(register_path)
    warned: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: warned.append(args[2]))
    not_docx = tmp_path / "letter.docx"
    not_docx.write_text("plain text")
    dialog = OfficeDialog(window.session.db, window.settings, parent=window)
    qtbot.addWidget(dialog)
    assert not dialog.choose_letterhead(not_docx)
    assert warned and "letter.docx" in warned[0]
    dialog.reject()


def test_first_start_on_a_new_register_offers_the_setup_and_skip_is_remembered(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown: list[bool] = []

    def skip(dialog: OfficeDialog) -> int:
        shown.append(True)
        assert dialog.windowTitle() == "Welcome"
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(OfficeDialog, "exec", skip)
    monkeypatch.setattr("PySide6.QtWidgets.QApplication.exec", lambda *args: 0)
    windows = []
    original = qt_app.MainWindow

    def remember(*args, **kwargs):  # type: ignore[no-untyped-def]
        window = original(*args, **kwargs)
        windows.append(window)
        return window

    monkeypatch.setattr(qt_app, "MainWindow", remember)
    path = tmp_path / "new.sqlite3"
    assert qt_app.run_window(path, settings=settings) == 0
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert settings.value(SETUP_DONE_SETTING, False, bool)
    windows[0].close()
    # A second start (another new register) does not ask again.
    shown.clear()
    assert qt_app.run_window(tmp_path / "other.sqlite3", settings=settings) == 0
    qtbot.wait(50)
    assert not shown
    for window in windows:
        window.close()
