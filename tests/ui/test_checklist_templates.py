"""Settings ▸ Checklist templates, driven through the dialog the menu opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from delegation_planner.domain.checklist import AUTO_GRIP_DECISION, ChecklistItem, default_template
from delegation_planner.domain.enums import Direction
from delegation_planner.storage.checklists import load_template
from delegation_planner.ui.models.checklist_template_model import (
    DAYS,
    OWNER,
    TEXT,
    TICKED,
    ChecklistTemplateModel,
)


def test_an_added_item_is_in_a_new_delegations_template(qtbot, make_window, register_path):
    window = make_window(register_path)
    dialog = window.edit_checklist_templates()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    model = dialog.models[Direction.OUTBOUND]
    view = dialog.ui.outbound_view
    view.setFocus()
    view.setCurrentIndex(model.index(0, TEXT))
    qtbot.keyClick(view, Qt.Key.Key_Insert)  # a new row below the first, being edited
    view.closePersistentEditor(view.currentIndex())
    row = view.currentIndex().row()
    assert row == 1
    assert dialog.ui.problem_label.isVisible()  # an item without text cannot be saved
    assert not dialog.save_button.isEnabled()
    assert model.setData(model.index(row, TEXT), "Check the embassy's travel advice")
    assert model.setData(model.index(row, OWNER), "International office")
    assert model.setData(model.index(row, DAYS), 10)
    assert not model.setData(model.index(row, DAYS), -1)
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.currentIndex().row() == 0
    # The GRIP item is edited (a longer lead time) and keeps its automatic marker.
    grip_row = next(r for r in range(model.rowCount()) if model.items()[r].auto == AUTO_GRIP_DECISION)
    assert "Automatically" in model.data(model.index(grip_row, TICKED))
    assert model.setData(model.index(grip_row, DAYS), 50)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = load_template(window.session.db, Direction.OUTBOUND)
    assert saved[0] == ChecklistItem("Check the embassy's travel advice", "International office", 10)
    grip = next(i for i in saved if i.auto == AUTO_GRIP_DECISION)
    assert grip.days_before == 50
    assert load_template(window.session.db, Direction.INBOUND) == default_template(
        Direction.INBOUND, "sv", "GRIP-beslut"
    )


def test_remove_and_restore_defaults(qtbot, make_window, register_path):
    window = make_window(register_path)
    dialog = window.edit_checklist_templates()
    dialog.ui.direction_tabs.setCurrentIndex(1)
    model = dialog.models[Direction.INBOUND]
    dialog.ui.inbound_view.setCurrentIndex(model.index(0, TEXT))
    qtbot.mouseClick(dialog.ui.remove_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == len(default_template(Direction.INBOUND, "sv", "GRIP-beslut")) - 1
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert model.items() == default_template(Direction.INBOUND, "sv", "GRIP-beslut")
    dialog.reject()
    assert load_template(window.session.db, Direction.INBOUND) == default_template(
        Direction.INBOUND, "sv", "GRIP-beslut"
    )


def test_read_only_templates_cannot_change(qtbot, make_window, register_path):
    make_window(register_path)
    dialog = make_window(register_path).edit_checklist_templates()
    assert "read-only" in dialog.windowTitle()
    assert not dialog.ui.add_button.isVisible()
    assert dialog.ui.button_box.standardButtons() == QDialogButtonBox.StandardButton.Close


def test_the_template_model(qtmodeltester):
    model = ChecklistTemplateModel(default_template(Direction.OUTBOUND, "sv", "GRIP-beslut"))
    qtmodeltester.check(model)
    assert model.move_item(0, 1) == 1
    assert model.move_item(0, -1) == 0  # already at the top
    model.remove_item(0)
    assert model.rowCount() == len(default_template(Direction.OUTBOUND, "sv", "GRIP-beslut")) - 1
