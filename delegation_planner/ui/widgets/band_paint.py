"""A large table's repaint after a new answer, painted in bands: one per turn of the event loop.

Each answer to a search replaces the register's rows, and the table paints every cell
in sight again: on a window of 1,200 × 760 pixels that is 26 rows of nine columns, 10–25 ms
on a two-core machine (Qt lays each cell's text out afresh; a model written in C++ takes
two thirds of that). Painted at once, a key typed meanwhile waits that long. Painted in
bands of a few rows, each turn of the event loop holds the window for a fraction of it, and
the keys typed in between are handled in between.

The rows not yet painted keep the previous answer's pixels for that moment, never an empty
band: the viewport is marked opaque, and each band is filled with the base colour before
its rows are drawn. Only the paints of a new answer are split (the first, and the rest of
it band after band), and only on a table that is in sight and painted since it was last
shown; any other paint (a tab brought forward, a resize) is painted whole, as Qt would.
A scroll while bands are still to come paints the whole table at once, since the pixels
kept would move with it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import QTableView

BAND_ROWS = 6  # rows painted in one turn of the event loop


class BandPainter(QObject):
    """Installs itself on ``view``'s viewport for the view's current model; ``detach()``
    before the view gets another model or outlives the page."""

    def __init__(self, view: QTableView, band_rows: int = BAND_ROWS) -> None:
        super().__init__(view)
        self._view = view
        self._viewport = view.viewport()
        self._band_rows = band_rows
        self._split_next = False  # the next paint is a new answer's: split it
        self._remaining = QRegion()  # what a new answer still has to paint, band after band
        self._scheduled = False
        self._painted_since_shown = False
        # Opaque: Qt does not clear the region before a paint; each paint fills it here.
        self._viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._viewport.installEventFilter(self)
        self._model: QAbstractItemModel | None = view.model()
        if self._model is not None:
            self._model.modelReset.connect(self._answer_came)
        for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
            bar.valueChanged.connect(self._scrolled)

    def detach(self) -> None:
        """Leave the view as Qt made it (the page closes; the form's view may live on)."""
        self._viewport.removeEventFilter(self)
        self._viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        if self._model is not None:
            self._model.modelReset.disconnect(self._answer_came)
            self._model = None
        for bar in (self._view.verticalScrollBar(), self._view.horizontalScrollBar()):
            bar.valueChanged.disconnect(self._scrolled)
        self._forget()
        self.deleteLater()

    def _forget(self) -> None:
        self._split_next = False
        self._remaining = QRegion()

    def _answer_came(self) -> None:
        # Split only over pixels of this table's own: a hidden table, or one not painted since
        # it was shown, has nothing of its own under the bands still to come.
        self._split_next = self._viewport.isVisible() and self._painted_since_shown

    def _scrolled(self) -> None:
        if self._split_next or not self._remaining.isEmpty():
            self._forget()
            self._viewport.update()  # whole: the kept pixels moved with the scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._viewport:
            return False
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide):
            self._painted_since_shown = False
            self._forget()
            return False
        if kind != QEvent.Type.Paint:
            return False
        region = event.region()  # type: ignore[attr-defined]
        if self._split_next or not self._remaining.isEmpty():
            # A new answer's paint, or any paint while its bands are still coming (a selection,
            # a row under the mouse): what it asks joins what is still to paint, and the top
            # band of that is painted now.
            # (Qt keeps a paint to the region it asked for: the band is painted where the two meet.)
            self._split_next = False
            self._remaining = self._remaining.united(region)
            region = self._top_band(self._remaining).intersected(region)
        self._remaining = self._remaining.subtracted(region)
        self._paint(region)
        self._painted_since_shown = True
        if not self._remaining.isEmpty() and not self._scheduled:
            # On the next turn: the keys typed meanwhile come first.
            self._scheduled = True
            QTimer.singleShot(0, self, self._next_band)
        return True

    def _top_band(self, region: QRegion) -> QRegion:
        """The region's top band, or all of it when the rest would be less than half a band."""
        band = self._band_rows * max(self._view.verticalHeader().defaultSectionSize(), 1)
        bounds = region.boundingRect()
        if bounds.height() <= band + band // 2:
            return region
        return region.intersected(QRect(bounds.left(), bounds.top(), bounds.width(), band))

    def _next_band(self) -> None:
        self._scheduled = False
        if not self._remaining.isEmpty():
            self._viewport.update(self._top_band(self._remaining))

    def _paint(self, region: QRegion) -> None:
        if region.isEmpty():
            return
        painter = QPainter(self._viewport)
        painter.setClipRegion(region)
        painter.fillRect(region.boundingRect(), self._viewport.palette().base())
        painter.end()
        self._view.viewportEvent(QPaintEvent(region))
