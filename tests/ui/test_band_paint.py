"""A table's repaint after a new answer comes in bands, one per turn of the event loop,
and ends with the same pixels as one whole repaint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QApplication, QTableView

from delegation_planner.ui.widgets import band_paint
from delegation_planner.ui.widgets.band_paint import BandPainter

Index = QModelIndex | QPersistentModelIndex


class Rows(QAbstractTableModel):
    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 200

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.prefix} {index.row()}:{index.column()} Göteborg & 北京"
        return None

    def answer(self, prefix: str) -> None:
        self.beginResetModel()
        self.prefix = prefix
        self.endResetModel()


def table(qtbot, model: Rows) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setAlternatingRowColors(True)
    view.setModel(model)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def on_screen(view: QTableView) -> QImage:
    """What the window shows now (its backing store), not a fresh rendering of it."""
    return view.screen().grabWindow(view.winId()).toImage()


@pytest.fixture
def painted(monkeypatch) -> list[QRegion]:
    """The regions the band painters paint, in order."""
    regions: list[QRegion] = []
    paint = BandPainter._paint
    monkeypatch.setattr(
        BandPainter, "_paint", lambda self, region: regions.append(region) or paint(self, region)
    )
    return regions


def settle() -> None:
    for _ in range(50):
        QApplication.processEvents()


def beside_a_plain_view(qtbot, scrolled: int = 0) -> tuple[QTableView, QTableView]:
    """A table with a band painter and the same table without one, settled (and scrolled)."""
    view, reference = table(qtbot, Rows("first")), table(qtbot, Rows("first"))
    BandPainter(view)
    for each in (view, reference):
        each.verticalScrollBar().setValue(scrolled)
    settle()
    return view, reference


def answer_both(view: QTableView, reference: QTableView) -> None:
    """A new answer to both tables, and one turn of the event loop: the first band."""
    for each in (view, reference):
        each.model().answer("second")
    QApplication.processEvents()


def band_height(view: QTableView) -> int:
    return band_paint.BAND_ROWS * view.verticalHeader().defaultSectionSize()


def test_a_new_answer_is_painted_band_by_band_and_ends_as_one_whole_repaint(qtbot, painted):
    view, reference = beside_a_plain_view(qtbot)
    painted.clear()
    answer_both(view, reference)
    band = band_height(view)
    assert len(painted) == 1
    assert painted[0].boundingRect().top() == 0 and painted[0].boundingRect().height() == band
    settle()
    # Band after band; the last takes up to half a band more rather than leave a sliver.
    left, bands = view.viewport().height(), 1
    while left > band + band // 2:
        left, bands = left - band, bands + 1
    assert bands > 1
    assert len(painted) == bands
    assert all(region.boundingRect().height() <= band + band // 2 for region in painted)
    assert on_screen(view) == on_screen(reference)


def test_other_paints_are_whole(qtbot, painted):
    model = Rows("rows")
    view = table(qtbot, model)
    BandPainter(view)
    settle()
    painted.clear()
    view.viewport().update()
    settle()
    assert len(painted) == 1
    assert painted[0].boundingRect() == view.viewport().rect()


def test_a_scroll_between_bands_paints_the_whole_table(qtbot):
    view, reference = beside_a_plain_view(qtbot, scrolled=20)
    answer_both(view, reference)
    for each in (view, reference):  # a wheel turned before the next band
        each.verticalScrollBar().setValue(each.verticalScrollBar().value() + 4)
    settle()
    assert on_screen(view) == on_screen(reference)


def test_a_row_repainted_between_bands_does_not_stop_the_rest(qtbot):
    view, reference = beside_a_plain_view(qtbot)
    answer_both(view, reference)
    # The mouse over a row further down: Qt repaints that row alone, before the next band.
    view.viewport().repaint(view.visualRect(view.model().index(10, 1)))
    settle()
    assert on_screen(view) == on_screen(reference)


def test_a_whole_repaint_asked_between_bands_comes_in_bands_too(qtbot, painted):
    # The answer's selection and count ask for the whole table again before its bands are done.
    view, reference = beside_a_plain_view(qtbot)
    answer_both(view, reference)
    view.viewport().update()
    painted.clear()
    settle()
    band = band_height(view)
    assert len(painted) > 1
    assert all(region.boundingRect().height() <= band + band // 2 for region in painted)
    assert on_screen(view) == on_screen(reference)


def test_an_answer_to_a_hidden_table_is_painted_whole_when_it_is_shown(qtbot, painted):
    model = Rows("first")
    view = table(qtbot, model)
    BandPainter(view)
    settle()
    view.hide()
    model.answer("second")  # as the register answers while the overview is in sight
    painted.clear()
    view.show()
    qtbot.waitExposed(view)
    settle()
    assert painted and painted[0].boundingRect() == view.viewport().rect()


def test_detached_the_view_is_as_qt_made_it(qtbot, painted):
    model = Rows("first")
    view = table(qtbot, model)
    bands = BandPainter(view)
    settle()
    bands.detach()
    assert not view.viewport().testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    painted.clear()
    model.answer("second")
    settle()
    assert painted == []
