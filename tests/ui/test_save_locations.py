"""Save dialogs start in the folder last used for that kind of file; a notice offers Open and Show in folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from delegation_planner.ui import save_locations
from delegation_planner.ui.save_locations import WrittenNotice


def test_each_kind_remembers_its_own_folder(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    memos, reports = tmp_path / "memos", tmp_path / "reports"
    memos.mkdir()
    reports.mkdir()
    asked: list[str] = []
    answers = iter([str(memos / "visit"), str(reports / "2026.docx")])
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _p, _c, start, _f: (asked.append(start), (next(answers), ""))[1],
    )
    parent = QWidget()
    qtbot.addWidget(parent)

    first = save_locations.ask_save_path(parent, save_locations.MEMO, "Write", "a.docx", "*.docx", ".docx")
    assert first == memos / "visit.docx"  # the suffix is added
    assert Path(asked[0]).parent == save_locations.documents_folder()  # the first time: Documents
    save_locations.ask_save_path(parent, save_locations.REPORT, "Write", "r.docx", "*.docx", ".docx")

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _c, start, _f: (asked.append(start), ("", ""))[1]
    )
    assert (
        save_locations.ask_save_path(parent, save_locations.MEMO, "Write", "b.docx", "*.docx", ".docx")
        is None
    )
    assert (
        save_locations.ask_save_path(parent, save_locations.REPORT, "Write", "s.docx", "*.docx", ".docx")
        is None
    )
    assert asked[2:] == [str(memos / "b.docx"), str(reports / "s.docx")]


def test_a_folder_that_is_gone_falls_back_to_documents(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    save_locations.remember_folder(save_locations.BRIEFING, gone)
    assert save_locations.last_folder(save_locations.BRIEFING) == save_locations.documents_folder()


def test_the_notice_opens_the_file_or_its_folder(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = tmp_path / "memo.docx"
    written.write_bytes(b"")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    notice = WrittenNotice(written, "Visit memo written")
    qtbot.addWidget(notice)
    assert notice.text() == "Wrote memo.docx" and str(tmp_path) in notice.informativeText()
    assert notice.defaultButton() is notice.open_button
    notice.folder_button.click()
    notice = WrittenNotice(written, "Visit memo written")
    qtbot.addWidget(notice)
    notice.open_button.click()
    assert opened == [str(tmp_path), str(written)]
