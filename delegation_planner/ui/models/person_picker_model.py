"""The register's people, read-only, for pickers (filtered through a QSortFilterProxyModel)."""

from __future__ import annotations

from typing import Any

from delegation_planner.domain.records import Organisation, Person
from delegation_planner.ui.labels import enums as labels
from delegation_planner.ui.models.record_table import RecordTableModel

NAME, KIND, TITLE, ORGANISATION = range(4)


class PersonPickerModel(RecordTableModel[Person]):
    def __init__(self, organisations: dict[str, Organisation], parent: Any = None) -> None:
        super().__init__(parent)
        self._organisations = organisations

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Kind"), self.tr("Title"), self.tr("Organisation")]

    def display(self, item: Person, column: int) -> str:
        if column == NAME:
            return item.name
        if column == KIND:
            return labels.label_of(labels.person_kinds(), item.kind)
        if column == TITLE:
            return item.title
        if column == ORGANISATION:
            found = self._organisations.get(item.organisation or "")
            return found.name if found else (item.organisation or "")
        return ""
