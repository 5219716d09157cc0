"""The checklist before the trip: kept beside the delegation, saved in the same transaction.

A new delegation starts with its direction's template and follows the direction
combo until the user edits the list; from then on the list is the user's own.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget
from sqlite_utils import Database

from delegation_planner.domain.checklist import AUTO_GRIP_DECISION, ChecklistItem, decision_ticks_item
from delegation_planner.domain.enums import Direction
from delegation_planner.domain.records import Delegation
from delegation_planner.storage import checklists
from delegation_planner.ui.editor.context import EditorContext
from delegation_planner.ui.editor.table_tab import TableTab
from delegation_planner.ui.generated.ui_checklist_tab import Ui_ChecklistTab
from delegation_planner.ui.models.checklist_model import (
    DAYS_BEFORE,
    DONE,
    DONE_ON,
    DUE,
    MAX_DAYS_BEFORE,
    OWNER,
    TEXT,
    ChecklistModel,
)
from delegation_planner.ui.widgets.delegates import DaysBeforeDelegate


class ChecklistTab(TableTab):
    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._delegation: Delegation | None = None
        self._saved: list[ChecklistItem] = []
        # A new delegation's list is the template of its direction until the user touches it.
        self._following: Direction | None = None
        self.ui = Ui_ChecklistTab()
        self.ui.setupUi(self)
        self.model = ChecklistModel(self)
        # Before bind_table, whose handler tells the editor: by then the list is the user's own.
        self.model.edited.connect(self._user_edited)
        view = self.ui.checklist_view
        self.bind_table(view, self.model, self.ui.remove_button, self.ui.checklist_problem)
        view.setItemDelegateForColumn(DAYS_BEFORE, DaysBeforeDelegate(MAX_DAYS_BEFORE, view))
        header = view.horizontalHeader()
        for column, width in ((DONE, 60), (OWNER, 150), (DAYS_BEFORE, 95), (DUE, 175), (DONE_ON, 100)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.ui.add_button.clicked.connect(self.add_item)
        self.ui.template_button.clicked.connect(self.add_template_items)
        self.model.dataChanged.connect(self._update_summary)
        self.model.modelReset.connect(self._update_summary)

    def title(self) -> str:
        return self.tr("Checklist")

    # --- EditorTab -----------------------------------------------------------------------------

    def load(self, delegation: Delegation) -> None:
        if delegation.id:
            items = checklists.load_checklist(self._context.db, delegation.id)
            self._following = None
        else:
            items = checklists.load_template(self._context.db, delegation.direction)
            self._following = delegation.direction
        self._saved = copy.deepcopy(items)
        self.model.set_items(items)
        self.refresh(delegation)
        self._update_problems()
        self._update_buttons()

    def apply_to(self, delegation: Delegation) -> None:
        """The checklist is not part of the delegation record; it is stored by ``save_extra``."""

    def refresh(self, delegation: Delegation) -> None:
        self._delegation = delegation
        if self._following is not None and delegation.direction != self._following:
            items = checklists.load_template(self._context.db, delegation.direction)
            self._following = delegation.direction
            # Still the template, so still nothing the user would lose by closing.
            self._saved = copy.deepcopy(items)
            self.model.set_items(items)
        self.model.set_situation(delegation.start, decision_ticks_item(delegation.grip_decision))
        self._update_summary()

    def is_modified(self) -> bool:
        return self.model.items() != self._saved

    def save_extra(self, db: Database, key: str) -> None:
        items = self.items_to_store()
        checklists.save_checklist(db, key, items)
        # Set before the transaction commits; if a later step fails the dialog stays open
        # and the next save writes the list again in full, so nothing is lost.
        self.model.set_items(items)
        self._saved = copy.deepcopy(items)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.ui.add_button.setEnabled(not read_only)
        self.ui.template_button.setEnabled(not read_only)

    # --- what is stored ---------------------------------------------------------------------------

    def items_to_store(self, today: dt.date | None = None) -> list[ChecklistItem]:
        """The list with the automatic item ticked (or not) by the decision as edited now."""
        has_decision = self._delegation is not None and decision_ticks_item(self._delegation.grip_decision)
        items = self.model.items()
        for item in items:
            if item.auto == AUTO_GRIP_DECISION and item.done != has_decision:
                item.done = has_decision
                item.done_on = (today or dt.date.today()) if has_decision else None
        return items

    # --- actions ----------------------------------------------------------------------------------

    def add_item(self) -> None:
        if self._read_only:
            return
        row = self.model.append(ChecklistItem(text=""))
        view = self.ui.checklist_view
        index = self.model.index(row, TEXT)
        view.setCurrentIndex(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.edit(index)

    def add_template_items(self) -> None:
        if self._read_only or self._delegation is None:
            return
        template = checklists.load_template(self._context.db, self._delegation.direction)
        added = self.model.add_missing(template)
        if not added:
            self.ui.summary_label.setText(self.tr("Every template item is already in the list."))

    def _user_edited(self) -> None:
        self._following = None
        self._update_summary()

    def _update_summary(self) -> None:
        total, open_count = self.model.rowCount(), self.model.open_count()
        overdue = self.model.overdue_count()
        text = self.tr("{done} of {total} done").format(done=total - open_count, total=total)
        if overdue:
            text += self.tr(" · %Ln overdue", "", overdue)
        self.ui.summary_label.setText(text)
