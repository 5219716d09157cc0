"""The Delegations tab of the main window: filters, the lazy register table, details.

The widgets come from forms/register_tab.ui (listed in ``DelegationsForm``, so the
page does not depend on the rest of the main window's form); this controller wires them to a
``DelegationsModel`` for one open register. It is rebuilt whenever the
window switches register, so nothing here outlives its database connection.

Keyboard: Ctrl+F goes to the filter, Esc in the filter clears it, Enter or Down
in the filter moves to the table, Enter (or a double click) opens the current
delegation, Del deletes it (after asking), Ctrl+N makes a new one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import ClassVar, Protocol

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QWidget,
)
from sqlite_utils import Database

from delegation_planner.domain.enums import Direction, Purpose
from delegation_planner.domain.status import DelegationStatus
from delegation_planner.storage import register_query, repository
from delegation_planner.storage.attachments import Owner, count_attachments
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.register_query import RegisterFilter, RegisterRow
from delegation_planner.ui.changes import Record
from delegation_planner.ui.editor.windows import EditorWindows
from delegation_planner.ui.labels.enums import core_word
from delegation_planner.ui.labels.formatting import number_text
from delegation_planner.ui.labels.status import status_text
from delegation_planner.ui.labels.verdicts import verdict_text
from delegation_planner.ui.models.delegations_model import (
    DIRECTION,
    GRIP,
    PARTNER,
    PURPOSE,
    START,
    DelegationsModel,
)
from delegation_planner.ui.pages.delegation_details import details_html
from delegation_planner.ui.session import RegisterSession
from delegation_planner.ui.widgets.band_paint import BandPainter

# Starting widths (px) for Title, Direction, Partner, Start, End, Purpose, Politicians, GRIP, Status.
# Never ResizeToContents: that would fetch every one of 100,000 rows to measure them.
DEFAULT_WIDTHS = (190, 80, 130, 82, 82, 130, 75, 95, 120)
# The status filter's entry for trips that are over but not yet marked completed.
TO_CLOSE = "to_close"
LOADING_HINT_MS = 300  # an answer slower than this is said to be loading


def everyday_from(today: dt.date) -> str:
    """The first day the everyday register shows closed delegations from: 1 January last year."""
    return f"{today.year - 1:04d}-01-01"


def is_plain(flt: RegisterFilter) -> bool:
    """No filter the user chose (the everyday view's archive limit does not count)."""
    return dataclasses.replace(flt, recent_from=None) == RegisterFilter()


class DelegationsForm(Protocol):
    """The Delegations tab's widgets, wherever the form that holds them is built."""

    tab_widget: QTabWidget
    delegations_tab: QWidget
    filter_row: QHBoxLayout
    filter_edit: QLineEdit
    direction_combo: QComboBox
    partner_combo: QComboBox
    year_combo: QComboBox
    needs_attention_check: QCheckBox
    count_label: QLabel
    register_splitter: QSplitter
    register_stack: QStackedWidget
    table_view: QTableView
    empty_label: QLabel
    details_browser: QTextBrowser
    new_button: QPushButton
    open_button: QPushButton
    delete_button: QPushButton


HEADER_KEY = "delegations/header"
SPLITTER_KEY = "delegations/splitter"


class DelegationsPage(QObject):
    CHANGES: ClassVar[frozenset[Record]] = frozenset({Record.DELEGATIONS, Record.FOLLOW_UP, Record.PEOPLE})
    changed = Signal()  # a delegation was saved or deleted here

    def __init__(
        self, ui: DelegationsForm, session: RegisterSession, window: QWidget, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self._session = session
        self._db: Database = session.db
        self._window = window
        self._pending_key: str | None = None
        self._has_result = False
        # The form's widgets outlive this page when the window switches register, so
        # every connection and action made here is undone in close().
        self._connections: list[tuple[object, object]] = []
        self._actions: list[QAction] = []
        self.model = DelegationsModel(session.db, session.location, self)
        self._today = dt.date.today()
        self.editors = EditorWindows(session, window, self)
        self.editors.saved.connect(self._on_editor_saved)
        self._build_actions()
        self._setup_view()
        self._setup_filters()
        # An answer comes within tens of milliseconds: the count says "Loading…" only when one
        # takes longer, rather than flicker on every key typed (and lay the row out again).
        self._loading_hint = QTimer(self)
        self._loading_hint.setSingleShot(True)
        self._loading_hint.setInterval(LOADING_HINT_MS)
        self._loading_hint.timeout.connect(self._update_count)
        self.model.loading_changed.connect(self._on_loading_changed)
        self.model.result_ready.connect(self._on_result)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.query_failed.connect(self._on_query_failed)
        self._connect(self.ui.table_view.doubleClicked, self._on_double_click)
        self._show_empty(self.tr("Loading…"))
        self._update_actions()

    # --- set-up ---------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        tab, view = self.ui.delegations_tab, self.ui.table_view
        self.new_action = self._action(self.tr("&New delegation…"), tab, QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_action = self._action(self.tr("&Open delegation"), view)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.delete_action = self._action(
            self.tr("&Delete delegation…"), view, QKeySequence.StandardKey.Delete
        )
        # Del and Enter belong to the table only: in the filter they edit the text.
        for action in (self.open_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action = self._action(self.tr("&Copy for a new trip…"), view)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_current)
        self.find_action = self._action(self.tr("&Find"), tab, QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_delegation)
        self.open_action.triggered.connect(self.open_current)
        self.delete_action.triggered.connect(self.delete_current)
        self.find_action.triggered.connect(self.focus_filter)
        self._connect(self.ui.new_button.clicked, self.new_action.trigger)
        self._connect(self.ui.open_button.clicked, self.open_action.trigger)
        self._connect(self.ui.delete_button.clicked, self.delete_action.trigger)
        self.ui.new_button.setToolTip(self.tr("Plan a new delegation (Ctrl+N)"))
        # The office's decision body, not the form's GRIP: a Danish region has its own.
        self.ui.needs_attention_check.setToolTip(
            self.tr("Only delegations whose verdict ({0}) is Fail or Warning").format(self.model.body_name)
        )
        self.ui.open_button.setToolTip(self.tr("Open the selected delegation (Enter)"))
        self.ui.delete_button.setToolTip(self.tr("Delete the selected delegation (Del)"))

    def _action(self, text: str, owner: QWidget, shortcut: object = None) -> QAction:
        action = QAction(text, owner)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        owner.addAction(action)
        self._actions.append(action)
        return action

    def _label_width(self, column: int) -> int:
        """Wide enough for the longest word a column of fixed words shows (Danish
        "Embedsmandsbesøg" is longer than English "Official"); 0 for other columns."""
        words = {
            DIRECTION: [self.model.direction_label(d.value) for d in Direction],
            PURPOSE: [self.model.purpose_label(p.value) for p in Purpose],
            GRIP: [verdict_text(v) for v in ("pass", "warn", "fail")],
        }.get(column, [])
        metrics = self.ui.table_view.fontMetrics()
        return max((metrics.horizontalAdvance(w) + 16 for w in words), default=0)

    def _connect(self, signal: object, slot: object) -> None:
        signal.connect(slot)  # type: ignore[attr-defined]
        self._connections.append((signal, slot))

    def _setup_view(self) -> None:
        # Set here rather than in the form: the window's form is built before its first
        # paint, and a form naming any ``Qt::`` value makes PySide6 create all ninety enum
        # types of the Qt namespace then (tens of milliseconds a bare window never pays).
        self.ui.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.ui.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ui.details_browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view = self.ui.table_view
        view.setModel(self.model)
        # Each answer's rows painted in bands, so the keys typed meanwhile are not kept waiting.
        self._bands = BandPainter(view)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        titles = header.fontMetrics()
        for column, width in enumerate(DEFAULT_WIDTHS):
            # Never narrower than its title, with room for the sort arrow ("Förtroendevalda").
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(
                column, max(width, self._label_width(column), titles.horizontalAdvance(title) + 28)
            )
        # Uniform row heights: the view never asks every row for its size.
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._on_current_changed())
        self.ui.empty_label.setTextFormat(Qt.TextFormat.PlainText)

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.direction_combo.addItem(self.tr("All"), None)
        for direction in (Direction.INBOUND, Direction.OUTBOUND):
            ui.direction_combo.addItem(core_word(direction), direction.value)
        self.reload_choices()
        self._connect(ui.filter_edit.textChanged, self._on_text_changed)
        for combo in (ui.direction_combo, ui.year_combo, ui.partner_combo):
            self._connect(combo.currentIndexChanged, self._on_choice_changed)
        self._connect(ui.needs_attention_check.toggled, self._on_choice_changed)
        # Built here rather than in the form: the status filter and the archive belong to
        # the life cycle, and are removed again in close() with the page.
        self.status_combo = QComboBox(ui.delegations_tab)
        self.status_combo.setObjectName("status_combo")
        self.status_combo.setToolTip(self.tr("Only delegations with this status"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in DelegationStatus:
            self.status_combo.addItem(status_text(status.value), status.value)
        self.status_combo.addItem(self.tr("To close (trip over)"), TO_CLOSE)
        self.archive_check = QCheckBox(self.tr("Show a&rchive"), ui.delegations_tab)
        self.archive_check.setObjectName("archive_check")
        self.archive_check.setToolTip(
            self.tr(
                "Also completed, declined and cancelled delegations from before last year. "
                "Without it the register shows open delegations and those of this year and last."
            )
        )
        at = ui.filter_row.indexOf(ui.needs_attention_check) + 1
        ui.filter_row.insertWidget(at, self.status_combo)
        ui.filter_row.insertWidget(at + 1, self.archive_check)
        self._connect(self.status_combo.currentIndexChanged, self._on_choice_changed)
        self._connect(self.archive_check.toggled, self._on_choice_changed)
        ui.filter_edit.installEventFilter(self)

    def start(self) -> None:
        """Run the first query (the view's sort indicator decides the order)."""
        header = self.ui.table_view.horizontalHeader()
        # The everyday view (no archive) from the first query on; the sort below runs it.
        self.model.set_filter(self.current_filter())
        self.ui.table_view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def close(self) -> None:
        """Stop the query thread and hand the form's widgets back clean."""
        # Asked about their changes before (MainWindow.close_editors); whatever is left goes,
        # as its connection to this register is about to close.
        self.editors.discard_all()
        self._bands.detach()
        self.model.close()
        for signal, slot in self._connections:
            signal.disconnect(slot)  # type: ignore[attr-defined]
        self._connections.clear()
        for action in self._actions:
            for widget in action.associatedObjects():
                if isinstance(widget, QWidget):
                    widget.removeAction(action)
            action.deleteLater()
        self._actions.clear()
        ui = self.ui
        ui.filter_edit.removeEventFilter(self)
        for widget in (ui.filter_edit, ui.direction_combo, ui.year_combo, ui.partner_combo):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        ui.needs_attention_check.setChecked(False)  # signals are disconnected by now
        for widget in (self.status_combo, self.archive_check):
            ui.filter_row.removeWidget(widget)
            widget.deleteLater()
        ui.table_view.setModel(None)
        ui.details_browser.clear()

    # --- settings --------------------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(HEADER_KEY, self.ui.table_view.horizontalHeader().saveState())
        settings.setValue(SPLITTER_KEY, self.ui.register_splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = self.ui.table_view.horizontalHeader()
        state = settings.value(HEADER_KEY)
        if not state or not header.restoreState(state):
            header.setSortIndicator(START, Qt.SortOrder.DescendingOrder)  # newest first
        splitter = settings.value(SPLITTER_KEY)
        if not splitter or not self.ui.register_splitter.restoreState(splitter):
            self.ui.register_splitter.setSizes([940, 240])

    # --- filtering --------------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Fill the Year and Partner lists from the register, keeping what was chosen."""
        conn = self._db.conn
        self._fill(self.ui.year_combo, [(str(y), y) for y in register_query.years(conn)])
        self._fill(self.ui.partner_combo, [(p, p) for p in register_query.partners(conn)])

    def _fill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if chosen is not None and index < 0:
            self._apply_filter(immediate=True)  # the chosen year or partner is gone

    def shown_rowids(self) -> list[int] | None:
        """The rows the register shows, in its order, when a filter narrows it; None for all."""
        if self.model.current_filter == RegisterFilter():
            return None
        return self.model.rowids()

    def years(self) -> list[int]:
        """The start years the Year filter offers, newest first."""
        combo = self.ui.year_combo
        return [int(y) for y in (combo.itemData(i) for i in range(combo.count())) if y is not None]

    def current_filter(self) -> RegisterFilter:
        ui = self.ui
        status = self.status_combo.currentData()
        return RegisterFilter(
            text=ui.filter_edit.text(),
            direction=ui.direction_combo.currentData(),
            year=ui.year_combo.currentData(),
            partner=ui.partner_combo.currentData(),
            needs_attention=ui.needs_attention_check.isChecked(),
            status=status if status != TO_CLOSE else None,
            recent_from=None if self.archive_check.isChecked() else everyday_from(self._today),
            to_close_before=self._today.isoformat() if status == TO_CLOSE else None,
        )

    def _on_text_changed(self, _text: str) -> None:
        self._session.typing.typed()
        self._apply_filter(immediate=False)

    def _on_choice_changed(self, _value: object) -> None:
        self._apply_filter(immediate=True)

    def _on_double_click(self, _index: object) -> None:
        self.open_current()

    def _apply_filter(self, *, immediate: bool) -> None:
        self.model.set_filter(self.current_filter(), immediate=immediate)

    def focus_filter(self) -> None:
        self.ui.tab_widget.setCurrentWidget(self.ui.delegations_tab)
        self.ui.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filter_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Esc clears the filter; Enter or Down goes to the results, as in a search field.
        if watched is self.ui.filter_edit and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape and self.ui.filter_edit.text():
                if event.type() == QEvent.Type.KeyPress:
                    self.ui.filter_edit.clear()
                return True  # also the ShortcutOverride, so no dialog or menu takes the Esc
            if (
                event.type() == QEvent.Type.KeyPress
                and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
                and self.model.rowCount()
            ):
                self.ui.table_view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.ui.table_view.currentIndex().isValid():
                    self.select_row(0)
                return True
        return super().eventFilter(watched, event)

    # --- results ---------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Query again (after an edit, a delete, an import); keep or move the selection."""
        if select is not None:
            self._pending_key = select
        self.reload_choices()
        self.model.refresh()

    def _remember_current(self) -> None:
        if self._pending_key is None:
            self._pending_key = self.current_key()

    def _on_result(self) -> None:
        self._has_result = True
        key, self._pending_key = self._pending_key, None
        row = self.model.row_of_key(key) if key else None
        if row is not None:
            self.select_row(row)
        self._update_count()
        self._update_empty_state()
        self._on_current_changed()

    def _on_query_failed(self, message: str) -> None:
        QMessageBox.warning(
            self._window,
            self.tr("Delegations"),
            self.tr("The register could not be read: {0}").format(message),
        )

    def _on_loading_changed(self, loading: bool) -> None:
        if loading and self._has_result:
            self._loading_hint.start()
        else:
            self._loading_hint.stop()
            self._update_count()

    def _update_count(self) -> None:
        if self.model.is_loading or not self._has_result:
            self.ui.count_label.setText(self.tr("Loading…"))
            return
        shown = self.model.rowCount()
        total = self.model.total
        if not is_plain(self.current_filter()):
            text = self.tr("{shown} of %Ln delegation(s)", "", total).format(shown=number_text(shown))
        elif shown != total:
            text = self.tr("{shown} of %Ln delegation(s) (the rest in the archive)", "", total).format(
                shown=number_text(shown)
            )
        else:
            text = self.tr("%Ln delegation(s)", "", shown)
        self.ui.count_label.setText(text)

    def _update_empty_state(self) -> None:
        self.ui.details_browser.setVisible(self.model.rowCount() > 0)
        if self.model.rowCount():
            self.ui.register_stack.setCurrentWidget(self.ui.table_view)
        elif is_plain(self.current_filter()) and not self.model.total:
            self._show_empty(
                self.tr("No delegations yet — File ▸ Import, New delegation, or Help ▸ Open demo register.")
            )
        else:
            self._show_empty(self.tr("No delegation matches the search and filters."))

    def _show_empty(self, text: str) -> None:
        self.ui.empty_label.setText(text)
        self.ui.register_stack.setCurrentWidget(self.ui.empty_label)

    # --- selection and details --------------------------------------------------------------------

    def current_key(self) -> str | None:
        index = self.ui.table_view.currentIndex()
        return self.model.key_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        view = self.ui.table_view
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().setCurrentIndex(index, flags)
        view.scrollTo(index)

    def _on_current_changed(self) -> None:
        self._update_actions()
        index = self.ui.table_view.currentIndex()
        record = self.model.row_at(index.row()) if index.isValid() else None
        if record is not None:
            self.ui.details_browser.setHtml(self._details_html(record))
        else:
            hint = self.tr("Select a delegation to see it summarised here.") if self.model.rowCount() else ""
            self.ui.details_browser.setPlainText(hint)

    def _details_html(self, record: RegisterRow) -> str:
        model, row = self.model, self.ui.table_view.currentIndex().row()
        direction, purpose, partner = (
            model.data(model.index(row, c)) or "" for c in (DIRECTION, PURPOSE, PARTNER)
        )
        return details_html(record, direction, purpose, partner, model.body_name)

    def _update_actions(self) -> None:
        has_current = self.current_key() is not None
        writable = not self._session.read_only
        self.new_action.setEnabled(writable)
        self.open_action.setEnabled(has_current)
        self.delete_action.setEnabled(writable and has_current)
        self.copy_action.setEnabled(writable and has_current)
        self.ui.new_button.setEnabled(writable)
        self.ui.open_button.setEnabled(has_current)
        self.ui.delete_button.setEnabled(writable and has_current)
        self.ui.open_button.setText(self.tr("&Open") if writable else self.tr("&View"))

    # --- commands --------------------------------------------------------------------------------

    def new_delegation(self) -> None:
        if not self._session.read_only:
            self._edit(None)

    def open_current(self) -> None:
        key = self.current_key()
        if key is not None:
            self._edit(key)

    def copy_current(self) -> None:
        """Delegation ▸ Copy for a new trip…: ask the new start, copy, and show the copy."""
        from delegation_planner.storage.lifecycle import copy_delegation, current_user
        from delegation_planner.ui.dialogs.copy_delegation import CopyDelegationDialog

        key = self.current_key()
        if key is None or self._session.read_only:
            return
        try:
            source, _ = repository.load_delegation(self._db, key)
        except StorageError as error:
            QMessageBox.warning(self._window, self.tr("Copy delegation"), str(error))
            return
        start, accepted = CopyDelegationDialog.ask(source, self._window)
        if not accepted or start is None:
            return
        try:
            copy = copy_delegation(self._db, key, start, by=current_user())
        except (StorageError, ValueError, OverflowError) as error:
            QMessageBox.warning(self._window, self.tr("Copy delegation"), str(error))
            return
        self.refresh(select=copy.id)
        self.changed.emit()

    def open_key(self, key: str) -> None:
        """Open the editor on the delegation ``key`` (from another page)."""
        self._edit(key)

    def _edit(self, key: str | None) -> None:
        if self.editors.open(key) is None:
            self.refresh()  # it may have been deleted elsewhere

    def _on_editor_saved(self, key: str) -> None:
        self.refresh(select=key)
        self.changed.emit()

    def delete_current(self) -> None:
        key = self.current_key()
        if key is None or self._session.read_only:
            return
        record = self.model.row_at(self.ui.table_view.currentIndex().row())
        title = record.title if record else key
        text = self.tr(
            "Delete the delegation “{title}”?\n\nIts participants, programme, costs and "
            "follow-up points are deleted with it. This cannot be undone."
        ).format(title=title)
        files = count_attachments(self._db, Owner.DELEGATION, key)
        if files:
            # The files kept with it go too: say so before anything is lost.
            text += "\n\n" + self.tr(
                "Its %n attached file(s) are deleted as well; save any you need first.", "", files
            )
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete delegation"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.ui.table_view.currentIndex().row()
        try:
            repository.delete_delegation(self._db, key)
        except StorageError as error:
            QMessageBox.warning(self._window, self.tr("Delete delegation"), str(error))
        # Keep the cursor in place: select the delegation that moves up into this row.
        next_key = self.model.key_at(row + 1) or self.model.key_at(row - 1)
        self.refresh(select=next_key)
        self.changed.emit()
