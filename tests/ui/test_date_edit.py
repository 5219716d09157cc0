"""Date fields show the window's short date and take both that and an ISO date."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate

from delegation_planner.ui import language
from delegation_planner.ui.widgets.date_edit import DateEdit, iso_date


@pytest.fixture
def speaking() -> Iterator[object]:
    def use(code: str) -> None:
        language.install(code)

    yield use
    language.install("en")


def test_danish_window_shows_danish_dates_and_reads_both(qtbot, speaking) -> None:
    speaking("da")
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 3, 12))
    assert edit.displayFormat() == "dd.MM.yyyy"
    assert edit.text() == "12.03.2026"
    # Pasted from an e-mail or another office's file: ISO is taken as it is ...
    edit.lineEdit().selectAll()
    edit.lineEdit().insert("2026-05-17")
    assert edit.date() == QDate(2026, 5, 17)
    # ... and shown again in the window's own format once the field is left.
    edit.editingFinished.emit()
    assert edit.text() == "17.05.2026"
    edit.lineEdit().selectAll()
    edit.lineEdit().insert("01.02.2027")
    assert edit.date() == QDate(2027, 2, 1)


def test_swedish_window_shows_iso_which_is_its_own(qtbot, speaking) -> None:
    speaking("sv")
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 3, 12))
    assert edit.text() == "2026-03-12"
    edit.lineEdit().selectAll()
    edit.lineEdit().insert("2026-11-14")
    assert edit.date() == QDate(2026, 11, 14)


def test_no_date_that_is_not_one(qtbot, speaking) -> None:
    speaking("da")
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 3, 12))
    edit.lineEdit().selectAll()
    edit.lineEdit().insert("2026-02-30")
    assert edit.date() == QDate(2026, 3, 12)
    assert iso_date("2026-02-30") is None and iso_date("12.03.2026") is None
    assert iso_date(" 2026-02-28 ") == QDate(2026, 2, 28)


def test_editor_forms_use_the_locale_date(qtbot, speaking) -> None:
    speaking("da")
    from PySide6.QtWidgets import QWidget

    from delegation_planner.ui.generated.ui_overview_tab import Ui_OverviewTab

    page = QWidget()
    qtbot.addWidget(page)
    ui = Ui_OverviewTab()
    ui.setupUi(page)
    assert isinstance(ui.start_edit, DateEdit) and isinstance(ui.end_edit, DateEdit)
    ui.start_edit.setDate(QDate(2016, 11, 14))
    assert ui.start_edit.text() == "14.11.2016"
