"""The window writes every file from its menus and pages the same way (ui/file_writing.py):
the kind's remembered folder, a task off the GUI thread, a failure in words, Open afterwards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from delegation_planner.ui import save_locations
from delegation_planner.ui.file_writing import FileWriter


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
