"""The "Overview" tab, the window's home view: the next trips and what they still miss,
overdue follow-up points, this year's costs against plan and the annual report's two charts.

Everything is computed in a worker thread on its own read-only connection
(``year_figures`` on a large register takes a second, and the charts are drawn
at print resolution), while the page says "Loading…". The window asks for the
first computation only once the register's first rows are shown, so the home
view never delays the register. A newer request wins: older answers are dropped.

Keyboard: Enter (or a double click) in either list opens the delegation.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QTableView, QWidget
from sqlite_utils import Database

from delegation_planner.documents.labels import Labels
from delegation_planner.storage import register_query
from delegation_planner.storage.annual import Amounts, currency_totals, year_figures
from delegation_planner.storage.follow_ups import FollowUpFilter, FollowUpRow, list_follow_ups
from delegation_planner.storage.office_store import load_office
from delegation_planner.storage.upcoming import DEFAULT_HORIZON_DAYS, Upcoming, upcoming
from delegation_planner.texts.formatting import load_cldr
from delegation_planner.ui.db_task import DatabaseTask
from delegation_planner.ui.generated.ui_dashboard_page import Ui_DashboardPage
from delegation_planner.ui.labels.office import decision_body
from delegation_planner.ui.models import departures_model as trips
from delegation_planner.ui.models.cost_totals_model import CostTotalsModel
from delegation_planner.ui.models.follow_up_models import FollowUpModel
from delegation_planner.ui.pages.first_rows import MAX_OVERDUE, RESIZE_PRECISION_ROWS, empty_register_text
from delegation_planner.ui.session import RegisterSession
from delegation_planner.ui.typing_pause import LONGEST_WAIT_S
from delegation_planner.ui.widgets.page_tables import MIN_SHARED_WIDTH, fit_to_width
from delegation_planner.ui.worker_memory import equal_gradually, release_gradually

if TYPE_CHECKING:  # the charts bring Pillow: loaded in the worker that draws them
    from delegation_planner.documents.charts import Picture

CHART_MAX_WIDTH = 720  # px on screen; the PNGs are drawn for print and scaled down


@dataclass
class DashboardData:
    year: int
    today: dt.date
    upcoming: list[Upcoming]
    overdue: list[FollowUpRow]
    totals: list[Amounts]
    empty_register: bool = False  # no delegations at all: the overview points the way in
    charts: list[Picture] = field(default_factory=list)  # months first, then costs per partner and currency
    images: list[QImage] = field(default_factory=list)  # the charts decoded and scaled for the screen
    # The lists already on the page (upcoming, overdue) when these are the same: compared in
    # the worker, so the page keeps its rows without comparing them on the window's thread.
    same_lists_as: tuple[list[Upcoming], list[FollowUpRow]] | None = None


def dashboard_data(
    db: Database,
    today: dt.date,
    lang: str,
    checkpoint: Callable[[], None] = lambda: None,
    width: int = CHART_MAX_WIDTH,
) -> DashboardData:
    """What the overview shows, its charts ``width`` pixels wide; Qt-free, so it runs in the
    worker. ``checkpoint`` is called between the steps (the task's progress, which stops the
    work once the page has closed)."""
    # Imported here, in the worker: the charts bring Pillow, which the window would
    # otherwise load before its first paint.
    from delegation_planner.documents.charts import screen_picture
    from delegation_planner.documents.year_charts import month_chart, partner_chart

    figures = year_figures(db, today.year, today, checkpoint=checkpoint)
    checkpoint()
    labels = Labels.for_language(lang)
    # On screen no heading stands above a chart, so each carries its title.
    months = month_chart(figures, labels, labels["chart_months"].format(year=today.year))
    pictures = [screen_picture(months, width, vertical=True)]
    for currency, lines in figures.partner_costs.items():
        checkpoint()
        costs = partner_chart(currency, lines, labels, labels["chart_costs"].format(currency=currency))
        pictures.append(screen_picture(costs, width, vertical=False))
    checkpoint()
    # Money already spent on a trip still to come (tickets, deposits) is spent: the
    # overview shows every recorded amount, unlike the report's "as of" figures.
    totals = currency_totals([line for d in figures.delegations for line in d.costs])
    release_gradually(figures.delegations)
    return DashboardData(
        year=today.year,
        today=today,
        upcoming=upcoming(db, today, DEFAULT_HORIZON_DAYS),
        overdue=list_follow_ups(db, FollowUpFilter(overdue_only=True), today, limit=MAX_OVERDUE),
        totals=totals,
        empty_register=register_query.is_empty(db.conn),
        charts=pictures,
    )


def first_rows(db: Database, today: dt.date) -> DashboardData:
    """The two lists alone, from indexed queries: what the overview shows first, at once."""
    return DashboardData(
        year=today.year,
        today=today,
        upcoming=upcoming(db, today, DEFAULT_HORIZON_DAYS),
        overdue=list_follow_ups(db, FollowUpFilter(overdue_only=True), today, limit=MAX_OVERDUE),
        totals=[],
        empty_register=register_query.is_empty(db.conn),
    )


def with_images(data: DashboardData) -> DashboardData:
    """The charts' pixels as images for the screen, made in the worker (QImage may be
    used off the GUI thread, QPixmap not)."""
    for picture in data.charts:
        image = QImage(
            picture.pixels, picture.width, picture.height, 3 * picture.width, QImage.Format.Format_RGB888
        )
        data.images.append(image.copy())  # its own pixels: the bytes go with the task
    return data


def chart_language() -> str:
    """The charts' words in the window's language where the documents have it, else English."""
    code = QLocale().name()[:2]
    return code if code in ("sv", "da") else "en"


class DashboardPage(QWidget):
    open_delegation = Signal(str)
    loaded = Signal()  # after each shown result (tests and the window wait for it)
    # The first answer is on the page: its two lists, or why they could not be read (the
    # window's first paint shows its own lists until then).
    first_shown = Signal()

    def __init__(
        self,
        session: RegisterSession,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        # Set here rather than in the form, which the first paint builds too: a form naming
        # any ``Qt::`` value makes PySide6 create all enum types of the Qt namespace then.
        self.ui.charts_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.month_chart_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._session = session
        self._today = today
        self._generation = 0
        self._tasks: set[DatabaseTask] = set()
        self._loading = False
        self._empty = False
        self._lists_shown = False  # the first answer fits the lists even when they are empty
        self._pixmaps: list[QPixmap] = []
        self._chart_labels: list[QLabel] = [self.ui.month_chart_label]
        self.trips = trips.DeparturesModel(self)
        self.overdue = FollowUpModel(self)
        self.overdue.read_only = True  # points are ticked off in the follow-up tab, not here
        self.costs = CostTotalsModel(self)
        self._setup_view(self.ui.upcoming_view, self.trips, self._trip_key)
        self._setup_view(self.ui.overdue_view, self.overdue, self._point_key)
        for column in (trips.START, trips.PARTNER, trips.GRIP):
            self.ui.upcoming_view.setColumnHidden(column, True)
        for column in (FollowUpModel.STATUS, FollowUpModel.CLOSED):
            self.ui.overdue_view.setColumnHidden(column, True)
        self.ui.costs_view.setModel(self.costs)
        self.ui.dashboard_splitter.setSizes([640, 460])
        self.ui.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self._fit_label(self.ui.month_chart_label)
        # The chart column narrows when the splitter moves, not only when the page does;
        # the tables' columns are shared out again whenever their side changes width.
        self.ui.charts_area.viewport().installEventFilter(self)
        self.ui.lists_widget.installEventFilter(self)

    def _setup_view(self, view: QTableView, model: object, key_of: Callable[[int], str | None]) -> None:
        view.setModel(model)  # type: ignore[arg-type]
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setHighlightSections(False)
        # Fitting the columns reads every row by default; the first ones tell the widths.
        view.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION_ROWS)

        def open_row(row: int) -> None:
            key = key_of(row)
            if key:
                self.open_delegation.emit(key)

        view.doubleClicked.connect(lambda index: open_row(index.row()))
        action = QAction(self.tr("&Open delegation"), view)
        action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: open_row(view.currentIndex().row()))
        view.addAction(action)

    def _trip_key(self, row: int) -> str | None:
        item = self.trips.item_at(row)
        return item.delegation.id if item else None

    def _point_key(self, row: int) -> str | None:
        if not 0 <= row < self.overdue.rowCount():
            return None
        point: FollowUpRow = self.overdue.record(row)
        return point.delegation

    # --- loading ---------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading

    def refresh_after_first(self, *signals: SignalInstance) -> None:
        """Show the lists now; compute the figures and charts when one of ``signals`` fires
        (the register's first answer), so the home view never delays the register."""
        self._name_the_office()
        self._generation += 1
        generation = self._generation
        self._start_lists(generation, then_figures=False)

        def first(*_args: object) -> None:
            for signal in signals:
                signal.disconnect(first)
            if generation == self._generation:  # else a newer refresh computes them
                self._start_figures(generation)

        for signal in signals:
            signal.connect(first)

    def refresh(self) -> None:
        """Compute the overview again in the background (the register changed): the lists
        first, then the year's figures and charts, which take a second on a large register."""
        self._name_the_office()
        self._generation += 1
        self._start_lists(self._generation, then_figures=True)

    def _name_the_office(self) -> None:
        # The next trips' failing criteria name the office's own decision body ("No decision of
        # Forretningsudvalget before the start"), from the first showing on.
        office, body = load_office(self._session.db), decision_body(self._session.db)
        if (office, body) != (self.trips.office, self.trips.body):
            self._lists_shown = False  # the lists' words change even where their rows do not
        self.trips.office = office
        self.trips.body = body

    def shows_empty_register(self) -> bool:
        return self._empty

    def _start_lists(self, generation: int, *, then_figures: bool) -> None:
        today, lang = self._today(), chart_language()

        def lists(db: Database, _progress: Callable[[int, int], None]) -> DashboardData:
            data = first_rows(db, today)
            # For the charts, which come after the register's first answer, when the person
            # may be typing: then Babel's first reading of the language would hold them up.
            load_cldr(lang)
            return data

        self._loading = True
        self.ui.status_label.setText(self.tr("Loading…"))

        def shown(data: DashboardData) -> None:
            if generation != self._generation:
                return
            self._show_lists(data)
            if then_figures:
                self._start_figures(generation)

        self._run(self._compared(lists), shown, generation)

    def _start_figures(self, generation: int) -> None:
        today, lang, width = self._today(), chart_language(), self._chart_width()
        typing = self._session.typing

        def figures(db: Database, progress: Callable[[int, int], None]) -> DashboardData:
            # Waits while the person types in the register (see ``typing_pause``), ten seconds
            # at most in all; stops at any step, or while it waits, once the page has closed.
            deadline = time.monotonic() + LONGEST_WAIT_S

            def checkpoint() -> None:
                progress(0, 0)
                typing.wait_for_pause(deadline, lambda: progress(0, 0))

            return with_images(dashboard_data(db, today, lang, checkpoint, width))

        self._run(
            self._compared(figures),
            lambda result: self._on_result(generation, result),
            generation,
            background=True,
        )

    def _compared(self, work: Callable[..., DashboardData]) -> Callable[..., DashboardData]:
        """``work``, whose answer says whether its lists are those on the page now."""
        shown = (self.trips.items, self.overdue.records) if self._lists_shown else None

        def compared(db: Database, progress: Callable[[int, int], None]) -> DashboardData:
            data = work(db, progress)
            if (
                shown is not None
                and equal_gradually(data.upcoming, shown[0])
                and equal_gradually(data.overdue, shown[1])
            ):
                data.same_lists_as = shown
            return data

        return compared

    def _run(
        self,
        work: Callable[..., DashboardData],
        done: Callable[[DashboardData], None],
        generation: int,
        *,
        background: bool = False,
    ) -> None:
        # The figures and charts run below the window's priority, so typing elsewhere does
        # not wait for them; the first rows, which a person is waiting for, do not.
        task = DatabaseTask(self._session.location, work, read_only=True, parent=self, background=background)
        task.finished.connect(done)
        task.failed.connect(lambda message: self._on_failed(generation, message))
        task.finished.connect(lambda _r: self._forget(task))
        task.failed.connect(lambda _m: self._forget(task))
        self._tasks.add(task)
        task.start()

    def _forget(self, task: DatabaseTask) -> None:
        task.wait()  # the thread is finishing; let it end before the object goes
        self._tasks.discard(task)
        task.deleteLater()

    def close_page(self) -> None:
        """Stop running computations (their query is interrupted) and wait for them to end:
        a thread must not outlive its page, and whoever closes it should not wait for a read."""
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            task.wait()

    def _on_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.ui.status_label.setText(self.tr("The overview could not be read: {0}").format(message))
        self.first_shown.emit()

    def _on_result(self, generation: int, data: DashboardData) -> None:
        if generation != self._generation:
            return  # an answer for an older state of the register
        self._loading = False
        self._show_lists(data)
        self.costs.set_totals(data.totals)
        self._fit_costs()
        self._show_charts(data.images)
        self.ui.status_label.setText(self._summary(data))
        self.loaded.emit()

    def _show_lists(self, data: DashboardData) -> None:
        self._empty = data.empty_register
        # The figures' answer repeats the lists the first answer showed, seconds later, often
        # while the person types elsewhere: unchanged, they keep their rows and widths (a
        # reset and a fit cost the window thread tens of milliseconds).
        same = data.same_lists_as
        if not (
            self._lists_shown and same and same[0] is self.trips.items and same[1] is self.overdue.records
        ):
            self._lists_shown = True
            self.trips.set_items(data.upcoming)
            self.overdue.set_records(data.overdue)
            self._fit_lists()
        self.ui.status_label.setText(self._summary(data))
        self.first_shown.emit()

    def _fit_tables(self) -> None:
        self._fit_lists()
        self._fit_costs()

    def _fit_lists(self) -> None:
        # Columns as wide as what they hold; the titles, points and names give way when the window
        # is narrow, the last column takes what is left when it is wide.
        fit_to_width(self.ui.upcoming_view, (trips.TITLE, trips.FAILING))
        fit_to_width(
            self.ui.overdue_view,
            (FollowUpModel.POINT, FollowUpModel.OWNER, FollowUpModel.DELEGATION, FollowUpModel.PARTNER),
            MIN_SHARED_WIDTH,
        )

    def _fit_costs(self) -> None:
        self.ui.costs_view.resizeColumnsToContents()
        self.ui.costs_view.horizontalHeader().setStretchLastSection(False)

    def _summary(self, data: DashboardData) -> str:
        if data.empty_register:
            return empty_register_text()
        # "Label: number" reads right for one and for many without plural forms.
        missing = sum(1 for item in data.upcoming if not item.is_ready)
        overdue = len(data.overdue)
        return self.tr(
            "Trips in the next {days} days: {trips}, of which {missing} still miss something · "
            "Overdue follow-up points: {overdue} · Costs and charts: {year}"
        ).format(
            days=DEFAULT_HORIZON_DAYS,
            trips=len(data.upcoming),
            missing=missing,
            overdue=f"{overdue}+" if overdue >= MAX_OVERDUE else overdue,
            year=data.year,
        )

    # --- charts ----------------------------------------------------------------------------------

    def _show_charts(self, images: list[QImage]) -> None:
        self._pixmaps = [QPixmap.fromImage(image) for image in images]
        layout = self.ui.charts_layout
        while len(self._chart_labels) < len(self._pixmaps):
            label = QLabel(self.ui.charts_widget)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self._fit_label(label)
            # Before the spacer, which keeps the charts at the top.
            layout.insertWidget(layout.count() - 1, label)
            self._chart_labels.append(label)
        for label in self._chart_labels[len(self._pixmaps) :]:
            label.clear()
            label.hide()
        self._scale_charts()

    def chart_labels(self) -> list[QLabel]:
        return [label for label in self._chart_labels if not label.isHidden()]

    @staticmethod
    def _fit_label(label: QLabel) -> None:
        # A chart never widens the column beyond the scroll area (it is scaled to fit instead).
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(1)

    def _chart_width(self) -> int:
        """The charts' width in device pixels: the chart column's, within limits.

        Room for the vertical scroll bar is always kept, so the width does not change (and
        the charts do not jump) when the bar comes or goes as the charts are scaled."""
        area = self.ui.charts_area
        margins = self.ui.charts_layout.contentsMargins()
        scroll_bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
        room = area.width() - 2 * area.frameWidth() - scroll_bar - margins.left() - margins.right() - 2
        width = max(min(room, CHART_MAX_WIDTH), 200)
        return round(width * self.devicePixelRatioF())

    def _scale_charts(self) -> None:
        # Scaling the drawn pictures is cheap; drawing them again at screen size is not needed.
        # The worker scaled them to the width at the time; only a resize since then scales here.
        ratio, width = self.devicePixelRatioF(), self._chart_width()
        for label, pixmap in zip(self._chart_labels, self._pixmaps, strict=False):
            scaled = (
                pixmap
                if pixmap.width() == width
                else pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
            scaled.setDevicePixelRatio(ratio)
            label.setPixmap(scaled)
            label.setToolTip(self.tr("Drawn as in the annual report"))
            label.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.charts_area.viewport() and event.type() == QEvent.Type.Resize and self._pixmaps:
            self._scale_charts()
        if watched is self.ui.lists_widget and event.type() == QEvent.Type.Resize:
            # After the layout has passed the new width down to the tables.
            QTimer.singleShot(0, self, self._fit_tables)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._pixmaps:
            self._scale_charts()
