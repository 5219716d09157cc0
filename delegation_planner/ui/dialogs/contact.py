"""Log a contact between visits (meeting, call, e-mail, video meeting) and its follow-up points.

The points are edited exactly as a visit's (the same table model and delegates)
and appear in the same Follow-up overview once saved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from delegation_planner.domain.contacts import Contact, ContactKind
from delegation_planner.domain.records import FollowUpPoint
from delegation_planner.storage import repository
from delegation_planner.storage.contacts import load_contact, new_contact_key, save_contact
from delegation_planner.storage.errors import StorageError
from delegation_planner.ui.labels.contacts import contact_kinds, kind_text
from delegation_planner.ui.labels.enums import follow_up_statuses
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.models.follow_up_points_model import (
    DUE,
    OWNER,
    STATUS,
    TEXT,
    FollowUpPointsModel,
)
from delegation_planner.ui.widgets.date_edit import DateEdit
from delegation_planner.ui.widgets.delegates import ChoiceDelegate
from delegation_planner.ui.widgets.follow_up_delegates import DateDelegate, OwnerDelegate

MAX_SUMMARY_CHARS = 20_000


class ContactDialog(QDialog):
    """One contact; ``saved`` is the stored contact after ``exec()`` returns Accepted."""

    def __init__(
        self,
        db: Database,
        key: str | None = None,
        *,
        organisation: str | None = None,
        agreement: str | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._read_only = read_only
        self.saved: Contact | None = None
        self._loaded: Contact | None = None
        self._revision: int | None = None
        if key:
            self._loaded, self._revision = load_contact(db, key)
        self.setWindowTitle(self.tr("Contact") if key else self.tr("Log a contact"))
        people = {p.id: p for p in repository.list_people(db)}
        organisations = {o.id: o for o in repository.list_organisations(db)}

        self.organisation_combo = QComboBox(self)
        for o in sorted(organisations.values(), key=lambda o: o.name.casefold()):
            self.organisation_combo.addItem(o.name, o.id)
        self.agreement_combo = QComboBox(self)
        self.agreement_combo.addItem(self.tr("(none)"), None)
        for a in repository.list_agreements(db):
            self.agreement_combo.addItem(a.partner, a.id)
        self.kind_combo = QComboBox(self)
        for label, kind in contact_kinds():
            self.kind_combo.addItem(label, kind.value)
        self.date_edit = DateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.participants_edit = QLineEdit(self)
        self.participants_edit.setPlaceholderText(self.tr("e.g. Anna Svensson; Dr Li (JITRI)"))
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setPlaceholderText(self.tr("What was said and agreed"))
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("color: #b3261e")

        self.points = FollowUpPointsModel(people, self)
        self.points_view = QTableView(self)
        self.points_view.setModel(self.points)
        self.points_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.points_view.setItemDelegateForColumn(
            OWNER, OwnerDelegate(people, organisations, self.points_view)
        )
        self.points_view.setItemDelegateForColumn(DUE, DateDelegate(self.points_view))
        self.points_view.setItemDelegateForColumn(
            STATUS, ChoiceDelegate([(label, s.value) for label, s in follow_up_statuses()], self.points_view)
        )
        # The point's text takes the room; the short columns fit their contents.
        for column in range(self.points_view.model().columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch if column == TEXT else QHeaderView.ResizeMode.ResizeToContents
            )
            self.points_view.horizontalHeader().setSectionResizeMode(column, mode)
        self.points_view.verticalHeader().hide()
        self.add_point_button = QPushButton(self.tr("Add &point"), self)
        self.remove_point_button = QPushButton(self.tr("Remove point"), self)
        self.add_point_button.clicked.connect(self.add_point)
        self.remove_point_button.clicked.connect(self._remove_point)

        form = QFormLayout()
        form.addRow(self.tr("&Organisation:"), self.organisation_combo)
        form.addRow(self.tr("A&greement:"), self.agreement_combo)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Who took part:"), self.participants_edit)
        form.addRow(self.tr("&Summary:"), self.summary_edit)
        point_buttons = QHBoxLayout()
        point_buttons.addWidget(self.add_point_button)
        point_buttons.addWidget(self.remove_point_button)
        point_buttons.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Follow-up points (shown in the Follow-up overview):"), self))
        layout.addWidget(self.points_view, 1)
        layout.addLayout(point_buttons)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self._load(organisation, agreement)
        self.summary_edit.textChanged.connect(self._check)
        self._check()

    def _load(self, organisation: str | None, agreement: str | None) -> None:
        contact = self._loaded
        today = dt.date.today()
        day = contact.date if contact else today
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self._choose(self.organisation_combo, contact.organisation if contact else organisation)
        self._choose(self.agreement_combo, contact.agreement if contact else agreement)
        if contact is not None:
            self._choose(self.kind_combo, contact.kind.value)
            self.participants_edit.setText(contact.participants)
            self.summary_edit.setPlainText(contact.summary)
            self.points.set_items([FollowUpPoint(**vars(p)) for p in contact.follow_up_points])
        else:
            self._choose(self.kind_combo, ContactKind.CALL.value)
        if self._read_only:
            for widget in (self.organisation_combo, self.agreement_combo, self.kind_combo, self.date_edit):
                widget.setEnabled(False)
            self.participants_edit.setReadOnly(True)
            self.summary_edit.setReadOnly(True)
            self.points_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.add_point_button.setEnabled(False)
            self.remove_point_button.setEnabled(False)
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def add_point(self) -> None:
        row = self.points.append(FollowUpPoint())
        index = self.points.index(row, TEXT)
        self.points_view.setCurrentIndex(index)
        self.points_view.edit(index)

    def _remove_point(self) -> None:
        rows = {i.row() for i in self.points_view.selectionModel().selectedIndexes()}
        self.points.remove_rows(rows)

    def problems(self) -> list[str]:
        found = []
        if self.organisation_combo.currentData() is None:
            found.append(self.tr("Choose the organisation (add it under Organisations first)."))
        if len(self.summary_edit.toPlainText()) > MAX_SUMMARY_CHARS:
            found.append(self.tr("The summary is too long."))
        return found

    def _check(self) -> None:
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if button is not None:
            button.setEnabled(not problems)

    def contact(self) -> Contact:
        value = self.date_edit.date()
        day = dt.date(value.year(), value.month(), value.day())
        kind = ContactKind(self.kind_combo.currentData())
        organisation = str(self.organisation_combo.currentData())
        key = self._loaded.id if self._loaded else ""
        return Contact(
            id=key,
            organisation=organisation,
            kind=kind,
            date=day,
            agreement=self.agreement_combo.currentData(),
            participants=self.participants_edit.text().strip(),
            summary=self.summary_edit.toPlainText().strip(),
            follow_up_points=self.points.items(),
        )

    def accept(self) -> None:
        if self._read_only:
            super().accept()
            return
        if self.problems():
            return
        contact = self.contact()
        if not contact.id:
            contact.id = new_contact_key(self._db, contact.organisation, contact.kind, contact.date)
        try:
            save_contact(self._db, contact, self._revision)
        except StorageError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return
        self.saved = contact
        super().accept()

    @classmethod
    def edit(
        cls,
        db: Database,
        key: str | None = None,
        *,
        organisation: str | None = None,
        agreement: str | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> Contact | None:
        """Show the dialog; the saved contact, or None (tests patch ``exec``)."""
        dialog = cls(
            db, key, organisation=organisation, agreement=agreement, read_only=read_only, parent=parent
        )
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.saved if accepted else None
        finally:
            dialog.deleteLater()


class ContactLogDialog(QDialog):
    """The contact log of one organisation: every contact, newest first; open, log, delete."""

    def __init__(
        self,
        db: Database,
        organisation: str | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
        *,
        agreement: str | None = None,
    ) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QTableWidget

        self._db = db
        self._organisation = organisation
        self._agreement = agreement
        self._read_only = read_only
        self.changed = False
        if agreement is not None:
            partners = {a.id: a.partner for a in repository.list_agreements(db)}
            title = self.tr("Contacts under the agreement with {partner}").format(
                partner=partners.get(agreement, agreement)
            )
        else:
            names = {o.id: o.name for o in repository.list_organisations(db)}
            title = self.tr("Contacts with {name}").format(name=names.get(organisation or "", organisation))
        self.setWindowTitle(title)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Who took part"),
                self.tr("Summary"),
                self.tr("Open points"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.new_button = QPushButton(self.tr("&Log contact…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.new_button.clicked.connect(self.log_contact)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.new_button.setEnabled(not read_only)
        self.delete_button.setEnabled(not read_only)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        from delegation_planner.domain.enums import FollowUpStatus
        from delegation_planner.storage.contacts import list_contacts

        self._contacts = list_contacts(self._db, organisation=self._organisation, agreement=self._agreement)
        self.table.setRowCount(len(self._contacts))
        for row, contact in enumerate(self._contacts):
            open_points = sum(1 for p in contact.follow_up_points if p.status is FollowUpStatus.OPEN)
            summary = " ".join(contact.summary.split())
            cells = [
                date_text(contact.date),
                kind_text(contact.kind.value),
                contact.participants,
                summary,
                str(open_points),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(contact.summary if column == 3 else text)
                self.table.setItem(row, column, item)
        if self._contacts:
            self.table.selectRow(0)

    def _current(self) -> Contact | None:
        rows = self.table.selectionModel().selectedRows()
        return self._contacts[rows[0].row()] if rows else None

    def log_contact(self) -> None:
        logged = ContactDialog.edit(
            self._db, organisation=self._organisation, agreement=self._agreement, parent=self
        )
        if logged is not None:
            self.changed = True
            self.reload()

    def open_current(self) -> None:
        contact = self._current()
        if contact is not None and ContactDialog.edit(
            self._db, contact.id, read_only=self._read_only, parent=self
        ):
            self.changed = True
            self.reload()

    def delete_current(self) -> None:
        from delegation_planner.storage.contacts import delete_contact

        contact = self._current()
        if contact is None or self._read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete contact"),
            self.tr("Delete the contact of {date} and its follow-up points?").format(
                date=date_text(contact.date)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            delete_contact(self._db, contact.id)
            self.changed = True
            self.reload()
