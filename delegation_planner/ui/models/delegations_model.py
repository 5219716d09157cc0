"""The delegation register as a lazy table model that stays instant at 100,000 rows.

The model holds only the ordered list of matching ``rowid``s. Filtering and
sorting run as SQL (``storage.register_query``) in a worker thread on its own
read-only connection, so typing in the filter never waits for the database; the
last request wins (a generation counter drops stale answers) and keystrokes are
debounced. The cells people actually look at are fetched in blocks by rowid from
the GUI's own connection, which sees this window's writes at once, and cached.

A ``QSortFilterProxyModel`` would have to load every row into memory first, which
is exactly what this avoids.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from sqlite_utils import Database

from delegation_planner.domain.enums import Direction, Purpose
from delegation_planner.storage.database import connect
from delegation_planner.storage.errors import DatabaseError
from delegation_planner.storage.register_query import (
    RegisterFilter,
    RegisterRow,
    count,
    data_version,
    fetch_rows,
    matching_rowids,
    rowid_of,
)
from delegation_planner.ui.db_task import keep_until_finished
from delegation_planner.ui.labels.agreements import partner_text
from delegation_planner.ui.labels.enums import core_word
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.labels.office import decision_body
from delegation_planner.ui.labels.status import status_colour, status_text
from delegation_planner.ui.labels.verdicts import verdict_colour, verdict_text
from delegation_planner.ui.models.roles import role_numbers

Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the delegation's stable key (its ``id``)

# Column order of the view, and the query's sort column for each.
COLUMNS = (
    "title",
    "direction",
    "partner_region",
    "start",
    "end",
    "purpose",
    "home_politicians",
    "grip_verdict",
    "status",
)
TITLE, DIRECTION, PARTNER, START, END, PURPOSE, POLITICIANS, GRIP, STATUS = range(len(COLUMNS))

_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)
_KEY_ROLE = int(KEY_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ANSWERED_ROLES = role_numbers(
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    KEY_ROLE,
)
# What a cell's words are made of, for the columns worded from one stored value.
_VALUE_OF = {
    DIRECTION: lambda r: r.direction,
    START: lambda r: r.start,
    END: lambda r: r.end,
    PURPOSE: lambda r: r.purpose,
    GRIP: lambda r: r.grip_verdict,
    STATUS: lambda r: r.status,
}
BLOCK_SIZE = 200
MAX_CACHED_BLOCKS = 64  # ~13,000 rows: plenty for scrolling back and forth
# One frame: enough to take a pasted or repeated burst of keys as one question. Each key
# asks at once otherwise; an older query still running is interrupted, not waited for.
DEBOUNCE_MS = 15


class _QueryWorker(QObject):
    """Runs register queries in its own thread, on its own read-only connection."""

    # generation, list of rowids, delegations in the register, the first block's rows
    finished = Signal(int, object, int, object)
    failed = Signal(int, str)

    def __init__(self, path: Path | str, first_rows: int) -> None:
        super().__init__()
        self._path = path
        # The rows of the first screen are read here too: the window's thread reading them
        # after each answer (a few ms) was a good part of its work while the person typed.
        self._first_rows = first_rows
        self._conn: Database | None = None
        # Written by the GUI thread: a request queued behind a newer one is skipped
        # instead of run, so a burst of requests costs one query, not many.
        self.latest = 0
        self._running = 0  # the generation being answered now, 0 between queries
        self._counted: tuple[int, int] | None = None  # (data version, delegations then)

    def interrupt_if_stale(self, generation: int) -> None:
        """Stop the query being answered if it is older than ``generation`` (GUI thread).

        A search on a short word scans the register; a person typing on should not wait
        for it, so the next key stops it and the newest question is asked at once."""
        conn, running = self._conn, self._running
        if conn is not None and 0 < running < generation:
            conn.conn.interrupt()

    @Slot(int, object, str, bool)
    def run(self, generation: int, flt: RegisterFilter, sort_column: str, ascending: bool) -> None:
        if generation < self.latest:
            return
        try:
            if self._conn is None:
                # Read-only; the busy timeout waits for a save in the window (it is short).
                self._conn = connect(self._path, read_only=True)
            self._running = generation
            rowids = matching_rowids(self._conn.conn, flt, sort_column, ascending)
            version = data_version(self._conn.conn)
            if self._counted is None or self._counted[0] != version:
                self._counted = (version, count(self._conn.conn))
            total = self._counted[1]
            first = fetch_rows(self._conn.conn, rowids[: self._first_rows])
        except DatabaseError as error:
            if generation < self.latest:
                return  # interrupted because a newer question came: nobody waits for this one
            self.failed.emit(generation, str(error))
            return
        finally:
            self._running = 0
        self.finished.emit(generation, rowids, total, first)

    def close(self) -> None:
        """Called after the thread has stopped (the connection allows that)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
            self._counted = None
            self._server = None


