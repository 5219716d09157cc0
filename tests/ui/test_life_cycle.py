"""The life cycle in the window: cancel with a reason, close a finished trip, copy last year's trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from delegation_planner.domain.records import ProgrammeItem
from delegation_planner.domain.status import DelegationStatus
from delegation_planner.storage import checklists, repository
from delegation_planner.storage.database import open_database
from delegation_planner.ui.dialogs.copy_delegation import CopyDelegationDialog
from delegation_planner.ui.editor.delegation_editor import DelegationEditor
from tests.core.factories import delegation, organisation, participant, person
from tests.ui.register_fixtures import *  # noqa: F403  (the window fixtures)

TODAY = dt.date.today()
SOON = TODAY + dt.timedelta(days=10)


def keys(window) -> list[str]:
    model = window.delegations.model
    return [model.key_at(r) for r in range(model.rowCount())]


def wait_loaded(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.delegations.model.is_loading, timeout=5000)


@pytest.fixture
def life_path(tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite3"
    db = open_database(path)
    repository.save_organisation(db, organisation())
    repository.save_person(db, person("anna", name="Anna Svensson"))
    # A trip in ten days with a politician not yet justified: it needs attention.
    repository.save_delegation(
        db,
        delegation("soon", title="Trip to Jiangsu", start=SOON, end=SOON, participants=[participant("anna")]),
    )
    old = dt.date(TODAY.year - 4, 3, 2)
    repository.save_delegation(
        db,
        delegation(
            "old",
            title="Old workshop",
            start=old,
            end=old + dt.timedelta(days=2),
            status=DelegationStatus.COMPLETED,
            programme=[ProgrammeItem(dt.datetime.combine(old, dt.time(9)), "Opening")],
        ),
    )
    finished = TODAY - dt.timedelta(days=20)
    repository.save_delegation(
        db,
        delegation("finished", title="Trip just back", start=finished, end=finished + dt.timedelta(days=3)),
    )
    db.close()
    return path


def drive_editor(page, steps) -> None:
    """Open the selected delegation's editor window from the register, let ``steps`` act in
    it as a person would, then Save (the editor stays open beside the register)."""
    page.open_current()
    (editor,) = page.editors.editors()
    steps(editor)
    assert editor.save()


def test_a_cancelled_trip_leaves_needs_attention_and_the_overview(qtbot, make_window, life_path):
    window = make_window(life_path)
    ui = window.ui
    ui.needs_attention_check.setChecked(True)
    qtbot.waitUntil(lambda: keys(window) == ["soon"], timeout=5000)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not dashboard.is_loading and dashboard.trips.rowCount() == 1, timeout=10000)

    def cancel(editor: DelegationEditor) -> None:
        tab = editor.status_tab
        editor.ui.tab_widget.setCurrentWidget(tab)
        tab.next_combo.setCurrentIndex(tab.next_combo.findData("cancelled"))
        assert not tab.change_button.isEnabled()  # a reason first
        qtbot.keyClicks(tab.reason_edit, "The host postponed the visit.")
        qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
        assert tab.status_label.text() == "Status: Cancelled"
        assert editor.is_dirty()

    window.delegations.select_row(0)
    drive_editor(window.delegations, cancel)
    qtbot.waitUntil(lambda: keys(window) == [], timeout=5000)
    stored, _ = repository.load_delegation(window.session.db, "soon")
    assert stored.status is DelegationStatus.CANCELLED
    assert stored.status_history[-1].reason == "The host postponed the visit."
    # Still in the register, found by its status.
    ui.needs_attention_check.setChecked(False)
    window.delegations.status_combo.setCurrentIndex(window.delegations.status_combo.findData("cancelled"))
    qtbot.waitUntil(lambda: keys(window) == ["soon"], timeout=5000)
    assert window.delegations.model.index(0, 8).data() == "Cancelled"
    # Gone from the overview's next trips.
    qtbot.waitUntil(lambda: not dashboard.is_loading and dashboard.trips.rowCount() == 0, timeout=10000)


def test_the_archive_and_the_trips_to_close(qtbot, make_window, life_path):
    window = make_window(life_path)
    page = window.delegations
    assert sorted(keys(window)) == ["finished", "soon"]  # the old, completed workshop is archived
    assert "the rest in the archive" in window.ui.count_label.text()
    page.archive_check.setChecked(True)
    qtbot.waitUntil(lambda: sorted(keys(window)) == ["finished", "old", "soon"], timeout=5000)
    page.status_combo.setCurrentIndex(page.status_combo.findData("to_close"))
    qtbot.waitUntil(lambda: keys(window) == ["finished"], timeout=5000)

    def close(editor: DelegationEditor) -> None:
        tab = editor.status_tab
        editor.ui.tab_widget.setCurrentWidget(tab)
        assert tab.proposal_frame.isVisible()
        assert editor.ui.tab_widget.tabText(editor.tabs().index(tab)) == "Status (to close)"
        qtbot.mouseClick(tab.complete_button, Qt.MouseButton.LeftButton)

    page.select_row(0)
    drive_editor(page, close)
    qtbot.waitUntil(lambda: keys(window) == [], timeout=5000)
    assert repository.load_delegation(window.session.db, "finished")[0].status is DelegationStatus.COMPLETED


def test_copy_last_years_trip(qtbot, monkeypatch, make_window, life_path):
    db = open_database(life_path)
    checklists.apply_template(db, "old", repository.load_delegation(db, "old")[0].direction)
    db.close()
    window = make_window(life_path)
    page = window.delegations
    page.archive_check.setChecked(True)
    qtbot.waitUntil(lambda: "old" in keys(window), timeout=5000)
    page.select_row(keys(window).index("old"))
    new_start = dt.date(TODAY.year, 3, 1)

    def answer(dialog: CopyDelegationDialog) -> int:
        assert dialog.start() == dt.date(TODAY.year - 3, 3, 2)  # a year on, by default
        dialog.start_edit.setDate(QDate(new_start.year, new_start.month, new_start.day))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CopyDelegationDialog, "exec", answer)
    assert page.copy_action.isEnabled()
    page.copy_action.trigger()
    copy_key = f"old-{TODAY.year}"
    qtbot.waitUntil(lambda: page.current_key() == copy_key, timeout=5000)
    copy, _ = repository.load_delegation(window.session.db, copy_key)
    assert copy.status is DelegationStatus.PLANNED
    assert (copy.start, copy.end) == (new_start, new_start + dt.timedelta(days=2))
    assert copy.programme[0].start == dt.datetime.combine(new_start, dt.time(9))
    assert checklists.load_checklist(window.session.db, copy_key)
    assert page.copy_action in window.delegation_menu.actions()


def test_a_change_saved_while_the_editor_stays_open_is_recorded_once(qtbot, life_path):
    db = open_database(life_path)
    editor = DelegationEditor(db, "soon")
    qtbot.addWidget(editor)
    tab = editor.status_tab
    tab.next_combo.setCurrentIndex(tab.next_combo.findData("confirmed"))
    tab.apply_change()
    assert editor._store()
    assert not editor.is_dirty()
    assert editor._store()
    stored, _ = repository.load_delegation(db, "soon")
    assert [c.status for c in stored.status_history] == [DelegationStatus.CONFIRMED]
    db.close()
