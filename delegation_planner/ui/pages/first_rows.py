"""The overview as the window paints it first, before the rest of the program is loaded.

A new process spends most of its first second importing the program; a person looking
at an empty window meanwhile waits for nothing they need. So the start shows the home
view's own lists at once, read with ``sqlite3`` alone (``storage.first_rows``) from a
register that passed the full check unchanged, in the overview's own form and columns,
then loads the rest and opens the register as usual. The overview's page takes this
page's place when it shows the same lists in full (what each trip still misses needs
the domain's rules). Only Qt and the overview's form are imported here.

Everything here is measured against a bare Qt window started the same way, so it avoids
what that window never pays for: the ``Qt`` namespace's enum types (PySide6 creates all
ninety of them on first use, tens of milliseconds) are left untouched, roles and
alignments are Qt's numbers, and the columns' widths are measured on a few texts
instead of Qt asking the model for every cell of the rows in sight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from delegation_planner.ui.generated.ui_dashboard_page import Ui_DashboardPage
from delegation_planner.ui.labels.formatting import date_texts
from delegation_planner.ui.widgets.column_share import FIT_ROWS, column_width, longest, shrink_to_fit

if TYPE_CHECKING:
    from pathlib import Path

    from delegation_planner.storage.first_rows import FirstRows

_tr = QCoreApplication.translate

OVERDUE_COLOUR = "#b3261e"  # the follow-up lists' colour of an overdue point
RESIZE_PRECISION_ROWS = 40  # rows measured to fit a column (the overview's page as well)
MAX_OVERDUE = 200  # overdue points the overview lists; it points to the follow-up tab for the rest

# Qt's numbers for what the lists ask (Qt.ItemDataRole, Qt.AlignmentFlag): see the module's note.
_DISPLAY_ROLE, _TEXT_ALIGNMENT_ROLE, _FOREGROUND_ROLE = 0, 7, 9
_ALIGN_RIGHT_VCENTER = 0x0002 | 0x0080
# As ``page_tables.fit_to_width`` lays the overview's lists out: the narrowest a long-text column gets.
_MIN_FLEXIBLE_WIDTH, _MIN_SHARED_WIDTH = 140, 100

# The columns of the overview's two lists (``DeparturesModel`` and ``FollowUpModel``),
# and those the overview hides; the words are theirs, in their translation contexts.
_TRIP_COLUMNS = 8
TRIP_DAYS_LEFT, TRIP_TITLE = 1, 2
_TRIP_HIDDEN = (0, 3, 4)  # start, partner, verdict
_POINT_COLUMNS = 7
POINT_TEXT, POINT_OWNER, POINT_DUE, POINT_DELEGATION, POINT_PARTNER = 0, 1, 2, 4, 5
_POINT_HIDDEN = (3, 6)  # status, closed on


def empty_register_text() -> str:
    """What the overview says of a register without delegations (the page says it too)."""
    return _tr(
        "DashboardPage",
        "The register has no delegations yet. Start with Delegations ▸ New delegation, "
        "File ▸ Import… an interchange file, or look around in Help ▸ Open demo register.",
    )


def days_left_text(days: int) -> str:
    if days == 0:
        return _tr("DeparturesModel", "today")
    if days == 1:
        return _tr("DeparturesModel", "tomorrow")
    return _tr("DeparturesModel", "%Ln day(s)", "", days)


class _TextTable(QAbstractTableModel):
    """Rows of ready-made texts: the first paint's lists (QStandardItemModel's item per cell
    took a third of a second for the overview's 500 rows)."""

    def __init__(
        self,
        headers: list[str],
        rows: list[list[str]],
        right: tuple[int, ...],
        parent: QObject,
        foreground: QColor | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows = rows
        self._right = right
        self._foreground = foreground

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY_ROLE:
            return self._rows[index.row()][index.column()]
        if role == _TEXT_ALIGNMENT_ROLE and index.column() in self._right:
            return _ALIGN_RIGHT_VCENTER
        if role == _FOREGROUND_ROLE:
            return self._foreground
        return None

    def header_labels(self) -> QStandardItemModel:
        """The columns' titles for the view's header. Not ``headerData``: a Python override
        of it is handed a ``Qt.Orientation``, and converting that creates every enum type of
        the ``Qt`` namespace (see the module's note); the rows' numbers are Qt's own."""
        labels = QStandardItemModel(0, len(self._headers), self)
        labels.setHorizontalHeaderLabels(self._headers)
        return labels

    def column_texts(self, column: int, rows: int) -> list[str]:
        """The column's header and its longest texts among the first ``rows`` rows."""
        return [self._headers[column], *longest(row[column] for row in self._rows[:rows])]


class FirstRowsPage(QWidget):
    """The overview's form with its two lists as read before the program was loaded."""

    def __init__(self, rows: FirstRows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.ui.dashboard_splitter.setSizes([640, 460])  # as the overview's page
        # The overview's page sets plain text; these two texts hold no markup, so the label's
        # automatic format shows them the same without naming Qt.TextFormat.
        trips = []
        for trip in rows.trips:
            cells = [""] * _TRIP_COLUMNS
            cells[TRIP_DAYS_LEFT] = days_left_text((trip.start - rows.today).days)
            cells[TRIP_TITLE] = trip.title
            trips.append(cells)
        self.trips = _TextTable(
            _headers(
                _TRIP_COLUMNS,
                {
                    TRIP_DAYS_LEFT: _tr("DeparturesModel", "Days left"),
                    TRIP_TITLE: _tr("DeparturesModel", "Title"),
                    5: _tr("DeparturesModel", "Open items"),
                    6: _tr("DeparturesModel", "Overdue"),
                    7: _tr("DeparturesModel", "Failing criteria"),
                },
            ),
            trips,
            (TRIP_DAYS_LEFT,),
            self,
        )
        overdue = _tr("FollowUpModel", "overdue")
        points = []
        for point, due in zip(rows.overdue, date_texts([point.due for point in rows.overdue]), strict=True):
            cells = [""] * _POINT_COLUMNS
            cells[POINT_TEXT] = point.text.strip() or _tr("FollowUpModel", "(no text)")
            cells[POINT_OWNER] = point.owner or _tr("FollowUpModel", "(no owner)")
            cells[POINT_DUE] = f"{due}  ⚠ {overdue}"
            cells[POINT_DELEGATION] = point.delegation_title
            cells[POINT_PARTNER] = point.partner_region
            points.append(cells)
        self.overdue = _TextTable(
            _headers(
                _POINT_COLUMNS,
                {
                    POINT_TEXT: _tr("FollowUpModel", "Point"),
                    POINT_OWNER: _tr("FollowUpModel", "Owner"),
                    POINT_DUE: _tr("FollowUpModel", "Due"),
                    POINT_DELEGATION: _tr("FollowUpModel", "Delegation"),
                    POINT_PARTNER: _tr("FollowUpModel", "Partner"),
                },
            ),
            points,
            (),
            self,
            # Every point here is overdue. A colour, not a QBrush: resolving QBrush's
            # constructor creates the Qt namespace's enum types (see the module's note).
            QColor(OVERDUE_COLOUR),
        )
        self._show(self.ui.upcoming_view, self.trips, _TRIP_HIDDEN)
        self._show(self.ui.overdue_view, self.overdue, _POINT_HIDDEN)
        self._fitted = False
        self.ui.status_label.setText(
            empty_register_text() if rows.empty else _tr("DashboardPage", "Loading…")
        )

    def shows_empty_register(self) -> bool:
        return self.rows.empty

    @property
    def location(self) -> Path | str:
        """The register whose lists these are."""
        return self.rows.location

    def fit_columns(self) -> None:
        """Each column's width from its texts, once: called when the window is shown (laid out,
        not yet painted), so that the views' widths are the window's. Not from ``showEvent``:
        PySide6 creates the event classes' types on the first event a Python override takes."""
        if not self._fitted:
            self._fitted = True
            _fit_to_width(self.ui.upcoming_view, self.trips, (TRIP_TITLE,))
            _fit_to_width(
                self.ui.overdue_view,
                self.overdue,
                (POINT_TEXT, POINT_OWNER, POINT_DELEGATION, POINT_PARTNER),
                _MIN_SHARED_WIDTH,
            )

    @staticmethod
    def _show(view: QTableView, model: _TextTable, hidden: tuple[int, ...]) -> None:
        view.setModel(model)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setModel(model.header_labels())
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column in hidden:
            view.setColumnHidden(column, True)


class CheckingPage(QWidget):
    """The home view while a register file not remembered as checked (after a crash, or a
    change by another program) is read through before it is opened: seconds on a large
    register, during which the window's shell is on screen and repaints, rather than nothing."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        # Here, not with the module: the first rows' page, painted more often, has no use for it.
        from PySide6.QtWidgets import QProgressBar

        super().__init__(parent)
        self.location = path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.status_label = QLabel(
            self.tr(
                "Checking the register {name} before it is opened: it has not been checked on this "
                "computer since it last changed (after a crash, for example), so it is read through "
                "once. A large register takes a few seconds."
            ).format(name=path.name),
            self,
        )
        self.status_label.setWordWrap(True)
        # Moving while the register is read: the window is working, not frozen.
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(400)
        layout.addWidget(self.status_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)

    def checked(self) -> None:
        """The check passed: the register is being opened and its lists read."""
        self.status_label.setText(_tr("DashboardPage", "Loading…"))

    def shows_empty_register(self) -> bool:
        return False


def _fit_to_width(
    view: QTableView, model: _TextTable, flexible: tuple[int, ...], minimum: int = _MIN_FLEXIBLE_WIDTH
) -> None:
    """``page_tables.fit_to_width`` with the widths measured on each column's longest texts:
    every column as wide as its contents; when that is wider than the view, only the
    long-text columns (``flexible``) give up width, in proportion."""
    header = view.horizontalHeader()
    cells, titles = view.fontMetrics(), header.fontMetrics()
    widths = {}
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        title, *texts = model.column_texts(column, FIT_ROWS)
        widths[column] = column_width(titles.horizontalAdvance(title), map(cells.horizontalAdvance, texts))
    # The header spans the viewport. Not ``view.viewport()``: a call returning a plain QWidget
    # makes PySide6 create every widget class's types to find its own (20–30 ms).
    widths = shrink_to_fit(widths, flexible, header.width(), minimum)
    for column, width in widths.items():
        header.resizeSection(column, width)


def _headers(columns: int, words: dict[int, str]) -> list[str]:
    return [words.get(column, "") for column in range(columns)]
