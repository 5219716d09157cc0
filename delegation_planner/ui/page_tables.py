"""What the follow-up pages' tables share with the registers: row height, widths, errors.

``RegisterPage`` sets up its one table the same way; these pages have one or two
tables each and are not registers (no New/Delete), so they share these helpers
instead of inheriting the register page.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

_MAX_START_WIDTH = 320  # px: a long title should not push the other columns off screen


def setup_table(view: QTableView, proxy: QSortFilterProxyModel, sort_column: int = 0) -> None:
    view.setModel(proxy)
    view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


def fit_columns(view: QTableView) -> None:
    """Fit the columns to their contents once, capped so the last column keeps room."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column) + 16, _MAX_START_WIDTH))


def source_row(view: QTableView, proxy: QSortFilterProxyModel) -> int | None:
    """The selected row in the source model's numbering, or None."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    return proxy.mapToSource(rows[0]).row()
