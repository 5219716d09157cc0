"""The editor's GRIP and checklist tabs, driven as the staff member would before a trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from delegation_planner.domain.checklist import AUTO_GRIP_DECISION, ChecklistItem, default_template
from delegation_planner.domain.enums import Direction
from delegation_planner.storage import checklists, repository
from delegation_planner.storage.errors import StorageError
from delegation_planner.ui.editor.checklist_tab import ChecklistTab
from delegation_planner.ui.editor.delegation_editor import DelegationEditor
from delegation_planner.ui.editor.grip_tab import GripTab
from delegation_planner.ui.editor.overview_tab import OverviewTab
from delegation_planner.ui.editor.participants_tab import ParticipantsTab
from delegation_planner.ui.editor.person_dialogs import PersonPicker, QuickPerson
from delegation_planner.ui.models import checklist_model, grip_model, participants_model
from tests.helpers.window import finish_writing, open_editor
from tests.ui.editor_fixtures import jiangsu, seed_register


def tab(editor: DelegationEditor, kind):
    return next(t for t in editor.tabs() if isinstance(t, kind))


def tab_text(editor: DelegationEditor, kind) -> str:
    return editor.ui.tab_widget.tabText(editor.tabs().index(tab(editor, kind)))


def level(grip: GripTab, criterion: str) -> str:
    model = grip.model
    return model.data(model.index(model.row_of(criterion), grip_model.LEVEL))


def undecided(db, start: dt.date = dt.date(2026, 5, 10)) -> str:
    """Jiangsu with its justified chair but no GRIP decision yet."""
    seed_register(db)
    delegation = jiangsu()
    delegation.grip_decision = None
    delegation.start, delegation.end = start, start + dt.timedelta(days=6)
    delegation.programme = []
    repository.save_delegation(db, delegation)
    return delegation.id


def add_li(qtbot, editor: DelegationEditor, monkeypatch) -> None:
    """Add the politician 李明 from the register, as the person picker would."""

    def pick(picker: PersonPicker):
        qtbot.keyClicks(picker.ui.filter_edit, "vice")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonPicker, "exec", pick)
    qtbot.mouseClick(tab(editor, ParticipantsTab).ui.add_button, Qt.MouseButton.LeftButton)


def record_decision(qtbot, grip: GripTab, date: QDate, outcome: str, reference: str) -> None:
    grip.ui.decision_check.setChecked(True)
    grip.ui.date_edit.setDate(date)
    grip.ui.outcome_combo.setCurrentIndex(grip.ui.outcome_combo.findData(outcome))
    grip.ui.reference_edit.clear()
    qtbot.keyClicks(grip.ui.reference_edit, reference)


# --- GRIP ----------------------------------------------------------------------------------------


def test_a_politician_turns_grip_red_and_a_decision_turns_it_green(qtbot, db, monkeypatch):
    key = undecided(db)
    editor = open_editor(qtbot, db, key)
    grip = tab(editor, GripTab)
    assert level(grip, "justification") == "✔ Pass"
    assert level(grip, "grip_decision") == "✖ Fail"  # the chair travels, nothing decided yet

    add_li(qtbot, editor, monkeypatch)
    assert level(grip, "justification") == "✖ Fail"
    row = grip.model.row_of("justification")
    assert "李明 (0 of 20 characters)" in grip.model.data(grip.model.index(row, grip_model.MESSAGE))
    assert grip.model.data(grip.model.index(row, grip_model.LEVEL), grip_model.LEVEL_ROLE) == "fail"
    assert grip.ui.verdict_label.text().startswith("Verdict: ✖ Fail.")
    assert tab_text(editor, GripTab) == "GRIP ✖"

    participants = tab(editor, ParticipantsTab).model
    participants.setData(
        participants.index(1, participants_model.JUSTIFICATION), "Opens the joint research centre."
    )
    assert level(grip, "justification") == "✔ Pass"

    record_decision(qtbot, grip, QDate(2026, 4, 20), "approved", "Dnr 2026-000456")
    assert level(grip, "grip_decision") == "✔ Pass"
    assert grip.ui.verdict_label.text().startswith("Verdict: ✔ Pass.")
    assert tab_text(editor, GripTab) == "GRIP ✔"
    assert editor.save()

    stored = repository.load_delegation(db, key)[0]
    assert stored.grip_decision is not None
    assert (stored.grip_decision.date, stored.grip_decision.reference) == (
        dt.date(2026, 4, 20),
        "Dnr 2026-000456",
    )
    assert len(repository.decision_history(db, key)) == 1

    editor = open_editor(qtbot, db, key)
    grip = tab(editor, GripTab)
    assert grip.history.rowCount() == 1
    grip.ui.outcome_combo.setCurrentIndex(grip.ui.outcome_combo.findData("rejected"))
    assert level(grip, "grip_decision") == "✖ Fail"
    assert tab_text(editor, GripTab) == "GRIP ✖"
    assert editor.save()
    history = repository.decision_history(db, key)
    assert [row["outcome"] for row in history] == ["approved", "rejected"]


def test_ticking_the_box_alone_records_no_decision(qtbot, db):
    key = undecided(db)
    editor = open_editor(qtbot, db, key)
    grip = tab(editor, GripTab)
    grip.ui.decision_check.setChecked(True)
    # The fields open, but nothing is decided until the outcome is chosen.
    assert grip.ui.outcome_combo.isEnabled() and grip.ui.outcome_combo.currentIndex() == -1
    assert grip.ui.outcome_combo.placeholderText() == "Choose the outcome…"
    assert editor.current().grip_decision is None
    assert level(grip, "grip_decision") == "✖ Fail"
    assert not editor.is_dirty()

    grip.ui.date_edit.setDate(QDate(2026, 4, 20))
    grip.ui.outcome_combo.setCurrentIndex(grip.ui.outcome_combo.findData("approved"))
    decision = editor.current().grip_decision
    assert decision is not None and decision.outcome.value == "approved"
    assert level(grip, "grip_decision") == "✔ Pass"
    assert editor.is_dirty()


def test_a_decision_after_the_start_fails_and_withdrawing_it_is_kept(qtbot, db):
    key = undecided(db)
    editor = open_editor(qtbot, db, key)
    grip = tab(editor, GripTab)
    record_decision(qtbot, grip, QDate(2026, 5, 11), "approved_with_conditions", "Dnr 1")
    assert level(grip, "grip_decision") == "✖ Fail"
    grip.ui.date_edit.setDate(QDate(2026, 5, 10))  # on the start day is in time
    assert level(grip, "grip_decision") == "✔ Pass"
    assert editor.save()

    editor = open_editor(qtbot, db, key)
    grip = tab(editor, GripTab)
    assert grip.ui.decision_check.isChecked() and grip.ui.note_edit.isEnabled()
    grip.ui.decision_check.setChecked(False)  # "no decision recorded"
    assert not grip.ui.note_edit.isEnabled()
    assert level(grip, "grip_decision") == "✖ Fail"
    assert editor.save()
    assert repository.load_delegation(db, key)[0].grip_decision is None
    editor = open_editor(qtbot, db, key)
    history = tab(editor, GripTab).history
    # Newest first; the withdrawal is a row of its own, with the time it was recorded.
    assert history.data(history.index(0, history.OUTCOME)) == "Withdrawn (no decision)"
    assert history.data(history.index(1, history.OUTCOME)) == "Approved with conditions"
    assert history.data(history.index(1, history.RECORDED))[:4].isdigit()


def test_a_control_character_in_the_reference_blocks_saving(qtbot, db):
    key = undecided(db)
    editor = open_editor(qtbot, db, key)
    grip = tab(editor, GripTab)
    grip.ui.decision_check.setChecked(True)
    grip.ui.reference_edit.setText("Dnr\x07 1")
    assert "control character" in grip.ui.decision_problem.text()
    assert tab_text(editor, GripTab).endswith("!")
    assert not editor.save()


def test_basis_is_refused_with_unsaved_changes_and_written_when_saved(qtbot, db, monkeypatch, tmp_path):
    key = undecided(db)
    editor = open_editor(qtbot, db, key)
    add_li(qtbot, editor, monkeypatch)
    grip = tab(editor, GripTab)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    qtbot.mouseClick(grip.ui.basis_button, Qt.MouseButton.LeftButton)
    assert told == ["Save first so the basis shows what is stored."]
    assert asked == []
    assert editor.save()

    editor = open_editor(qtbot, db, key)
    grip = tab(editor, GripTab)
    grip.ui.language_combo.setCurrentIndex(grip.ui.language_combo.findData("en"))
    target = tmp_path / "basis"  # no suffix: the .docx is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or (str(target), ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(grip.ui.basis_button, Qt.MouseButton.LeftButton)
    finish_writing(qtbot, grip.files)  # in a task off the GUI thread

    suggested = Path(asked[-1][2])
    assert suggested.name.endswith("Business delegation to Jiangsu.docx")
    written = tmp_path / "basis.docx"
    assert [url.toLocalFile() for url in opened] == [str(written)]
    document = docx.Document(str(written))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "李明" in text and "Anna Svensson" in text
    assert str(written) in grip.ui.basis_status.text()


def test_basis_of_a_new_delegation_is_refused(qtbot, db, monkeypatch):
    seed_register(db)
    editor = open_editor(qtbot, db)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    tab(editor, GripTab).write_basis()
    assert told == ["Save the new delegation first, so the basis shows what is stored."]


def test_basis_write_error_in_plain_words(qtbot, db, monkeypatch, tmp_path):
    key = undecided(db)
    editor = open_editor(qtbot, db, key)
    missing = tmp_path / "no such folder" / "basis.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail("opened a missing file"))
    grip = tab(editor, GripTab)
    grip.write_basis()
    finish_writing(qtbot, grip.files)
    # The file chosen and the reason, never the writer's temporary file.
    assert warned == [
        f"The decision basis could not be written to {missing}: No such file or directory ({missing.parent})."
    ]
    assert grip.ui.basis_status.text() == ""


# --- the checklist -------------------------------------------------------------------------------


def texts(model) -> list[str]:
    return [model.item(row).text for row in range(model.rowCount())]


def test_a_new_delegation_starts_with_its_directions_template(qtbot, db):
    seed_register(db)
    editor = open_editor(qtbot, db)  # new delegations are outbound
    checklist = tab(editor, ChecklistTab)
    assert texts(checklist.model) == [
        i.text for i in default_template(Direction.OUTBOUND, "sv", "GRIP-beslut")
    ]
    assert not editor.is_dirty()  # the template alone is nothing to lose
    overview = tab(editor, OverviewTab)
    qtbot.keyClicks(overview.ui.title_edit, "Reception of Jiangsu")
    overview.ui.direction_combo.setCurrentIndex(overview.ui.direction_combo.findData("inbound"))
    assert texts(checklist.model) == [
        i.text for i in default_template(Direction.INBOUND, "sv", "GRIP-beslut")
    ]
    assert editor.save()
    stored = checklists.load_checklist(db, editor.saved_key)
    assert [i.text for i in stored] == [
        i.text for i in default_template(Direction.INBOUND, "sv", "GRIP-beslut")
    ]


def test_an_edited_list_no_longer_follows_the_direction(qtbot, db):
    seed_register(db)
    editor = open_editor(qtbot, db)
    checklist = tab(editor, ChecklistTab)
    checklist.model.remove_rows([0])
    assert editor.is_dirty()
    overview = tab(editor, OverviewTab)
    overview.ui.direction_combo.setCurrentIndex(overview.ui.direction_combo.findData("inbound"))
    assert texts(checklist.model)[0] == "GRIP-beslut registrerat"  # still the outbound list
    qtbot.mouseClick(checklist.ui.template_button, Qt.MouseButton.LeftButton)
    inbound = [i.text for i in default_template(Direction.INBOUND, "sv", "GRIP-beslut")]
    assert set(inbound) <= set(texts(checklist.model))
    assert texts(checklist.model).count("Tolk bokad") == 1  # in both templates


def test_ticking_an_item_is_stored_with_the_day(qtbot, db):
    key = undecided(db)
    checklists.apply_template(db, key, Direction.OUTBOUND)
    editor = open_editor(qtbot, db, key)
    model = tab(editor, ChecklistTab).model
    assert not editor.is_dirty()
    done = model.index(0, checklist_model.DONE)
    assert model.flags(done) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(done, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.data(model.index(0, checklist_model.DONE_ON)) == dt.date.today().isoformat()
    assert editor.is_dirty()
    assert editor.save()
    stored = checklists.load_checklist(db, key)
    assert (stored[0].done, stored[0].done_on) == (True, dt.date.today())
    assert not stored[2].done


def test_the_grip_item_ticks_itself_when_a_decision_is_recorded(qtbot, db):
    key = undecided(db)
    checklists.apply_template(db, key, Direction.OUTBOUND)
    editor = open_editor(qtbot, db, key)
    model = tab(editor, ChecklistTab).model
    row = next(r for r in range(model.rowCount()) if model.item(r).auto == AUTO_GRIP_DECISION)
    done = model.index(row, checklist_model.DONE)
    assert model.data(done, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not model.flags(done) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(row, checklist_model.TEXT)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(done, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    record_decision(qtbot, tab(editor, GripTab), QDate(2026, 4, 1), "approved", "Dnr 7")
    assert model.data(done, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert editor.save()
    stored = checklists.load_checklist(db, key)[row]
    assert (stored.auto, stored.done, stored.done_on) == (AUTO_GRIP_DECISION, True, dt.date.today())


def test_overdue_items_are_red_and_say_so(qtbot, db):
    start = dt.date.today() + dt.timedelta(days=20)
    key = undecided(db, start)
    checklists.save_checklist(
        db,
        key,
        [
            ChecklistItem("Visas applied for", days_before=30),
            ChecklistItem("Gifts bought", days_before=30, done=True, done_on=dt.date.today()),
            ChecklistItem("Briefing notes", days_before=7),
        ],
    )
    editor = open_editor(qtbot, db, key)
    checklist = tab(editor, ChecklistTab)
    model = checklist.model
    due = (start - dt.timedelta(days=30)).isoformat()
    assert model.data(model.index(0, checklist_model.DUE)) == f"{due} (overdue)"
    assert model.data(model.index(0, checklist_model.DUE), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, checklist_model.DUE)) == due  # done in time
    assert model.data(model.index(2, checklist_model.DUE)) == (start - dt.timedelta(days=7)).isoformat()
    assert checklist.ui.summary_label.text() == "1 of 3 done · 1 overdue"
    # Moving the trip moves the due dates with it.
    tab(editor, OverviewTab).ui.start_edit.setDate(QDate(start + dt.timedelta(days=30)))
    assert model.overdue_count() == 0


def test_unsaved_changes_prompt_counts_checklist_edits(qtbot, db, monkeypatch):
    key = undecided(db)
    checklists.apply_template(db, key, Direction.OUTBOUND)
    editor = open_editor(qtbot, db, key)
    model = tab(editor, ChecklistTab).model
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel
    )
    model.setData(model.index(0, checklist_model.OWNER), "Bo")
    editor.reject()
    assert len(asked) == 1 and editor.isVisible()
    model.setData(model.index(0, checklist_model.OWNER), "")  # undone by hand: nothing to ask
    editor.reject()
    assert len(asked) == 1 and not editor.isVisible()


def test_add_and_remove_items(qtbot, db):
    key = undecided(db)
    editor = open_editor(qtbot, db, key)
    checklist = tab(editor, ChecklistTab)
    model = checklist.model
    qtbot.mouseClick(checklist.ui.add_button, Qt.MouseButton.LeftButton)
    assert "Row 1: say what is to be done." in checklist.ui.checklist_problem.text()
    assert not editor.save()
    view = checklist.ui.checklist_view
    view.closePersistentEditor(model.index(0, checklist_model.TEXT))
    model.setData(model.index(0, checklist_model.TEXT), "Book the meeting room")
    model.setData(model.index(0, checklist_model.DAYS_BEFORE), 5000)
    assert model.item(0).days_before == checklist_model.MAX_DAYS_BEFORE
    qtbot.mouseClick(checklist.ui.template_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1 + len(default_template(Direction.OUTBOUND, "sv", "GRIP-beslut"))
    editor.ui.tab_widget.setCurrentWidget(checklist)
    view.selectRow(1)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert model.rowCount() == len(default_template(Direction.OUTBOUND, "sv", "GRIP-beslut"))
    assert editor.save()
    assert checklists.load_checklist(db, key)[0].text == "Book the meeting room"


def test_checklist_and_delegation_are_saved_together_or_not_at_all(qtbot, db, monkeypatch):
    key = undecided(db)
    editor = open_editor(qtbot, db, key)
    tab(editor, OverviewTab).ui.title_edit.setText("Renamed")

    def fail(*args, **kwargs):
        raise StorageError("The disk is full.")

    monkeypatch.setattr(checklists, "save_checklist", fail)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    assert not editor.save()
    assert len(shown) == 1 and "The disk is full." in shown[0] and "still here" in shown[0]
    assert repository.load_delegation(db, key)[0].title == "Business delegation to Jiangsu"
    assert len(repository.decision_history(db, key)) == 0


def test_a_politician_made_on_the_spot_counts_at_once(qtbot, db, monkeypatch):
    key = undecided(db)
    editor = open_editor(qtbot, db, key)

    def make(dialog: QuickPerson):
        dialog.ui.name_edit.setText("Søren Kierkegaard")
        dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("politician"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QuickPerson, "exec", make)
    qtbot.mouseClick(tab(editor, ParticipantsTab).ui.new_person_button, Qt.MouseButton.LeftButton)
    grip = tab(editor, GripTab)
    assert level(grip, "justification") == "✖ Fail"
    assert "Søren Kierkegaard (0 of 20 characters)" in grip.model.criterion(0).message
