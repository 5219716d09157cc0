"""The follow-up overview: every visit's follow-up points in one list (forms/follow_up_page.ui).

The Skåne strategy asks that the documentation after every visit carries points
for following it up; this page is where the office sees that each is followed
until it is done. Filters go to SQL (``storage.follow_ups.list_follow_ups``) so the
list stays quick on a large register; the proxy only sorts.

Keyboard: Ctrl+F goes to the search box, Enter there moves to the list, Enter on a
point opens its delegation, Space marks it done (or open again). A point marked done or dropped leaves the Open
list, so the page offers Undo (Ctrl+Z) for the last one and moves the selection to the
next row, so Space can work down the list.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlite_utils import Database

from delegation_planner.domain.enums import FollowUpStatus
from delegation_planner.storage import follow_ups
from delegation_planner.storage.errors import ConflictError, NotFoundError, StorageError
from delegation_planner.storage.follow_ups import FollowUpFilter, FollowUpRow
from delegation_planner.ui.changes import Record
from delegation_planner.ui.generated.ui_follow_up_page import Ui_FollowUpPage
from delegation_planner.ui.labels.enums import follow_up_statuses
from delegation_planner.ui.models.follow_up_models import FollowUpModel
from delegation_planner.ui.models.record_models import RecordsProxy
from delegation_planner.ui.widgets.page_tables import fit_columns, setup_table, source_row


def follow_up_counts_text(db: Database, today: dt.date) -> str:
    """ "12 open · 3 overdue", for the main window's status bar and this page's summary."""
    open_count, overdue = follow_ups.counts(db, today)
    return _CountWords().text(open_count, overdue)


class _CountWords(QObject):
    # A QObject for its tr(): pyside6-lupdate reads plural forms ("1 open", "2 open") from
    # tr() calls, not from QCoreApplication.translate() with a counted number.
    def text(self, open_count: int, overdue: int) -> str:
        return self.tr("%Ln open", "", open_count) + " · " + self.tr("%Ln overdue", "", overdue)


TYPING_PAUSE_MS = 250


class FollowUpPage(QWidget):
    WATCHES: ClassVar[frozenset[Record]] = frozenset(
        {
            Record.FOLLOW_UP,
            Record.DELEGATIONS,
            Record.CONTACTS,
            Record.AGREEMENTS,
            Record.PEOPLE,
            Record.ORGANISATIONS,
        }
    )
    CHANGES: ClassVar[frozenset[Record]] = frozenset({Record.FOLLOW_UP})
    changed = Signal()  # a point's status was written here
    open_delegation = Signal(str)  # the delegation's key

    def __init__(self, db: Database, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._read_only = read_only
        self._widths_fitted = False
        self._undo: tuple[int, FollowUpStatus] | None = None  # the point last closed, its earlier status
        self.ui = Ui_FollowUpPage()
        self.ui.setupUi(self)
        self.model = FollowUpModel(self)
        self.model.read_only = read_only
        self.model.status_requested.connect(self.set_status)
        self.proxy = RecordsProxy(self)
        self.proxy.setSourceModel(self.model)
        setup_table(self.ui.table_view, self.proxy, FollowUpModel.DUE)
        self._setup_filters()
        self._setup_actions()
        self.reload()

    def today(self) -> dt.date:
        """Read at every reload, so a window left open over midnight counts right."""
        return dt.date.today()

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.status_combo.addItem(self.tr("All"), None)
        for label, status in follow_up_statuses():
            ui.status_combo.addItem(label, status.value)
        ui.status_combo.setCurrentIndex(ui.status_combo.findData(FollowUpStatus.OPEN.value))
        owner_edit = ui.owner_combo.lineEdit()
        if owner_edit is not None:  # editable in the form, so always there
            owner_edit.setPlaceholderText(self.tr("All owners"))
        ui.owner_combo.setInsertPolicy(ui.owner_combo.InsertPolicy.NoInsert)
        ui.partner_combo.addItem(self.tr("All partners"), None)
        ui.search_edit.setPlaceholderText(self.tr("Point or delegation (Ctrl+F)"))
        ui.status_combo.currentIndexChanged.connect(self._refilter)
        # Typed filters wait for a pause: on years of points one query takes a fifth of a
        # second, which must not be paid (on the GUI thread) for every keystroke.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._refilter)
        ui.owner_combo.editTextChanged.connect(lambda _text: self._typing.start())
        ui.partner_combo.currentIndexChanged.connect(self._refilter)
        ui.overdue_check.toggled.connect(self._refilter)
        ui.search_edit.textChanged.connect(lambda _text: self._typing.start())
        ui.search_edit.returnPressed.connect(self._focus_table)

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.table_view.activated.connect(lambda _index: self.open_current())
        ui.table_view.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.open_button.clicked.connect(self.open_current)
        ui.done_button.clicked.connect(self.toggle_done)
        ui.drop_button.clicked.connect(lambda: self._set_current(FollowUpStatus.DROPPED))
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search, context=within)
        # The search box keeps its own Ctrl+Z (it overrides the shortcut while it has focus).
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo, context=within)
        ui.undo_button.clicked.connect(self.undo)
        self._show_undo(None)
        # An event filter on the table only (not a shortcut), so Space still types a space in
        # the search box and the key works whether or not the window is the active one.
        ui.table_view.installEventFilter(self)
        if self._read_only:
            ui.done_button.setVisible(False)
            ui.drop_button.setVisible(False)
            ui.undo_button.setVisible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.table_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.toggle_done()
            return True
        return super().eventFilter(watched, event)

    # --- public ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the points again (keeping the selected one) and refresh the filter choices."""
        self._refill_choices()
        self._refilter()

    def current_point(self) -> FollowUpRow | None:
        row = source_row(self.ui.table_view, self.proxy)
        return None if row is None else self.model.record(row)

    def select_point(self, point_id: int) -> bool:
        row = self.model.row_of(str(point_id))
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.ui.table_view.selectionModel().setCurrentIndex(index, flags)
        self.ui.table_view.scrollTo(index)
        return True

    def open_current(self) -> None:
        point = self.current_point()
        if point is None:
            return
        if point.agreement is not None:
            # An activity-plan item opens its agreement.
            from delegation_planner.storage import repository
            from delegation_planner.ui.dialogs.record_editors import AgreementEditor

            found = next((a for a in repository.list_agreements(self._db) if a.id == point.agreement), None)
            if found is not None and AgreementEditor.edit(self._db, found, self, self._read_only) is not None:
                self.reload()
            return
        if point.contact is not None:
            # A contact between visits opens in its own dialog, not the delegation editor.
            from delegation_planner.ui.dialogs.contact import ContactDialog

            if ContactDialog.edit(self._db, point.contact, read_only=self._read_only, parent=self):
                self.reload()
            return
        self.open_delegation.emit(point.delegation)

    def toggle_done(self) -> None:
        """Done if it is not; open again if it is (so a slip of the key is undone by another)."""
        point = self.current_point()
        if point is not None:
            done = point.status is FollowUpStatus.DONE
            self.set_status(point.point_id, FollowUpStatus.OPEN if done else FollowUpStatus.DONE)

    def set_status(self, point_id: int, status: FollowUpStatus) -> None:
        if self._read_only:
            return
        before = self._shown_point(point_id)
        row = self._proxy_row(point_id)
        try:
            follow_ups.set_status(self._db, point_id, status, self.today())
        except NotFoundError:
            QMessageBox.warning(
                self,
                self.tr("Not changed"),
                self.tr("That follow-up point no longer exists; it may have been removed in the delegation."),
            )
        except ConflictError:
            QMessageBox.warning(
                self,
                self.tr("Not changed"),
                self.tr(
                    "The delegation was changed elsewhere at the same time. The list is read again; try once more."
                ),
            )
        except StorageError as error:
            QMessageBox.warning(
                self,
                self.tr("Not changed"),
                self.tr("The point could not be changed: {reason}").format(reason=error),
            )
        else:
            self.changed.emit()
            closed = status is not FollowUpStatus.OPEN and before is not None and before.status != status
            self._show_undo((point_id, before.status, before.text, status) if closed and before else None)
        self._refilter(keep=point_id)
        if row is not None and self._proxy_row(point_id) is None and self.proxy.rowCount() > 0:
            # Gone from the list (the Open filter): the next point takes its place.
            self._select_proxy_row(min(row, self.proxy.rowCount() - 1))

    def undo(self) -> None:
        """Put the point last marked done or dropped back as it was (open, as a rule)."""
        if self._undo is None or self._read_only:
            return
        point_id, earlier = self._undo
        self._show_undo(None)
        self.set_status(point_id, earlier)
        self.select_point(point_id)
        self.ui.table_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- internals -------------------------------------------------------------------------

    def _show_undo(self, closed: tuple[int, FollowUpStatus, str, FollowUpStatus] | None) -> None:
        ui = self.ui
        self._undo = None if closed is None else (closed[0], closed[1])
        ui.undo_button.setVisible(closed is not None and not self._read_only)
        if closed is None:
            ui.undo_label.clear()
            return
        _point_id, _earlier, text, status = closed
        short = text if len(text) <= 60 else text[:59] + "…"
        if status is FollowUpStatus.DONE:
            message = self.tr("Marked “{point}” done.")
        else:
            message = self.tr("Marked “{point}” dropped.")
        ui.undo_label.setText(message.format(point=short))
        ui.undo_label.setToolTip(text)

    def _shown_point(self, point_id: int) -> FollowUpRow | None:
        row = self.model.row_of(str(point_id))
        return None if row is None else self.model.record(row)

    def _proxy_row(self, point_id: int) -> int | None:
        row = self.model.row_of(str(point_id))
        return None if row is None else self.proxy.mapFromSource(self.model.index(row, 0)).row()

    def _select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.ui.table_view.selectionModel().setCurrentIndex(index, flags)
        self.ui.table_view.scrollTo(index)
        self._update_buttons()

    def _set_current(self, status: FollowUpStatus) -> None:
        point = self.current_point()
        if point is not None:
            self.set_status(point.point_id, status)

    def _filter(self) -> FollowUpFilter:
        ui = self.ui
        status = ui.status_combo.currentData()
        return FollowUpFilter(
            status=FollowUpStatus(status) if status else None,
            owner=ui.owner_combo.currentText(),
            partner=ui.partner_combo.currentData(),
            overdue_only=ui.overdue_check.isChecked(),
            text=ui.search_edit.text(),
        )

    def _refill_choices(self) -> None:
        """Owners and partners that have points; what the user typed or chose is kept."""
        ui = self.ui
        everything = follow_ups.list_follow_ups(self._db, FollowUpFilter(), self.today())
        partners = sorted({p.partner_region for p in everything if p.partner_region}, key=str.casefold)
        for combo, values in ((ui.owner_combo, follow_ups.owners(self._db)), (ui.partner_combo, partners)):
            combo.blockSignals(True)
            typed, chosen = combo.currentText(), combo.currentData()
            keep_first = combo is ui.partner_combo  # "All partners"
            while combo.count() > (1 if keep_first else 0):
                combo.removeItem(combo.count() - 1)
            if combo is ui.owner_combo:
                combo.addItem("", None)  # the empty choice: every owner
            for value in values:
                combo.addItem(value, value)
            if combo is ui.owner_combo:
                combo.setEditText(typed)
            else:
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def _refilter(self, *_args: object, keep: int | None = None) -> None:
        self._typing.stop()  # whatever was typed is included now
        current = self.current_point()
        keep = keep if keep is not None else (current.point_id if current else None)
        self.model.set_records(follow_ups.list_follow_ups(self._db, self._filter(), self.today()))
        if keep is not None:
            self.select_point(keep)
        if not self._widths_fitted and self.model.rowCount() > 0:
            fit_columns(self.ui.table_view)
            self._widths_fitted = True
        self.ui.summary_label.setText(follow_up_counts_text(self._db, self.today()))
        shown = self.model.rowCount()
        self.ui.count_label.setText(self.tr("%Ln point(s) shown", "", shown))
        self._update_buttons()

    def _update_buttons(self) -> None:
        point = self.current_point()
        self.ui.open_button.setEnabled(point is not None)
        status = point.status if point is not None else None
        writable = point is not None and not self._read_only
        self.ui.done_button.setEnabled(writable)
        self.ui.drop_button.setEnabled(writable and status is not FollowUpStatus.DROPPED)
        done = status is FollowUpStatus.DONE
        self.ui.done_button.setText(self.tr("Re&open") if done else self.tr("&Mark done"))

    def _focus_search(self) -> None:
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()

    def _focus_table(self) -> None:
        if self.current_point() is None and self.proxy.rowCount() > 0:
            self.ui.table_view.selectRow(0)
        self.ui.table_view.setFocus(Qt.FocusReason.OtherFocusReason)
