"""What the follow-up pages' tables share with the registers: row height, widths, errors.

``RecordsPage`` sets up its one table the same way; these pages have one or two
tables each and are not registers (no New/Delete), so they share these helpers
instead of inheriting the register page.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from delegation_planner.ui.widgets.column_share import FIT_ROWS, LONGEST_MEASURED, column_width, shrink_to_fit

_MAX_START_WIDTH = 320  # px: a long title should not push the other columns off screen
TITLE_WIDTH = (120, 220)  # px: the narrowest and widest start width of a title next to a stretching column
LAST_ROOM = 240  # px the title leaves, where it can, for the stretching last column


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


def stretch_last_column(view: QTableView, title_column: int) -> None:
    """The last column (what a trip still fails, say) takes the width that is left; the title
    starts no wider than leaves it room to be read, and the person may still widen it.

    The full text of a cut cell stays in its tooltip."""
    header = view.horizontalHeader()
    last = header.count() - 1
    if last < 0:
        return
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
    others = sum(
        header.sectionSize(column)
        for column in range(last)
        if column != title_column and not header.isSectionHidden(column)
    )
    room = view.viewport().width() - others - LAST_ROOM
    narrowest, widest = TITLE_WIDTH
    header.resizeSection(title_column, max(narrowest, min(widest, header.sectionSize(title_column), room)))


def source_row(view: QTableView, proxy: QSortFilterProxyModel) -> int | None:
    """The selected row in the source model's numbering, or None."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    return proxy.mapToSource(rows[0]).row()


MIN_FLEXIBLE_WIDTH = 140  # px: a shortened text column still shows a few words
# px: in a list of four text columns (the overview's overdue points: point, owner, delegation,
# partner) each gives up more, so that the list fits half a window of 1,200 px.
MIN_SHARED_WIDTH = 100


def fit_to_width(view: QTableView, flexible: tuple[int, ...], minimum: int = MIN_FLEXIBLE_WIDTH) -> None:
    """Every column as wide as its contents; when that is wider than the view, only the
    long-text columns (``flexible``: a title, a point) give up width, in proportion, and
    when it is narrower the last column takes what is left. So no short column holds
    empty width while a title is cut, at any window size. The person may still drag."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    widths = shrink_to_fit(content_widths(view, visible), flexible, view.viewport().width(), minimum)
    for column in visible:
        header.resizeSection(column, widths[column])


def content_widths(view: QTableView, columns: list[int]) -> dict[int, int]:
    """Each column's width from its title and its longest texts in the first rows.

    Measured here rather than by ``resizeColumnsToContents``: Qt asks the model for a
    dozen roles of every cell it measures, through a Python call each, and fitting the
    overview's two lists took the window thread 40 ms, on every refresh, while the
    person typed elsewhere; reading the texts and measuring the longest takes 2 ms."""
    model = view.model()
    cells, titles = view.fontMetrics(), view.horizontalHeader().fontMetrics()
    rows = min(model.rowCount(), FIT_ROWS)
    widths = {}
    for column in columns:
        read = texts_of(model, column, rows)
        read.sort(key=lambda cell: len(cell[0]), reverse=True)
        text_widths = [
            (QFontMetrics(font.resolve(view.font())) if font is not None else cells).horizontalAdvance(text)
            for text, font in read[:LONGEST_MEASURED]
        ]
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widths[column] = column_width(titles.horizontalAdvance(title), text_widths)
    return widths


@runtime_checkable
class MeasuredTexts(Protocol):
    def texts_for_width(self, column: int, rows: int) -> list[tuple[str, QFont | None]]:
        """The column's texts in the first ``rows`` rows, each with its font where it is not the view's."""
        ...


def texts_of(model: QAbstractItemModel, column: int, rows: int) -> list[tuple[str, QFont | None]]:
    """A column's texts in the first ``rows`` rows, with their fonts where not the view's:
    from the model's records where it offers them (a third of the time: no index is made)."""
    if isinstance(model, MeasuredTexts):
        return model.texts_for_width(column, rows)
    read: list[tuple[str, QFont | None]] = []
    for row in range(rows):
        index = model.index(row, column)
        font = model.data(index, Qt.ItemDataRole.FontRole)  # a bold row is wider
        read.append((str(model.data(index) or ""), font if isinstance(font, QFont) else None))
    return read
