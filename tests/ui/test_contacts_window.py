"""Contacts between visits in the window: log a call with a follow-up point, see it in the Follow-up tab."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from delegation_planner.domain.records import Agreement
from delegation_planner.storage import repository
from delegation_planner.storage.contacts import list_contacts
from delegation_planner.storage.database import open_database
from delegation_planner.ui.dialogs.contact import ContactDialog, ContactLogDialog
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.models.follow_up_points_model import DUE, OWNER, TEXT
from tests.core.factories import organisation, person
from tests.ui.register_fixtures import *  # noqa: F403  (the window fixtures)

TODAY = dt.date.today()


@pytest.fixture
def office_path(tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite3"
    db = open_database(path)
    repository.save_organisation(db, organisation("jitri"))
    repository.save_person(db, person("anna", name="Anna Svensson"))
    repository.save_agreement(db, Agreement("gd", "Guangdong"))
    db.close()
    return path


def test_log_a_call_with_a_point_and_see_it_in_the_follow_up_tab(
    qtbot, monkeypatch, make_window, office_path
):
    window = make_window(office_path)
    window.ui.tab_widget.setCurrentWidget(window.ui.organisations_tab)
    page = window.page("organisations")
    page.select_key("jitri")
    assert page.log_button.isEnabled()

    def fill(dialog: ContactDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.organisation_combo.currentData() == "jitri"
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("call"))
        dialog.agreement_combo.setCurrentIndex(dialog.agreement_combo.findData("gd"))
        dialog.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
        qtbot.keyClicks(dialog.participants_edit, "Anna Svensson; Dr Li")
        dialog.summary_edit.setPlainText("Agreed on a workshop on medical devices.")
        dialog.add_point()
        points = dialog.points
        points.setData(points.index(0, TEXT), "Send the workshop outline")
        points.setData(points.index(0, OWNER), "anna")
        points.setData(points.index(0, DUE), TODAY + dt.timedelta(days=14))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ContactDialog, "exec", fill)
    page.log_button.click()
    [contact] = list_contacts(window.session.db, organisation="jitri")
    assert contact.agreement == "gd" and contact.follow_up_points[0].owner == "anna"
    # The Organisations list shows the last contact.
    row = next(
        r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == "Organisation jitri"
    )
    assert page.model.index(row, 4).data() == date_text(TODAY)  # as every date in the window

    window.ui.tab_widget.setCurrentWidget(window.ui.follow_up_tab)
    window.ui.follow_up_tabs.setCurrentWidget(window.ui.follow_up_points_tab)
    follow_up = window.page("follow_up")
    qtbot.waitUntil(lambda: follow_up.model.rowCount() == 1, timeout=5000)
    texts = [follow_up.model.index(0, c).data() for c in range(follow_up.model.columnCount())]
    assert "Send the workshop outline" in texts
    assert "Anna Svensson" in texts
    assert f"Call with Organisation jitri, {date_text(TODAY)}" in texts


def test_the_contact_log_lists_opens_and_deletes(qtbot, monkeypatch, office_path):
    from delegation_planner.domain.contacts import Contact, ContactKind
    from delegation_planner.storage.contacts import save_contact

    db = open_database(office_path)
    save_contact(
        db, Contact("c1", "jitri", ContactKind.EMAIL, dt.date(2026, 2, 1), summary="Sent the MoU draft.")
    )
    log = ContactLogDialog(db, "jitri")
    qtbot.addWidget(log)
    assert log.table.rowCount() == 1 and log.table.item(0, 1).text() == "E-mail"
    monkeypatch.setattr(ContactDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    log.open_current()
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    log.delete_current()
    assert log.table.rowCount() == 0 and log.changed
    db.close()


def test_an_agreements_contacts(qtbot, monkeypatch, office_path):
    from delegation_planner.ui.pages.records import AgreementsPage

    db = open_database(office_path)
    page = AgreementsPage(db)
    qtbot.addWidget(page)
    page.select_key("gd")

    def fill(dialog: ContactDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.agreement_combo.currentData() == "gd"
        dialog.summary_edit.setPlainText("Reviewed the activity plan.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ContactDialog, "exec", fill)
    page.log_button.click()
    log = ContactLogDialog(db, agreement="gd")
    qtbot.addWidget(log)
    assert log.table.rowCount() == 1 and "Guangdong" in log.windowTitle()
    db.close()
