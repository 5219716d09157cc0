"""Settings ▸ Policy profile: the office's GRIP thresholds and priority themes (contract §1).

Saving re-evaluates every delegation against the new profile, which takes
seconds on a large register, so it runs in a worker thread on its own
connection with a progress dialog; the dialog closes (accepted) only once the
new verdicts are stored, so whoever opened it can refresh straight away.

Priority themes are picked by their labels from the office profile's theme list, as a
person names them ("Hälso- och sjukvård"), with completion while typing; the list shows
labels, and the profile stores the keys (``health_care``) that files and other offices use.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from sqlite_utils import Database

from delegation_planner.documents.labels import Labels
from delegation_planner.domain.office import SHIPPED, shipped_profile
from delegation_planner.domain.policy import CRITERIA, PolicyProfile
from delegation_planner.domain.text import single_line_problem
from delegation_planner.storage import repository
from delegation_planner.storage.office_store import load_office
from delegation_planner.texts.themes import theme_text
from delegation_planner.ui.db_task import DatabaseTask, progress_dialog
from delegation_planner.ui.generated.ui_policy_dialog import Ui_PolicyDialog
from delegation_planner.ui.labels.office import window_language
from delegation_planner.ui.models.theme_list import ThemeListModel


class PolicyDialog(QDialog):
    def __init__(
        self, db: Database, path: Path | str, read_only: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PolicyDialog()
        self.ui.setupUi(self)
        self._path = path
        self._read_only = read_only
        self._task: DatabaseTask | None = None
        self._progress: QProgressDialog | None = None
        self._loaded = repository.load_policy(db)
        self.themes = ThemeListModel(parent=self)
        self.ui.themes_view.setModel(self.themes)
        for label in (self.ui.name_problem, self.ui.theme_problem):
            label.setVisible(False)
        buttons = self.ui.button_box
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        # Both become None in a read-only dialog, which has only Close.
        self.save_button: QPushButton | None = save
        self.restore_button: QPushButton | None = restore
        office = load_office(db)
        language = window_language()
        self._office = office
        self._language = language
        self.themes.label = lambda key: theme_text(key, office, language)
        # The office's themes not yet chosen, by label, offered as the user types (any part of the name).
        self._offered = QStringListModel(self)
        self.completer = QCompleter(self._offered, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.ui.theme_edit.setCompleter(self.completer)
        self.completer.activated.connect(self._theme_picked)
        self.themes.modelReset.connect(self._offer_themes)
        self.themes.rowsInserted.connect(lambda *_: self._offer_themes())
        self.themes.rowsRemoved.connect(lambda *_: self._offer_themes())
        self.ui.intro_label.setText(
            self.tr(
                "These settings decide the criteria for politicians' participation in every delegation. "
                "Saving evaluates every delegation again."
            )
        )
        self._defaults = shipped_profile(office.key).policy if office.key in SHIPPED else PolicyProfile()
        # Each criterion by its title as the office words it ("GRIP decision before the start",
        # "Decision by Forretningsudvalget ..."), taken from the documents' words.
        labels = Labels.for_language(language, office)
        self.criterion_checks: dict[str, QCheckBox] = {}
        for criterion in CRITERIA:
            check = QCheckBox(labels.criterion(criterion).replace("&", "&&"), self.ui.criteria_box)
            self.ui.criteria_layout.insertWidget(len(self.criterion_checks), check)
            self.criterion_checks[criterion] = check
        # Another office's set of rules, as `office use` would bring it, without leaving this office.
        for key in SHIPPED:
            self.ui.rules_combo.addItem(shipped_profile(key).name, key)
        if office.key in SHIPPED:
            self.ui.rules_combo.setCurrentIndex(SHIPPED.index(office.key))
        self.ui.use_rules_button.clicked.connect(self.use_shipped_rules)
        restore.setText(self.tr("Restore the &defaults of {0}").format(office.name.replace("&", "&&")))
        buttons.clicked.connect(self._on_button)
        buttons.rejected.connect(self.reject)
        self.ui.add_theme_button.clicked.connect(self.add_theme)
        self.ui.remove_theme_button.clicked.connect(self.remove_selected_themes)
        self.ui.name_edit.textChanged.connect(lambda _text: self._check_name())
        self.ui.theme_edit.textChanged.connect(lambda _text: self._on_theme_typed())
        self.ui.theme_edit.installEventFilter(self)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.ui.themes_view)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected_themes)
        self.ui.themes_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.show_profile(self._loaded)
        if read_only:
            self._make_read_only()
        self._update_buttons()

    # --- the fields --------------------------------------------------------------------------

    def show_profile(self, policy: PolicyProfile) -> None:
        ui = self.ui
        # What the dialog does not edit (the criteria the office applies, its decision body) is kept.
        self._shown = policy
        ui.name_edit.setText(policy.name)
        ui.min_justification_spin.setValue(policy.min_justification_chars)
        ui.max_politicians_spin.setValue(policy.max_politicians_outbound)
        ui.min_follow_up_spin.setValue(policy.min_follow_up_points)
        self.themes.set_themes(policy.priority_themes)
        for criterion, check in self.criterion_checks.items():
            check.setChecked(criterion in policy.criteria)
        self._update_buttons()

    def use_shipped_rules(self) -> None:
        """Show the chosen shipped office's rules in the fields; Save applies them."""
        key = str(self.ui.rules_combo.currentData() or "")
        if key not in SHIPPED:
            return
        rules = shipped_profile(key).policy
        # Only what the dialog edits comes from the other office: the decision body stays ours.
        self.show_profile(
            dataclasses.replace(
                self.profile(),
                name=rules.name,
                min_justification_chars=rules.min_justification_chars,
                max_politicians_outbound=rules.max_politicians_outbound,
                priority_themes=list(rules.priority_themes),
                min_follow_up_points=rules.min_follow_up_points,
                criteria=list(rules.criteria),
            )
        )

    def profile(self) -> PolicyProfile:
        ui = self.ui
        return dataclasses.replace(
            getattr(self, "_shown", PolicyProfile()),
            name=ui.name_edit.text().strip(),
            min_justification_chars=ui.min_justification_spin.value(),
            max_politicians_outbound=ui.max_politicians_spin.value(),
            priority_themes=self.themes.themes(),
            min_follow_up_points=ui.min_follow_up_spin.value(),
            criteria=[c for c, check in self.criterion_checks.items() if check.isChecked()],
        )

    def _make_read_only(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Policy profile (read-only)"))
        ui.intro_label.setText(
            self.tr("This register is open read-only, so its policy profile can be read but not changed.")
        )
        ui.name_edit.setReadOnly(True)
        for spin in (ui.min_justification_spin, ui.max_politicians_spin, ui.min_follow_up_spin):
            spin.setReadOnly(True)
            spin.setButtonSymbols(spin.ButtonSymbols.NoButtons)
        hidden: tuple[QWidget, ...] = (
            ui.theme_edit,
            ui.add_theme_button,
            ui.remove_theme_button,
            ui.rules_label,
            ui.rules_combo,
            ui.use_rules_button,
        )
        for widget in hidden:
            widget.setVisible(False)
        for check in self.criterion_checks.values():
            check.setEnabled(False)
        ui.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)  # deletes Save and Restore
        self.save_button = self.restore_button = None

    # --- validation beside the fields ----------------------------------------------------------

    def _check_name(self) -> str | None:
        name = self.ui.name_edit.text()
        problem = None
        if not name.strip():
            problem = self.tr("Give the profile a name, such as “{0}”.").format(self._defaults.name)
        elif single_line_problem(name):
            problem = self.tr("The name {problem}.").format(problem=single_line_problem(name))
        self._show_problem(self.ui.name_problem, problem)
        self._update_buttons()
        return problem

    def theme_key(self, text: str) -> str | None:
        """The office's theme ``text`` names: its label in any language, or its key; None if none."""
        typed = " ".join(text.split()).casefold()
        for key, labels in self._office.themes.items():
            if typed == key.casefold() or typed in {label.casefold() for label in labels.values()}:
                return key
        return None

    def _theme_problem(self, text: str) -> str | None:
        theme = " ".join(text.split())
        if not theme:
            return None
        key = self.theme_key(theme)
        if key is None:
            # "Ældre" names a theme already chosen ("Ældrepleje") rather than none at all.
            folded = theme.casefold()
            chosen = [
                self.themes.label(k)
                for k in self.themes.themes()
                if folded in self.themes.label(k).casefold()
            ]
            offered = any(folded in label.casefold() for label in self._offered.stringList())
            if chosen and not offered:
                return self.tr("“{theme}” is in the list already.").format(theme=chosen[0])
            return self.tr("“{theme}” is not one of the themes of {office}; pick one from the list.").format(
                theme=theme, office=self._office.name
            )
        if key in self.themes.themes():
            return self.tr("“{theme}” is in the list already.").format(theme=self.themes.label(key))
        return None

    def _offer_themes(self) -> None:
        chosen = set(self.themes.themes())
        self._offered.setStringList(
            [self.themes.label(key) for key in self._office.themes if key not in chosen]
        )

    def _on_theme_typed(self) -> None:
        text = self.ui.theme_edit.text()
        # Part of a theme's name is no mistake while the list offers its completion.
        problem = None if self._completes(text) else self._theme_problem(text)
        self._show_problem(self.ui.theme_problem, problem)
        self._update_buttons()

    def _completes(self, text: str) -> bool:
        """Whether ``text`` is part of an offered theme's name, not yet the whole of one."""
        typed = " ".join(text.split()).casefold()
        if not typed or self.theme_key(text) is not None:
            return False
        return any(typed in label.casefold() for label in self._offered.stringList())

    def _show_problem(self, label: QLabel, problem: str | None) -> None:
        # The ⚠ says "problem" without relying on the red.
        label.setText(f"⚠ {problem}" if problem else "")
        label.setStyleSheet("color: #b00020;" if problem else "")
        label.setVisible(bool(problem))

    def _update_buttons(self) -> None:
        if self._read_only:
            return
        text = self.ui.theme_edit.text()
        self.ui.add_theme_button.setEnabled(bool(text.strip()) and self._theme_problem(text) is None)
        self.ui.remove_theme_button.setEnabled(self.ui.themes_view.selectionModel().hasSelection())
        if self.save_button is not None:
            self.save_button.setEnabled(self._task is None and not self.ui.name_problem.isVisible())

    # --- themes ------------------------------------------------------------------------------

    def add_theme(self) -> bool:
        """Add the typed theme; a wrong one is refused with the reason beside the field."""
        text = self.ui.theme_edit.text()
        problem = self._theme_problem(text) if text.strip() else self.tr("Type a theme first.")
        if problem:
            self._show_problem(self.ui.theme_problem, problem)
            self.ui.theme_edit.setFocus()
            return False
        key = self.theme_key(text)
        assert key is not None  # _theme_problem found it
        row = self.themes.add(key)
        self.ui.themes_view.setCurrentIndex(self.themes.index(row))
        self.ui.theme_edit.clear()
        return True

    def _theme_picked(self, label: str) -> None:
        """A theme chosen from the completion list is added at once, as Enter would."""
        self.ui.theme_edit.setText(label)
        self.add_theme()

    def remove_selected_themes(self) -> None:
        rows = [index.row() for index in self.ui.themes_view.selectionModel().selectedRows()]
        self.themes.remove_rows(rows)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.theme_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            # Enter in the theme field adds the theme instead of saving the whole dialog.
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.ui.theme_edit.text().strip():
                    self.add_theme()
                return True
            # Down in the empty field lists every theme still to pick, for the keyboard.
            if event.key() == Qt.Key.Key_Down and not self.ui.theme_edit.text():
                self.completer.setCompletionPrefix("")
                self.completer.complete()
                return True
        return super().eventFilter(watched, event)

    # --- saving --------------------------------------------------------------------------------

    def _on_button(self, button: QAbstractButton) -> None:
        if button is self.restore_button:
            self.show_profile(self._defaults)
        elif button is self.save_button:
            self.save()

    def save(self) -> None:
        if self._read_only or self._task is not None or self._check_name():
            return
        policy = self.profile()
        if policy == self._loaded:
            self.accept()  # nothing changed: no need to evaluate every delegation again
            return
        task = DatabaseTask(
            self._path,
            lambda db, progress: repository.save_policy(db, policy, progress),
            read_only=False,
            parent=self,
        )
        self._task = task
        self._progress = progress_dialog(
            self, task, self.tr("Evaluating every delegation against the policy…")
        )
        task.finished.connect(lambda _result: self._saved())
        task.failed.connect(self._save_failed)
        self._update_buttons()
        task.start()

    def _saved(self) -> None:
        self._task = None
        self.accept()

    def _save_failed(self, message: str) -> None:
        self._task = None
        self._update_buttons()
        QMessageBox.warning(
            self, self.tr("Policy profile"), self.tr("The policy was not saved: {0}").format(message)
        )

    def reject(self) -> None:
        if self._task is None:  # a save cannot be abandoned half-way; it finishes first
            super().reject()

    def done(self, result: int) -> None:
        if self._task is not None and self._task.is_running():
            self._task.wait()
        super().done(result)
