"""Settings ▸ Policy profile, driven through the dialog the menu opens."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from delegation_planner.domain.policy import DEFAULT_PRIORITY_THEMES
from delegation_planner.storage import repository
from delegation_planner.storage.database import open_database
from delegation_planner.ui.models.delegations_model import GRIP
from delegation_planner.ui.models.theme_list import THEME_ROLE
from tests.core.factories import approval, delegation, participant, person

REASON = "Signs the thematic agreement with the vice governor."


def add_delegations(path):
    db = open_database(path)
    for key in ("chair", "mayor"):
        repository.save_person(db, person(key))
    two_politicians = [participant("chair", REASON), participant("mayor", REASON)]
    repository.save_delegation(
        db,
        delegation(
            "pair-2026",
            title="Two politicians",
            start=dt.date(2026, 9, 1),
            participants=two_politicians,
            grip_decision=approval(dt.date(2026, 8, 1)),
        ),
    )
    repository.save_delegation(
        db,
        delegation("green-2026", title="Energy fair", start=dt.date(2026, 10, 1), themes=["energy"]),
    )
    db.close()


def verdict(window, key):
    model = window.delegations.model
    row = next((r for r in range(model.rowCount()) if model.key_at(r) == key), None)
    return None if row is None else model.data(model.index(row, GRIP))


def test_saving_a_stricter_policy_changes_the_verdicts_in_the_register(qtbot, make_window, register_path):
    add_delegations(register_path)
    window = make_window(register_path)
    assert verdict(window, "pair-2026") == "✔ Pass"
    assert verdict(window, "green-2026") == "⚠ Warning"
    dialog = window.edit_policy()
    assert dialog.ui.max_politicians_spin.value() == 3
    # Shown by label, kept by key.
    assert dialog.themes.data(dialog.themes.index(0)) == "Life science"
    assert dialog.themes.data(dialog.themes.index(1)) == "ICT"
    assert dialog.themes.data(dialog.themes.index(1), THEME_ROLE) == "ict"
    dialog.ui.max_politicians_spin.setValue(1)
    # Typing part of a name offers the office's themes not yet chosen; Down and Enter pick one.
    qtbot.keyClicks(dialog.ui.theme_edit, "ener")
    assert not dialog.ui.theme_problem.isVisible()  # no complaint while the name is being typed
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert offered == ["Energy"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.isVisible()  # adds; does not save the dialog
    assert dialog.themes.themes()[-1] == "energy"
    assert dialog.themes.data(dialog.themes.index(len(dialog.themes.themes()) - 1)) == "Energy"
    assert dialog.ui.theme_edit.text() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: verdict(window, "pair-2026") == "⚠ Warning", timeout=10000)
    qtbot.waitUntil(lambda: verdict(window, "green-2026") == "✔ Pass", timeout=5000)
    stored = repository.load_policy(window.session.db)
    assert stored.max_politicians_outbound == 1
    assert "energy" in stored.priority_themes


def test_a_theme_typed_by_its_whole_name_in_any_language_is_added_by_key(qtbot, make_window, register_path):
    window = make_window(register_path)
    dialog = window.edit_policy()
    qtbot.keyClicks(dialog.ui.theme_edit, "turism")  # the Swedish label, typed in lower case
    dialog.completer.popup().hide()
    qtbot.keyClick(dialog.ui.theme_edit, Qt.Key.Key_Return)
    assert dialog.themes.themes()[-1] == "tourism"
    # Down in the empty field lists every theme still to pick, none of those already chosen.
    qtbot.keyClick(dialog.ui.theme_edit, Qt.Key.Key_Down)
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    offered = {popup.model().index(r, 0).data() for r in range(popup.model().rowCount())}
    assert "Energy" in offered and "Tourism" not in offered and "Life science" not in offered


def test_an_invalid_theme_is_refused_beside_the_field(qtbot, make_window, register_path):
    window = make_window(register_path)
    dialog = window.edit_policy()
    before = dialog.themes.themes()
    qtbot.keyClicks(dialog.ui.theme_edit, "Green tech")
    assert not dialog.ui.add_theme_button.isEnabled()
    assert dialog.ui.theme_problem.isVisible()
    assert "not one of the themes of Region Skåne" in dialog.ui.theme_problem.text()
    qtbot.keyClick(dialog.ui.theme_edit, Qt.Key.Key_Return)
    assert not dialog.add_theme()
    assert dialog.themes.themes() == before
    dialog.ui.theme_edit.setText("ICT")
    assert "“ICT” is in the list already" in dialog.ui.theme_problem.text()
    # Part of a chosen theme's name: it is there already, not unknown.
    dialog.ui.theme_edit.setText("life sci")
    assert dialog.add_theme() is False
    assert "“Life science” is in the list already" in dialog.ui.theme_problem.text()
    dialog.ui.theme_edit.clear()
    assert not dialog.ui.theme_problem.isVisible()


def test_remove_themes_restore_defaults_and_an_empty_name(qtbot, make_window, register_path):
    window = make_window(register_path)
    dialog = window.edit_policy()
    dialog.activateWindow()  # shortcuts fire only in the active window
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    view = dialog.ui.themes_view
    view.setFocus()
    view.setCurrentIndex(dialog.themes.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert dialog.themes.themes() == list(DEFAULT_PRIORITY_THEMES[1:])
    dialog.ui.name_edit.clear()
    assert dialog.ui.name_problem.isVisible()
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.themes.themes() == list(DEFAULT_PRIORITY_THEMES)
    assert dialog.ui.name_edit.text() == "Region Skåne (GRIP)"
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_a_read_only_register_shows_the_policy_without_letting_it_change(qtbot, make_window, register_path):
    make_window(register_path)
    second = make_window(register_path)
    dialog = second.edit_policy()
    assert "read-only" in dialog.windowTitle()
    assert dialog.ui.name_edit.isReadOnly()
    assert dialog.ui.max_politicians_spin.isReadOnly()
    assert not dialog.ui.theme_edit.isVisible()
    assert dialog.ui.button_box.standardButtons() == QDialogButtonBox.StandardButton.Close
    assert not any(check.isEnabled() for check in dialog.criterion_checks.values())
    assert not dialog.ui.use_rules_button.isVisible()


def test_the_criteria_applied_can_be_switched_like_office_use(qtbot, make_window, register_path):
    add_delegations(register_path)
    window = make_window(register_path)
    dialog = window.edit_policy()
    checks = dialog.criterion_checks
    assert list(checks) == [
        "justification",
        "delegation_size",
        "bottom_up",
        "grip_decision",
        "theme_priority",
    ]
    assert all(check.isChecked() for check in checks.values())
    assert checks["grip_decision"].text() == "GRIP decision before the start"  # the office's own words
    # Region Hovedstaden's rules: no bottom-up criterion; the office (and its body) stay Skåne's.
    dialog.ui.rules_combo.setCurrentIndex(dialog.ui.rules_combo.findData("hovedstaden"))
    qtbot.mouseClick(dialog.ui.use_rules_button, Qt.MouseButton.LeftButton)
    assert not checks["bottom_up"].isChecked() and checks["justification"].isChecked()
    assert "Hovedstaden" in dialog.ui.name_edit.text()
    assert dialog.isVisible()  # nothing saved until Save
    assert repository.load_policy(window.session.db).criteria[2] == "bottom_up"
    # Leaving out the theme criterion turns the energy fair's warning into a pass.
    assert verdict(window, "green-2026") == "⚠ Warning"
    checks["theme_priority"].setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: verdict(window, "green-2026") == "✔ Pass", timeout=10000)
    stored = repository.load_policy(window.session.db)
    assert stored.criteria == ["justification", "delegation_size", "grip_decision"]


def test_the_theme_model(qtmodeltester):
    from delegation_planner.ui.models.theme_list import ThemeListModel

    model = ThemeListModel(["life_science", "ict"])
    qtmodeltester.check(model)
    model.add("food")
    model.remove_rows([0, 2])
    assert model.themes() == ["ict"]
