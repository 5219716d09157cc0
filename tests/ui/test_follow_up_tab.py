"""The editor's follow-up tab, driven as the staff member would after a visit."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QLineEdit, QMessageBox

from delegation_planner.documents.memo import missing_follow_up
from delegation_planner.domain.enums import FollowUpStatus, ResultKind
from delegation_planner.domain.records import FollowUpPoint, Result
from delegation_planner.storage import repository
from delegation_planner.storage.results import save_result
from delegation_planner.ui.editor.checklist_tab import ChecklistTab
from delegation_planner.ui.editor.delegation_editor import DelegationEditor
from delegation_planner.ui.editor.follow_up_tab import FollowUpTab
from delegation_planner.ui.editor.overview_tab import OverviewTab
from delegation_planner.ui.models import follow_up_points_model as fm
from tests.helpers.window import finish_writing, open_editor
from tests.ui.editor_fixtures import jiangsu, seed_delegation, seed_register


def follow_up(editor: DelegationEditor) -> FollowUpTab:
    found = next(t for t in editor.tabs() if isinstance(t, FollowUpTab))
    editor.ui.tab_widget.setCurrentWidget(found)
    return found


def cell(tab: FollowUpTab, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.data(tab.model.index(row, column), role)


def edit_cell(qtbot, tab: FollowUpTab, row: int, column: int):
    """Open the cell's editor as a double click would and return it."""
    view = tab.ui.points_view
    index = tab.model.index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert editor is not None
    return editor


def type_into(qtbot, line: QLineEdit, text: str) -> None:
    """Type as a person would; QTest cannot simulate keys beyond Latin-1 (it aborts), so
    such text is inserted as an input method would commit it."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        line.insert(text)
    else:
        qtbot.keyClicks(line, text)


def commit(qtbot, tab: FollowUpTab, editor) -> None:
    """Enter, then wait: the view commits and closes the editor in a queued call."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    view = tab.ui.points_view
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)


def type_owner(qtbot, tab: FollowUpTab, row: int, text: str) -> None:
    combo = edit_cell(qtbot, tab, row, fm.OWNER)
    assert isinstance(combo, QComboBox)
    combo.lineEdit().selectAll()
    type_into(qtbot, combo.lineEdit(), text)
    combo.completer().popup().hide()
    commit(qtbot, tab, combo.lineEdit())


def add_point(qtbot, tab: FollowUpTab, text: str) -> int:
    qtbot.mouseClick(tab.ui.add_button, Qt.MouseButton.LeftButton)
    row = tab.model.rowCount() - 1
    line = tab.ui.points_view.indexWidget(tab.model.index(row, fm.TEXT))
    assert isinstance(line, QLineEdit)  # Add goes straight into the new point's text
    type_into(qtbot, line, text)
    commit(qtbot, tab, line)
    return row


def stored_points(db, key: str) -> list[dict]:
    return list(db.query("SELECT * FROM follow_up_points WHERE delegation_id = ? ORDER BY position", [key]))


# --- the points ------------------------------------------------------------------------------------


def test_the_tab_comes_after_the_checklist(qtbot, db):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    kinds = [type(t) for t in editor.tabs()]
    assert kinds.index(FollowUpTab) == kinds.index(ChecklistTab) + 1
    assert editor.ui.tab_widget.tabText(kinds.index(FollowUpTab)) == "Follow-up"


