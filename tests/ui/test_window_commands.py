"""File ▸ Annual report…, the Excel exports and Delegation ▸ Export programme to calendar…"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import docx
import icalendar
import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QPushButton

from delegation_planner.documents import report
from delegation_planner.domain.enums import CostCategory
from delegation_planner.domain.records import CostLine, ProgrammeItem
from delegation_planner.storage import repository
from delegation_planner.storage.document_log import list_documents
from delegation_planner.ui.window_commands import default_report_year


@pytest.fixture
def files(monkeypatch, tmp_path):
    """The save dialog answers with a file in tmp_path; openUrl and message boxes are recorded."""
    state = {"answer": None, "asked": [], "opened": [], "told": []}

    def save_name(_parent, caption, suggested, _filter):
        state["asked"].append((caption, suggested))
        return (str(tmp_path / state["answer"]), "") if state["answer"] else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: state["opened"].append(url.toLocalFile()) or True
    )
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: state["told"].append((_n, a[2])))
    return state


def document_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_the_report_year_is_last_year_until_march():
    assert default_report_year(dt.date(2027, 2, 28)) == 2026
    assert default_report_year(dt.date(2027, 3, 1)) == 2027


def test_annual_report_writes_that_years_delegations_and_opens_it(qtbot, make_window, register_path, files):
    window = make_window(register_path)
    files["answer"] = "report.docx"
    dialog = window.commands.annual_report()
    assert dialog.isVisible()
    dialog.ui.year_spin.setValue(2025)
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("en"))
    dialog.accept()
    _caption, suggested = files["asked"][0]
    assert Path(suggested).name == report.suggested_file_name(2025, "en")
    task = window.commands.last_task
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    written = Path(files["opened"][0])
    assert written.name == "report.docx" and written.exists()
    text = document_text(written)
    assert "Guangdong state visit" in text
    assert "Business delegation to Jiangsu" not in text and "Life science workshop" not in text
    assert window.settings.value("documents/language") == "en"
    # The register's reference is printed once, as the report was saved, and logged with it.
    header = [p.text for p in docx.Document(str(written)).sections[0].header.paragraphs]
    stamps = [t.removeprefix("Reference: ") for t in header if t.startswith("Reference: ")]
    assert len(stamps) == 1
    assert [d.reference for d in list_documents(window.session.db, year=2025)] == stamps


def test_a_cancelled_report_writes_nothing(qtbot, make_window, register_path, files, monkeypatch, tmp_path):
    window = make_window(register_path)
    release = threading.Event()
    original = report.year_figures

    def slow_figures(*args, **kwargs):
        release.wait(5)  # holds the worker until the person has pressed Cancel
        return original(*args, **kwargs)

    monkeypatch.setattr(report, "year_figures", slow_figures)
    files["answer"] = "cancelled.docx"
    task = window.commands.write_report(2025, "sv")
    progress = window.findChild(QProgressDialog)
    assert progress is not None and progress.labelText().startswith("Writing the annual report 2025")
    with qtbot.waitSignal(task.cancelled, timeout=10000):
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        release.set()
    assert not (tmp_path / "cancelled.docx").exists()
    assert not list(tmp_path.glob("*.tmp")) and files["opened"] == []
    assert "nothing was written" in window.statusBar().currentMessage()


def test_report_failure_is_told_in_plain_words(qtbot, make_window, register_path, files):
    window = make_window(register_path)
    files["answer"] = "no-such-folder/report.docx"
    task = window.commands.write_report(2025, "sv")
    with qtbot.waitSignal(task.failed, timeout=10000):
        pass
    kind, text = files["told"][-1]
    assert kind == "warning" and text.startswith("The annual report was not written:")
    assert "Traceback" not in text


def test_calendar_export_writes_the_selected_programme(qtbot, make_window, register_path, files, tmp_path):
    window = make_window(register_path)
    db = window.session.db
    record, revision = repository.load_delegation(db, "jiangsu-2026")
    record.programme = [
        ProgrammeItem(
            dt.datetime(2026, 5, 11, 9, 0), "Visit JITRI", dt.datetime(2026, 5, 11, 11, 0), "Nanjing"
        ),
        ProgrammeItem(dt.datetime(2026, 5, 12, 14, 0), "Dinner with the governor", venue="Nanjing"),
    ]
    repository.save_delegation(db, record, revision)
    window.delegations.select_row(window.delegations.model.row_of_key("jiangsu-2026"))
    files["answer"] = "trip.ics"
    task = window.commands.export_calendar()
    assert task is not None and task is window.commands.files.last_task  # written off the GUI thread
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    written = tmp_path / "trip.ics"
    assert files["asked"][0][1].endswith(".ics") and "2026-05-10" in files["asked"][0][1]
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert any("Visit JITRI" in s for s in summaries) and len(summaries) == 2
    # The one notice after every file: where it went, with Open and Show in folder.
    qtbot.waitUntil(lambda: window.commands.last_notice is not None)
    assert window.commands.last_notice.path == written
    assert "2 programme items written" in window.statusBar().currentMessage()


def test_calendar_export_asks_for_a_selection_first(make_window, register_path, files):
    window = make_window(register_path)
    window.ui.table_view.clearSelection()
    window.ui.table_view.setCurrentIndex(window.delegations.model.index(-1, -1))
    assert window.commands.export_calendar() is None
    assert "Select a delegation" in files["told"][-1][1]


def test_register_export_writes_the_filtered_register(qtbot, make_window, register_path, files):
    window = make_window(register_path)
    window.ui.filter_edit.setText("guang")
    qtbot.waitUntil(
        lambda: not window.delegations.model.is_loading and window.delegations.model.rowCount() == 1
    )
    files["answer"] = "register.xlsx"
    task = window.commands.export_register()
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    sheet = openpyxl.load_workbook(files["opened"][0]).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["gd-2025"]


def test_costs_export_of_one_year(qtbot, make_window, register_path, files, monkeypatch):
    window = make_window(register_path)
    db = window.session.db
    for key, currency in (("jiangsu-2026", "SEK"), ("gd-2025", "DKK")):
        record, revision = repository.load_delegation(db, key)
        record.costs = [CostLine(CostCategory.TRAVEL, currency, 1000.0, 1250.5)]
        repository.save_delegation(db, record, revision)
    offered = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: offered.append(a[3]) or ("2026", True))
    files["answer"] = "costs.xlsx"
    task = window.commands.export_costs()
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert offered[0][0] == "All years" and "2026" in offered[0]
    sheet = openpyxl.load_workbook(files["opened"][0]).active
    values = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]]
    assert values[0][0] == "jiangsu-2026" and values[0][6] == 1250.5
    assert all(r[0] != "gd-2025" for r in values)
