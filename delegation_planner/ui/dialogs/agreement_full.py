"""The agreement in full, in its editor: kind, signatories, expiry, renewal, activity plan.

Built in code beside the agreement form's fields (the form keeps the contract's
fields); the activity plan is edited with the same table model and delegates as
a visit's follow-up points, and its items appear in the Follow-up overview.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegation_planner.domain.enums import AgreementKind, RenewalDecision
from delegation_planner.domain.records import Agreement, FollowUpPoint, Organisation, Person
from delegation_planner.ui.labels.enums import follow_up_statuses
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

_tr = QCoreApplication.translate


def agreement_kinds() -> list[tuple[str, AgreementKind]]:
    return [
        (_tr("AgreementFull", "Letter of intent"), AgreementKind.LETTER_OF_INTENT),
        (_tr("AgreementFull", "Memorandum of understanding"), AgreementKind.MEMORANDUM_OF_UNDERSTANDING),
        (_tr("AgreementFull", "Binding agreement"), AgreementKind.BINDING_AGREEMENT),
    ]


def renewal_decisions() -> list[tuple[str, RenewalDecision]]:
    return [
        (_tr("AgreementFull", "Renew"), RenewalDecision.RENEW),
        (_tr("AgreementFull", "Renegotiate"), RenewalDecision.RENEGOTIATE),
        (_tr("AgreementFull", "Let it expire"), RenewalDecision.LET_EXPIRE),
    ]


class _OptionalDate(QWidget):
    """A date with a "none" tick box: an expiry or decision date may not be known."""

    changed = Signal()

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = DateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.none_check = QCheckBox(none_text, self)
        self.none_check.setChecked(True)
        self.edit.setEnabled(False)
        self.none_check.toggled.connect(lambda none: self.edit.setEnabled(not none))
        self.none_check.toggled.connect(lambda _none: self.changed.emit())
        self.edit.dateChanged.connect(lambda _date: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.none_check)
        row.addStretch(1)

    def set_value(self, value: dt.date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.none_check.setChecked(value is None)

    def value(self) -> dt.date | None:
        if self.none_check.isChecked():
            return None
        date = self.edit.date()
        return dt.date(date.year(), date.month(), date.day())


class AgreementFullSection(QWidget):
    """Owns the fields; ``add_rows_to`` places them in the editor's form (the section itself
    stays invisible, as the fields' parent and the holder of their state)."""

    changed = Signal()

    def __init__(
        self, people: dict[str, Person], organisations: dict[str, Organisation], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind_combo")
        self.kind_combo.addItem(_tr("AgreementFull", "Not recorded"), None)
        for label, kind in agreement_kinds():
            self.kind_combo.addItem(label, kind.value)
        self.signatories_edit = QLineEdit(self)
        self.signatories_edit.setPlaceholderText(
            _tr("AgreementFull", "e.g. the chair of the regional board; the vice governor")
        )
        self.expiry = _OptionalDate(_tr("AgreementFull", "no expiry"), self)
        self.renewal_combo = QComboBox(self)
        self.renewal_combo.addItem(_tr("AgreementFull", "Not decided"), None)
        for label, decision in renewal_decisions():
            self.renewal_combo.addItem(label, decision.value)
        self.renewal_date = _OptionalDate(_tr("AgreementFull", "no date"), self)
        self.renewal_note_edit = QLineEdit(self)
        self.renewal_note_edit.setPlaceholderText(_tr("AgreementFull", "Who decided, and why"))

        self.plan = FollowUpPointsModel(people, self)
        self.plan_view = QTableView(self)
        self.plan_view.setObjectName("activity_plan_view")
        self.plan_view.setModel(self.plan)
        self.plan_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.plan_view.setItemDelegateForColumn(OWNER, OwnerDelegate(people, organisations, self.plan_view))
        self.plan_view.setItemDelegateForColumn(DUE, DateDelegate(self.plan_view))
        self.plan_view.setItemDelegateForColumn(
            STATUS, ChoiceDelegate([(label, s.value) for label, s in follow_up_statuses()], self.plan_view)
        )
        # The point's text takes the room; the short columns fit their contents.
        for column in range(self.plan_view.model().columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch if column == TEXT else QHeaderView.ResizeMode.ResizeToContents
            )
            self.plan_view.horizontalHeader().setSectionResizeMode(column, mode)
        self.plan_view.verticalHeader().hide()
        self.plan_view.setMinimumHeight(110)
        self.add_item_button = QPushButton(_tr("AgreementFull", "Add activity"), self)
        self.remove_item_button = QPushButton(_tr("AgreementFull", "Remove activity"), self)
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self._remove_items)

        # The activity plan with its buttons, as one field of the editor's form.
        self.plan_box = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_item_button)
        buttons.addWidget(self.remove_item_button)
        buttons.addStretch(1)
        plan_layout = QVBoxLayout(self.plan_box)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.plan_view, 1)
        plan_layout.addLayout(buttons)

        for signal in (
            self.kind_combo.currentIndexChanged,
            self.renewal_combo.currentIndexChanged,
            self.signatories_edit.textChanged,
            self.renewal_note_edit.textChanged,
            self.expiry.changed,
            self.renewal_date.changed,
            self.plan.dataChanged,
            self.plan.rowsInserted,
            self.plan.rowsRemoved,
        ):
            signal.connect(lambda *_: self.changed.emit())

    def add_rows_to(self, form: QFormLayout) -> None:
        """Put the fields into the editor's own form, so that labels and fields line up."""
        for label, field in (
            (_tr("AgreementFull", "&Kind:"), self.kind_combo),
            (_tr("AgreementFull", "Si&gnatories:"), self.signatories_edit),
            (_tr("AgreementFull", "E&xpires:"), self.expiry),
            (_tr("AgreementFull", "Re&newal:"), self.renewal_combo),
            (_tr("AgreementFull", "Decided on:"), self.renewal_date),
            (_tr("AgreementFull", "Renewal note:"), self.renewal_note_edit),
            (_tr("AgreementFull", "Activity &plan:"), self.plan_box),
        ):
            form.addRow(label, field)

    def load(self, agreement: Agreement | None) -> None:
        if agreement is None:
            return
        self.kind_combo.setCurrentIndex(
            max(0, self.kind_combo.findData(agreement.kind.value if agreement.kind else None))
        )
        self.signatories_edit.setText(agreement.signatories)
        self.expiry.set_value(agreement.expiry)
        self.renewal_combo.setCurrentIndex(
            max(0, self.renewal_combo.findData(agreement.renewal.value if agreement.renewal else None))
        )
        self.renewal_date.set_value(agreement.renewal_date)
        self.renewal_note_edit.setText(agreement.renewal_note)
        self.plan.set_items([FollowUpPoint(**vars(p)) for p in agreement.activity_plan])

    def apply_to(self, agreement: Agreement) -> None:
        kind, renewal = self.kind_combo.currentData(), self.renewal_combo.currentData()
        agreement.kind = AgreementKind(kind) if kind else None
        agreement.signatories = self.signatories_edit.text().strip()
        agreement.expiry = self.expiry.value()
        agreement.renewal = RenewalDecision(renewal) if renewal else None
        agreement.renewal_date = self.renewal_date.value()
        agreement.renewal_note = self.renewal_note_edit.text().strip()
        agreement.activity_plan = [FollowUpPoint(**vars(p)) for p in self.plan.items()]

    def problem(self, signed: dt.date | None) -> str | None:
        expiry = self.expiry.value()
        if expiry is not None and signed is not None and expiry < signed:
            return _tr("AgreementFull", "The agreement cannot expire before it was signed.")
        return None

    def add_item(self) -> None:
        row = self.plan.append(FollowUpPoint())
        index = self.plan.index(row, TEXT)
        self.plan_view.setCurrentIndex(index)
        self.plan_view.edit(index)

    def _remove_items(self) -> None:
        self.plan.remove_rows({i.row() for i in self.plan_view.selectionModel().selectedIndexes()})

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.kind_combo, self.renewal_combo, self.expiry, self.renewal_date):
            widget.setEnabled(not read_only)
        self.signatories_edit.setReadOnly(read_only)
        self.renewal_note_edit.setReadOnly(read_only)
        self.add_item_button.setEnabled(not read_only)
        self.remove_item_button.setEnabled(not read_only)
        if read_only:
            self.plan_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