def test_a_point_owned_by_a_person_is_stored_with_the_persons_key(qtbot, db):
    delegation = seed_delegation(db)
    editor = open_editor(qtbot, db, delegation.id)
    tab = follow_up(editor)
    assert cell(tab, 0, fm.OWNER) == "Anna Svensson"  # the key shown by name
    row = add_point(qtbot, tab, "Invite JITRI to the life-science week")
    # New points are open and due a month after the visit.
    point = tab.model.item(row)
    assert point.status is FollowUpStatus.OPEN and point.due == delegation.end + dt.timedelta(days=30)
    type_owner(qtbot, tab, row, "Bo Ærø")
    assert tab.model.item(row).owner == "bo"
    assert cell(tab, row, fm.OWNER) == "Bo Ærø"
    date_edit = edit_cell(qtbot, tab, row, fm.DUE)
    assert isinstance(date_edit, QDateEdit)
    date_edit.setDate(dt.date(2026, 7, 1))
    commit(qtbot, tab, date_edit)
    assert tab.model.item(row).due == dt.date(2026, 7, 1)
    assert cell(tab, row, fm.COMPLETE) == "✓ complete"
    assert tab.ui.summary_label.text() == "2 complete points (the memo needs at least 1)"
    assert editor.is_dirty()
    assert editor.save()

    rows = stored_points(db, delegation.id)
    assert [(r["text"], r["owner_person_id"], r["owner_text"], r["due"]) for r in rows][1] == (
        "Invite JITRI to the life-science week",
        "bo",
        "",
        "2026-07-01",
    )


def test_a_free_text_owner_is_kept_as_text(qtbot, db):
    delegation = seed_delegation(db)
    editor = open_editor(qtbot, db, delegation.id)
    tab = follow_up(editor)
    row = add_point(qtbot, tab, "Send the cluster's contact list")
    type_owner(qtbot, tab, row, "Business Region Skåne")
    assert tab.model.item(row).owner == "Business Region Skåne"
    assert "free text" in cell(tab, row, fm.OWNER, Qt.ItemDataRole.ToolTipRole)
    assert editor.save()
    stored = stored_points(db, delegation.id)[row]
    assert (stored["owner_person_id"], stored["owner_text"]) == (None, "Business Region Skåne")


def test_a_typed_name_of_a_person_finds_the_person(qtbot, db):
    delegation = seed_delegation(db)
    editor = open_editor(qtbot, db, delegation.id)
    tab = follow_up(editor)
    row = add_point(qtbot, tab, "Brief the vice governor's office")
    type_owner(qtbot, tab, row, "李明")
    assert tab.model.item(row).owner == "li"


def test_incomplete_points_are_marked_in_words_and_not_only_by_colour(qtbot, db):
    delegation = seed_delegation(db)
    editor = open_editor(qtbot, db, delegation.id)
    tab = follow_up(editor)
    qtbot.mouseClick(tab.ui.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(tab.ui.points_view.focusWidget(), Qt.Key.Key_Escape)
    row = tab.model.rowCount() - 1
    assert cell(tab, row, fm.COMPLETE) == "⚠ no text, no owner"
    assert cell(tab, row, fm.OWNER) == "(no owner)"
    assert cell(tab, row, fm.OWNER, Qt.ItemDataRole.BackgroundRole) == fm.INCOMPLETE_BACKGROUND
    assert cell(tab, row, fm.OWNER, Qt.ItemDataRole.FontRole).italic()
    assert cell(tab, row, fm.COMPLETE, Qt.ItemDataRole.FontRole).bold()
    assert "does not count it" in cell(tab, row, fm.COMPLETE, Qt.ItemDataRole.ToolTipRole)
    assert tab.ui.summary_label.text() == "1 complete point (the memo needs at least 1) · 1 incomplete"
    # A draft point does not block saving: the memo, not the register, insists on complete points.
    assert tab.problems() == []
    assert editor.save()


def test_done_is_closed_today_once_saved(qtbot, db):
    delegation = seed_delegation(db)
    editor = open_editor(qtbot, db, delegation.id)
    tab = follow_up(editor)
    combo = edit_cell(qtbot, tab, 0, fm.STATUS)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("done"))
    combo.activated.emit(combo.currentIndex())
    tab.ui.points_view.setFocus()
    assert tab.model.item(0).status is FollowUpStatus.DONE
    assert cell(tab, 0, fm.CLOSED_ON) == "today"
    assert editor.save()
    loaded, _revision = repository.load_delegation(db, delegation.id)
    assert loaded.follow_up_points[0].closed_on == dt.date.today()

    editor = open_editor(qtbot, db, delegation.id)
    assert cell(follow_up(editor), 0, fm.CLOSED_ON) == dt.date.today().isoformat()


