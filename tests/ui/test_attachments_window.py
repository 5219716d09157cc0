"""Attachments in the window: attach a PDF to a delegation, save, open it, save it out; on agreements too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from delegation_planner.domain.records import Agreement
from delegation_planner.storage import repository
from delegation_planner.storage.attachments import MAX_ATTACHMENT_BYTES, Owner, list_attachments
from delegation_planner.storage.database import open_database
from delegation_planner.ui.dialogs.record_editors import AgreementEditor
from delegation_planner.ui.editor.delegation_editor import DelegationEditor
from tests.core.factories import delegation, organisation
from tests.helpers.window import finish_writing
from tests.ui.register_fixtures import *  # noqa: F403  (the window fixtures)

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "register.sqlite3")
    repository.save_organisation(database, organisation())
    repository.save_delegation(database, delegation("trip", title="Trip to Jiangsu"))
    repository.save_agreement(database, Agreement("gd", "Guangdong"))
    yield database
    database.close()


@pytest.fixture
def invitation(tmp_path: Path) -> Path:
    path = tmp_path / "invitation.pdf"
    path.write_bytes(PDF)
    return path


def test_attach_a_pdf_save_and_open_it(qtbot, monkeypatch, db, invitation, tmp_path):
    editor = DelegationEditor(db, "trip")
    qtbot.addWidget(editor)
    editor.show()
    tab = editor.attachments_tab
    editor.ui.tab_widget.setCurrentWidget(tab)
    # The buttons as a person presses them (the file dialogs answered).
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(invitation)], ""))
    qtbot.mouseClick(tab.panel.add_button, Qt.MouseButton.LeftButton)
    assert editor.is_dirty()
    assert editor.ui.tab_widget.tabText(editor.tabs().index(tab)) == "Attachments (1)"
    assert list_attachments(db, Owner.DELEGATION, "trip") == []  # not before Save
    qtbot.mouseClick(editor._save_button, Qt.MouseButton.LeftButton)
    [stored] = list_attachments(db, Owner.DELEGATION, "trip")
    assert (stored.name, stored.size) == ("invitation.pdf", len(PDF))

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    again = DelegationEditor(db, "trip")
    qtbot.addWidget(again)
    again.show()
    panel = again.attachments_tab.panel
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].endswith("/invitation.pdf")
    assert Path(opened[0]).read_bytes() == PDF  # a temporary copy for the viewer
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    finish_writing(qtbot, panel.files)  # read from the register and written in a task
    assert target.read_bytes() == PDF
    # The button asks with the window's save dialog (the suffix added), then offers to open it.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target.with_name("named")), ""))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    finish_writing(qtbot, panel.files)
    assert target.with_name("named.pdf").read_bytes() == PDF
    assert opened[-1] == str(target.with_name("named.pdf"))
    panel.remove_current()
    assert again.is_dirty()
    again.save()
    assert list_attachments(db, Owner.DELEGATION, "trip") == []


def test_a_file_over_the_limit_is_refused_with_a_message(qtbot, monkeypatch, db, tmp_path):
    big = tmp_path / "video.mp4"
    with big.open("wb") as stream:
        stream.truncate(MAX_ATTACHMENT_BYTES + 1024 * 1024)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    editor = DelegationEditor(db, "trip")
    qtbot.addWidget(editor)
    editor.attachments_tab.panel.add_files([big])
    assert shown and "video.mp4 is 21.0 MB; an attachment may be at most 20 MB" in shown[0]
    assert not editor.is_dirty()


def test_an_agreement_keeps_its_signed_copy(qtbot, db, invitation):
    editor = AgreementEditor(db, repository.list_agreements(db)[0])
    qtbot.addWidget(editor)
    editor.attachments.add_files([invitation])
    assert editor.is_modified()
    editor.accept()
    assert [a.name for a in list_attachments(db, Owner.AGREEMENT, "gd")] == ["invitation.pdf"]


def test_deleting_a_delegation_with_files_says_so_first(
    qtbot, monkeypatch, make_window, tmp_path, invitation
):
    from delegation_planner.storage.attachments import add_attachment

    path = tmp_path / "reg.sqlite3"
    database = open_database(path)
    repository.save_organisation(database, organisation())
    repository.save_delegation(database, delegation("trip", title="Trip to Jiangsu"))
    add_attachment(database, Owner.DELEGATION, "trip", "invitation.pdf", PDF, by="eva")
    database.close()
    window = make_window(path)
    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.delegations.select_row(0)
    window.delegations.delete_current()
    assert "1 attached file" in asked[0] and "deleted as well" in asked[0]
    assert repository.delegation_exists(window.session.db, "trip")
