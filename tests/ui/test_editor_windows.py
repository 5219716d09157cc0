"""Delegation editors are windows beside the register: Save keeps one open, two can be open at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from delegation_planner.storage import repository
from delegation_planner.ui.editor.delegation_editor import DelegationEditor
from delegation_planner.ui.editor.overview_tab import OverviewTab


def overview(editor: DelegationEditor) -> OverviewTab:
    return next(t for t in editor.tabs() if isinstance(t, OverviewTab))


def retitle(qtbot, editor: DelegationEditor, title: str) -> None:
    edit = overview(editor).ui.title_edit
    edit.selectAll()
    qtbot.keyClicks(edit, title)


def test_ctrl_s_saves_and_keeps_the_editor_open_save_and_close_closes(qtbot, make_window, register_path):
    window = make_window(register_path)
    editor = window.delegations.editors.open("jiangsu-2026")
    assert isinstance(editor, DelegationEditor)
    qtbot.waitExposed(editor)
    assert not editor.isModal()
    editor.activateWindow()  # shortcuts work in the active window, as for a person at the keys
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    retitle(qtbot, editor, "Jiangsu, second week")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClick(overview(editor).ui.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and not editor.is_dirty()
    assert repository.load_delegation(window.session.db, "jiangsu-2026")[0].title == "Jiangsu, second week"
    # The register shows the new title without the editor closing.
    model = window.delegations.model
    qtbot.waitUntil(
        lambda: (
            not model.is_loading
            and any(model.row_at(r).title == "Jiangsu, second week" for r in range(model.rowCount()))
        ),
        timeout=5000,
    )

    retitle(qtbot, editor, "Jiangsu, final")
    editor._save_close_button.click()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    assert window.delegations.editors.editors() == []
    assert repository.load_delegation(window.session.db, "jiangsu-2026")[0].title == "Jiangsu, final"


def test_two_delegations_open_side_by_side_and_the_same_one_only_once(qtbot, make_window, register_path):
    window = make_window(register_path)
    editors = window.delegations.editors
    first = editors.open("jiangsu-2026")
    second = editors.open("gd-2025")
    assert first is not second and first.isVisible() and second.isVisible()
    assert editors.open("jiangsu-2026") is first  # brought forward, not a second copy
    assert len(editors.editors()) == 2
    # The register stays usable while they are open.
    window.delegations.select_row(2)
    assert window.delegations.current_key() == "tianjin-2024"


def test_closing_the_window_asks_about_an_editor_with_unsaved_changes(
    qtbot, make_window, register_path, monkeypatch
):
    window = make_window(register_path)
    editor = window.delegations.editors.open("gd-2025")
    retitle(qtbot, editor, "Guangdong, changed")
    asked = []

    def cancel(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    window.close()
    assert asked == [
        "1 open delegation has changes that are not saved:\n\n• Guangdong, changed\n\nSave them before closing?"
    ]
    assert window.isVisible() and editor.isVisible()  # nothing lost, nothing closed

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()
