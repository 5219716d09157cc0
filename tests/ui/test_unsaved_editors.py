"""Replacing or leaving the register while delegation editors hold unsaved changes asks once,
lists them, and offers Save all / Discard / Cancel: nothing is lost without asking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from delegation_planner.ui.editor.delegation_editor import DelegationEditor
from delegation_planner.ui.editor.overview_tab import OverviewTab
from tests.helpers.window import finish_restore, finish_writing

Button = QMessageBox.StandardButton


def retitle(qtbot: Any, editor: DelegationEditor, title: str) -> None:
    edit = next(t for t in editor.tabs() if isinstance(t, OverviewTab)).ui.title_edit
    edit.selectAll()
    if title:
        qtbot.keyClicks(edit, title)
    else:
        edit.clear()


def title_in(path: Path, key: str) -> str:
    from sqlite_utils import Database

    db = Database(path)
    try:
        return str(db.execute("SELECT title FROM delegations WHERE id = ?", [key]).fetchone()[0])
    finally:
        db.close()


class Answers:
    """The message boxes of one test: the restore's "Replace?" is answered Yes, the
    unsaved-changes question with ``unsaved``; every question is recorded."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, unsaved: Button) -> None:
        self.unsaved = unsaved
        self.asked: list[tuple[str, str, Any]] = []
        self.told: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self.question)
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: self.told.append(text))

    def question(self, _parent: Any, title: str, text: str, buttons: Any = None, *_args: Any) -> Button:
        self.asked.append((title, text, buttons))
        return self.unsaved if title == "Unsaved changes" else Button.Yes

    def unsaved_questions(self) -> list[tuple[str, Any]]:
        return [(text, buttons) for title, text, buttons in self.asked if title == "Unsaved changes"]


@pytest.fixture
def editing(qtbot: Any, make_window: Any, register_path: Path, tmp_path: Path, monkeypatch: Any) -> Any:
    """A window with a backup made, then two editors changed and one only looked at."""
    window = make_window(register_path)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)  # the notice's Open, pressed
    backup = tmp_path / "backup.sqlite3"
    assert window.safety.back_up(backup) is not None
    finish_writing(qtbot, window.safety.files)
    assert backup.exists()
    editors = window.delegations.editors
    changed_one, changed_two = editors.open("gd-2025"), editors.open("jiangsu-2026")
    looked_at = editors.open("tianjin-2024")
    retitle(qtbot, changed_one, "Guangdong, changed")
    retitle(qtbot, changed_two, "Jiangsu, changed")
    assert changed_one.is_dirty() and changed_two.is_dirty() and not looked_at.is_dirty()
    return window, backup, (changed_one, changed_two, looked_at)


def test_restore_lists_the_unsaved_editors_and_cancel_keeps_everything(editing, monkeypatch, register_path):
    window, backup, (changed_one, changed_two, looked_at) = editing
    answers = Answers(monkeypatch, Button.Cancel)
    assert not window.safety.restore(backup)
    [(text, buttons)] = answers.unsaved_questions()
    assert text.startswith("2 open delegations have changes that are not saved:")
    assert "• Guangdong, changed\n• Jiangsu, changed\n" in text and "Life science" not in text
    assert "backup replaces the register" in text
    assert buttons == Button.SaveAll | Button.Discard | Button.Cancel
    # Nothing restored, nothing closed, every change still on screen.
    assert window.delegations.editors.editors() == [changed_one, changed_two, looked_at]
    assert changed_one.is_dirty() and changed_two.is_dirty()
    assert not list(register_path.parent.glob("*.before-restore-*.bak"))


def test_save_all_stores_the_changes_before_the_backup_replaces_the_register(
    qtbot, editing, monkeypatch, register_path
):
    window, backup, _editors = editing
    answers = Answers(monkeypatch, Button.SaveAll)
    assert window.safety.restore(backup)
    assert finish_restore(qtbot, window.safety)
    assert window.delegations.editors.editors() == []
    # The changes were stored first, so they are in the copy of the register kept beside it …
    [kept] = register_path.parent.glob("*.before-restore-*.bak")
    assert title_in(kept, "gd-2025") == "Guangdong, changed"
    assert title_in(kept, "jiangsu-2026") == "Jiangsu, changed"
    # … and the register is the backup again, as asked.
    assert title_in(register_path, "gd-2025") == "Guangdong state visit"
    assert answers.told[-1].startswith("The register was restored")


def test_discard_is_a_choice_the_person_makes(qtbot, editing, monkeypatch, register_path):
    window, backup, _editors = editing
    Answers(monkeypatch, Button.Discard)
    assert window.safety.restore(backup)
    assert finish_restore(qtbot, window.safety)
    assert window.delegations.editors.editors() == []
    [kept] = register_path.parent.glob("*.before-restore-*.bak")
    assert title_in(kept, "gd-2025") == "Guangdong state visit"


def test_an_editor_that_cannot_be_saved_stops_the_restore_and_comes_forward(
    qtbot, editing, monkeypatch, register_path
):
    window, backup, (_changed_one, changed_two, _looked_at) = editing
    retitle(qtbot, changed_two, "")  # a delegation needs a title: this one cannot be stored
    Answers(monkeypatch, Button.SaveAll)
    assert not window.safety.restore(backup)
    assert title_in(register_path, "gd-2025") == "Guangdong, changed"  # the first was stored
    assert changed_two.isVisible() and changed_two.is_dirty()  # the second waits, with its problem shown
    assert "Cannot save yet" in changed_two.ui.status_label.text()
    assert not list(register_path.parent.glob("*.before-restore-*.bak"))


def test_opening_another_register_asks_the_same_way(qtbot, make_window, register_path, tmp_path, monkeypatch):
    window = make_window(register_path)
    editor = window.delegations.editors.open("gd-2025")
    retitle(qtbot, editor, "Guangdong, changed")
    answers = Answers(monkeypatch, Button.Cancel)
    other = tmp_path / "other.sqlite3"
    assert not window.switch_register(other)
    [(text, buttons)] = answers.unsaved_questions()
    assert text.startswith("1 open delegation has changes that are not saved:")
    assert text.endswith("• Guangdong, changed\n\nSave them before another register is opened?")
    assert buttons == Button.Save | Button.Discard | Button.Cancel
    assert window.session.path == register_path and editor.is_dirty()

    answers.unsaved = Button.Save
    assert window.switch_register(other)
    assert window.session.path == other
    assert title_in(register_path, "gd-2025") == "Guangdong, changed"


def test_no_question_without_unsaved_changes(make_window, register_path, tmp_path, monkeypatch):
    window = make_window(register_path)
    window.delegations.editors.open("gd-2025")
    answers = Answers(monkeypatch, Button.Cancel)
    assert window.switch_register(tmp_path / "other.sqlite3")
    assert answers.asked == [] and window.delegations.editors.editors() == []