def test_del_removes_the_selected_point(qtbot, db):
    delegation = seed_delegation(db)
    editor = open_editor(qtbot, db, delegation.id)
    tab = follow_up(editor)
    tab.ui.points_view.selectRow(0)
    tab.ui.points_view.setFocus()
    qtbot.keyClick(tab.ui.points_view, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 0
    assert tab.ui.summary_label.text() == "⚠ 0 complete points (the memo needs at least 1)"


# --- the memo ------------------------------------------------------------------------------------


def test_the_memo_is_refused_in_the_cores_words_without_complete_points(qtbot, db, monkeypatch, tmp_path):
    seed_register(db)
    delegation = jiangsu()
    delegation.follow_up_points = [FollowUpPoint("Send the draft MoU", "", None)]
    repository.save_delegation(db, delegation)
    editor = open_editor(qtbot, db, delegation.id)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked for a file"))
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    # Ctrl+M from the Overview tab, with the focus in its first field.
    qtbot.keyClick(editor.focusWidget() or editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    expected = missing_follow_up(delegation, repository.load_policy(db))
    assert expected is not None and "point 1 has no owner and no due date" in expected
    assert warned == [expected]
    assert editor.ui.tab_widget.currentWidget() is follow_up(editor)
    assert list(tmp_path.glob("*.docx")) == []


def test_the_memo_waits_for_a_save(qtbot, db, monkeypatch):
    delegation = seed_delegation(db)
    editor = open_editor(qtbot, db, delegation.id)
    tab = follow_up(editor)
    add_point(qtbot, tab, "Another point")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked for a file"))
    qtbot.mouseClick(tab.ui.memo_button, Qt.MouseButton.LeftButton)
    assert told == ["Save first so the memo shows what is stored."]


HARD_TEXT = 'Follow up 中文 MoU <&"> with Ærø'


def test_the_memo_carries_the_point_and_its_owners_name(qtbot, db, monkeypatch, tmp_path):
    seed_register(db)
    delegation = jiangsu()
    delegation.follow_up_points = [
        FollowUpPoint(HARD_TEXT, "li", dt.date(2026, 6, 15)),
        FollowUpPoint("Thank the hosts", "Søren Ørsted & 王芳 <Region>", dt.date(2026, 6, 1)),
    ]
    repository.save_delegation(db, delegation)
    editor = open_editor(qtbot, db, delegation.id)
    tab = follow_up(editor)
    tab.ui.language_combo.setCurrentIndex(tab.ui.language_combo.findData("en"))
    asked = []
    target = tmp_path / "memo"  # no suffix: the .docx is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or (str(target), ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(tab.ui.memo_button, Qt.MouseButton.LeftButton)
    finish_writing(qtbot, tab.files)  # in a task off the GUI thread

    suggested = Path(asked[0][2])
    assert suggested.name.endswith("2026-05-10 Business delegation to Jiangsu.docx")
    written = tmp_path / "memo.docx"
    assert [url.toLocalFile() for url in opened] == [str(written)]
    rows = [[c.text for c in row.cells] for t in docx.Document(str(written)).tables for row in t.rows]
    # The owner by name (with the organisation), never the register's key.
    assert any(row[1] == HARD_TEXT and row[2].startswith("李明") for row in rows if len(row) == 5)
    assert any(row[2] == "Søren Ørsted & 王芳 <Region>" for row in rows if len(row) == 5)
    assert not any(row[2] == "li" for row in rows if len(row) == 5)
    assert str(written) in tab.ui.memo_status.text()


def test_hard_text_survives_a_save(qtbot, db):
    delegation = seed_delegation(db)
    editor = open_editor(qtbot, db, delegation.id)
    tab = follow_up(editor)
    row = add_point(qtbot, tab, HARD_TEXT)
    type_owner(qtbot, tab, row, "Søren Ørsted & 王芳")
    assert editor.save()
    loaded, _revision = repository.load_delegation(db, delegation.id)
    assert loaded.follow_up_points[row] == FollowUpPoint(
        HARD_TEXT, "Søren Ørsted & 王芳", delegation.end + dt.timedelta(days=30)
    )


def test_a_template_error_is_told_in_plain_words(qtbot, db, monkeypatch, tmp_path):
    delegation = seed_delegation(db)
    editor = open_editor(qtbot, db, delegation.id)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "no such" / "m.docx"), "")
    )
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail("opened a missing file"))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    tab = follow_up(editor)
    tab.write_memo()
    finish_writing(qtbot, tab.files)
    assert warned and warned[0].startswith(f"The visit memo could not be written to {tmp_path / 'no such'}")


