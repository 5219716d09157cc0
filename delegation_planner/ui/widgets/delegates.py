"""Cell editors for the editor's tables: choices, date-times, money, codes and long text.

Every delegate reads and writes the model's ``EditRole`` (the record's own value:
an enum value, a ``datetime``, a float or ``None``) and leaves display to the model.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from delegation_planner.ui.labels.formatting import money_edit_text
from delegation_planner.ui.widgets.qt_dates import to_qdatetime

Index = QModelIndex | QPersistentModelIndex
Choices = Sequence[tuple[str, object]]

DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


class DaysBeforeDelegate(QStyledItemDelegate):
    """Days before the start, in a spin box bounded to what the list can mean (Qt's default
    int editor allows ±2 billion). The checklist and its templates share it."""

    def __init__(self, maximum: int, parent: QWidget | None = None, *, frame: bool = True) -> None:
        super().__init__(parent)
        self._maximum = maximum
        self._frame = frame

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, self._maximum)
        spin.setSuffix(self.tr(" days"))
        spin.setFrame(self._frame)
        return spin


class ChoiceDelegate(QStyledItemDelegate):
    """A combo of (label, value) pairs; ``choices`` may be a callable for lists that grow."""

    def __init__(self, choices: Choices | Callable[[], Choices], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def choices(self) -> Choices:
        return self._choices() if callable(self._choices) else self._choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self.choices():
            combo.addItem(label, value)
        # Commit as soon as a choice is made, so one click (or arrow key) is one edit.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(value)
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CodeDelegate(QStyledItemDelegate):
    """An editable combo for codes such as ISO 4217 currencies: upper-cased, completed, free text allowed.

    Free text is allowed on purpose so that a wrong code can be typed and then shown
    as a problem in the cell, rather than silently refused by the editor.
    """

    def __init__(self, codes: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes = list(codes)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(self._codes)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self._codes, combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText().strip().upper(), Qt.ItemDataRole.EditRole)


class DateTimeDelegate(QStyledItemDelegate):
    """A date-time editor with a calendar popup, kept to the minute like the file format."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateTimeEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(DATE_TIME_FORMAT)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateTimeEdit)
        value = as_datetime(index.data(Qt.ItemDataRole.EditRole))
        if value is None:
            # An empty end starts from the row's start, which is nearly always what is meant.
            value = (
                as_datetime(index.sibling(index.row(), 0).data(Qt.ItemDataRole.EditRole)) or dt.datetime.now()
            )
        editor.setDateTime(to_qdatetime(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateTimeEdit)
        value = editor.dateTime().toPython()
        assert isinstance(value, dt.datetime)
        model.setData(index, value.replace(second=0, microsecond=0), Qt.ItemDataRole.EditRole)


_MONEY = re.compile(r"^\s*(\d[\d  ]*)?([.,]\d{0,2})?\s*$")


def parse_money(text: str) -> float | None:
    """``"42 000,50"`` -> 42000.5; blank -> None. Both decimal marks are accepted
    because Nordic users type a comma and imported figures use a point."""
    cleaned = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", ".")
    if not cleaned or cleaned == ".":
        return None
    return round(float(cleaned), 2)


class MoneyDelegate(QStyledItemDelegate):
    """A line edit that accepts amounts ≥ 0 with at most two decimals, or blank for "not known"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(_MONEY.pattern), editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else money_edit_text(float(value)))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, parse_money(editor.text()), Qt.ItemDataRole.EditRole)


class MultiLineDelegate(QStyledItemDelegate):
    """Long text edited in the cell; Enter makes a new line, Tab or a click elsewhere commits."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        # A row is one line high; give the editor room for a few lines so the text can be read.
        rect = option.rect
        rect.setHeight(max(rect.height(), 4 * option.fontMetrics.height() + 8))
        editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)


def as_datetime(value: object) -> dt.datetime | None:
    """Model data may come back as a ``QDateTime`` after crossing into Qt; accept both."""
    if isinstance(value, QDateTime):
        converted = value.toPython() if value.isValid() else None
        return converted if isinstance(converted, dt.datetime) else None
    return value if isinstance(value, dt.datetime) else None
