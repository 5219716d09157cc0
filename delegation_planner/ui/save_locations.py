"""Where files are written from the window: the last folder per kind, and a notice afterwards.

Each kind of file (memo, briefing, report, spreadsheet, calendar, interchange file)
remembers the folder it was last written to, so the memos go on landing beside the
memos and the reports beside the reports; the first time, the Documents folder.
After a file is written, a notice says where and offers to open it or its folder
(instead of opening it unasked, or saying nothing at all).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

MEMO = "memo"
BASIS = "basis"
BRIEFING = "briefing"
REPORT = "report"
SPREADSHEET = "spreadsheet"
CALENDAR = "calendar"
INTERCHANGE = "interchange"
PERSONAL_DATA = "personal_data"
ATTACHMENT = "attachment"
BACKUP = "backup"

_KEY = "folders/{kind}"
_SUFFIX = re.compile(r"\*(\.[A-Za-z0-9]+)\b")
_tr = QCoreApplication.translate


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def last_folder(kind: str, settings: QSettings | None = None) -> Path:
    """The folder a file of ``kind`` was last written to, if it is still there; else Documents."""
    value = (settings or QSettings()).value(_KEY.format(kind=kind))
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return documents_folder()


def remember_folder(kind: str, folder: Path, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(_KEY.format(kind=kind), str(folder))


def ask_save_path(
    parent: QWidget | None,
    kind: str,
    caption: str,
    file_name: str,
    file_filter: str,
    suffix: str,
    settings: QSettings | None = None,
) -> Path | None:
    """Ask where to write a file of ``kind`` (starting in its last folder); None if cancelled.

    With one format, its ``suffix`` is added when the name typed has another one or none.
    With several in ``file_filter`` ("Word letter (*.docx);;JSON (*.json)"), a name ending
    in one of them is kept, and any other gets the suffix of the format chosen.
    """
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, caption, str(last_folder(kind, settings) / file_name), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    offered = set(_SUFFIX.findall(file_filter)) or {suffix}
    if path.suffix.lower() not in offered:
        picked = _SUFFIX.findall(chosen_filter or "")
        path = path.with_name(path.name + (picked[0] if picked else suffix))
    remember_folder(kind, path.parent, settings)
    return path


class WrittenNotice(QMessageBox):
    """ "Wrote memo.docx in /somewhere", with Open, Show in folder and Close."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(title)
        self.setText(_tr("SaveLocations", "Wrote {name}").format(name=path.name))
        self.setInformativeText(_tr("SaveLocations", "in {folder}").format(folder=path.parent))
        self.open_button: QPushButton = self.addButton(
            _tr("SaveLocations", "&Open"), QMessageBox.ButtonRole.AcceptRole
        )
        self.folder_button: QPushButton = self.addButton(
            _tr("SaveLocations", "Show in &folder"), QMessageBox.ButtonRole.ActionRole
        )
        close = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_button)
        self.setEscapeButton(close)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.open_button:
            target = self.path
        elif button is self.folder_button:
            target = self.path.parent
        else:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            QMessageBox.information(
                self.parentWidget(),
                self.windowTitle(),
                _tr("SaveLocations", "No program to open {path} was found.").format(path=target),
            )


def announce_written(parent: QWidget | None, path: Path, title: str) -> WrittenNotice:
    """Say that ``path`` was written and offer to open it or its folder (not blocking)."""
    notice = WrittenNotice(path, title, parent)
    notice.finished.connect(lambda _result: notice.deleteLater())
    notice.open()
    return notice
