"""The window's commands that write files from the register: the annual report, the
register and the costs as Excel workbooks, and a delegation's programme as a calendar.

Each asks where (the Documents folder by default), writes, then opens what it
wrote, like the editor's documents. The report and the workbooks run in a
worker on their own read-only connection with a progress dialog; only the
report offers Cancel, because it is built in memory and saved at the very end,
so stopping it leaves nothing behind. The workbooks are written in one go by
the core (no progress to stop at), so their dialog only shows that work goes on.
The language chosen for the report is remembered and used for the workbooks'
headings as well.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget
from sqlite_utils import Database

from delegation_planner.storage import register_query
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.office_store import load_office
from delegation_planner.ui import save_locations
from delegation_planner.ui.db_task import DatabaseTask, TaskCancelled
from delegation_planner.ui.editor.document_export import LANGUAGES
from delegation_planner.ui.file_writing import FileWriter, failure_reason
from delegation_planner.ui.generated.ui_annual_report_dialog import Ui_AnnualReportDialog
from delegation_planner.ui.window_host import WindowHost

LANGUAGE_KEY = "documents/language"


def default_report_year(today: dt.date) -> int:
    """Last year until March (the board reads the year just ended), this year from then on."""
    return today.year - 1 if today.month < 3 else today.year


class AnnualReportDialog(QDialog):
    """The year and the language of the annual report."""

    def __init__(
        self, language: str, today: dt.date, parent: QWidget | None = None, *, db: Database | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AnnualReportDialog()
        self.ui.setupUi(self)
        if db is not None:
            from delegation_planner.ui.widgets.document_log_panel import offer_reference

            offer_reference(self.ui.reference_edit, db)
        self.ui.year_spin.setValue(default_report_year(today))
        for label, code in LANGUAGES:
            self.ui.language_combo.addItem(f"{label} ({code})", code)
        self.ui.language_combo.setCurrentIndex(max(self.ui.language_combo.findData(language), 0))
        self.ui.button_box.button(self.ui.button_box.StandardButton.Ok).setText(self.tr("&Write report…"))
        self.ui.year_spin.selectAll()

    def year(self) -> int:
        return self.ui.year_spin.value()

    def language(self) -> str:
        return str(self.ui.language_combo.currentData())

    def reference(self) -> str:
        """The reference typed for the report; empty: the proposed one."""
        return self.ui.reference_edit.text().strip()


class WindowCommands(QObject):
    """The actions, and what they do, for one main window."""

    def __init__(self, window: WindowHost, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(window)
        self._window = window
        self._today = today
        # Every file written from here takes the window's one way (ui/file_writing.py).
        self.files = FileWriter(window, lambda: window.session.location)
        self.report_action = QAction(self.tr("Annual &report…"), window)
        self.register_xlsx_action = QAction(self.tr("Export register to E&xcel…"), window)
        self.costs_xlsx_action = QAction(self.tr("Export c&osts to Excel…"), window)
        self.calendar_action = QAction(self.tr("Export programme to &calendar…"), window)
        self.calendar_action.setToolTip(self.tr("The selected delegation's programme as an .ics calendar"))
        self.report_action.triggered.connect(lambda _checked=False: self.annual_report())
        self.register_xlsx_action.triggered.connect(lambda _checked=False: self.export_register())
        self.costs_xlsx_action.triggered.connect(lambda _checked=False: self.export_costs())
        self.calendar_action.triggered.connect(lambda _checked=False: self.export_calendar())

    def _language(self) -> str:
        # The language last chosen for a document, else the office's document language.
        chosen = str(self._window.settings.value(LANGUAGE_KEY, "") or "")
        return chosen or load_office(self._window.session.db).document_language

    def _ask_file(self, kind: str, caption: str, name: str, file_filter: str, suffix: str) -> Path | None:
        return self.files.ask(kind, caption, name, file_filter, suffix)

    @property
    def last_task(self) -> DatabaseTask | None:
        return self.files.last_task

    @property
    def last_notice(self) -> save_locations.WrittenNotice | None:
        return self.files.last_notice

    # --- the annual report ----------------------------------------------------------------------

    def annual_report(self) -> AnnualReportDialog:
        """Ask for the year and language; on OK ask where, then write in the background."""
        window = self._window
        dialog = AnnualReportDialog(self._language(), self._today(), window, db=window.session.db)
        dialog.accepted.connect(
            lambda: self.write_report(dialog.year(), dialog.language(), reference=dialog.reference())
        )
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()  # not exec(): no nested event loop, and tests drive the dialog directly
        return dialog

    def write_report(self, year: int, lang: str, *, reference: str = "") -> DatabaseTask | None:
        from delegation_planner.documents.report import ReportCancelled, suggested_file_name, write_report
        from delegation_planner.documents.template import TemplateError
        from delegation_planner.ui.widgets.document_log_panel import ask_and_log

        self._window.settings.setValue(LANGUAGE_KEY, lang)
        path = self._ask_file(
            save_locations.REPORT,
            self.tr("Write annual report"),
            suggested_file_name(year, lang),
            self.tr("Word documents (*.docx)"),
            ".docx",
        )
        if path is None:
            return None
        today = self._today()
        holder: list[DatabaseTask] = []
        stamp: list[str] = []

        def work(db: Database, progress: Callable[[int, int], None]) -> Path:
            from delegation_planner.storage.document_log import reference_for

            # Printed as the report is saved: stamping it afterwards read a year's report
            # back and saved it again, half a second on the window's thread.
            stamp.append(reference_for(db, reference, dt.date.today()))
            try:
                return write_report(
                    db,
                    year,
                    path,
                    lang,
                    today=today,
                    progress=progress,
                    cancelled=holder[0].cancel_requested,
                    reference=stamp[-1],
                )
            except ReportCancelled:
                raise TaskCancelled from None

        task = self._run(
            work,
            self.tr("Writing the annual report {year}…").format(year=year),
            title=self.tr("Annual report"),
            not_done=self.tr("The annual report was not written: {reason}"),
            cancellable=True,
            failures=(TemplateError,),
        )
        holder.append(task)
        task.cancelled.connect(
            lambda: self._window.statusBar().showMessage(
                self.tr("The annual report was cancelled; nothing was written."), 10000
            )
        )
        task.finished.connect(
            lambda written: ask_and_log(
                self._window,
                self._window.session.db,
                Path(written),
                "report",
                lang,
                reference=stamp[-1],
                year=year,
                stamped=True,
            )
        )
        task.finished.connect(lambda written: self._open(written, self.tr("Annual report")))
        task.start()
        return task

    # --- workbooks ----------------------------------------------------------------------------------

    def export_register(self) -> DatabaseTask | None:
        """The register as shown: the delegations the filter leaves, in the register's order."""
        from delegation_planner.exchange.spreadsheet_export import write_register_xlsx

        page = self._window.delegations
        if page is None:
            return None
        rowids = page.shown_rowids()
        filtered = rowids is not None
        path = self._ask_file(
            save_locations.SPREADSHEET,
            self.tr("Export register to Excel"),
            self.tr("Delegations.xlsx") if not filtered else self.tr("Delegations (filtered).xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return None
        lang = self._language()

        def work(db: Database, _progress: Callable[[int, int], None]) -> Path:
            keys = register_query.keys_of(db.conn, rowids) if rowids is not None else None
            return write_register_xlsx(db, path, keys, lang=lang)

        return self._start_workbook(work, self.tr("Exporting the register to {name}…").format(name=path.name))

    def export_costs(self) -> DatabaseTask | None:
        """Every cost line of one year (the year the delegation starts) or of all years."""
        from delegation_planner.exchange.spreadsheet_export import write_costs_xlsx

        page = self._window.delegations
        years = page.years() if page is not None else []
        choices = [self.tr("All years")] + [str(y) for y in years]
        this_year = str(self._today().year)
        current = choices.index(this_year) if this_year in choices else 0
        choice, ok = QInputDialog.getItem(
            self._window,
            self.tr("Export costs to Excel"),
            self.tr("The costs of the delegations starting in:"),
            choices,
            current,
            False,
        )
        if not ok:
            return None
        year = None if choice == choices[0] else int(choice)
        name = self.tr("Costs {year}.xlsx").format(year=year) if year else self.tr("Costs.xlsx")
        path = self._ask_file(
            save_locations.SPREADSHEET,
            self.tr("Export costs to Excel"),
            name,
            self.tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return None
        lang = self._language()
        return self._start_workbook(
            lambda db, _progress: write_costs_xlsx(db, path, year, lang=lang),
            self.tr("Exporting the costs to {name}…").format(name=path.name),
        )

    def _start_workbook(
        self, work: Callable[[Database, Callable[[int, int], None]], Path], text: str
    ) -> DatabaseTask:
        task = self._run(
            work,
            text,
            title=self.tr("Export to Excel"),
            not_done=self.tr("The workbook was not written: {reason}"),
            cancellable=False,
        )
        task.finished.connect(lambda written: self._open(written, self.tr("Export to Excel")))
        task.start()
        return task

    # --- the calendar ---------------------------------------------------------------------------------

    def export_calendar(self) -> DatabaseTask | None:
        """The selected delegation's programme as an .ics file, written the window's one way."""
        from delegation_planner.exchange.calendar_export import suggested_file_name, write_calendar
        from delegation_planner.storage import repository

        title = self.tr("Export programme to calendar")
        page = self._window.delegations
        key = page.current_key() if page is not None else None
        if key is None:
            QMessageBox.information(
                self._window, title, self.tr("Select a delegation in the register first.")
            )
            return None
        try:
            delegation, _revision = repository.load_delegation(self._window.session.db, key)
        except StorageError as error:
            not_done = self.tr("The calendar was not written: {reason}")
            QMessageBox.warning(self._window, title, not_done.format(reason=failure_reason(error)))
            return None
        path = self._ask_file(
            save_locations.CALENDAR,
            title,
            suggested_file_name(delegation),
            self.tr("Calendars (*.ics)"),
            ".ics",
        )
        if path is None:
            return None
        lang = self._language()
        items = len(delegation.programme)
        task = self._run(
            lambda db, _progress: write_calendar(db, key, path, lang=lang),
            self.tr("Writing the calendar…"),
            title=title,
            not_done=self.tr("The calendar was not written: {reason}"),
            cancellable=False,
            failures=(StorageError,),
        )
        task.finished.connect(
            lambda written: self._window.statusBar().showMessage(
                self.tr("%Ln programme item(s) written; open or import the file in any calendar.", "", items),
                10000,
            )
        )
        task.finished.connect(lambda written: self.files.announce(Path(written), title))
        task.start()
        return task

    # --- shared ---------------------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[Database, Callable[[int, int], None]], Any],
        text: str,
        *,
        title: str,
        not_done: str,
        cancellable: bool,
        failures: tuple[type[Exception], ...] = (),
    ) -> DatabaseTask:
        return self.files.run(
            work, text, title=title, not_done=not_done, cancellable=cancellable, failures=failures
        )

    def wait(self) -> None:
        """On close: a worker must not outlive the window."""
        self.files.wait()

    def _open(self, written: Path, title: str) -> None:
        self._window.statusBar().showMessage(self.tr("Wrote {path}").format(path=written), 10000)
        self.files.announce(Path(written), title)
