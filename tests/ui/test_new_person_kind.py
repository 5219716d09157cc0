"""A person added in passing is not a politician until someone says so."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from delegation_planner.domain.enums import PersonKind
from delegation_planner.storage import repository
from delegation_planner.ui.dialogs.record_editors import PersonEditor
from delegation_planner.ui.editor.context import EditorContext
from delegation_planner.ui.editor.person_dialogs import QuickPerson


def test_a_quickly_added_person_is_not_a_politician(qtbot, db):
    dialog = QuickPerson(EditorContext.load(db))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.name_edit, "Guest Speaker")
    assert dialog.person().kind is PersonKind.OTHER
    assert dialog.ui.kind_combo.currentText() == "Other"


def test_a_new_person_in_the_people_register_is_not_a_politician(qtbot, db):
    editor = PersonEditor(db, None)
    qtbot.addWidget(editor)
    assert editor.ui.kind_combo.currentText() == "Other"
    qtbot.keyClicks(editor.ui.name_edit, "Eva Lund")
    editor.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    (person,) = repository.list_people(db)
    assert person.kind is PersonKind.OTHER


def test_the_quick_person_form_says_what_is_missing_only_when_asked(qtbot, db):
    dialog = QuickPerson(EditorContext.load(db))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.ui.name_problem.isHidden()
    below = dialog.ui.kind_combo.y()
    ok.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.ui.name_problem.text() == "A name is needed." and not dialog.ui.name_problem.isHidden()
    qtbot.waitUntil(lambda: dialog.ui.kind_combo.y() == below)  # its line was kept for it
    qtbot.keyClicks(dialog.ui.name_edit, "Guest Speaker")
    assert dialog.ui.name_problem.isHidden() and ok.isEnabled()
