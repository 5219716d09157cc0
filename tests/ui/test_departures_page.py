"""The "Before departure" tab: the trips inside the horizon, what they miss, and the briefing."""

from __future__ import annotations

import datetime as dt

import docx
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHeaderView

from delegation_planner.domain.enums import Direction
from delegation_planner.storage import repository
from delegation_planner.storage.checklists import apply_template
from delegation_planner.storage.database import open_database
from delegation_planner.storage.document_log import list_documents
from delegation_planner.storage.upcoming import upcoming
from delegation_planner.ui.models.departures_model import FAILING, OPEN, OVERDUE, TITLE, DeparturesModel
from tests.core.factories import delegation, participant, person

TODAY = dt.date.today()  # the page's default clock; the trips are placed relative to it


def add_trips(path):
    db = open_database(path)
    repository.save_person(db, person("chair"))
    trips = [
        # Ten days away: everything due more than ten days before the start is overdue.
        delegation(
            "soon",
            title="Soon to Jiangsu",
            start=TODAY + dt.timedelta(days=10),
            end=TODAY + dt.timedelta(days=14),
            participants=[participant("chair")],
        ),
        delegation(
            "later",
            title="Later to Tianjin",
            start=TODAY + dt.timedelta(days=80),
            end=TODAY + dt.timedelta(days=82),
            partner_region="Tianjin",
        ),
        delegation(
            "far", title="Far ahead", start=TODAY + dt.timedelta(days=200), end=TODAY + dt.timedelta(days=202)
        ),
        delegation(
            "past", title="Already back", start=TODAY - dt.timedelta(days=5), end=TODAY - dt.timedelta(days=1)
        ),
    ]
    for trip in trips:
        repository.save_delegation(db, trip)
        apply_template(db, trip.id, Direction.OUTBOUND)
    db.close()


def shown(page):
    model = page.model
    return [model.item_at(r).delegation.id for r in range(model.rowCount())]


def wait_shown(qtbot, page, expected):
    qtbot.waitUntil(lambda: not page.is_loading and shown(page) == expected, timeout=5000)


def test_failing_criteria_stretch_and_the_title_leaves_them_room_at_1200_px(
    qtbot, make_window, register_path
):
    add_trips(register_path)
    window = make_window(register_path, show_register=False)
    window.resize(1200, 700)
    window.ui.tab_widget.setCurrentWidget(window.ui.departures_tab)
    page = window.departures
    wait_shown(qtbot, page, ["soon", "later"])
    view = page.ui.table_view
    qtbot.waitUntil(lambda: page._widths_fitted)
    header = view.horizontalHeader()
    assert header.sectionResizeMode(FAILING) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(TITLE) == QHeaderView.ResizeMode.Interactive
    assert header.sectionSize(TITLE) <= 220
    # The last column ends inside the table and is wide enough to read.
    assert header.sectionViewportPosition(FAILING) + header.sectionSize(FAILING) <= view.viewport().width()
    assert header.sectionSize(FAILING) >= 120
    assert "No GRIP decision is recorded" in page.model.index(0, FAILING).data(Qt.ItemDataRole.ToolTipRole)


def test_lists_the_trips_inside_the_horizon_soonest_first(qtbot, make_window, register_path, settings):
    add_trips(register_path)
    window = make_window(register_path)
    page = window.departures
    assert page.horizon_days() == 90
    wait_shown(qtbot, page, ["soon", "later"])
    model = page.model
    assert model.data(model.index(0, 0)) == (TODAY + dt.timedelta(days=10)).isoformat()
    assert model.data(model.index(0, 1)) == "10 days"
    assert model.data(model.index(0, 4)) == "✖ Fail"
    # Ten outbound items, all open; seven were due more than ten days before the start.
    assert model.data(model.index(0, OPEN)) == "10"
    assert model.data(model.index(0, OVERDUE)) == "⚠ 7 overdue"
    assert model.data(model.index(0, OVERDUE), Qt.ItemDataRole.BackgroundRole) is not None
    assert "No GRIP decision before the start" in model.data(model.index(0, 7))
    assert "Participation not justified" in model.data(model.index(0, 7))
    assert model.data(model.index(1, OVERDUE)) == ""
    assert "with overdue items" in page.ui.count_label.text()
    page.select_row(0)
    detail = page.ui.detail_browser.toPlainText()
    assert "Inbjudan mottagen" in detail and "⚠ overdue" in detail
    assert "Person chair" in detail  # the failing criterion's message names the politician

    page.ui.horizon_spin.setValue(365)
    wait_shown(qtbot, page, ["soon", "later", "far"])
    assert int(settings.value("departures/horizon_days")) == 365
    page.ui.horizon_spin.setValue(30)
    wait_shown(qtbot, page, ["soon"])
    assert page.current_key() == "soon"  # the selection survives a refresh


