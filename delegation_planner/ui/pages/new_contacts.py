"""New contacts to follow up (forms/new_contacts_page.ui).

The Skåne strategy asks, for every new contact, what the partner wants out of the
cooperation and what benefits the region sees. This page lists the organisations
met on a visit (as a programme counterpart or through a partner-side participant)
without both recorded; "Record interests…" opens the organisation's editor, and a
contact leaves the list once both are filled in.

Keyboard: Ctrl+F filters, Enter in the filter moves to the list, Enter on a row
opens the editor.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlite_utils import Database

from delegation_planner.storage import repository
from delegation_planner.storage.new_contacts import NewContact, new_contacts
from delegation_planner.ui.changes import Record
from delegation_planner.ui.dialogs.record_editors import OrganisationEditor
from delegation_planner.ui.generated.ui_new_contacts_page import Ui_NewContactsPage
from delegation_planner.ui.models.follow_up_models import NewContactsModel
from delegation_planner.ui.models.record_models import RecordsProxy
from delegation_planner.ui.widgets.page_tables import fit_columns, setup_table, source_row


class NewContactsPage(QWidget):
    WATCHES: ClassVar[frozenset[Record]] = frozenset(
        {Record.DELEGATIONS, Record.PEOPLE, Record.ORGANISATIONS, Record.CONTACTS}
    )
    CHANGES: ClassVar[frozenset[Record]] = frozenset({Record.ORGANISATIONS})
    changed = Signal()  # an organisation was saved from here

    def __init__(self, db: Database, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._read_only = read_only
        self._widths_fitted = False
        self.ui = Ui_NewContactsPage()
        self.ui.setupUi(self)
        self.model = NewContactsModel(self)
        self.proxy = RecordsProxy(self)
        self.proxy.setSourceModel(self.model)
        # The storage's order (most recently met first) is the useful one: sort by first met, newest first.
        setup_table(self.ui.table_view, self.proxy, sort_column=2)
        self.ui.table_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        view = self.ui.table_view
        view.activated.connect(lambda _index: self.record_interests())
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.record_button.clicked.connect(self.record_interests)
        self.ui.filter_edit.setPlaceholderText(self.tr("Organisation, country or visit (Ctrl+F)"))
        self.ui.filter_edit.textChanged.connect(self._filter)
        self.ui.filter_edit.returnPressed.connect(self._focus_table)
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter, context=within)
        if read_only:
            self.ui.record_button.setText(self.tr("View…"))
        self.reload()

    def reload(self) -> None:
        current = self.current_contact()
        self.model.set_records(new_contacts(self._db))
        if current is not None:
            self._select(current.organisation)
        if not self._widths_fitted and self.model.rowCount() > 0:
            fit_columns(self.ui.table_view)
            self._widths_fitted = True
        self._update_count()
        self._update_buttons()

    def current_contact(self) -> NewContact | None:
        row = source_row(self.ui.table_view, self.proxy)
        return None if row is None else self.model.record(row)

    def record_interests(self) -> None:
        contact = self.current_contact()
        if contact is None:
            return
        organisation = next(
            (o for o in repository.list_organisations(self._db) if o.id == contact.organisation), None
        )
        if organisation is None:
            QMessageBox.information(
                self,
                self.tr("Not found"),
                self.tr("“{name}” is no longer in the register.").format(name=contact.name),
            )
            self.reload()
            return
        # The name is known already: start where the user came to write.
        saved = OrganisationEditor.edit(
            self._db, organisation, self, read_only=self._read_only, focus_interests=True
        )
        if saved is not None and not self._read_only:
            self.reload()
            self.changed.emit()

    def _select(self, key: str) -> None:
        row = self.model.row_of(key)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.ui.table_view.selectionModel().setCurrentIndex(index, flags)

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        all_text = self.tr("%Ln new contact(s)", "", total)
        text = (
            all_text if shown == total else self.tr("{shown} of {total}").format(shown=shown, total=all_text)
        )
        self.ui.count_label.setText(text)

    def _update_buttons(self) -> None:
        self.ui.record_button.setEnabled(self.current_contact() is not None)

    def _focus_filter(self) -> None:
        self.ui.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filter_edit.selectAll()

    def _focus_table(self) -> None:
        if self.current_contact() is None and self.proxy.rowCount() > 0:
            self.ui.table_view.selectRow(0)
        self.ui.table_view.setFocus(Qt.FocusReason.OtherFocusReason)
