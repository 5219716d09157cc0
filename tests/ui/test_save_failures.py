"""Every failure to store is said in words, and the edit stays for another try.

The failures are real SQLite ones: another connection holding the write lock
("database is locked"), a page limit reached ("database or disk is full") and a
connection that may not write ("attempt to write a readonly database").
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from delegation_planner.domain.enums import FollowUpStatus
from delegation_planner.storage import follow_ups, repository
from delegation_planner.storage.database import RegisterDatabase, open_database
from delegation_planner.storage.errors import WriteFailedError
from delegation_planner.ui.dialogs.record_editors import PersonEditor
from delegation_planner.ui.editor.delegation_editor import DelegationEditor
from delegation_planner.ui.editor.overview_tab import OverviewTab
from tests.ui.editor_fixtures import seed_delegation, seed_register

BUSY = 0.1  # seconds: the lock wait, short so that these tests take a fraction of a second


@pytest.fixture
def register(tmp_path: Path) -> Iterator[tuple[Path, RegisterDatabase]]:
    path = tmp_path / "register.sqlite3"
    db = open_database(path, busy_timeout=BUSY)
    seed_register(db)
    seed_delegation(db)
    yield path, db
    db.close()


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda parent, title, text, *a, _name=name, **k: (
                shown.append((title, text)) or QMessageBox.StandardButton.Ok
            ),
        )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    return shown


def held_write_lock(path: Path) -> sqlite3.Connection:
    """Another program in the middle of a write transaction on the register."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE policy SET name = name")
    return other


def edit_title(qtbot, editor: DelegationEditor, title: str) -> None:
    overview = next(t for t in editor.tabs() if isinstance(t, OverviewTab))
    overview.ui.title_edit.clear()
    qtbot.keyClicks(overview.ui.title_edit, title)


def test_a_locked_register_says_so_and_the_editor_keeps_the_edit(qtbot, register, boxes):
    path, db = register
    editor = DelegationEditor(db, "jiangsu-2026")
    qtbot.addWidget(editor)
    editor.show()
    edit_title(qtbot, editor, "Jiangsu, second try")
    other = held_write_lock(path)
    try:
        editor.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    finally:
        other.rollback()
        other.close()
    assert len(boxes) == 1
    title, text = boxes[0]
    assert title == "Not saved"
    assert "Another program is writing to the register" in text
    assert "still here" in text
    assert editor.isVisible() and editor.is_dirty()
    assert repository.load_delegation(db, "jiangsu-2026")[0].title != "Jiangsu, second try"
    # The lock is gone: the same edit is stored on the next try.
    assert editor.save()
    assert repository.load_delegation(db, "jiangsu-2026")[0].title == "Jiangsu, second try"


def test_a_full_disk_says_so_and_the_editor_keeps_the_edit(qtbot, register, boxes):
    _path, db = register
    editor = DelegationEditor(db, "jiangsu-2026")
    qtbot.addWidget(editor)
    editor.show()
    overview = next(t for t in editor.tabs() if isinstance(t, OverviewTab))
    overview.ui.notes_edit.setPlainText("Notes from the preparatory meeting. " * 400)  # needs new pages
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # no room for one more page
    assert not editor.save()
    assert boxes and "is full" in boxes[0][1]
    assert editor.isVisible() and editor.is_dirty()


def test_a_record_editor_that_cannot_write_says_so_and_stays_open(qtbot, register, boxes):
    _path, db = register
    dialog = PersonEditor(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.name_edit, "Karin Holm")
    db.execute("PRAGMA query_only = ON")  # the drive went read-only underneath
    dialog.accept()
    assert boxes and boxes[0][0] == "Not saved"
    assert "cannot be written" in boxes[0][1]
    assert dialog.isVisible() and dialog.ui.name_edit.text() == "Karin Holm"
    db.execute("PRAGMA query_only = OFF")
    dialog.accept()
    assert not dialog.isVisible()
    assert any(p.name == "Karin Holm" for p in repository.list_people(db))


def test_marking_a_point_done_while_locked_is_refused_in_words(register):
    path, db = register
    point_id = db.execute("SELECT id FROM follow_up_points ORDER BY id LIMIT 1").fetchone()[0]
    other = held_write_lock(path)
    try:
        # The storage call behind the Follow-up page's Space key; the page shows this text.
        with pytest.raises(WriteFailedError, match="Another program is writing"):
            follow_ups.set_status(db, point_id, FollowUpStatus.DONE)
    finally:
        other.rollback()
        other.close()
    follow_ups.set_status(db, point_id, FollowUpStatus.DONE)
    status = db.execute("SELECT status FROM follow_up_points WHERE id = ?", [point_id]).fetchone()[0]
    assert status == FollowUpStatus.DONE.value