def test_remembered_horizon_and_an_empty_review(qtbot, make_window, register_path, settings):
    settings.setValue("departures/horizon_days", 5)
    add_trips(register_path)
    window = make_window(register_path)
    page = window.departures
    assert page.horizon_days() == 5
    wait_shown(qtbot, page, [])
    assert page.ui.departures_stack.currentWidget() is page.ui.empty_label
    assert "5 days" in page.ui.empty_label.text()
    # The trip just past the horizon is named, so a short horizon hides nothing unsaid.
    assert "Next later: “Soon to Jiangsu”, in 10 days" in page.ui.empty_label.text()
    assert not page.ui.briefing_button.isEnabled()


def test_the_count_names_the_first_trip_past_the_horizon(qtbot, make_window, register_path, settings):
    add_trips(register_path)
    window = make_window(register_path)
    page = window.departures
    wait_shown(qtbot, page, ["soon", "later"])  # 90 days
    qtbot.waitUntil(
        lambda: "Next later: “Far ahead”, in 200 days" in page.ui.count_label.text(), timeout=5000
    )


def test_the_review_follows_changes_in_the_register(qtbot, make_window, register_path):
    add_trips(register_path)
    window = make_window(register_path)
    page = window.departures
    wait_shown(qtbot, page, ["soon", "later"])
    repository.delete_delegation(window.session.db, "later")
    window.refresh_all()
    wait_shown(qtbot, page, ["soon"])


def test_enter_opens_the_delegation_editor(qtbot, make_window, register_path, fake_editor):
    add_trips(register_path)
    window = make_window(register_path)
    page = window.departures
    window.ui.tab_widget.setCurrentWidget(window.ui.departures_tab)
    wait_shown(qtbot, page, ["soon", "later"])
    page.select_row(1)
    page.ui.table_view.setFocus()
    qtbot.keyClick(page.ui.table_view, Qt.Key.Key_Return)
    assert fake_editor.opened == [("later", False)]
    qtbot.waitUntil(lambda: not page.is_loading, timeout=5000)  # saved: the review refreshes


def test_write_briefing_with_the_open_items(qtbot, make_window, register_path, tmp_path, monkeypatch):
    add_trips(register_path)
    window = make_window(register_path)
    page = window.departures
    wait_shown(qtbot, page, ["soon", "later"])
    page.select_row(0)
    page.ui.language_combo.setCurrentIndex(page.ui.language_combo.findData("en"))
    asked, opened = [], []
    target = tmp_path / "out" / "briefing"

    def save_name(parent, title, suggested, filters):
        asked.append(suggested)
        target.parent.mkdir()
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(page.ui.briefing_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith(".docx") and "Soon to Jiangsu" in asked[0]
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    written = target.with_suffix(".docx")
    assert opened == [str(written)]
    document = docx.Document(str(written))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Invitation received" in cells  # the shipped item, in the briefing's language
    # The register's reference, printed once as the briefing was saved, and logged with it.
    header = [p.text for p in document.sections[0].header.paragraphs]
    stamps = [t.removeprefix("Reference: ") for t in header if t.startswith("Reference: ")]
    assert len(stamps) == 1
    assert [d.reference for d in list_documents(window.session.db)] == stamps


def test_the_departures_model(qtmodeltester, tmp_path):
    from tests.ui.register_fixtures import fill_register

    path = tmp_path / "r.sqlite3"
    fill_register(path)
    add_trips(path)
    db = open_database(path)
    model = DeparturesModel()
    model.set_items(upcoming(db, TODAY, 365))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    db.close()
