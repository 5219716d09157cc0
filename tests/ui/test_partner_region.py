"""Choosing the partner region fills its country and agreement; a near miss is asked about."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from delegation_planner.domain.enums import AgreementStatus
from delegation_planner.domain.records import Agreement
from delegation_planner.storage import repository
from delegation_planner.ui.editor.overview_tab import OverviewTab
from tests.core import factories
from tests.helpers.window import open_editor


def seed(db) -> None:
    repository.save_organisation(db, factories.organisation())
    repository.save_agreement(
        db, Agreement("gd-old", "Guangdong", dt.date(1985, 1, 1), status=AgreementStatus.EXPIRED)
    )
    repository.save_agreement(
        db, Agreement("gd", "Guangdong", dt.date(1995, 3, 1), status=AgreementStatus.ACTIVE)
    )
    repository.save_delegation(db, factories.delegation("earlier", partner_region="Guangdong", country="CN"))


def overview(editor) -> OverviewTab:
    return next(t for t in editor.tabs() if isinstance(t, OverviewTab))


def test_choosing_a_known_partner_fills_country_and_agreement(qtbot, db):
    seed(db)
    ui = overview(open_editor(qtbot, db)).ui
    assert ui.country_edit.text() == "" and ui.agreement_combo.currentData() is None
    ui.partner_combo.textActivated.emit("Guangdong")
    assert ui.country_edit.text() == "China"  # the code CN, shown by name
    assert ui.agreement_combo.currentData() == "gd"  # the active one, not the expired


def test_what_was_entered_is_not_overwritten(qtbot, db):
    seed(db)
    ui = overview(open_editor(qtbot, db)).ui
    ui.country_edit.setText("HK")
    ui.partner_combo.textActivated.emit("Guangdong")
    assert ui.country_edit.text() == "HK"


def test_a_typo_asks_before_making_a_new_partner(qtbot, db, monkeypatch):
    seed(db)
    editor = open_editor(qtbot, db)
    ui = overview(editor).ui
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        box.buttons()[0].click()  # Use “Guangdong”
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    ui.partner_combo.setEditText("Guangdon")
    ui.partner_combo.lineEdit().editingFinished.emit()
    assert asked == ["“Guangdon” is not a partner region in the register. Did you mean “Guangdong”?"]
    assert ui.partner_combo.currentText() == "Guangdong"
    assert ui.country_edit.text() == "China"  # the code CN, shown by name
    assert editor.current().partner_region == "Guangdong"

    # A partner the register has never met is not asked about; a kept spelling only once.
    ui.partner_combo.setEditText("Tianjin")
    ui.partner_combo.lineEdit().editingFinished.emit()
    ui.partner_combo.lineEdit().editingFinished.emit()
    assert len(asked) == 1
