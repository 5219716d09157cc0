"""The office profile's records settings in the window, and a reference for every document.

Settings ▸ Office profile… shows and changes the months without contact before a partner
is flagged and the pattern references are proposed from; the briefing and the annual
report take a typed (or the proposed) reference as the memo and the basis do.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog

from delegation_planner.domain.contacts import Contact, ContactKind
from delegation_planner.storage import office_store, repository
from delegation_planner.storage.contacts import save_contact
from delegation_planner.storage.database import open_database
from delegation_planner.storage.document_log import list_documents
from delegation_planner.ui.dialogs.office import OfficeDialog
from tests.core.factories import delegation, organisation

TODAY = dt.date.today()
LAST_CONTACT_COLUMN = 4


def stamp(path: Path) -> str:
    """The reference printed in the page header (its last paragraph)."""
    return docx.Document(str(path)).sections[0].header.paragraphs[-1].text


@pytest.fixture
def quiet_partner(tmp_path: Path) -> Path:
    """A register whose one partner was last called four months ago."""
    path = tmp_path / "register.sqlite3"
    db = open_database(path)
    repository.save_organisation(db, organisation())  # the trip's initiator
    repository.save_organisation(db, organisation("jitri"))
    repository.save_delegation(db, delegation("soon", start=TODAY + dt.timedelta(days=20)))
    called = TODAY - dt.timedelta(days=125)
    save_contact(db, Contact("call-1", "jitri", ContactKind.CALL, called))
    db.close()
    return path


def answer(monkeypatch: pytest.MonkeyPatch, choose: Any) -> list[OfficeDialog]:
    shown: list[OfficeDialog] = []

    def exec_(dialog: OfficeDialog) -> int:
        shown.append(dialog)
        choose(dialog)
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(OfficeDialog, "exec", exec_)
    return shown


def last_contact_cell(window: Any) -> tuple[str, Any]:
    window.ui.tab_widget.setCurrentWidget(window.ui.organisations_tab)
    page = window.page("organisations")
    row = next(
        r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == "Organisation jitri"
    )
    index = page.model.index(row, LAST_CONTACT_COLUMN)
    return index.data(), index.data(Qt.ItemDataRole.ForegroundRole)


def test_the_office_settings_show_and_change_how_records_are_kept(
    qtbot: Any, make_window: Any, quiet_partner: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(quiet_partner)
    text, colour = last_contact_cell(window)
    assert "months ago" not in text and colour is None  # four months: within Region Skåne's six

    def first_try(dialog: OfficeDialog) -> None:
        records = dialog.records
        assert records.months_spin.value() == 6
        assert records.months_spin.suffix() == " months without contact"
        assert records.pattern_edit.text() == "RS {year}-{number:04d}"
        assert records.pattern_note.text().startswith(f"The next document would be RS {TODAY.year}-0001;")
        records.months_spin.setValue(3)
        records.pattern_edit.clear()
        qtbot.keyClicks(records.pattern_edit, "Dnr {year}")

    shown = answer(monkeypatch, first_try)
    assert not window.edit_office()
    # Refused beside the field, in words, and nothing was kept.
    note = shown[0].records.pattern_note.text()
    assert note.startswith("The pattern needs {number}, the document's number in the year")
    assert office_store.contact_months(window.session.db) == 6

    def fixed(dialog: OfficeDialog) -> None:
        dialog.records.months_spin.setValue(3)
        dialog.records.pattern_edit.setText("Dnr {yy}{number:05d}")
        assert dialog.records.pattern_note.text().startswith(
            f"The next document would be Dnr {TODAY.year % 100}00001"
        )

    answer(monkeypatch, fixed)
    assert window.edit_office()
    db = window.session.db
    assert (office_store.contact_months(db), office_store.reference_pattern(db)) == (
        3,
        "Dnr {yy}{number:05d}",
    )
    # The Organisations list follows the office's months at once.
    text, colour = last_contact_cell(window)
    assert text.endswith("(over 3 months ago)") and colour is not None


def test_another_office_brings_its_own_way_of_keeping_records(
    qtbot: Any, make_window: Any, quiet_partner: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(quiet_partner)

    def hovedstaden(dialog: OfficeDialog) -> None:
        dialog.office_combo.setCurrentIndex(dialog.office_combo.findData("hovedstaden"))
        assert dialog.records.pattern_edit.text() == "{yy}{number:06d}"

    answer(monkeypatch, hovedstaden)
    assert window.edit_office()
    assert office_store.reference_pattern(window.session.db) == "{yy}{number:06d}"


def test_the_briefing_takes_a_typed_reference_and_then_proposes_the_next(
    qtbot: Any, make_window: Any, quiet_partner: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(quiet_partner)
    page = window.departures
    qtbot.waitUntil(lambda: not page.is_loading and page.model.rowCount() == 1, timeout=10000)
    page.select_row(0)
    page.ui.language_combo.setCurrentIndex(page.ui.language_combo.findData("en"))
    edit = page.ui.reference_edit
    assert edit.placeholderText() == f"proposed: RS {TODAY.year}-0001"
    qtbot.keyClicks(edit, "RS 2026/555")
    targets = iter([tmp_path / "first.docx", tmp_path / "second.docx"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(page.ui.briefing_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    assert stamp(tmp_path / "first.docx") == "Reference: RS 2026/555"
    # Used: the field is empty again and shows what the next document would get.
    assert edit.text() == "" and edit.placeholderText() == f"proposed: RS {TODAY.year}-0002"
    qtbot.mouseClick(page.ui.briefing_button, Qt.MouseButton.LeftButton)  # accept the proposal
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)
    assert stamp(tmp_path / "second.docx") == f"Reference: RS {TODAY.year}-0002"
    logged = list_documents(window.session.db, delegation="soon")
    assert [(d.kind, d.reference) for d in logged] == [
        ("briefing", f"RS {TODAY.year}-0002"),
        ("briefing", "RS 2026/555"),
    ]


def test_the_annual_report_takes_a_typed_reference(
    qtbot: Any, make_window: Any, quiet_partner: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(quiet_partner)
    target = tmp_path / "report.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    dialog = window.commands.annual_report()
    assert dialog.ui.reference_edit.placeholderText() == f"proposed: RS {TODAY.year}-0001"
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("sv"))
    dialog.ui.reference_edit.setFocus()
    qtbot.keyClicks(dialog.ui.reference_edit, "RS 2026/1234")
    year = dialog.year()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with qtbot.waitSignal(window.commands.last_task.finished, timeout=30000):
        pass
    [logged] = list_documents(window.session.db, year=year)
    assert (logged.kind, logged.reference, logged.language) == ("report", "RS 2026/1234", "sv")
    assert stamp(target) == "Diarienummer: RS 2026/1234"
