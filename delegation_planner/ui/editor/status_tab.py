"""Status: where the delegation is in its life cycle, its history, and the next step.

A change made here is part of the edit: it is stored with Save, like any other
field, so the delegation and its status history are written in one transaction
and Discard really leaves everything as it was. The allowed steps and the need
for a reason come from ``domain.status`` (the one table of transitions).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegation_planner.domain.records import Delegation
from delegation_planner.domain.status import (
    MAX_REASON_CHARS,
    OPEN,
    TRANSITIONS,
    WITHOUT_VISIT,
    DelegationStatus,
    StatusChange,
    proposed_status,
    refusal,
)
from delegation_planner.storage.lifecycle import current_user
from delegation_planner.ui.editor.tab import EditorTab
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.labels.status import status_text

# A new delegation may start at any open step: a request received, or a trip already planned.
_STARTING = [s for s in DelegationStatus if s in OPEN]


class StatusTab(EditorTab):
    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today or dt.date.today()
        self._loaded: Delegation | None = None
        self._pending: list[StatusChange] = []
        self._is_new = False
        self._read_only = False
        self._end = self._today

        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.status_label.setFont(font)

        self.proposal_frame = QFrame(self)
        self.proposal_frame.setObjectName("proposal_frame")
        self.proposal_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.proposal_label = QLabel(self.proposal_frame)
        self.proposal_label.setWordWrap(True)
        self.complete_button = QPushButton(self.tr("Mark &completed"), self.proposal_frame)
        self.complete_button.setObjectName("complete_button")
        self.complete_button.clicked.connect(self.mark_completed)
        proposal = QHBoxLayout(self.proposal_frame)
        proposal.addWidget(self.proposal_label, 1)
        proposal.addWidget(self.complete_button)

        self.change_box = QGroupBox(self.tr("Change the status"), self)
        self.next_combo = QComboBox(self.change_box)
        self.next_combo.setObjectName("next_combo")
        self.reason_edit = QLineEdit(self.change_box)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setMaxLength(MAX_REASON_CHARS)
        self.reason_edit.setPlaceholderText(self.tr("Why (required when declined or cancelled)"))
        self.change_button = QPushButton(self.tr("C&hange"), self.change_box)
        self.change_button.setObjectName("change_button")
        self.hint_label = QLabel(self.change_box)
        self.hint_label.setWordWrap(True)
        row = QHBoxLayout()
        to_label = QLabel(self.tr("&To:"), self.change_box)
        to_label.setBuddy(self.next_combo)
        reason_label = QLabel(self.tr("&Reason:"), self.change_box)
        reason_label.setBuddy(self.reason_edit)
        row.addWidget(to_label)
        row.addWidget(self.next_combo)
        row.addWidget(reason_label)
        row.addWidget(self.reason_edit, 1)
        row.addWidget(self.change_button)
        box = QVBoxLayout(self.change_box)
        box.addLayout(row)
        box.addWidget(self.hint_label)
        self.next_combo.currentIndexChanged.connect(self._update_controls)
        self.reason_edit.textChanged.connect(self._update_controls)
        self.reason_edit.returnPressed.connect(self.apply_change)
        self.change_button.clicked.connect(self.apply_change)

        self.history_view = QTableWidget(0, 4, self)
        self.history_view.setObjectName("history_view")
        self.history_view.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Status"), self.tr("By"), self.tr("Reason")]
        )
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.verticalHeader().hide()
        header = self.history_view.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.proposal_frame)
        layout.addWidget(self.change_box)
        layout.addWidget(QLabel(self.tr("History"), self))
        layout.addWidget(self.history_view, 1)

    # --- EditorTab -----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Status (to close)") if self._proposal() else self.tr("Status")

    def load(self, delegation: Delegation) -> None:
        self._loaded = delegation
        self._pending = []
        self._is_new = not delegation.id
        self._end = delegation.end
        self.reason_edit.clear()
        self._show()

    def apply_to(self, delegation: Delegation) -> None:
        if self._pending:
            delegation.status = self._pending[-1].status
            delegation.status_history = [*delegation.status_history, *self._pending]

    def stored(self, delegation: Delegation) -> None:
        # The pending changes are in the stored history now; adding them again would double them.
        self.load(delegation)

    def refresh(self, delegation: Delegation) -> None:
        if delegation.end != self._end:
            self._end = delegation.end
            self._show()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_controls()

    # --- the life cycle ---------------------------------------------------------------------------

    def current_status(self) -> DelegationStatus:
        if self._pending:
            return self._pending[-1].status
        return self._loaded.status if self._loaded else DelegationStatus.PLANNED

    def _proposal(self) -> DelegationStatus | None:
        if self._loaded is None or self._is_new:
            return None
        return proposed_status(self.current_status(), self._end, self._today)

    def apply_change(self) -> None:
        """Add the chosen change (stored with Save); refused changes explain themselves in the hint."""
        new = self.next_combo.currentData()
        if self._read_only or new is None:
            return
        new = DelegationStatus(new)
        reason = self.reason_edit.text().strip()
        if self._is_new:
            # A new delegation simply starts at the chosen step; Save records it.
            self._pending = [StatusChange(new, self._today, current_user(), reason)]
        else:
            if refusal(self.current_status(), new, reason) is not None:
                self._update_controls()
                return
            self._pending.append(StatusChange(new, self._today, current_user(), reason))
        self.reason_edit.clear()
        self._show()
        self.changed.emit()

    def mark_completed(self) -> None:
        index = self.next_combo.findData(DelegationStatus.COMPLETED.value)
        if index >= 0:
            self.next_combo.setCurrentIndex(index)
            self.apply_change()

    def _show(self) -> None:
        status = self.current_status()
        self.status_label.setText(self.tr("Status: {status}").format(status=status_text(status.value)))
        history = (self._loaded.status_history if self._loaded else []) + self._pending
        self.history_view.setRowCount(len(history))
        saved = len(history) - len(self._pending)
        for row, change in enumerate(history):
            cells = [date_text(change.date), status_text(change.status.value), change.by, change.reason]
            if row >= saved:
                cells[3] = (cells[3] + " " if cells[3] else "") + self.tr("(not saved yet)")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history_view.setItem(row, column, item)
        proposal = self._proposal()
        self.proposal_frame.setVisible(proposal is not None)
        if proposal is not None:
            self.proposal_label.setText(
                self.tr("The trip ended on {end}. Mark it completed?").format(end=date_text(self._end))
            )
        self.next_combo.blockSignals(True)
        self.next_combo.clear()
        if self._is_new:
            self.change_box.setTitle(self.tr("Start as"))
            choices = [s for s in _STARTING if s is not status]
        else:
            self.change_box.setTitle(self.tr("Change the status"))
            choices = list(TRANSITIONS[status])
        for choice in choices:
            self.next_combo.addItem(status_text(choice.value), choice.value)
        self.next_combo.blockSignals(False)
        self._update_controls()

    def _update_controls(self) -> None:
        new = self.next_combo.currentData()
        has_choice = new is not None
        self.change_box.setEnabled(not self._read_only and has_choice)
        self.complete_button.setEnabled(not self._read_only)
        if not has_choice:
            self.hint_label.setText(
                self.tr("{status} is final; copy the delegation for a new trip.").format(
                    status=status_text(self.current_status().value)
                )
            )
            self.change_button.setEnabled(False)
            return
        needs_reason = DelegationStatus(new) in WITHOUT_VISIT and not self.reason_edit.text().strip()
        self.change_button.setEnabled(not self._read_only and not needs_reason)
        if needs_reason:
            self.hint_label.setText(self.tr("Say why: a reason is required to decline or cancel."))
        elif DelegationStatus(new) in WITHOUT_VISIT:
            self.hint_label.setText(
                self.tr(
                    "It stays in the register but leaves the checklists, the reviews and the visit counts."
                )
            )
        else:
            self.hint_label.setText(self.tr("The change is stored when you save the delegation."))
