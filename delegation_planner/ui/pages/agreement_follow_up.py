"""Agreements followed up (forms/agreement_follow_up_page.ui).

The Skåne strategy wants agreements followed up continuously and at least two
official-level visits a year to Guangdong. The upper table sets a year's
official visits against each agreement's minimum; the lower one lists the
agreements whose review date has passed. The review date is the office's own
(not in the interchange file), so it is set here, in a small dialog.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlite_utils import Database

from delegation_planner.domain.records import Agreement
from delegation_planner.storage import repository
from delegation_planner.storage.agreement_followup import agreement_follow_up, reviews_due
from delegation_planner.storage.errors import StorageError
from delegation_planner.ui.changes import Record
from delegation_planner.ui.generated.ui_agreement_follow_up_page import Ui_AgreementFollowUpPage
from delegation_planner.ui.generated.ui_review_date_dialog import Ui_ReviewDateDialog
from delegation_planner.ui.labels.formatting import number_text
from delegation_planner.ui.models.follow_up_models import AgreementYearsModel, ReviewsModel
from delegation_planner.ui.models.record_models import RecordsProxy
from delegation_planner.ui.widgets.page_tables import fit_columns, setup_table, source_row


class ReviewDateDialog(QDialog):
    """Asks for an agreement's next review date; ``ask`` returns ``(date_or_None, accepted)``."""

    def __init__(self, agreement: Agreement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewDateDialog()
        self.ui.setupUi(self)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.agreement_label.setText(
            self.tr("When is the agreement with {partner} next to be reviewed?").format(
                partner=agreement.partner
            )
        )
        # A passed date is usually being moved on: offer a year ahead rather than the old day.
        day = agreement.review_date
        if day is None or day <= dt.date.today():
            day = dt.date.today().replace(year=dt.date.today().year + 1, day=1)
        self.ui.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.ui.no_date_check.toggled.connect(lambda none: self.ui.date_edit.setEnabled(not none))

    def value(self) -> dt.date | None:
        if self.ui.no_date_check.isChecked():
            return None
        chosen = self.ui.date_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    @classmethod
    def ask(cls, agreement: Agreement, parent: QWidget | None = None) -> tuple[dt.date | None, bool]:
        """Tests replace ``exec`` only."""
        dialog = cls(agreement, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.value(), accepted
        finally:
            dialog.deleteLater()


class AgreementFollowUpPage(QWidget):
    WATCHES: ClassVar[frozenset[Record]] = frozenset(
        {Record.AGREEMENTS, Record.DELEGATIONS, Record.PEOPLE, Record.ORGANISATIONS, Record.SETTINGS}
    )
    CHANGES: ClassVar[frozenset[Record]] = frozenset({Record.AGREEMENTS})
    changed = Signal()  # a review date was saved here

    def __init__(self, db: Database, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._read_only = read_only
        self._fitted: set[QWidget] = set()
        self.ui = Ui_AgreementFollowUpPage()
        self.ui.setupUi(self)
        self.years_model = AgreementYearsModel(self)
        self.years_proxy = RecordsProxy(self)
        self.years_proxy.setSourceModel(self.years_model)
        self.reviews_model = ReviewsModel(self)
        self.reviews_proxy = RecordsProxy(self)
        self.reviews_proxy.setSourceModel(self.reviews_model)
        setup_table(self.ui.agreements_view, self.years_proxy)
        setup_table(self.ui.reviews_view, self.reviews_proxy, sort_column=1)
        self.ui.year_spin.setValue(dt.date.today().year)
        self.ui.year_spin.valueChanged.connect(self.reload)
        self.ui.review_button.clicked.connect(lambda: self._set_review(self.current_review()))
        self.ui.agreement_review_button.clicked.connect(lambda: self._set_review(self.current_agreement()))
        self.ui.reviews_view.activated.connect(lambda _i: self._set_review(self.current_review()))
        self.ui.agreements_view.activated.connect(lambda _i: self._set_review(self.current_agreement()))
        for view in (self.ui.agreements_view, self.ui.reviews_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.reload()

    def reload(self) -> None:
        today = dt.date.today()
        year = self.ui.year_spin.value()
        years = agreement_follow_up(self._db, year)
        self.years_model.set_records(years)
        self.reviews_model.set_records(reviews_due(self._db, today))
        short = sum(1 for y in years if y.shortfall > 0)
        if not years:
            summary = self.tr("No agreement asks for a minimum of official visits in {year}.")
        elif short:
            summary = self.tr("%Ln of {total} agreement(s) short of official visits in {year}.", "", short)
        else:
            summary = self.tr("Every agreement has its official visits in {year}.")
        self.ui.summary_label.setText(summary.format(total=number_text(len(years)), year=year))
        due = self.reviews_model.rowCount()
        self.ui.reviews_label.setText(
            self.tr("No agreement is past its review date.")
            if due == 0
            else self.tr("%Ln agreement(s) past the review date: review and set the next date.", "", due)
        )
        for view in (self.ui.agreements_view, self.ui.reviews_view):
            # Once only, so widths the user has dragged survive a change of year.
            if view not in self._fitted and view.model().rowCount() > 0:
                fit_columns(view)
                self._fitted.add(view)
        self._update_buttons()

    def current_agreement(self) -> Agreement | None:
        row = source_row(self.ui.agreements_view, self.years_proxy)
        return None if row is None else self.years_model.record(row).agreement

    def current_review(self) -> Agreement | None:
        row = source_row(self.ui.reviews_view, self.reviews_proxy)
        return None if row is None else self.reviews_model.record(row)

    def _set_review(self, agreement: Agreement | None) -> None:
        if agreement is None or self._read_only:
            return
        day, accepted = ReviewDateDialog.ask(agreement, self)
        if not accepted:
            return
        agreement.review_date = day
        try:
            repository.save_agreement(self._db, agreement)
        except StorageError as error:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The review date could not be saved: {reason}").format(reason=error),
            )
            return
        self.reload()
        self.changed.emit()

    def _update_buttons(self) -> None:
        writable = not self._read_only
        self.ui.review_button.setEnabled(writable and self.current_review() is not None)
        self.ui.agreement_review_button.setEnabled(writable and self.current_agreement() is not None)