# --- beside the points ---------------------------------------------------------------------------


def test_open_points_of_earlier_visits_to_the_same_partner(qtbot, db):
    delegation = seed_delegation(db)
    earlier = dataclasses.replace(
        jiangsu(),
        id="jiangsu-2025",
        title="Jiangsu visit 2025",
        start=dt.date(2025, 4, 1),
        end=dt.date(2025, 4, 5),
        partner_region="jiangsu",  # the partner matches whatever its case
        follow_up_points=[
            FollowUpPoint("Answer JITRI's letter", "bo", dt.date(2025, 5, 1)),
            FollowUpPoint("Already done", "bo", dt.date(2025, 5, 1), FollowUpStatus.DONE),
        ],
    )
    elsewhere = dataclasses.replace(
        earlier,
        id="tianjin-2025",
        title="Tianjin visit",
        partner_region="Tianjin",
        follow_up_points=[FollowUpPoint("Tianjin's point", "bo", dt.date(2025, 5, 1))],
    )
    for other in (earlier, elsewhere):
        repository.save_delegation(db, other)
    editor = open_editor(qtbot, db, delegation.id)
    tab = follow_up(editor)
    model = tab.earlier
    assert model.rowCount() == 1
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == [
        "Answer JITRI's letter",
        "Bo Ærø",
        "2025-05-01 (overdue)",
        "Jiangsu visit 2025 (2025-04-01)",
    ]
    assert model.data(model.index(0, fm.POINT_DUE), Qt.ItemDataRole.ForegroundRole) == fm.OVERDUE_COLOUR
    assert "Jiangsu" in tab.ui.earlier_box.title()

    overview = next(t for t in editor.tabs() if isinstance(t, OverviewTab))
    overview.ui.partner_combo.setEditText("Guangdong")
    assert model.rowCount() == 0
    assert tab.ui.earlier_empty.text() == "No open points from earlier visits to Guangdong"
    assert not tab.ui.earlier_view.isVisibleTo(tab)
    overview.ui.partner_combo.setEditText("Tianjin")
    assert [model.item(r).text for r in range(model.rowCount())] == ["Tianjin's point"]
    # A start before the Tianjin visit leaves nothing earlier.
    overview.ui.start_edit.setDate(dt.date(2025, 3, 1))
    assert model.rowCount() == 0


def test_results_of_the_delegation_are_listed(qtbot, db):
    delegation = seed_delegation(db)
    save_result(
        db,
        Result(
            "r1",
            "Partnership MVA–JITRI",
            ResultKind.PARTNERSHIP,
            dt.date(2026, 9, 1),
            "",
            [delegation.id],
            [],
        ),
    )
    save_result(db, Result("r2", "Unrelated sale", ResultKind.SALE, dt.date(2026, 9, 2), "", [], []))
    tab = follow_up(open_editor(qtbot, db, delegation.id))
    model = tab.results
    assert [model.data(model.index(0, c)) for c in range(3)] == [
        "Partnership MVA–JITRI",
        "Partnership",
        "2026-09-01",
    ]
    assert model.rowCount() == 1


def test_a_new_delegation_has_no_results_and_no_partner_yet(qtbot, db):
    seed_register(db)
    tab = follow_up(open_editor(qtbot, db))
    assert tab.results.rowCount() == 0 and tab.earlier.rowCount() == 0
    assert "Overview" in tab.ui.earlier_empty.text()


