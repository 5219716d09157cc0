"""The window writes every file from its menus and pages the same way (ui/file_writing.py):
the kind's remembered folder, a task off the GUI thread, a failure in words, Open afterwards."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from delegation_planner.ui import save_locations
from delegation_planner.ui.file_writing import FileWriter
from tests.helpers.window import finish_writing


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    found: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: found.append(url.toLocalFile()) or True)
    return found


def test_export_remembers_its_folder_writes_in_a_task_and_offers_to_open(
    qtbot, make_window, register_path, tmp_path, monkeypatch, opened
):
    window = make_window(register_path)
    out = tmp_path / "exports" / "register"
    out.parent.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _c, start, _f: (asked.append(start), (str(out), ""))[1]
    )
    window.export_file()
    task = window.commands.files.last_task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    written = out.with_suffix(".json")  # the suffix is added
    assert json.loads(written.read_text(encoding="utf-8"))
    qtbot.waitUntil(lambda: opened == [str(written)])
    # The next export starts where this one went.
    assert save_locations.last_folder(save_locations.INTERCHANGE) == out.parent
    window.export_file()
    assert Path(asked[-1]).parent == out.parent


def test_a_failed_write_is_said_in_words_and_leaves_no_file(
    qtbot, make_window, register_path, tmp_path, monkeypatch
):
    window = make_window(register_path)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    files: FileWriter = window.commands.files

    def work(_db, _progress):
        raise OSError(28, "No space left on device", str(tmp_path / "full.docx"))

    task = files.run(work, "Writing…", title="Export", not_done="Not written: {reason}")
    with qtbot.waitSignal(task.failed, timeout=20000):
        task.start()
    qtbot.waitUntil(lambda: bool(told))
    assert told == [f"Not written: No space left on device ({tmp_path / 'full.docx'})"]
    assert not (tmp_path / "full.docx").exists()


def test_the_briefing_and_the_report_use_the_same_writer(make_window, register_path):
    window = make_window(register_path)
    assert isinstance(window.departures.files, FileWriter)
    assert isinstance(window.commands.files, FileWriter)


def test_a_dialog_with_two_formats_keeps_either_and_adds_the_chosen_ones_suffix(tmp_path, monkeypatch):
    answers = iter(
        [(str(tmp_path / "a.json"), "Word letter (*.docx)"), (str(tmp_path / "b"), "JSON (*.json)")]
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: next(answers))
    ask = lambda: save_locations.ask_save_path(  # noqa: E731
        None, save_locations.PERSONAL_DATA, "Export", "x.docx", "Word letter (*.docx);;JSON (*.json)", ".docx"
    )
    assert ask() == tmp_path / "a.json"
    assert ask() == tmp_path / "b.json"
    assert save_locations.last_folder(save_locations.PERSONAL_DATA) == tmp_path


# --- the one way, held --------------------------------------------------------------------------

UI = Path(__file__).resolve().parents[2] / "delegation_planner" / "ui"
# Where the window writes files: here and nowhere else in ui/.
THE_ONE_WAY = UI / "file_writing.py"
# Developer tools that live beside the window's code and write its generated sources,
# never run by the window: `make forms`, `make translations`.
BUILD_TOOLS = {UI / "forms_build.py", UI / "translations_build.py"}
# A file opened for writing, a copy, a save of a document or workbook, the core's writers
# called directly (they belong in a FileWriter task), a write through Qt.
WRITES = re.compile(
    r"""open\([^)]*['"][wax]b?\+?['"]"""
    r"|\.open\(\s*['\"][wax]"
    r"|\bwrite_(?:bytes|text)\("
    r"|\bshutil\.(?:copy\w*|move)\("
    r"|\bcopyfile\("
    r"|\.save\(\s*(?:str\()?\w*(?:path|target|out|name|file)"
    r"|\bwrite_(?:bytes_)?atomically\("
    r"|\bQSaveFile\b|\bQFile\b.*WriteOnly"
)


def writes_in(source: str) -> list[str]:
    return [line.strip() for line in source.splitlines() if WRITES.search(line)]


def test_no_module_in_ui_writes_a_file_but_through_file_writing():
    offenders = {}
    for module in sorted(UI.rglob("*.py")):
        if module == THE_ONE_WAY or module in BUILD_TOOLS or "generated" in module.parts:
            continue
        found = writes_in(module.read_text(encoding="utf-8"))
        if found:
            offenders[str(module.relative_to(UI))] = found
    assert offenders == {}


@pytest.mark.parametrize(
    "line",
    [
        'with path.open("wb") as stream:',
        "open(target, 'w', encoding='utf-8')",
        "path.write_bytes(data)",
        "target.write_text(text)",
        "shutil.copyfile(register, kept)",
        "document.save(path)",
        "workbook.save(str(target))",
        "write_bytes_atomically(target, data)",
        "QSaveFile(name)",
    ],
)
def test_the_check_sees_each_way_of_writing(line):
    assert writes_in(line) == [line]


def test_the_check_lets_reading_and_saving_a_record_be(tmp_path):
    assert writes_in('with path.open("rb") as file:\nself.panel.save(db, key)\nperson = dialog.save()') == []


@pytest.fixture
def first_writes(monkeypatch: pytest.MonkeyPatch) -> dict[str, bool]:
    """Each target's first atomic write: was it on the GUI thread?"""
    from delegation_planner.storage import atomic_file

    found: dict[str, bool] = {}
    original = atomic_file._create_temporary

    def create(folder: Path, name: str) -> Path:
        found.setdefault(name, threading.current_thread() is threading.main_thread())
        return original(folder, name)

    monkeypatch.setattr(atomic_file, "_create_temporary", create)
    return found


def test_the_basis_calendar_backup_and_attachment_are_written_off_the_gui_thread(
    qtbot, make_window, register_path, tmp_path, monkeypatch, opened, first_writes
):
    from delegation_planner.ui.editor.grip_tab import GripTab

    window = make_window(register_path)
    answers = iter([tmp_path / "basis.docx", tmp_path / "trip.ics"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(next(answers)), ""))
    editor = window.delegations.editors.open("jiangsu-2026")
    grip = next(t for t in editor.tabs() if isinstance(t, GripTab))
    grip.write_basis()
    finish_writing(qtbot, grip.files)
    window.delegations.select_row(window.delegations.model.row_of_key("jiangsu-2026"))
    window.commands.export_calendar()
    finish_writing(qtbot, window.commands.files)
    window.safety.back_up(tmp_path / "backup.sqlite3")
    finish_writing(qtbot, window.safety.files)
    panel = editor.attachments_tab.panel
    (tmp_path / "invitation.pdf").write_bytes(b"%PDF-1.4 invitation")
    panel.add_files([tmp_path / "invitation.pdf"])
    panel.table.selectRow(0)
    panel.save_current(tmp_path / "copy.pdf")
    finish_writing(qtbot, panel.files)
    chosen = {"basis.docx", "trip.ics", "backup.sqlite3", "copy.pdf"}
    # The files the person chose (the program's own caches, written at opening, are not among them).
    assert {name: on_gui for name, on_gui in first_writes.items() if name in chosen} == dict.fromkeys(
        chosen, False
    )
    assert (tmp_path / "copy.pdf").read_bytes() == b"%PDF-1.4 invitation"
