"""A large table's repaint after a new answer, painted in bands: one per turn of the event loop.

Each answer to a search replaces the register's rows, and the table paints every cell
in sight again: on a window of 1,200 × 760 pixels that is 26 rows of nine columns, 10–25 ms
on a two-core machine (Qt lays each cell's text out afresh; a model written in C++ takes
two thirds of that). Painted at once, a key typed meanwhile waits that long. Painted in
bands of a dozen rows, each turn of the event loop holds the window for half of it, and the
keys typed in between are handled in between.

The rows not yet painted keep the previous answer's pixels for that moment, never an empty
band: the viewport is marked opaque, and each band is filled with the base colour before
its rows are drawn. Only the paints of a new answer are split (the first, and the rest of
it band after band); any other (a scroll, a resize, a picture of the widget) is painted
whole, as Qt would.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import QTableView

BAND_ROWS = 6  # rows painted in one turn of the event loop


class BandPainter(QObject):
    """Installs itself on ``view``'s viewport; keep it alive as long as the view."""

    def __init__(self, view: QTableView, band_rows: int = BAND_ROWS) -> None:
        super().__init__(view)
        self._view = view
        self._viewport = view.viewport()
        self._band_rows = band_rows
        self._split_next = False
        self._painting = False
        # Opaque: Qt does not clear the region before a paint; each paint fills it here.
        self._viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._viewport.installEventFilter(self)
        view.model().modelReset.connect(self._answer_came)

    def _answer_came(self) -> None:
        self._split_next = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._viewport or event.type() != QEvent.Type.Paint or self._painting:
            return False
        region = event.region()  # type: ignore[attr-defined]
        now, later = region, QRegion()
        band = self._band_rows * max(self._view.verticalHeader().defaultSectionSize(), 1)
        bounds = region.boundingRect()
        if self._split_next and bounds.height() > band + band // 2:
            now = region.intersected(QRect(bounds.left(), bounds.top(), bounds.width(), band))
            later = region.subtracted(now)
        # The rest is split in its turn, band after band, until it is painted.
        self._split_next = not later.isEmpty()
        self._paint(now)
        if not later.isEmpty():
            # On the next turn: the keys typed meanwhile come first.
            QTimer.singleShot(0, self, lambda: self._viewport.update(later))
        return True

    def _paint(self, region: QRegion) -> None:
        painter = QPainter(self._viewport)
        painter.setClipRegion(region)
        painter.fillRect(region.boundingRect(), self._viewport.palette().base())
        painter.end()
        self._painting = True  # the view's own paint of the region, not filtered again
        try:
            self._view.viewportEvent(QPaintEvent(region))
        finally:
            self._painting = False