class DelegationsModel(QAbstractTableModel):
    """Rows of the delegation register; see the module's description."""

    loading_changed = Signal(bool)
    result_ready = Signal()  # after each reset with a new result
    query_failed = Signal(str)
    _request = Signal(int, object, str, bool)

    def __init__(
        self,
        db: Database,
        path: Path | str,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        block_size: int = BLOCK_SIZE,
    ) -> None:
        super().__init__(parent)
        self._db = db
        # The verdict column is headed by the office's decision body ("GRIP" in Region Skåne).
        self.body_name = decision_body(db).name
        self._block_size = block_size
        self._rowids: list[int] = []
        self._total = 0
        self._blocks: OrderedDict[int, list[RegisterRow | None]] = OrderedDict()
        # Each shown row's texts, made once per answer: a view paints them again on every
        # hover, scroll and answer, and wording a row (dates, enum words, the partner's
        # country) was half of the 20 ms a repaint of the table took.
        self._texts: dict[int, tuple[str, ...]] = {}
        self._words: dict[tuple[int, object], str] = {}  # (column, value) -> its words
        self._filter = RegisterFilter()
        self._sort_column = START
        self._ascending = False
        self._generation = 0
        self._loading = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._start_query)
        # Not the model's child, and held until it has ended: a running thread destroyed with
        # a model that was never closed would take the whole program down.
        self._thread = QThread()
        self._thread.setObjectName("register-query")
        self._worker = _QueryWorker(path, block_size)
        self._worker.moveToThread(self._thread)
        keep_until_finished(self._thread, self._thread.quit, self._worker)
        self.destroyed.connect(self._thread.quit)
        self._request.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()

    # --- queries -----------------------------------------------------------------------

    @property
    def current_filter(self) -> RegisterFilter:
        return self._filter

    @property
    def is_loading(self) -> bool:
        return self._loading

    def set_filter(self, flt: RegisterFilter, *, immediate: bool = False) -> None:
        """Ask for the rows matching ``flt``; typed text waits for a pause in typing."""
        if flt == self._filter and not immediate:
            return
        self._filter = flt
        if immediate:
            self.refresh()
        else:
            self._set_loading(True)
            self._debounce.start()

    def refresh(self) -> None:
        """Run the current query again now (after an edit, an import, a delete)."""
        self._debounce.stop()
        self._start_query()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column = column
        self._ascending = order == Qt.SortOrder.AscendingOrder
        self.refresh()

    def close(self) -> None:
        """Stop the worker thread; call before the model's database goes away."""
        self._debounce.stop()
        # An answer already queued for this thread would arrive after the database is closed.
        self._generation += 1
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
        self._worker.close()

    @property
    def total(self) -> int:
        """Delegations in the register (filtered or not) when the last answer was found;
        counted by the worker, so the window does not count 100,000 rows on each key."""
        return self._total

    def _start_query(self) -> None:
        self._generation += 1
        self._worker.latest = self._generation
        self._worker.interrupt_if_stale(self._generation)
        self._set_loading(True)
        self._request.emit(self._generation, self._filter, COLUMNS[self._sort_column], self._ascending)

    @Slot(int, object, int, object)
    def _on_finished(self, generation: int, rowids: list[int], total: int, first: list[RegisterRow]) -> None:
        if generation != self._generation:
            return  # an answer to a question nobody asks any more
        self.beginResetModel()
        self._rowids = rowids
        self._total = total
        self._blocks.clear()
        self._texts.clear()
        by_rowid = {row.rowid: row for row in first}
        self._blocks[0] = [by_rowid.get(rowid) for rowid in rowids[: self._block_size]]
        self.endResetModel()
        self._set_loading(False)
        self.result_ready.emit()

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.query_failed.emit(message)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # --- rows ----------------------------------------------------------------------------

    def row_at(self, row: int) -> RegisterRow | None:
        """The record shown in ``row``, fetched with its block; None if deleted meanwhile."""
        if not 0 <= row < len(self._rowids):
            return None
        number, offset = divmod(row, self._block_size)
        block = self._blocks.get(number)
        if block is None:
            start = number * self._block_size
            wanted = self._rowids[start : start + self._block_size]
            by_rowid = {r.rowid: r for r in fetch_rows(self._db.conn, wanted)}
            block = [by_rowid.get(rowid) for rowid in wanted]
            self._blocks[number] = block
            if len(self._blocks) > MAX_CACHED_BLOCKS:
                self._forget_texts(self._blocks.popitem(last=False)[0])
        else:
            self._blocks.move_to_end(number)
        return block[offset]

    def _forget_texts(self, number: int) -> None:
        start = number * self._block_size
        for row in range(start, start + self._block_size):
            self._texts.pop(row, None)

    def texts_at(self, row: int) -> tuple[str, ...] | None:
        """The row's cells as shown (one text per column), or None if it was deleted meanwhile."""
        texts = self._texts.get(row)
        if texts is None:
            record = self.row_at(row)
            if record is None:
                return None
            texts = self._texts[row] = tuple(self._display(record, column) for column in range(len(COLUMNS)))
        return texts

    def key_at(self, row: int) -> str | None:
        record = self.row_at(row)
        return record.key if record else None

    def row_of_key(self, key: str) -> int | None:
        """Where the delegation ``key`` is shown, or None if the filter hides it."""
        found = rowid_of(self._db.conn, key)
        if found is None:
            return None
        try:
            return self._rowids.index(found)
        except ValueError:
            return None

    def row_changed(self, key: str) -> bool:
        """Someone else changed delegation ``key``: fetch its row again, not the whole list.

        False when it is not shown (or not yet fetched): the caller then queries the list
        again, since the change may have moved it into or out of the filter.
        """
        row = self.row_of_key(key)
        if row is None:
            return False
        number = row // self._block_size
        if number in self._blocks:
            del self._blocks[number]
            self._forget_texts(number)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return True

    def rowids(self) -> list[int]:
        return list(self._rowids)

    # --- the model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def office_changed(self) -> None:
        self.body_name = decision_body(self._db).name
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, GRIP, GRIP)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        labels = [
            self.tr("Title"),
            self.tr("Direction"),
            self.tr("Partner"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Purpose"),
            self.tr("Politicians"),
            self.body_name,
            self.tr("Status"),
        ]
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each cell it paints for seven roles; those never answered are None
        # before the index is even read, and the roles are compared as numbers (Qt's enum
        # types cost microseconds a comparison, and a repaint asks thousands).
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        column = index.column()
        if role == _DISPLAY_ROLE:
            texts = self.texts_at(index.row())
            return texts[column] if texts is not None else None
        if role == _ALIGNMENT_ROLE:
            return _RIGHT if column == POLITICIANS else None
        if role == _FOREGROUND_ROLE:
            if column == STATUS:
                record = self.row_at(index.row())
                return status_colour(record.status) if record else None
            if column == GRIP:
                record = self.row_at(index.row())
                return verdict_colour(record.grip_verdict) if record else None
            return None
        record = self.row_at(index.row())
        if record is None:
            return None
        if role == _KEY_ROLE:
            return record.key
        # The tooltip.
        if column == GRIP:
            return self.tr(
                "The verdict on politicians' participation as last evaluated; open the delegation for the criteria."
            )
        return self._tooltip(record) if column == TITLE else None

    def _display(self, record: RegisterRow, column: int) -> str:
        if column == TITLE:
            return record.title
        if column == POLITICIANS:
            return str(record.home_politicians)
        # The other cells are words for a value that many rows share (a date, a partner, a
        # verdict): each is worded once for the model, in the window's language of its life.
        value = (record.partner_region, record.country) if column == PARTNER else _VALUE_OF[column](record)
        text = self._words.get((column, value))
        if text is None:
            text = self._words[(column, value)] = self._word(record, column)
        return text

    def _word(self, record: RegisterRow, column: int) -> str:
        if column == DIRECTION:
            return self.direction_label(record.direction)
        if column == PARTNER:
            return partner_text(record.partner_region, record.country)
        if column == START:
            return _date(record.start)
        if column == END:
            return _date(record.end)
        if column == PURPOSE:
            return self.purpose_label(record.purpose)
        if column == GRIP:
            return verdict_text(record.grip_verdict)
        return status_text(record.status)

    def _tooltip(self, record: RegisterRow) -> str:
        return self.tr("{title}\nKey: {key}").format(title=record.title, key=record.key)

    def direction_label(self, value: str) -> str:
        return _word(Direction, value)

    def purpose_label(self, value: str) -> str:
        return _word(Purpose, value)


def _word(kind: type[Direction] | type[Purpose], value: str) -> str:
    """The documents' word for a stored value (ui/labels/enums.py); an unknown one as it is."""
    try:
        return core_word(kind(value))
    except ValueError:
        return value


def _date(iso: str) -> str:
    """The stored ISO date as the locale writes it; a value that is not a date is shown as it is."""
    try:
        return date_text(dt.date.fromisoformat(iso))
    except (TypeError, ValueError):
        return iso
