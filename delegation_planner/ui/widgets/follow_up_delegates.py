"""Cell editors of the follow-up points: the owner (a person or free text) and the due date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from delegation_planner.domain.records import Organisation, Person
from delegation_planner.ui.models.record_table import Index
from delegation_planner.ui.widgets.date_edit import DateEdit
from delegation_planner.ui.widgets.qt_dates import to_qdate

# QDateEdit cannot be empty; its minimum shown as "no date" is Qt's usual way to offer blank.
NO_DATE = QDate(2000, 1, 1)


class OwnerDelegate(QStyledItemDelegate):
    """An editable combo: the register's people by name (the person's key is stored), or any
    text typed in (a unit such as "Business Region Skåne", kept as free text)."""

    def __init__(
        self, people: Mapping[str, Person], organisations: Mapping[str, Organisation], parent: QWidget
    ) -> None:
        super().__init__(parent)
        # The editor's own dicts: a person made on the spot is offered at once.
        self._people = people
        self._organisations = organisations

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMaxVisibleItems(15)
        for person in sorted(self._people.values(), key=lambda p: p.name.casefold()):
            combo.addItem(person.name, person.id)
            org = self._organisations.get(person.organisation or "")
            about = ", ".join(part for part in (person.title, org.name if org else "") if part)
            combo.setItemData(combo.count() - 1, about or person.name, Qt.ItemDataRole.ToolTipRole)
        # Any part of a name finds the person ("svens" finds Anna Svensson), in any case.
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        owner = str(index.data(Qt.ItemDataRole.EditRole) or "")
        found = editor.findData(owner) if owner in self._people else -1
        if found >= 0:
            editor.setCurrentIndex(found)
        else:
            editor.setCurrentIndex(-1)
            editor.setEditText(owner)
        line = editor.lineEdit()
        if line is not None:
            line.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, self.owner_for(editor), Qt.ItemDataRole.EditRole)

    def owner_for(self, combo: QComboBox) -> str:
        """The person's key when the text is a name in the list, else the text itself."""
        text = combo.currentText().strip()
        current = combo.currentIndex()
        # The chosen row first, so two people of the same name stay apart.
        if current >= 0 and combo.itemText(current).strip() == text:
            return str(combo.itemData(current))
        for row in range(combo.count()):
            if combo.itemText(row).strip().casefold() == text.casefold():
                return str(combo.itemData(row))
        return text


class DateDelegate(QStyledItemDelegate):
    """A date with a calendar popup; the earliest date reads "no date" and clears the cell."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText(self.tr("no date"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        editor.setDate(to_qdate(value) if isinstance(value, dt.date) else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        date = editor.date()
        value = None if date == NO_DATE else date.toPython()
        model.setData(index, value, Qt.ItemDataRole.EditRole)