# --- the models ----------------------------------------------------------------------------------


def test_the_models_pass_qts_model_tester(qtmodeltester, db):
    delegation = seed_delegation(db)
    people = {p.id: p for p in repository.list_people(db)}
    points = fm.FollowUpPointsModel(people)
    points.set_items([*delegation.follow_up_points, FollowUpPoint(), FollowUpPoint(HARD_TEXT, "free", None)])
    qtmodeltester.check(points)
    earlier = fm.EarlierPointsModel()
    qtmodeltester.check(earlier)
    results = fm.DelegationResultsModel()
    results.set_items([Result("r", "A result", ResultKind.OTHER)])
    qtmodeltester.check(results)


def test_the_points_model_edits_through_qt(db):
    seed_register(db)
    people = {p.id: p for p in repository.list_people(db)}
    model = fm.FollowUpPointsModel(people)
    model.set_items([FollowUpPoint()])
    index = model.index(0, fm.DUE)
    assert model.setData(index, dt.date(2026, 1, 2))
    assert model.item(0).due == dt.date(2026, 1, 2)
    assert model.setData(index, None) and model.item(0).due is None
    assert model.setData(model.index(0, fm.STATUS), "dropped")
    assert model.data(model.index(0, fm.CLOSED_ON)) == "today"
    assert not model.setData(model.index(0, fm.CLOSED_ON), "2020-01-01")  # read-only
    assert model.setData(model.index(0, fm.TEXT), "two\nlines")
    assert model.problems() == ["Row 1: the point must be on one line."]


def test_open_points_past_their_date_say_overdue(db):
    model = fm.FollowUpPointsModel({})
    model.set_items(
        [
            FollowUpPoint("Late", "Unit", dt.date(2026, 1, 1)),
            FollowUpPoint("Done late", "Unit", dt.date(2026, 1, 1), FollowUpStatus.DONE),
        ]
    )
    model.set_today(dt.date(2026, 2, 1))
    assert model.data(model.index(0, fm.DUE)) == "2026-01-01 (overdue)"
    assert model.data(model.index(0, fm.DUE), Qt.ItemDataRole.ForegroundRole) == fm.OVERDUE_COLOUR
    assert model.data(model.index(1, fm.DUE)) == "2026-01-01"


def test_the_point_column_gets_the_room(qtbot, db):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    editor.resize(900, 700)
    tab = follow_up(editor)
    add_point(qtbot, tab, "Send the research institute our cluster brochure in Chinese")
    qtbot.wait(50)
    view = tab.ui.points_view
    header = view.horizontalHeader()
    widths = {column: header.sectionSize(column) for column in range(tab.model.columnCount())}
    assert header.sectionResizeMode(fm.TEXT) == header.ResizeMode.Stretch
    # The point is what wraps; it, not Owner, Due or Complete, is the widest column.
    assert widths[fm.TEXT] == max(widths.values())
    assert widths[fm.TEXT] >= view.viewport().width() * 0.35


def test_a_memo_of_a_visit_still_to_come_is_asked_about(qtbot, db, monkeypatch, tmp_path):
    seed_register(db)
    delegation = jiangsu()
    delegation.start = dt.date.today() + dt.timedelta(days=10)
    delegation.end = delegation.start + dt.timedelta(days=3)
    delegation.follow_up_points = [
        FollowUpPoint("Thank the hosts", "li", delegation.end + dt.timedelta(days=9))
    ]
    repository.save_delegation(db, delegation)
    editor = open_editor(qtbot, db, delegation.id)
    tab = follow_up(editor)
    questions = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.No
    )
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    qtbot.mouseClick(tab.ui.memo_button, Qt.MouseButton.LeftButton)
    assert questions == ["This visit has not taken place yet; write the memo anyway?"]
    assert not asked  # "No" writes nothing and asks for no file
    target = tmp_path / "memo.docx"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    qtbot.mouseClick(tab.ui.memo_button, Qt.MouseButton.LeftButton)
    finish_writing(qtbot, tab.files)
    assert target.exists()
