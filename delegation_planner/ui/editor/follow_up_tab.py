"""Follow-up: the visit's points, what earlier visits left open, its results, and the memo.

The strategy requires that the documentation after every visit carries points for
following it up (contract §3). The points are part of the delegation record; the
two lists below them are read from the register: open points from earlier visits
to the same partner (so nothing is forgotten between visits, re-read when the
partner or the start changes) and the results traced to this visit.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from delegation_planner.domain.enums import FollowUpStatus
from delegation_planner.domain.records import Delegation, FollowUpPoint
from delegation_planner.storage import repository
from delegation_planner.storage.database import database_file
from delegation_planner.storage.follow_ups import earlier_open_points
from delegation_planner.storage.results import results_of_delegation
from delegation_planner.ui.editor.context import EditorContext
from delegation_planner.ui.editor.document_export import LANGUAGES
from delegation_planner.ui.editor.memo_export import write_memo_interactively
from delegation_planner.ui.editor.table_tab import TableTab
from delegation_planner.ui.file_writing import FileWriter
from delegation_planner.ui.generated.ui_follow_up_tab import Ui_FollowUpTab
from delegation_planner.ui.labels.enums import follow_up_statuses
from delegation_planner.ui.models.follow_up_points_model import (
    CLOSED_ON,
    COMPLETE,
    DUE,
    FROM_VISIT,
    OWNER,
    STATUS,
    TEXT,
    DelegationResultsModel,
    EarlierPointsModel,
    FollowUpPointsModel,
)
from delegation_planner.ui.widgets.delegates import ChoiceDelegate
from delegation_planner.ui.widgets.follow_up_delegates import DateDelegate, OwnerDelegate

# A point is usually due about a month after the visit: time to act, soon enough to matter.
DEFAULT_DUE_AFTER_END = dt.timedelta(days=30)


class FollowUpTab(TableTab):
    def __init__(
        self, context: EditorContext, unsaved: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        # Asked of the editor, not kept here: only the editor knows every tab's edits.
        self._unsaved = unsaved
        self._policy = repository.load_policy(context.db)
        self._delegation: Delegation | None = None
        self._earlier_for: tuple[str, dt.date, str] | None = None
        # The memo takes the window's one way to write a file, on its own connection to the register.
        self.files = FileWriter(self, lambda: database_file(context.db))
        self.ui = Ui_FollowUpTab()
        self.ui.setupUi(self)
        self.model = FollowUpPointsModel(context.people, self)
        self.earlier = EarlierPointsModel(self)
        self.results = DelegationResultsModel(self)
        self._set_up_points()
        self._set_up_lists()
        for name, code in LANGUAGES:
            self.ui.language_combo.addItem(name, code)
        if self._context.office is not None:
            # The memo is written in the office's document language unless chosen otherwise.
            language = self._context.office.document_language
            self.ui.language_combo.setCurrentIndex(max(0, self.ui.language_combo.findData(language)))
        self.ui.add_button.clicked.connect(self.add_point)
        self.ui.memo_button.clicked.connect(self.write_memo)
        self.model.edited.connect(self._update_summary)
        self.model.modelReset.connect(self._update_summary)

    def _set_up_points(self) -> None:
        view = self.ui.points_view
        self.bind_table(view, self.model, self.ui.remove_button, self.ui.points_problem)
        view.setItemDelegateForColumn(
            OWNER, OwnerDelegate(self._context.people, self._context.organisations, view)
        )
        view.setItemDelegateForColumn(DUE, DateDelegate(view))
        view.setItemDelegateForColumn(
            STATUS, ChoiceDelegate([(label, status.value) for label, status in follow_up_statuses()], view)
        )
        view.setWordWrap(True)
        header = view.horizontalHeader()
        # The point is the long text that wraps, so it takes whatever room is left; the others
        # keep modest widths (the user can still drag them wider).
        # Status keeps room for its drop-down while being edited.
        for column, width in ((OWNER, 130), (DUE, 115), (STATUS, 85), (COMPLETE, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(CLOSED_ON, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Long points wrap; let the rows follow their text once the stretched column is sized.
        self.model.dataChanged.connect(self._fit_rows)
        self.model.rowsInserted.connect(self._fit_rows)
        self.model.modelReset.connect(self._fit_rows)

    def _set_up_lists(self) -> None:
        for view, model in ((self.ui.earlier_view, self.earlier), (self.ui.results_view, self.results)):
            view.setModel(model)
            view.verticalHeader().hide()
            view.setWordWrap(True)
            row_height = view.fontMetrics().height() + 12
            view.verticalHeader().setDefaultSectionSize(row_height)
            header = view.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, model.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The visit a point came from is a long title: a fixed, wrapping column leaves the
        # point itself the room (and the earlier points the wider box).
        earlier_header = self.ui.earlier_view.horizontalHeader()
        earlier_header.setSectionResizeMode(FROM_VISIT, QHeaderView.ResizeMode.Interactive)
        earlier_header.resizeSection(FROM_VISIT, 200)
        self.earlier.modelReset.connect(
            lambda: QTimer.singleShot(0, self.ui.earlier_view, self.ui.earlier_view.resizeRowsToContents)
        )
        self.ui.lists_layout.setStretch(0, 3)
        self.ui.lists_layout.setStretch(1, 2)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)

    def _fit_rows(self) -> None:
        # The view as context drops the call if the dialog is gone by then.
        view = self.ui.points_view
        QTimer.singleShot(0, view, view.resizeRowsToContents)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()

    def title(self) -> str:
        return self.tr("Follow-up")

    # --- EditorTab -----------------------------------------------------------------------------

    def load(self, delegation: Delegation) -> None:
        self.model.set_items(delegation.follow_up_points)
        found = results_of_delegation(self._context.db, delegation.id) if delegation.id else []
        self.results.set_items(found)
        self.ui.results_view.setVisible(bool(found))
        self.ui.results_empty.setText(
            self.tr("%Ln result(s) traced to this visit.", "", len(found))
            if found
            else self.tr(
                "No results are traced to this visit yet; they are recorded in the results register."
            )
        )
        self._earlier_for = None  # read again: the register may have changed since
        self._update_problems()
        self._update_buttons()
        self.refresh(delegation)

    def apply_to(self, delegation: Delegation) -> None:
        delegation.follow_up_points = self.model.items()

    def refresh(self, delegation: Delegation) -> None:
        self._delegation = delegation
        self._update_summary()
        wanted = (delegation.partner_region.strip(), delegation.start, delegation.id)
        if wanted != self._earlier_for:
            self._earlier_for = wanted
            self._show_earlier(delegation)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.ui.add_button.setEnabled(not read_only)

    # --- what is shown ---------------------------------------------------------------------------

    def _show_earlier(self, delegation: Delegation) -> None:
        partner = delegation.partner_region.strip()
        rows = earlier_open_points(
            self._context.db, partner, delegation.start, delegation.id or None, dt.date.today()
        )
        self.earlier.set_items(rows)
        if not partner:
            self.ui.earlier_box.setTitle(self.tr("Open points from earlier visits"))
            text = self.tr(
                "Choose the partner region on the Overview tab to see what earlier visits left open."
            )
        else:
            self.ui.earlier_box.setTitle(
                self.tr("Open points from earlier visits to {partner}").format(partner=partner)
            )
            overdue = sum(1 for row in rows if row.overdue)
            if not rows:
                text = self.tr("No open points from earlier visits to {partner}").format(partner=partner)
            elif overdue:
                text = self.tr("%Ln still open, {overdue} of them overdue.", "", len(rows)).format(
                    overdue=overdue
                )
            else:
                text = self.tr("%Ln still open.", "", len(rows))
        self.ui.earlier_empty.setText(text)
        self.ui.earlier_view.setVisible(bool(rows))

    def _update_summary(self) -> None:
        complete, needed = self.model.complete_count(), self._policy.min_follow_up_points
        text = self.tr("%Ln complete point(s) (the memo needs at least {needed})", "", complete).format(
            needed=needed
        )
        incomplete = self.model.rowCount() - complete
        if incomplete:
            text += self.tr(" · %Ln incomplete", "", incomplete)
        # A sign as well as the colour, so the shortfall reads without colour too.
        short = complete < needed
        self.ui.summary_label.setText(("⚠ " if short else "") + text)
        self.ui.summary_label.setStyleSheet("color: #8a4b00; font-weight: bold;" if short else "")

    # --- actions ----------------------------------------------------------------------------------

    def add_point(self) -> None:
        if self._read_only:
            return
        end = self._delegation.end if self._delegation is not None else dt.date.today()
        point = FollowUpPoint(due=end + DEFAULT_DUE_AFTER_END, status=FollowUpStatus.OPEN)
        row = self.model.append(point)
        view = self.ui.points_view
        index = self.model.index(row, TEXT)
        view.setCurrentIndex(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.edit(index)

    def write_memo(self) -> None:
        if self._delegation is None:
            return
        delegation = copy.deepcopy(self._delegation)
        self.apply_to(delegation)  # this tab's latest edit, even before the editor has seen it
        lang = str(self.ui.language_combo.currentData())
        write_memo_interactively(
            self,
            self.files,
            self._context.db,
            delegation,
            self._policy,
            self._unsaved(),
            lang,
            self._context.next_reference,
            self._memo_written,
        )

    def _memo_written(self, written: Path) -> None:
        self._context.next_reference = ""  # used: the next document gets its own
        self.ui.memo_status.setText(self.tr("Memo written to {path}").format(path=written))
