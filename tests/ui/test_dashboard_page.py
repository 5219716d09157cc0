"""The overview tab: next trips, overdue follow-up points, costs against plan, the charts."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from delegation_planner.domain.enums import CostCategory
from delegation_planner.domain.records import CostLine, FollowUpPoint
from delegation_planner.storage import repository
from delegation_planner.storage.database import open_database
from delegation_planner.ui.models import departures_model as trips
from delegation_planner.ui.models.cost_totals_model import CostTotalsModel
from delegation_planner.ui.models.follow_up_models import FollowUpModel
from delegation_planner.ui.pages.dashboard import DashboardPage
from delegation_planner.ui.session import RegisterSession
from tests.core.factories import delegation

TODAY = dt.date(2026, 4, 20)


def seed(path: Path) -> None:
    """The fixture register plus costs in two currencies and one overdue point."""
    db = open_database(path)
    record, revision = repository.load_delegation(db, "jiangsu-2026")
    record.costs = [
        CostLine(CostCategory.TRAVEL, "SEK", 40000.0, 43500.0),
        CostLine(CostCategory.HOSTING, "SEK", 10000.0, None),
        CostLine(CostCategory.FEES, "CNY", 2000.0, 1800.0),
    ]
    repository.save_delegation(db, record, revision)
    old, revision = repository.load_delegation(db, "gd-2025")
    old.follow_up_points = [
        FollowUpPoint("Send the MoU draft", "Anna", dt.date(2025, 6, 1)),
        FollowUpPoint("Thank-you letter", "Bo", dt.date(2027, 1, 1)),  # not yet due
    ]
    repository.save_delegation(db, old, revision)
    db.close()


@pytest.fixture
def page(qtbot, register_path):
    seed(register_path)
    session = RegisterSession.open(register_path)
    page = DashboardPage(session, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    yield page
    page.close_page()
    session.close()


def texts(view, column):
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_overview_shows_trips_overdue_points_and_costs_per_currency(page):
    assert page.ui.status_label.text() == (
        "Trips in the next 90 days: 1, of which 0 still miss something · "
        "Overdue follow-up points: 1 · Costs and charts: 2026"
    )
    trip = page.trips.item_at(0)
    assert trip is not None and trip.delegation.id == "jiangsu-2026"
    assert trip.days_left == 20
    assert page.trips.rowCount() == 1
    assert [p.text for p in page.overdue._records] == ["Send the MoU draft"]
    assert page.overdue.rowCount() == 1
    # Never added across currencies: one row each, "–" where nothing is recorded.
    assert texts(page.ui.costs_view, 0) == ["CNY", "SEK"]
    sek = page.costs.totals()[1]
    assert (sek.planned, sek.actual) == (50000.0, 43500.0)
    assert page.costs.index(1, 3).data().replace("\u00a0", "").replace(",", "") == "-6500"
    # The month chart and one cost chart per currency, drawn as in the report.
    labels = page.chart_labels()
    assert len(labels) == 3
    assert all(not label.pixmap().isNull() for label in labels)
    assert labels[0].pixmap().width() <= 720


def test_the_charts_fit_a_narrow_chart_column_whole_and_in_proportion(qtbot, page):
    area = page.ui.charts_area
    assert area.widgetResizable()
    first = page.chart_labels()[0].pixmap()
    proportion = first.width() / first.height()
    page.resize(1024, 700)
    # Dragging the splitter narrows the chart column without resizing the page.
    page.ui.dashboard_splitter.setSizes([1000, 1])
    qtbot.waitUntil(lambda: area.width() < 400)

    def fits() -> bool:
        room = area.viewport().width()
        return all(
            label.pixmap().deviceIndependentSize().width() <= room and page.ui.charts_widget.width() <= room
            for label in page.chart_labels()
        )

    qtbot.waitUntil(fits)
    month = page.chart_labels()[0].pixmap()
    assert month.width() / month.height() == pytest.approx(proportion, rel=0.02)
    assert area.horizontalScrollBar().maximum() == 0  # nothing cut off to the right


def test_next_trips_fit_the_view_and_keep_what_fails_readable(page):
    view = page.ui.upcoming_view
    header = view.horizontalHeader()
    assert header.stretchLastSection()  # what is left over goes to what a trip still fails
    end = header.sectionViewportPosition(trips.FAILING) + header.sectionSize(trips.FAILING)
    assert end <= view.viewport().width()  # nothing to scroll sideways for
    assert header.sectionSize(trips.FAILING) >= 120


def test_models_pass_qts_model_tester(page):
    for model in (page.trips, page.overdue, page.costs):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    fresh = CostTotalsModel()
    QAbstractItemModelTester(fresh, QAbstractItemModelTester.FailureReportingMode.Fatal)
    fresh.set_totals(page.costs.totals())
    fresh.set_totals([])


def test_enter_or_double_click_opens_the_delegation(qtbot, page):
    opened: list[str] = []
    page.open_delegation.connect(opened.append)
    view = page.ui.overdue_view
    view.setFocus()
    view.setCurrentIndex(page.overdue.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == ["gd-2025"]
    trips = page.ui.upcoming_view
    rect = trips.visualRect(page.trips.index(0, 2))
    qtbot.mouseClick(trips.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(trips.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["gd-2025", "jiangsu-2026"]


def test_the_window_starts_on_the_overview_and_refreshes_it_after_a_change(qtbot, make_window, register_path):
    seed(register_path)
    window = make_window(register_path, show_register=False)
    assert window.ui.tab_widget.currentWidget() is window.ui.overview_tab
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not dashboard.is_loading and dashboard.costs.rowCount() > 0, timeout=10000)
    year = dt.date.today().year
    before = {a.currency for a in dashboard.costs.totals()}
    # A delegation this year with costs in EUR, stored elsewhere (an import, another tab).
    repository.save_delegation(
        window.session.db,
        delegation(
            "visit-now",
            title="Visit this year",
            start=dt.date(year, 1, 2),
            end=dt.date(year, 1, 3),
            costs=[CostLine(CostCategory.TRAVEL, "EUR", 100.0, 120.0)],
        ),
    )
    with qtbot.waitSignal(dashboard.loaded, timeout=10000):
        window.refresh_all()
    assert {a.currency for a in dashboard.costs.totals()} == before | {"EUR"}


def test_an_empty_register_points_the_way_in(qtbot, tmp_path):
    session = RegisterSession.open(tmp_path / "empty.sqlite3")
    page = DashboardPage(session, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    text = page.ui.status_label.text()
    assert "no delegations yet" in text and "demo register" in text
    page.close_page()
    session.close()


def test_a_register_with_delegations_shows_the_figures(page):
    assert "Trips in the next" in page.ui.status_label.text()


def test_a_large_window_gives_the_lists_the_height_and_the_titles_their_width(qtbot, page):
    page.resize(1900, 1000)
    qtbot.wait(50)  # the columns are shared out again after the layout settles
    # The one-line summary does not grow into an empty band above the lists.
    assert page.ui.status_label.height() < 3 * page.ui.status_label.fontMetrics().height()
    view = page.ui.upcoming_view
    header = view.horizontalHeader()
    qtbot.waitUntil(
        lambda: header.sectionSize(trips.TITLE) >= view.sizeHintForColumn(trips.TITLE), timeout=5000
    )
    # Short columns are as wide as what they hold, not more.
    assert (
        header.sectionSize(trips.DAYS_LEFT)
        <= max(view.sizeHintForColumn(trips.DAYS_LEFT), header.sectionSizeHint(trips.DAYS_LEFT)) + 20
    )
    costs = page.ui.costs_view.horizontalHeader()
    assert not costs.stretchLastSection()


def test_a_narrow_window_shortens_the_titles_not_the_numbers(qtbot, page):
    page.resize(700, 700)
    qtbot.wait(50)
    view = page.ui.upcoming_view
    header = view.horizontalHeader()
    qtbot.waitUntil(
        lambda: header.sectionSize(trips.OPEN) >= view.sizeHintForColumn(trips.OPEN), timeout=5000
    )
    assert header.sectionSize(trips.TITLE) >= 140


def test_the_first_showing_names_the_offices_own_decision_body(qtbot, make_window, register_path):
    from delegation_planner.domain.office import shipped_profile
    from delegation_planner.storage import office_store
    from tests.core.factories import participant, person

    db = open_database(register_path)
    office_store.use_office(db, shipped_profile("hovedstaden"))
    repository.save_person(db, person("chair"))
    soon = dt.date.today() + dt.timedelta(days=20)
    trip = delegation(
        "soon", title="Trip without a decision", start=soon, end=soon, participants=[participant("chair")]
    )
    repository.save_delegation(db, trip)
    db.close()
    window = make_window(register_path, show_register=False)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not dashboard.is_loading and dashboard.trips.rowCount() > 0, timeout=10000)
    failing = [dashboard.trips.index(r, trips.FAILING).data() for r in range(dashboard.trips.rowCount())]
    assert any("Forretningsudvalget" in text for text in failing), failing
    assert not any("GRIP" in text for text in failing), failing


def test_the_overdue_points_fit_beside_the_charts_however_long_their_names(qtbot, register_path):
    # The window's default width, long texts in every column: the list shortens the point, the
    # owner, the delegation and the partner, and shows the due date whole, without a scroll bar.
    db = open_database(register_path)
    old, revision = repository.load_delegation(db, "gd-2025")
    old.title = "Business delegation from Guangdong on life sciences and elderly care, second round"
    old.follow_up_points = [
        FollowUpPoint(
            "Send the minutes to every participant and to the partner's office", owner, dt.date(2025, 6, 1)
        )
        for owner in ("Lars-Göran Svensson Öberg, internationella avdelningen", "王秀英 (Wang Xiuying)")
    ]
    repository.save_delegation(db, old, revision)
    db.close()
    session = RegisterSession.open(register_path)
    page = DashboardPage(session, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    view = page.ui.overdue_view
    qtbot.waitUntil(lambda: view.model().rowCount() == 2, timeout=5000)
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
    due = header.sectionSize(FollowUpModel.DUE)
    assert due >= view.sizeHintForColumn(FollowUpModel.DUE)  # the date and its warning are whole
    page.close_page()
    session.close()


def test_the_figures_keep_the_lists_rows_when_they_did_not_change_and_show_them_when_they_did(qtbot, page):
    # The figures' answer comes seconds after the lists', often while the person types elsewhere:
    # lists that did not change keep their rows (no reset, no new fit on the window's thread).
    resets = []
    page.trips.modelReset.connect(lambda: resets.append("trips"))
    page.overdue.modelReset.connect(lambda: resets.append("overdue"))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    assert resets == []
    assert [p.text for p in page.overdue.records] == ["Send the MoU draft"]
    # A point becomes overdue elsewhere (another window, a colleague): both answers show it.
    db = page._session.db
    old, revision = repository.load_delegation(db, "gd-2025")
    old.follow_up_points.append(FollowUpPoint("Book the return visit", "Cecilia", dt.date(2025, 9, 1)))
    repository.save_delegation(db, old, revision)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    assert "overdue" in resets
    assert sorted(p.text for p in page.overdue.records) == ["Book the return visit", "Send the MoU draft"]
    assert "Overdue follow-up points: 2" in page.ui.status_label.text()


def test_a_trip_with_overdue_items_is_measured_in_bold(page):
    from dataclasses import replace

    from PySide6.QtGui import QFontMetrics

    from delegation_planner.domain.checklist import ChecklistItem
    from delegation_planner.ui.widgets.page_tables import content_widths

    view = page.ui.upcoming_view
    item = page.trips.item_at(0)
    assert item is not None and not item.overdue_items
    plain = content_widths(view, [trips.TITLE])[trips.TITLE]
    page.trips.set_items([replace(item, overdue_items=[ChecklistItem("Book the flights")])])
    bold = content_widths(view, [trips.TITLE])[trips.TITLE]
    title = item.delegation.title
    font = view.font()
    font.setBold(True)
    widening = QFontMetrics(font).horizontalAdvance(title) - view.fontMetrics().horizontalAdvance(title)
    assert bold - plain == widening > 0


def test_the_figures_wait_while_the_person_types_in_the_register(qtbot, page, monkeypatch):
    from delegation_planner.ui import typing_pause

    monkeypatch.setattr(typing_pause, "QUIET_AFTER_S", 0.2)
    loaded: list[float] = []
    page.loaded.connect(lambda: loaded.append(time.monotonic()))
    typing = page._session.typing
    typing.typed()
    page.refresh()
    last_key = time.monotonic()
    for _ in range(16):  # a key every 50 ms for most of a second
        qtbot.wait(50)
        typing.typed()
        last_key = time.monotonic()
        assert not loaded, "the figures were shown while the person typed"
    qtbot.waitUntil(lambda: bool(loaded), timeout=10000)
    assert loaded[0] >= last_key + 0.15


def test_typing_in_the_registers_search_box_is_typing(qtbot, make_window, register_path):
    window = make_window(register_path)
    session = window.session
    assert not session.typing.is_typing()
    qtbot.keyClicks(window.ui.filter_edit, "jiangsu")
    assert session.typing.is_typing()


def test_a_page_closed_while_its_figures_wait_for_the_typing_closes_at_once(qtbot, page):
    typing = page._session.typing
    typing.typed()
    page.refresh()
    for _ in range(6):
        qtbot.wait(50)
        typing.typed()
    started = time.monotonic()
    page.close_page()
    assert time.monotonic() - started < 0.5
