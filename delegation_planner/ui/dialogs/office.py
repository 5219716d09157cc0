"""Settings ▸ Office profile…, and the short setup on the very first start.

Three choices, each with a sensible default so that a person can just press Enter (or
Skip on the first start): the office profile (Region Skåne, Region Hovedstaden, Region
Midtjylland, or a profile file from another office), the window's language (the
system's unless chosen), and the letterhead every document is written on (kept in the
register). A changed profile re-evaluates every delegation against its policy.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from sqlite_utils import Database

from delegation_planner.domain.office import (
    SHIPPED,
    OfficeProfile,
    OfficeProfileError,
    profile_from_json,
    shipped_profile,
)
from delegation_planner.storage import office_store
from delegation_planner.storage.errors import DatabaseError, StorageError
from delegation_planner.texts.language import LANGUAGES, native_name
from delegation_planner.ui.dialogs.office_records import RecordsSettings
from delegation_planner.ui.generated.ui_office_dialog import Ui_OfficeDialog

LANGUAGE_SETTING = "language"  # the same key as Settings ▸ Language
SETUP_DONE_SETTING = "setup/done"
_FROM_FILE = "file"


class OfficeDialog(QDialog):
    def __init__(
        self,
        db: Database,
        settings: QSettings,
        read_only: bool = False,
        first_start: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings
        self._read_only = read_only
        self._current = office_store.load_office(db)
        self._profile: OfficeProfile | None = None  # a profile read from a file
        self._letterhead: bytes | None = self._current.letterhead
        self.ui = Ui_OfficeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("Welcome") if first_start else self.tr("Office profile"))
        if first_start:
            ui.intro_label.setText(
                self.tr(
                    "Which office keeps this register? Its profile names the office and the body that "
                    "decides on politicians' participation, and gives the rules, themes and checklists. "
                    "Everything can be changed later under Settings ▸ Office profile…"
                )
            )
        self.office_combo = ui.office_combo
        for key in SHIPPED:
            self.office_combo.addItem(shipped_profile(key).name, key)
        self.office_combo.addItem(self.tr("From a profile file…"), _FROM_FILE)
        index = self.office_combo.findData(self._current.key)
        if index < 0:
            self.office_combo.insertItem(0, self._current.name, "")
            index = 0
        self.office_combo.setCurrentIndex(index)
        self.office_combo.activated.connect(self._office_chosen)
        self.language_combo = ui.language_combo
        self.language_combo.addItem(self.tr("As the system"), "")
        for language in LANGUAGES:
            self.language_combo.addItem(native_name(language), language)
        chosen = str(settings.value(LANGUAGE_SETTING, "") or "")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen)))
        self.language_note = ui.language_note
        self.letterhead_label = ui.letterhead_label
        ui.choose_button.clicked.connect(self._choose_letterhead)
        self.clear_letterhead_button = ui.clear_letterhead_button
        self.clear_letterhead_button.clicked.connect(lambda: self.set_letterhead(None))
        self.records = RecordsSettings(db, self._current, read_only, self)
        for label, widget in self.records.rows():
            ui.form_layout.addRow(label, widget)
        self.office_combo.currentIndexChanged.connect(lambda _index: self._office_changed())
        buttons = ui.button_box
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        if first_start:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Skip"))
            self.save_button.setText(self.tr("&Start"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if read_only:
            for widget in (self.office_combo, ui.choose_button, self.clear_letterhead_button):
                widget.setEnabled(False)
        self._show_letterhead()
        self.office_combo.setFocus()

    @classmethod
    def ask(
        cls,
        db: Database,
        settings: QSettings,
        read_only: bool = False,
        first_start: bool = False,
        parent: QWidget | None = None,
    ) -> bool:
        """Show the dialog and wait; True when something was saved (tests patch ``exec``)."""
        dialog = cls(db, settings, read_only, first_start, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    # --- choices -------------------------------------------------------------------------------

    def chosen_profile(self) -> OfficeProfile | None:
        """The profile to adopt, or None when the register's own is kept."""
        key = str(self.office_combo.currentData() or "")
        if key == _FROM_FILE:
            return self._profile
        if key == self._current.key or not key:
            return None
        return shipped_profile(key)

    def _office_changed(self) -> None:
        # Another office keeps its records its own way: what is shown (and saved) follows the choice.
        self.records.show_profile(self.chosen_profile() or self._current)

    def _office_chosen(self) -> None:
        if self.office_combo.currentData() != _FROM_FILE:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Office profile file"), "", self.tr("Office profiles (*.json);;All files (*)")
        )
        if not name or not self.read_profile_file(Path(name)):
            self.office_combo.setCurrentIndex(max(0, self.office_combo.findData(self._current.key)))

    def read_profile_file(self, path: Path) -> bool:
        try:
            self._profile = profile_from_json(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, OfficeProfileError) as error:
            QMessageBox.warning(
                self,
                self.tr("Office profile"),
                self.tr("{0} is not a usable office profile: {1}").format(path, error),
            )
            return False
        self.office_combo.setCurrentIndex(self.office_combo.findData(_FROM_FILE))
        self.office_combo.setItemText(self.office_combo.currentIndex(), self._profile.name)
        self.records.show_profile(self._profile)
        return True

    def _choose_letterhead(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Letterhead template"), "", self.tr("Word documents and templates (*.docx *.dotx)")
        )
        if name:
            self.choose_letterhead(Path(name))

    def choose_letterhead(self, path: Path) -> bool:
        # Imported here: python-docx is not needed to show the window.
        from delegation_planner.documents.template import TemplateError, open_template

        try:
            data = path.read_bytes()
            open_template(data)  # refuse a file that is no Word document before keeping it
        except (OSError, TemplateError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            QMessageBox.warning(
                self,
                self.tr("Letterhead"),
                self.tr("{0} cannot be the letterhead: {1}").format(path.name, reason),
            )
            return False
        self.set_letterhead(data)
        return True

    def set_letterhead(self, data: bytes | None) -> None:
        self._letterhead = data
        self._show_letterhead()

    def _show_letterhead(self) -> None:
        if self._letterhead:
            size = max(1, round(len(self._letterhead) / 1024))
            self.letterhead_label.setText(self.tr("The office's own template ({0} kB)").format(size))
        else:
            self.letterhead_label.setText(self.tr("The program's template"))
        self.clear_letterhead_button.setEnabled(not self._read_only and bool(self._letterhead))

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        self._settings.setValue(LANGUAGE_SETTING, self.language_combo.currentData() or "")
        self._settings.setValue(SETUP_DONE_SETTING, True)
        if self._read_only:
            self.accept()
            return
        problem = self.records.problem()
        if problem is not None:
            self.records.pattern_edit.setFocus()
            return  # the problem is shown under the pattern
        profile = self.chosen_profile()
        months, pattern = self.records.contact_months(), self.records.reference_pattern()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if profile is not None:
                # The records settings as shown: the chosen office's, or as the person changed them.
                profile = dataclasses.replace(profile, contact_months=months, reference_pattern=pattern)
                office_store.use_office(self._db, profile)
            elif (months, pattern) != (self._current.contact_months, self._current.reference_pattern):
                office_store.save_records_settings(self._db, contact_months=months, reference_pattern=pattern)
            if self._letterhead != office_store.letterhead(self._db):
                office_store.set_letterhead(self._db, self._letterhead)
        except (DatabaseError, StorageError, OfficeProfileError) as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self,
                self.tr("Office profile"),
                self.tr("The office profile was not saved: {0}").format(error),
            )
            return
        QGuiApplication.restoreOverrideCursor()
        self.accept()

    def reject(self) -> None:
        # Skipping the first start's setup is an answer too: it is not asked again.
        self._settings.setValue(SETUP_DONE_SETTING, True)
        super().reject()
