"""The People, Organisations and Agreements registers.

``RecordsPage`` is the one page (forms/register_page.ui): a filter that narrows as
the user types, a count, a sortable table and New / Edit / Delete. The three
registers only say how to load, edit and delete their records.

Keyboard: Ctrl+F filters, Enter in the filter goes to the table, Enter or a double
click opens the current row, Del deletes it, Ctrl+N makes a new record.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMessageBox, QPushButton, QWidget
from sqlite_utils import Database

from delegation_planner.domain.records import Agreement, Organisation, Person
from delegation_planner.storage import repository
from delegation_planner.storage.errors import InUseError, NotFoundError, StorageError
from delegation_planner.storage.office_store import load_office
from delegation_planner.ui.changes import Record
from delegation_planner.ui.dialogs.record_editor_base import RecordEditor
from delegation_planner.ui.dialogs.record_editors import AgreementEditor, OrganisationEditor, PersonEditor
from delegation_planner.ui.generated.ui_register_page import Ui_RegisterPage
from delegation_planner.ui.labels.formatting import number_text
from delegation_planner.ui.models.record_models import (
    AgreementsModel,
    OrganisationsModel,
    PeopleModel,
    RecordsModel,
    RecordsProxy,
)

_MAX_START_WIDTH = 320  # px: a long title should not push the other columns off screen

# The texts of this base class are looked up in its own context: self.tr() would look
# them up under each subclass's name, where pyside6-lupdate does not put them.
_tr = QCoreApplication.translate


class RecordsPage(QWidget):
    """Subclasses set ``editor`` and implement the hooks at the end."""

    changed = Signal()  # after any save or delete, so other views can refresh
    editor: ClassVar[type[RecordEditor[Any]]]

    def __init__(self, db: Database, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._read_only = read_only
        self._widths_fitted = False
        self.ui = Ui_RegisterPage()
        self.ui.setupUi(self)
        self.model = self._make_model()
        self.proxy = RecordsProxy(self)
        self.proxy.setSourceModel(self.model)
        self._setup_view()
        self._setup_actions()
        self.reload()

    def _setup_view(self) -> None:
        view = self.ui.table_view
        view.setModel(self.proxy)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.activated.connect(lambda _index: self.edit_current())
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.filter_edit.setPlaceholderText(self._filter_hint())
        self.ui.filter_edit.textChanged.connect(self._filter)
        # Enter in the filter moves on to the (filtered) rows.
        self.ui.filter_edit.returnPressed.connect(self._focus_table)

    def _setup_actions(self) -> None:
        self.ui.new_button.clicked.connect(self.new_record)
        self.ui.edit_button.clicked.connect(self.edit_current)
        self.ui.delete_button.clicked.connect(self.delete_current)
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record, context=within)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter, context=within)
        # On the table only, so Del still deletes characters in the filter box.
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.ui.table_view,
            self.delete_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        if self._read_only:
            self.ui.new_button.setEnabled(False)
            self.ui.edit_button.setText(_tr("RegisterPage", "View…"))
            self.ui.edit_button.setToolTip(_tr("RegisterPage", "Open the selected record (Enter)"))

    # --- public ----------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the register again, keeping (or moving to) the selected record."""
        current = self.current_record()
        select = select or (current.id if current is not None else None)
        self.model.set_records(self._load())
        if select is not None:
            self.select_key(select)
        if not self._widths_fitted and self.model.rowCount() > 0:
            self._fit_columns()
        self._update_count()
        self._update_buttons()

    def current_record(self) -> Any:
        rows = self.ui.table_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def select_key(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        view = self.ui.table_view
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        view.scrollTo(index)
        return True

    def new_record(self) -> None:
        if self._read_only:
            return
        saved = self.editor.edit(self._db, None, self)
        if saved is not None:
            self._after_save(saved.id)

    def edit_current(self) -> None:
        record = self.current_record()
        if record is None:
            return
        saved = self.editor.edit(self._db, record, self, read_only=self._read_only)
        if saved is not None and not self._read_only:
            self._after_save(saved.id)

    def delete_current(self) -> None:
        record = self.current_record()
        if record is None or self._read_only:
            return
        name = self._describe(record)
        # Where it is used is said first, instead of asking "delete?" and then refusing.
        uses = self._uses(record.id)
        if uses:
            listed = "\n".join(f"• {use}" for use in uses[:8]) + ("\n…" if len(uses) > 8 else "")
            QMessageBox.warning(
                self,
                _tr("RegisterPage", "Cannot delete"),
                _tr(
                    "RegisterPage",
                    "“{name}” cannot be deleted while it is used:\n\n{uses}\n\nRemove it there first.",
                ).format(name=name, uses=listed),
            )
            return
        answer = QMessageBox.question(
            self,
            _tr("RegisterPage", "Delete"),
            _tr("RegisterPage", "Delete “{name}” from the register? This cannot be undone.").format(
                name=name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._delete(record.id)
        except InUseError as error:
            QMessageBox.warning(
                self,
                _tr("RegisterPage", "Cannot delete"),
                _tr("RegisterPage", "“{name}” cannot be deleted. {reason}").format(name=name, reason=error),
            )
            return
        except NotFoundError:
            pass  # someone else deleted it already: the reload below shows that
        except StorageError as error:
            QMessageBox.warning(
                self,
                _tr("RegisterPage", "Not deleted"),
                _tr("RegisterPage", "“{name}” was not deleted: {reason}").format(name=name, reason=error),
            )
            return
        self.reload()
        self.changed.emit()

    # --- internals -------------------------------------------------------------------------

    def _after_save(self, key: str) -> None:
        self.reload(select=key)
        if not self.select_key(key) and self.ui.filter_edit.text():
            # The filter hides what was just saved; showing it matters more.
            self.ui.filter_edit.clear()
            self.select_key(key)
        self.changed.emit()

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()
        self._update_buttons()

    def _focus_filter(self) -> None:
        self.ui.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filter_edit.selectAll()

    def _focus_table(self) -> None:
        view = self.ui.table_view
        if self.current_record() is None and self.proxy.rowCount() > 0:
            view.selectRow(0)
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        # "3 of 20 people": the count text carries the plural, in each language's own forms.
        if shown == total:
            text = self._count_text(total)
        else:
            text = _tr("RegisterPage", "{shown} of {total}").format(
                shown=number_text(shown), total=self._count_text(total)
            )
        self.ui.count_label.setText(text)

    def _update_buttons(self) -> None:
        selected = self.current_record() is not None
        self.ui.edit_button.setEnabled(selected)
        self.ui.delete_button.setEnabled(selected and not self._read_only)

    def _fit_columns(self) -> None:
        view = self.ui.table_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 16, _MAX_START_WIDTH))
        self._widths_fitted = True

    # --- hooks -----------------------------------------------------------------------------

    def _make_model(self) -> RecordsModel[Any]:
        raise NotImplementedError

    def _load(self) -> Sequence[Any]:
        raise NotImplementedError

    def _delete(self, key: str) -> None:
        raise NotImplementedError

    def _uses(self, key: str) -> list[str]:
        """Where the record is used (a delegation, a follow-up point…); empty if nowhere."""
        return []

    def _describe(self, record: Any) -> str:
        raise NotImplementedError

    def _count_text(self, count: int) -> str:
        """ "1 person", "20 000 people": the count with its noun, in the window's language."""
        raise NotImplementedError

    def _filter_hint(self) -> str:
        raise NotImplementedError


class PeoplePage(RecordsPage):
    WATCHES: ClassVar[frozenset[Record]] = frozenset({Record.PEOPLE, Record.ORGANISATIONS, Record.SETTINGS})
    CHANGES: ClassVar[frozenset[Record]] = frozenset({Record.PEOPLE})
    editor = PersonEditor
    model: PeopleModel

    def _make_model(self) -> PeopleModel:
        return PeopleModel(self)

    def _load(self) -> list[Person]:
        self.model.set_organisation_names({o.id: o.name for o in repository.list_organisations(self._db)})
        return repository.list_people(self._db)

    def _delete(self, key: str) -> None:
        repository.delete_person(self._db, key)

    def _uses(self, key: str) -> list[str]:
        return repository.person_uses(self._db, key)

    def _describe(self, person: Person) -> str:
        return person.name

    def _count_text(self, count: int) -> str:
        return self.tr("%Ln person(s)", "", count)

    def _filter_hint(self) -> str:
        return self.tr("Name, kind, title, organisation or e-mail (Ctrl+F)")


class OrganisationsPage(RecordsPage):
    WATCHES: ClassVar[frozenset[Record]] = frozenset(
        {Record.ORGANISATIONS, Record.DELEGATIONS, Record.CONTACTS, Record.SETTINGS}
    )
    CHANGES: ClassVar[frozenset[Record]] = frozenset(
        {Record.ORGANISATIONS, Record.CONTACTS, Record.FOLLOW_UP}
    )
    editor = OrganisationEditor
    model: OrganisationsModel

    def __init__(self, db: Database, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(db, read_only, parent)
        # The contact log between visits: a button pair beside New / Edit / Delete.
        self.log_button = QPushButton(self.tr("&Log contact…"), self)
        self.log_button.setToolTip(
            self.tr("Record a meeting, call, e-mail or video meeting with the organisation")
        )
        self.contacts_button = QPushButton(self.tr("Con&tacts…"), self)
        self.contacts_button.setToolTip(self.tr("Every contact with the selected organisation"))
        at = self.ui.button_row.indexOf(self.ui.delete_button) + 1
        self.ui.button_row.insertWidget(at, self.log_button)
        self.ui.button_row.insertWidget(at + 1, self.contacts_button)
        self.log_button.clicked.connect(self.log_contact)
        self.contacts_button.clicked.connect(self.show_contacts)
        self._update_buttons()

    def _make_model(self) -> OrganisationsModel:
        return OrganisationsModel(self)

    def _load(self) -> list[Organisation]:
        import datetime as dt

        from delegation_planner.storage.contacts import last_contacts
        from delegation_planner.storage.office_store import contact_months

        today = dt.date.today()
        self.model.set_last_contacts(last_contacts(self._db, today), today, contact_months(self._db))
        return repository.list_organisations(self._db)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "log_button"):
            selected = self.current_record() is not None
            self.log_button.setEnabled(selected and not self._read_only)
            self.contacts_button.setEnabled(selected)

    def log_contact(self) -> None:
        from delegation_planner.ui.dialogs.contact import ContactDialog

        record = self.current_record()
        if record is None or self._read_only:
            return
        if ContactDialog.edit(self._db, organisation=record.id, parent=self) is not None:
            self.reload()
            self.changed.emit()

    def show_contacts(self) -> None:
        from delegation_planner.ui.dialogs.contact import ContactLogDialog

        record = self.current_record()
        if record is None:
            return
        dialog = ContactLogDialog(self._db, record.id, self._read_only, self)
        try:
            dialog.exec()
            if dialog.changed:
                self.reload()
                self.changed.emit()
        finally:
            dialog.deleteLater()

    def _delete(self, key: str) -> None:
        repository.delete_organisation(self._db, key)

    def _uses(self, key: str) -> list[str]:
        return repository.organisation_uses(self._db, key)

    def _describe(self, organisation: Organisation) -> str:
        return organisation.name

    def _count_text(self, count: int) -> str:
        return self.tr("%Ln organisation(s)", "", count)

    def _filter_hint(self) -> str:
        return self.tr("Name, kind, country or “not recorded” (Ctrl+F)")


class AgreementsPage(RecordsPage):
    WATCHES: ClassVar[frozenset[Record]] = frozenset(
        {Record.AGREEMENTS, Record.ORGANISATIONS, Record.SETTINGS}
    )
    CHANGES: ClassVar[frozenset[Record]] = frozenset({Record.AGREEMENTS, Record.CONTACTS, Record.FOLLOW_UP})
    editor = AgreementEditor
    model: AgreementsModel

    def __init__(self, db: Database, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(db, read_only, parent)
        # Contacts between visits under the agreement (a call with the partner about its plan).
        self.log_button = QPushButton(self.tr("&Log contact…"), self)
        self.contacts_button = QPushButton(self.tr("Con&tacts…"), self)
        self.contacts_button.setToolTip(self.tr("Every contact logged under the selected agreement"))
        at = self.ui.button_row.indexOf(self.ui.delete_button) + 1
        self.ui.button_row.insertWidget(at, self.log_button)
        self.ui.button_row.insertWidget(at + 1, self.contacts_button)
        self.log_button.clicked.connect(self.log_contact)
        self.contacts_button.clicked.connect(self.show_contacts)
        self._update_buttons()

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "log_button"):
            selected = self.current_record() is not None
            self.log_button.setEnabled(selected and not self._read_only)
            self.contacts_button.setEnabled(selected)

    def log_contact(self) -> None:
        from delegation_planner.ui.dialogs.contact import ContactDialog

        record = self.current_record()
        if record is None or self._read_only:
            return
        if ContactDialog.edit(self._db, agreement=record.id, parent=self) is not None:
            self.changed.emit()

    def show_contacts(self) -> None:
        from delegation_planner.ui.dialogs.contact import ContactLogDialog

        record = self.current_record()
        if record is None:
            return
        dialog = ContactLogDialog(self._db, None, self._read_only, self, agreement=record.id)
        try:
            dialog.exec()
            if dialog.changed:
                self.changed.emit()
        finally:
            dialog.deleteLater()

    def _make_model(self) -> AgreementsModel:
        return AgreementsModel(self)

    def _load(self) -> list[Agreement]:
        self.model.office = load_office(self._db)
        return repository.list_agreements(self._db)

    def _delete(self, key: str) -> None:
        repository.delete_agreement(self._db, key)

    def _uses(self, key: str) -> list[str]:
        return repository.agreement_uses(self._db, key)

    def _describe(self, agreement: Agreement) -> str:
        return agreement.partner

    def _count_text(self, count: int) -> str:
        return self.tr("%Ln agreement(s)", "", count)

    def _filter_hint(self) -> str:
        return self.tr("Partner, scope, theme or status (Ctrl+F)")
