"""The agreement in full in its editor, its activity plan in the Follow-up tab, and the visit rule."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from delegation_planner.domain.enums import AgreementKind, Direction, PersonKind, RenewalDecision
from delegation_planner.domain.records import Agreement
from delegation_planner.storage import follow_ups, repository
from delegation_planner.storage.database import open_database
from delegation_planner.storage.follow_ups import FollowUpFilter
from delegation_planner.storage.visit_rule import load_visit_rule
from delegation_planner.ui.dialogs.record_editors import AgreementEditor
from delegation_planner.ui.dialogs.visit_rule import VisitRuleDialog
from delegation_planner.ui.models.follow_up_points_model import DUE, OWNER, TEXT


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "register.sqlite3")
    repository.save_agreement(database, Agreement("gd", "Guangdong", signed=dt.date(2020, 3, 1)))
    yield database
    database.close()


def test_record_an_agreement_in_full(qtbot, db):
    editor = AgreementEditor(db, repository.list_agreements(db)[0])
    qtbot.addWidget(editor)
    full = editor.full
    full.kind_combo.setCurrentIndex(full.kind_combo.findData("memorandum_of_understanding"))
    qtbot.keyClicks(full.signatories_edit, "Chair of the regional board; Vice governor")
    full.expiry.none_check.setChecked(False)
    full.expiry.edit.setDate(QDate(2019, 1, 1))
    assert "cannot expire before it was signed" in editor.full_error.text()
    assert not editor._ok_button().isEnabled()
    full.expiry.edit.setDate(QDate(2026, 12, 31))
    assert editor._ok_button().isEnabled()
    full.renewal_combo.setCurrentIndex(full.renewal_combo.findData("renew"))
    full.add_item()
    full.plan.setData(full.plan.index(0, TEXT), "Joint workshop on elderly care")
    full.plan.setData(full.plan.index(0, OWNER), "Business Region Skåne")
    full.plan.setData(full.plan.index(0, DUE), dt.date(2026, 9, 1))
    assert editor.is_modified()
    editor.accept()
    [saved] = repository.list_agreements(db)
    assert saved.kind is AgreementKind.MEMORANDUM_OF_UNDERSTANDING
    assert saved.expiry == dt.date(2026, 12, 31) and saved.renewal is RenewalDecision.RENEW
    assert saved.signatories == "Chair of the regional board; Vice governor"
    [item] = follow_ups.list_follow_ups(db, FollowUpFilter(), dt.date(2026, 6, 1))
    assert item.agreement == "gd" and item.text == "Joint workshop on elderly care"
    # Opened again, nothing counts as changed.
    again = AgreementEditor(db, saved)
    qtbot.addWidget(again)
    assert not again.is_modified()


def test_the_visit_rule_is_set_in_settings(qtbot, db):
    dialog = VisitRuleDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.direction_checks[Direction.OUTBOUND].isChecked()
    dialog.direction_checks[Direction.OUTBOUND].setChecked(False)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.direction_checks[Direction.INBOUND].setChecked(True)
    dialog.level_checks[PersonKind.POLITICIAN].setChecked(True)
    dialog.completed_check.setChecked(True)
    dialog.accept()
    rule = load_visit_rule(db)
    assert rule.directions == {Direction.INBOUND}
    assert rule.levels == {PersonKind.OFFICIAL, PersonKind.POLITICIAN} and rule.completed_only
