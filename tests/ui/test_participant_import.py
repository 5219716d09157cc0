"""Importing a participant list from the editor's Participants tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog, QMessageBox

from delegation_planner.storage import repository
from delegation_planner.ui.dialogs.participant_import import ParticipantImportDialog
from delegation_planner.ui.editor.delegation_editor import DelegationEditor
from delegation_planner.ui.editor.overview_tab import OverviewTab
from delegation_planner.ui.editor.participants_tab import ParticipantsTab
from delegation_planner.ui.models.participant_import_models import PreviewModel, ReviewModel
from tests.ui.editor_fixtures import seed_delegation

LIST = "Namn;Organisation;E-post\nAnna Svensson;;\nBo Ek;Region Skåne;bo.ek@skane.se\n"


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "deltagare.csv"
    path.write_text(LIST, encoding="utf-8")
    return path


@pytest.fixture
def editor(qtbot, db, monkeypatch):
    seed_delegation(db)  # Anna Svensson already takes part
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox, name, lambda *a, **k: pytest.fail(f"unexpected message box: {a[1:3]}")
        )
    editor = DelegationEditor(db, "jiangsu-2026")
    qtbot.addWidget(editor)
    editor.show()
    return editor


def participants(editor):
    tab = next(t for t in editor.tabs() if isinstance(t, ParticipantsTab))
    model = tab.model
    return tab, [model.index(row, 0).data() for row in range(model.rowCount())]


def run_import(qtbot, editor, csv_file, monkeypatch) -> ParticipantImportDialog:
    tab, _ = participants(editor)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    opened = []
    original = DelegationEditor.import_participants.__get__(editor)
    monkeypatch.setattr(editor, "import_participants", lambda: opened.append(original()))
    tab.import_requested.disconnect()
    tab.import_requested.connect(editor.import_participants)
    qtbot.mouseClick(tab.ui.import_button, Qt.MouseButton.LeftButton)
    dialog = opened[0]
    assert isinstance(dialog, ParticipantImportDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.ui.browse_button, Qt.MouseButton.LeftButton)
    # The file is read in the background; the columns are offered once it is read.
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)
    return dialog


def test_import_a_list_with_one_known_and_one_new_person(qtbot, editor, csv_file, monkeypatch, db):
    dialog = run_import(qtbot, editor, csv_file, monkeypatch)
    # The mapping is prefilled from the Swedish headers and the first rows are shown.
    assert dialog.mapping() == {"name": 0, "organisation": 1, "email": 2}
    assert dialog.combos["title"].currentText() == "(not in the file)"
    assert (
        dialog.preview.rowCount() == 2 and dialog.preview.headerData(2, Qt.Orientation.Horizontal) == "E-post"
    )
    qtbot.mouseClick(dialog.ui.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.steps.currentWidget() is dialog.ui.review_page, timeout=10000)
    outcomes = [line.outcome for line in dialog.review.lines()]
    assert outcomes == ["already in the register: Anna Svensson", "new person"]
    assert dialog.ui.summary_label.text() == "1 new person, 1 already in the register."
    with qtbot.waitSignal(dialog.imported, timeout=10000) as imported:
        qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [1]
    # The editor shows both, once each, with the new person's name (not a key); the import
    # is one of its unsaved changes until Save stores it, new person and organisation too.
    _tab, names = participants(editor)
    assert names == ["Anna Svensson", "Bo Ek"]
    assert editor.is_dirty()
    assert len(repository.load_delegation(db, "jiangsu-2026")[0].participants) == 1
    assert "Bo Ek" not in {p.name for p in repository.list_people(db)}
    assert editor.save()
    assert not editor.is_dirty()
    stored, _revision = repository.load_delegation(db, "jiangsu-2026")
    assert len(stored.participants) == 2
    bo = next(p for p in repository.list_people(db) if p.name == "Bo Ek")
    assert bo.email == "bo.ek@skane.se" and bo.organisation in {
        o.id for o in repository.list_organisations(db)
    }
    assert participants(editor)[1] == ["Anna Svensson", "Bo Ek"]
    # Importing the same list again adds nobody.
    dialog = run_import(qtbot, editor, csv_file, monkeypatch)
    qtbot.mouseClick(dialog.ui.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.steps.currentWidget() is dialog.ui.review_page, timeout=10000)
    assert [line.outcome for line in dialog.review.lines()] == [
        "already in the register: Anna Svensson",
        "already in the register: Bo Ek",
    ]


def test_cancel_undoes_an_import_and_unsaved_edits_need_no_saving_first(
    qtbot, editor, csv_file, monkeypatch, db
):
    overview = next(t for t in editor.tabs() if isinstance(t, OverviewTab))
    overview.ui.title_edit.setText("Renamed trip")
    # An import joins the edits in progress: nothing has to be saved before it.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked to save first"))
    dialog = run_import(qtbot, editor, csv_file, monkeypatch)
    qtbot.mouseClick(dialog.ui.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.steps.currentWidget() is dialog.ui.review_page, timeout=10000)
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert participants(editor)[1] == ["Anna Svensson", "Bo Ek"]

    # Close without saving: the import goes with the other edits, nothing reaches the register.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    editor.close()
    assert not editor.isVisible()
    stored = repository.load_delegation(db, "jiangsu-2026")[0]
    assert stored.title != "Renamed trip" and len(stored.participants) == 1
    assert "Bo Ek" not in {p.name for p in repository.list_people(db)}
    assert "Region Skåne" not in {o.name for o in repository.list_organisations(db)}


def test_rows_in_error_are_named_by_row(qtbot, editor, tmp_path, monkeypatch):
    path = tmp_path / "list.csv"
    path.write_text("Name,Email\nCia Lund,not-an-address\n,x@y.se\nDan Berg,dan@berg.se\n", encoding="utf-8")
    dialog = run_import(qtbot, editor, path, monkeypatch)
    qtbot.mouseClick(dialog.ui.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.steps.currentWidget() is dialog.ui.review_page, timeout=10000)
    outcomes = [line.outcome for line in dialog.review.lines()]
    assert outcomes[0] == "error: 'not-an-address' is not an e-mail address (row 2)"
    assert outcomes[1] == "error: the name is blank (row 3)"
    assert outcomes[2] == "new person"
    # A row in error still says whose it is, as the file names them.
    assert [line.name for line in dialog.review.lines()] == ["Cia Lund", "(no name)", "Dan Berg"]
    assert dialog.review.index(0, ReviewModel.NAME).data() == "Cia Lund"
    dialog.reject()


def test_the_column_choices_are_wide_enough_to_read(qtbot, editor, csv_file, monkeypatch):
    dialog = run_import(qtbot, editor, csv_file, monkeypatch)
    for combo in dialog.combos.values():
        assert combo.minimumContentsLength() >= 17  # "(not in the file)"
        longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.width() > longest
    assert dialog.combos["organisation"].currentText() == "Organisation"
    dialog.reject()


def test_models_pass_qts_model_tester(qtbot, editor, csv_file, monkeypatch):
    preview, review = PreviewModel(), ReviewModel()
    for model in (preview, review):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    dialog = run_import(qtbot, editor, csv_file, monkeypatch)
    preview.set_table(dialog._table)
    qtbot.mouseClick(dialog.ui.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    review.set_plan(dialog.plan, {})
    assert review.rowCount() == 2 and preview.columnCount() == 3
    dialog.reject()


def test_a_zip_bomb_is_refused_in_words_and_the_dialog_stays_usable(qtbot, editor, tmp_path, monkeypatch):
    import zipfile

    bomb = tmp_path / "deltagare.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/sharedStrings.xml", b"a" * (110 * 1024 * 1024))
    dialog = run_import(qtbot, editor, bomb, monkeypatch)
    text = dialog.ui.status_label.text()
    assert text.startswith("deltagare.xlsx cannot be read: The workbook unpacks to more than 100 MB"), text
    assert dialog._table is None and not dialog.ui.next_button.isEnabled()
    assert dialog.ui.browse_button.isEnabled()
    dialog.reject()


def test_a_utf16_list_from_excel_is_read(qtbot, editor, tmp_path, monkeypatch):
    path = tmp_path / "deltagare.txt"
    path.write_bytes("Namn\tOrganisation\tE-post\nSøren Ærø\tÅlborg Å/S\tsoren@example.dk\n".encode("utf-16"))
    dialog = run_import(qtbot, editor, path, monkeypatch)
    assert dialog.mapping() == {"name": 0, "organisation": 1, "email": 2}
    assert dialog.preview.index(0, 0).data() == "Søren Ærø"
    dialog.reject()


def test_reading_a_large_list_can_be_cancelled(qtbot, editor, tmp_path, monkeypatch, db):
    from delegation_planner.exchange import participant_files

    started = []

    def slow_report(report, rows):
        started.append(rows)
        import time

        time.sleep(0.01)
        report(rows, 0)

    monkeypatch.setattr(participant_files, "_report_every", slow_report)
    path = tmp_path / "many.csv"
    path.write_text("Name\n" + "".join(f"Person {i}\n" for i in range(5000)), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = ParticipantImportDialog(db, "jiangsu-2026", editor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.browse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(started) > 5, timeout=10000)
    from PySide6.QtWidgets import QPushButton

    qtbot.waitUntil(lambda: dialog.progress.isVisible(), timeout=10000)
    qtbot.mouseClick(dialog.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)
    assert dialog.ui.status_label.text() == "Reading the file was cancelled."
    assert dialog._table is None and len(started) < 5000
    dialog.reject()
    assert not dialog.isVisible()
