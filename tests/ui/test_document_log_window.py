"""The document register in the window: type a reference, write the basis, see it logged, open it again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from delegation_planner.storage import repository
from delegation_planner.storage.database import open_database
from delegation_planner.storage.document_log import list_documents
from delegation_planner.ui.editor.delegation_editor import DelegationEditor
from delegation_planner.ui.editor.grip_tab import GripTab
from tests.core.factories import delegation, organisation
from tests.helpers.window import finish_writing


def _stamp(path: Path) -> str:
    return docx.Document(str(path)).sections[0].header.paragraphs[-1].text


def test_write_the_basis_with_a_reference_and_open_it_again(qtbot, monkeypatch, tmp_path: Path):
    db = open_database(tmp_path / "register.sqlite3")
    repository.save_organisation(db, organisation())
    repository.save_delegation(db, delegation("trip", title="Trip to Jiangsu"))
    editor = DelegationEditor(db, "trip")
    qtbot.addWidget(editor)
    editor.show()
    documents = editor.attachments_tab.documents
    assert f"RS {dt.date.today().year}-" in documents.reference_edit.placeholderText()  # to be proposed
    editor.ui.tab_widget.setCurrentWidget(editor.attachments_tab)
    qtbot.keyClicks(documents.reference_edit, "RS 2026/31")
    target = tmp_path / "basis.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    grip = next(t for t in editor.tabs() if isinstance(t, GripTab))
    editor.ui.tab_widget.setCurrentWidget(grip)
    qtbot.mouseClick(grip.ui.basis_button, Qt.MouseButton.LeftButton)
    finish_writing(qtbot, grip.files)  # in a task off the GUI thread, then logged
    assert _stamp(target) == "Diarienummer: RS 2026/31"
    header = docx.Document(str(target)).sections[0].header.paragraphs
    assert [p.text for p in header].count("Diarienummer: RS 2026/31") == 1  # printed once, as it was saved
    [logged] = list_documents(db, delegation="trip")
    assert (logged.reference, logged.kind) == ("RS 2026/31", "basis")
    # Back on the Attachments tab the log shows it; the last version opens again.
    editor.ui.tab_widget.setCurrentWidget(editor.attachments_tab)
    assert documents.table.rowCount() == 1 and documents.table.item(0, 1).text() == "RS 2026/31"
    assert documents.reference_edit.text() == ""  # used; the next document gets its own
    documents.open_current()
    assert opened[-1].endswith("/basis.docx") and Path(opened[-1]) != target
    assert Path(opened[-1]).read_bytes() == target.read_bytes()
    db.close()


def test_closing_the_editor_while_the_basis_is_written_still_logs_it(qtbot, monkeypatch, tmp_path: Path):
    db = open_database(tmp_path / "register.sqlite3")
    repository.save_organisation(db, organisation())
    repository.save_delegation(db, delegation("trip", title="Trip to Jiangsu"))
    editor = DelegationEditor(db, "trip")  # not qtbot's: deleted below, as the window does
    editor.show()
    target = tmp_path / "basis.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    grip = next(t for t in editor.tabs() if isinstance(t, GripTab))
    grip.write_basis()
    assert grip.files.busy()  # written in a task
    editor.reject()  # closed at once (nothing unsaved): the writing ends first
    editor.deleteLater()  # as the window lets go of a closed editor
    qtbot.waitUntil(lambda: len(list_documents(db, delegation="trip")) == 1, timeout=30000)
    assert target.exists()
    db.close()
