"""The results register's table: an outcome, and the visits and organisations behind it."""

from __future__ import annotations

from PySide6.QtCore import QObject

from delegation_planner.domain.records import Result
from delegation_planner.ui.labels.enums import label_of, result_kinds
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.models.record_models import Column, RecordsModel


class ResultsModel(RecordsModel[Result]):
    DATE = 0

    def __init__(self, parent: QObject | None = None) -> None:
        self._delegation_titles: dict[str, str] = {}
        self._organisation_names: dict[str, str] = {}
        super().__init__(parent)

    def set_names(self, delegation_titles: dict[str, str], organisation_names: dict[str, str]) -> None:
        """Key -> title and key -> name for the link columns (set before ``set_records``)."""
        self._delegation_titles = dict(delegation_titles)
        self._organisation_names = dict(organisation_names)

    def _delegations(self, result: Result) -> str:
        if not result.delegations:
            return self.tr("(no visit linked)")
        return "; ".join(self._delegation_titles.get(k, k) for k in result.delegations)

    def _organisations(self, result: Result) -> str:
        return "; ".join(self._organisation_names.get(k, k) for k in result.organisations)

    def columns(self) -> list[Column[Result]]:
        kinds = result_kinds()
        return [
            Column(
                self.tr("Date"),
                lambda r: date_text(r.date) if r.date else self.tr("not known"),
                sort_key=lambda r: r.date.isoformat() if r.date else "",
            ),
            Column(self.tr("Title"), lambda r: r.title, tooltip=lambda r: r.description),
            Column(self.tr("Kind"), lambda r: label_of(kinds, r.kind)),
            Column(
                self.tr("Delegations"),
                self._delegations,
                tooltip=lambda r: self._delegations(r).replace("; ", "\n"),
                # A result not traced to any visit proves nothing about visits: worth a look.
                attention=lambda r: not r.delegations,
            ),
            Column(self.tr("Organisations"), self._organisations),
        ]
