"""The "Before departure" tab: delegations starting soon, what they still miss, the briefing.

The review loads every upcoming delegation with its checklist and evaluates it
(``storage.upcoming.upcoming``); with many trips that is more than a frame, so
it runs in a worker thread on its own read-only connection. A newer request
wins: answers to older ones are dropped. The page shows "Loading…" meanwhile
rather than a modal progress dialog, because it refreshes by itself whenever
the register changes and must not interrupt whoever is typing elsewhere.

Keyboard: Enter (or a double click) opens the selected delegation; Alt+N goes
to the horizon, Alt+W writes the briefing.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import QWidget

from delegation_planner.storage.office_store import load_office
from delegation_planner.storage.upcoming import DEFAULT_HORIZON_DAYS, Upcoming, next_start_after, upcoming
from delegation_planner.ui import save_locations
from delegation_planner.ui.changes import Record
from delegation_planner.ui.db_task import DatabaseTask
from delegation_planner.ui.dialogs.document_settings import duty_phone
from delegation_planner.ui.file_writing import FileWriter
from delegation_planner.ui.generated.ui_departures_page import Ui_DeparturesPage
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.labels.office import decision_body
from delegation_planner.ui.labels.verdicts import verdict_text
from delegation_planner.ui.models.departures_model import GRIP, OVERDUE, TITLE, DeparturesModel
from delegation_planner.ui.models.grip_model import explanation
from delegation_planner.ui.session import RegisterSession
from delegation_planner.ui.widgets.document_log_panel import offer_reference
from delegation_planner.ui.widgets.page_tables import stretch_last_column

if TYPE_CHECKING:
    from sqlite_utils import Database

HORIZON_KEY = "departures/horizon_days"
LANGUAGE_KEY = "departures/briefing_language"
SPLITTER_KEY = "departures/splitter"
# Start, Days left, Title, Partner, GRIP, Open items, Overdue (Failing criteria stretches;
# the title is narrowed further to leave it room, see ``stretch_last_column``).
DEFAULT_WIDTHS = (90, 75, 220, 120, 70, 80, 100)
HORIZON_DEBOUNCE_MS = 250


class DeparturesPage(QWidget):
    CHANGES: ClassVar[frozenset[Record]] = frozenset({Record.DELEGATIONS, Record.FOLLOW_UP})
    changed = Signal()  # a delegation was saved from here
    open_delegation = Signal(str)

    def __init__(
        self,
        session: RegisterSession,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DeparturesPage()
        self.ui.setupUi(self)
        self._session = session
        self._settings = settings
        self._today = today
        self._generation = 0
        self._tasks: set[DatabaseTask] = set()
        self.files = FileWriter(self, lambda: self._session.location)  # the briefing
        self._loading = False
        self._pending_key: str | None = None
        self._later: tuple[str, dt.date] | None = None  # the first trip past the horizon
        self._widths_fitted = False
        self.model = DeparturesModel(self)
        self._setup_view()
        self._setup_controls()

    # --- set-up ---------------------------------------------------------------------------------

    def _text_width(self, column: int) -> int:
        """Room for the column's heading and its longest fixed words, which are longer in
        Swedish and Danish than in English ("✖ Ikke opfyldt", "⚠ 12 försenade", in bold)."""
        words = [str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")]
        if column == GRIP:
            words += [verdict_text(v) for v in ("pass", "warn", "fail")]
        elif column == OVERDUE:
            words.append(QCoreApplication.translate("DeparturesModel", "⚠ %Ln overdue", "", 12))
        font = self.ui.table_view.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        return max(metrics.horizontalAdvance(w) for w in words) + 20

    def _setup_view(self) -> None:
        view = self.ui.table_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in enumerate(DEFAULT_WIDTHS):
            header.resizeSection(column, max(width, self._text_width(column)))
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._on_current_changed())
        view.doubleClicked.connect(lambda _index: self.open_current())
        self.open_action = QAction(self.tr("&Open delegation"), view)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.open_current)
        view.addAction(self.open_action)
        self.ui.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        splitter = self._settings.value(SPLITTER_KEY)
        if not splitter or not self.ui.departures_splitter.restoreState(splitter):
            self.ui.departures_splitter.setSizes([880, 300])

    def _setup_controls(self) -> None:
        ui = self.ui
        for label, code in ((self.tr("Svenska"), "sv"), (self.tr("Dansk"), "da"), (self.tr("English"), "en")):
            ui.language_combo.addItem(f"{label} ({code})", code)
        language = (
            str(self._settings.value(LANGUAGE_KEY, "") or "")
            or load_office(self._session.db).document_language
        )
        ui.language_combo.setCurrentIndex(max(ui.language_combo.findData(language), 0))
        ui.language_combo.currentIndexChanged.connect(
            lambda _i: self._settings.setValue(LANGUAGE_KEY, ui.language_combo.currentData())
        )
        try:
            horizon = int(self._settings.value(HORIZON_KEY, DEFAULT_HORIZON_DAYS))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            horizon = DEFAULT_HORIZON_DAYS
        ui.horizon_spin.setValue(horizon)
        # Typing "120" passes through 1 and 12: wait for a pause before asking again.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(HORIZON_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        ui.horizon_spin.valueChanged.connect(self._on_horizon_changed)
        ui.open_button.clicked.connect(self.open_current)
        ui.briefing_button.clicked.connect(self.write_briefing)
        offer_reference(ui.reference_edit, self._session.db)
        self._update_actions()

    def _on_horizon_changed(self, days: int) -> None:
        self._settings.setValue(HORIZON_KEY, days)
        self._debounce.start()

    # --- the review ------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading

    def horizon_days(self) -> int:
        return self.ui.horizon_spin.value()

    def refresh(self) -> None:
        """Compute the review again in the background (the register or the horizon changed)."""
        self._debounce.stop()
        self.model.office = load_office(self._session.db)
        self.model.body = decision_body(self._session.db)
        offer_reference(self.ui.reference_edit, self._session.db)  # the proposal moves on
        self._generation += 1
        generation, today, horizon = self._generation, self._today(), self.horizon_days()
        if self._pending_key is None:
            self._pending_key = self.current_key()
        task = DatabaseTask(
            self._session.location,
            lambda db, _progress: (
                upcoming(db, today, horizon),
                next_start_after(db, today + dt.timedelta(days=horizon)),
            ),
            read_only=True,
            parent=self,
        )
        task.finished.connect(lambda result: self._on_result(generation, result))
        task.failed.connect(lambda message: self._on_failed(generation, message))
        task.finished.connect(lambda _r: self._forget(task))
        task.failed.connect(lambda _m: self._forget(task))
        self._tasks.add(task)
        self._set_loading(True)
        task.start()

    def _forget(self, task: DatabaseTask) -> None:
        task.wait()  # the thread is finishing; let it end before the object goes
        self._tasks.discard(task)
        task.deleteLater()

    def _on_result(self, generation: int, result: tuple[list[Upcoming], tuple[str, dt.date] | None]) -> None:
        if generation != self._generation:
            return  # an answer for an older horizon or register state
        items, self._later = result
        self.model.set_items(items)
        self._set_loading(False)
        key, self._pending_key = self._pending_key, None
        row = self.model.row_of_key(key) if key else None
        if row is not None:
            self.select_row(row)
        if self.model.rowCount():
            self.ui.departures_stack.setCurrentWidget(self.ui.table_view)
            self._fit_widths()
        else:
            text = self.tr("No delegation starts in the next %Ln day(s).", "", self.horizon_days())
            if self._later is not None:
                text += " " + self._later_text(*self._later) + "."
            self.ui.empty_label.setText(text)
            self.ui.departures_stack.setCurrentWidget(self.ui.empty_label)
        self._on_current_changed()

    def _fit_widths(self) -> None:
        """Once, at the shown width (the review is often read before the tab is shown);
        after that the person's own widths stand."""
        if not self._widths_fitted and self.ui.table_view.isVisible() and self.model.rowCount():
            stretch_last_column(self.ui.table_view, TITLE)
            self._widths_fitted = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # After the layout has given the table its width.
        QTimer.singleShot(0, self._fit_widths)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.ui.count_label.setText(self.tr("The review could not be read: {0}").format(message))

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        if loading:
            self.ui.count_label.setText(self.tr("Loading…"))
            return
        rows = self.model.rowCount()
        overdue = sum(1 for r in range(rows) if (item := self.model.item_at(r)) and item.overdue_items)
        text = self.tr("%Ln delegation(s)", "", rows)
        if overdue:
            text += self.tr(", ⚠ %Ln with overdue items", "", overdue)
        if rows and self._later is not None:
            # A trip just past the horizon is said, so widening it is a choice, not luck.
            text += " · " + self._later_text(*self._later)
        self.ui.count_label.setText(text)

    def _later_text(self, title: str, start: dt.date) -> str:
        days = (start - self._today()).days
        return self.tr("Next later: “{title}”, in {days} days ({date})").format(
            title=title, days=days, date=start.isoformat()
        )

    def close_page(self) -> None:
        """Wait for running reviews: a thread must not outlive the connection's file or its page."""
        self._debounce.stop()
        self._settings.setValue(SPLITTER_KEY, self.ui.departures_splitter.saveState())
        for task in list(self._tasks):
            task.cancel()  # a review is a read: its query is interrupted rather than waited for
        for task in list(self._tasks):
            task.wait()
        self.files.wait()

    # --- selection and details -------------------------------------------------------------------

    def current_item(self) -> Upcoming | None:
        index = self.ui.table_view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def current_key(self) -> str | None:
        item = self.current_item()
        return item.delegation.id if item else None

    def select_row(self, row: int) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        index = self.model.index(row, 0)
        self.ui.table_view.selectionModel().setCurrentIndex(index, flags)
        self.ui.table_view.scrollTo(index)

    def _update_actions(self) -> None:
        has_current = self.current_item() is not None
        self.open_action.setEnabled(has_current)
        self.ui.open_button.setEnabled(has_current)
        self.ui.open_button.setText(self.tr("&View") if self._session.read_only else self.tr("&Open"))
        self.ui.briefing_button.setEnabled(has_current)

    def _on_current_changed(self) -> None:
        self._update_actions()
        item = self.current_item()
        if item is None:
            hint = self.tr("Select a delegation to see what it still needs.") if self.model.rowCount() else ""
            self.ui.detail_browser.setPlainText(hint)
            return
        self.ui.detail_browser.setHtml(self.detail_html(item))

    def detail_html(self, item: Upcoming) -> str:
        d, today = item.delegation, self._today()
        esc = html.escape
        verdict = item.rules.verdict.value if item.rules else ""
        parts = [
            f"<h3>{esc(d.title)}</h3>",
            f"<p>{esc(date_text(d.start))} – {esc(date_text(d.end))} · "
            f"{esc(self.model.days_left_text(item.days_left))}<br>"
            f"<b>{esc(self.model.body.name)}:</b> {esc(verdict_text(verdict))}</p>",
            f"<h4>{esc(self.tr('Failing criteria'))}</h4>",
        ]
        if item.failing_criteria:
            parts.append(
                "<ul>"
                + "".join(
                    f"<li><b>✖ {esc(self.model.failing_phrase(c.id))}</b>: {esc(explanation(c, self.model.office))}</li>"
                    for c in item.failing_criteria
                )
                + "</ul>"
            )
        else:
            parts.append(f"<p>{esc(self.tr('None.'))}</p>")
        parts.append(f"<h4>{esc(self.tr('Open checklist items'))}</h4>")
        if not item.open_items:
            parts.append(f"<p>{esc(self.tr('None: the checklist is done.'))}</p>")
        else:
            rows = []
            for open_item in item.open_items:
                due = open_item.due(d.start)
                late = open_item.is_overdue(d, today)
                mark = esc(self.tr("⚠ overdue")) if late else ""
                owner = f" — {esc(open_item.owner)}" if open_item.owner else ""
                text = f"<b>{esc(open_item.text)}</b>" if late else esc(open_item.text)
                rows.append(f"<li>{text}{owner}<br>{esc(self.tr('due'))} {esc(date_text(due))} {mark}</li>")
            parts.append("<ul>" + "".join(rows) + "</ul>")
        return "".join(parts)

    # --- commands ---------------------------------------------------------------------------------

    def open_current(self) -> None:
        """Open the selected trip in its editor window (the window keeps one per delegation)."""
        key = self.current_key()
        if key is not None:
            self.open_delegation.emit(key)

    def _log_briefing(self, written: Path, lang: str, reference: str, key: str) -> None:
        from delegation_planner.ui.widgets.document_log_panel import ask_and_log

        if ask_and_log(
            self,
            self._session.db,
            written,
            "briefing",
            lang,
            reference=reference,
            delegation=key,
            stamped=True,
        ):
            # Used: the next briefing gets a reference of its own.
            self.ui.reference_edit.clear()
        offer_reference(self.ui.reference_edit, self._session.db)

    def write_briefing(self) -> None:
        item = self.current_item()
        if item is None:
            return
        # Imported here: python-docx is only needed when a document is written.
        from delegation_planner.documents.briefing import suggested_file_name
        from delegation_planner.documents.briefing import write_briefing as write

        lang = str(self.ui.language_combo.currentData() or "sv")
        path = self.files.ask(
            save_locations.BRIEFING,
            self.tr("Write briefing"),
            suggested_file_name(item.delegation, lang),
            self.tr("Word documents (*.docx)"),
            ".docx",
        )
        if path is None:
            return
        start = item.delegation.start
        open_items = [(i.text, i.owner, i.due(start)) for i in item.open_items]
        key = item.delegation.id
        phone = duty_phone()
        typed = self.ui.reference_edit.text().strip()
        stamp: list[str] = []

        def work(db: Database, _progress: Callable[[int, int], None]) -> Path:
            from delegation_planner.storage.document_log import reference_for

            # Printed as the briefing is saved, not by opening and saving it again afterwards.
            stamp.append(reference_for(db, typed, dt.date.today()))
            return write(db, key, path, lang, open_items, duty_phone=phone, reference=stamp[-1])

        task = self.files.run(
            work,
            self.tr("Writing the briefing…"),
            title=self.tr("Write briefing"),
            not_done=self.tr("The briefing was not written: {0}"),
        )
        # Logged in the document register (with its reference printed on it) before the
        # user is told where it is and offered to open it.
        task.finished.connect(lambda written: self._log_briefing(Path(written), lang, stamp[-1], key))
        task.finished.connect(lambda written: self.files.announce(Path(written), self.tr("Briefing written")))
        task.start()
