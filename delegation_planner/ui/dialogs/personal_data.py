"""The People menu: answer an access request, erase a person, review who is kept too long.

The person is the one selected on the People tab, or else chosen from a list.
Gathering and erasing read every text of the register, and an erasure rewrites
the file (VACUUM), so both run in a worker on their own connection; the window
reloads every page afterwards. An erasure is confirmed in a message that says what
will change, including the program's backups that hold the name and will be deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from delegation_planner.domain.text import printable
from delegation_planner.storage import repository
from delegation_planner.storage.erasure import (
    ERASED_KEY,
    ErasurePlan,
    erase_people,
    erase_person,
    erased_label,
    plan_erasure,
)
from delegation_planner.storage.errors import NotFoundError, StorageError
from delegation_planner.storage.retention import (
    MAX_RETENTION_YEARS,
    DuePerson,
    due_for_review,
    retention_years,
    set_retention_years,
)
from delegation_planner.ui import save_locations
from delegation_planner.ui.db_task import DatabaseTask, progress_dialog
from delegation_planner.ui.editor.document_export import LANGUAGES
from delegation_planner.ui.file_writing import FileWriter
from delegation_planner.ui.labels import enums as labels
from delegation_planner.ui.window_host import WindowHost

LANGUAGE_KEY = "documents/language"
Index = QModelIndex | QPersistentModelIndex


class PersonalDataCommands(QObject):
    """The People menu's actions, working on the window's current register."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.task: DatabaseTask | None = None  # the running export or erasure, for tests to wait on
        self.files = FileWriter(window, lambda: window.session.path)
        self.export_action = QAction(self.tr("&Export personal data…"), window)
        self.export_action.setToolTip(
            self.tr("Write everything the register holds on one person (access request)")
        )
        self.erase_action = QAction(self.tr("&Erase person…"), window)
        self.erase_action.setToolTip(
            self.tr("Remove a person's name, e-mail and title and the texts naming them")
        )
        self.due_action = QAction(self.tr("Due for &review…"), window)
        self.due_action.setToolTip(
            self.tr("The people kept longer than the retention period after their last visit")
        )
        self.export_action.triggered.connect(lambda _checked=False: self.export_person())
        self.erase_action.triggered.connect(lambda _checked=False: self.erase_person())
        self.due_action.triggered.connect(lambda _checked=False: self.review_due())

    def actions(self) -> list[QAction]:
        return [self.export_action, self.erase_action, self.due_action]

    def wait(self) -> None:
        """Let a running export or erasure finish (before the register is closed)."""
        if self.task is not None:
            self.task.wait()
        self.files.wait()

    def update_enabled(self) -> None:
        session = self.window.session
        for action in self.actions():
            action.setEnabled(True)
            action.setToolTip("")
        # An erasure rewrites texts in every table, the decision history included: on a
        # server only a role that records decisions may make it (the server enforces it too).
        may_erase = not session.read_only and session.may_decide
        self.erase_action.setEnabled(may_erase)
        if session.is_server and not may_erase:
            self.erase_action.setToolTip(self.tr("Your role on the server may not erase a person."))

    # --- choosing the person ----------------------------------------------------------------------

    def chosen_person(self, title: str) -> str | None:
        """The person selected on the People tab when it is shown, else one chosen from a list."""
        window = self.window
        shown = window.shown_person()
        if shown is not None:
            return shown
        people = repository.list_people(window.session.db)
        if not people:
            QMessageBox.information(window, title, self.tr("There are no people in the register."))
            return None
        labels = [f"{p.name} ({p.id})" for p in people]
        chosen, accepted = QInputDialog.getItem(window, title, self.tr("Person:"), labels, 0, True)
        if not accepted or chosen not in labels:
            return None
        return people[labels.index(chosen)].id

    # --- access request ----------------------------------------------------------------------------

    def export_person(self) -> None:
        window = self.window
        title = self.tr("Export personal data")
        key = self.chosen_person(title)
        if key is None:
            return
        # The window's save dialog: the folder last used for these, the suffix of the format chosen.
        out = self.files.ask(
            save_locations.PERSONAL_DATA,
            title,
            f"personal-data-{key}.docx",
            self.tr("Word letter (*.docx);;JSON (*.json)"),
            ".docx",
        )
        if out is None:
            return
        language = "en"
        if out.suffix.lower() == ".docx":
            settings = QSettings()
            current = str(settings.value(LANGUAGE_KEY, "sv"))
            labels = [f"{label} ({code})" for label, code in LANGUAGES]
            codes = [code for _, code in LANGUAGES]
            index = codes.index(current) if current in codes else 0
            chosen, accepted = QInputDialog.getItem(
                window, title, self.tr("Language of the letter:"), labels, index, False
            )
            if not accepted:
                return
            language = codes[labels.index(chosen)]

        def work(db: Database, _progress: Callable[[int, int], None]) -> Path:
            from delegation_planner.documents.access_letter import write_access_json, write_access_letter
            from delegation_planner.storage.office_store import load_office
            from delegation_planner.storage.personal_data import personal_data

            data = personal_data(db, key)
            if out.suffix.lower() == ".json":
                return write_access_json(data, out)
            office = load_office(db).name  # the office profile names the office
            return write_access_letter(
                data, out, lang=language, retention_years=retention_years(db), office=office
            )

        # The window's one way to write a file (ui/file_writing.py).
        task = self.files.run(
            work,
            self.tr("Gathering what the register holds…"),
            title=title,
            not_done=self.tr("The personal data was not written: {reason}"),
            failures=(NotFoundError,),
        )
        self.task = task
        task.finished.connect(lambda path: self._exported(title, path))
        for signal in (task.finished, task.failed, task.cancelled):
            signal.connect(lambda *_args: self._ended(task))
        task.start()

    def _exported(self, title: str, path: Any) -> None:
        self.window.statusBar().showMessage(self.tr("Wrote {path}").format(path=path), 8000)
        self.files.announce(Path(path), title)

    def _ended(self, task: DatabaseTask) -> None:
        if self.task is task:
            self.task = None

    # --- erasure -----------------------------------------------------------------------------------

    def erase_person(self) -> None:
        window = self.window
        if window.session.read_only:
            return
        title = self.tr("Erase person")
        key = self.chosen_person(title)
        if key is None:
            return
        try:
            plan = plan_erasure(window.session.db, key, window.session.file)
        except NotFoundError as error:
            QMessageBox.warning(window, title, str(error))
            return
        if not self.confirm(title, [plan]):
            return
        self._run(
            lambda db, _progress: erase_person(db, plan),
            read_only=False,
            text=self.tr("Erasing {name}…").format(name=plan.person.name),
            title=title,
            done=lambda _result: self._erased([plan], plan.advice),
        )

    def confirm(self, title: str, plans: Sequence[ErasurePlan]) -> bool:
        if len(plans) == 1:
            lines = plans[0].lines()
            question = self.tr("Erase {name}? This cannot be undone.").format(name=plans[0].person.name)
        else:
            lines = [f"{p.person.name} ({p.person.id}) → {p.label}" for p in plans[:30]]
            if len(plans) > 30:
                lines.append(self.tr("… and {count} more.").format(count=len(plans) - 30))
            backups = sorted({str(b) for p in plans for b in p.backups})
            lines += [
                self.tr("The backup {path} holds a name and is deleted.").format(path=b) for b in backups
            ]
            question = self.tr(
                "Erase these {count} people? Their participations stay, anonymous. This cannot be undone."
            ).format(count=len(plans))
        text = question + "\n\n" + "\n".join(printable(line, 300) for line in lines)
        answer = QMessageBox.question(
            self.window,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _erased(self, plans: Sequence[ErasurePlan], advice: Sequence[str]) -> None:
        self.window.refresh_all()
        if len(plans) == 1:
            message = self.tr("{name} was erased; the register now shows {label}.").format(
                name=plans[0].person.name, label=plans[0].label
            )
        else:
            message = self.tr("{count} people were erased.").format(count=len(plans))
        self.window.statusBar().showMessage(message, 10000)
        if advice:
            # On a server: what its administrator must still do before no old copy is left.
            QMessageBox.information(
                self.window,
                self.tr("Erased"),
                message + "\n\n" + "\n".join(printable(a, 300) for a in advice),
            )

    # --- retention ---------------------------------------------------------------------------------

    def review_due(self) -> DueForReviewDialog:
        dialog = DueForReviewDialog(self, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def erase_due(self, parent: QWidget, people: Sequence[DuePerson]) -> bool:
        """Erase everyone listed, after one confirmation; True when it was started."""
        window = self.window
        title = self.tr("Erase people due for review")
        db = window.session.db
        plans: list[ErasurePlan] = []
        for number, person in enumerate(people):
            plan = plan_erasure(db, person.id, window.session.file)
            # Each is numbered in turn when erased; the confirmation shows the numbers they will get.
            label_number = int(plan.key.rsplit("-", 1)[1]) + number
            plan.label, plan.key = erased_label(db, label_number), ERASED_KEY.format(number=label_number)
            plans.append(plan)
        if not plans or not self.confirm(title, plans):
            return False
        keys = [p.id for p in people]
        path = window.session.file
        self._run(
            lambda db, _progress: erase_people(db, keys, path),
            read_only=False,
            text=self.tr("Erasing {count} people…").format(count=len(keys)),
            title=title,
            done=lambda result: self._erased(plans, result[0].advice if result else []),
            parent=parent,
        )
        return True

    # --- shared --------------------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[Database, Callable[[int, int], None]], Any],
        *,
        read_only: bool,
        text: str,
        title: str,
        done: Callable[[Any], None],
        parent: QWidget | None = None,
    ) -> None:
        owner = parent or self.window
        task = DatabaseTask(
            self.window.session.location, work, read_only=read_only, failures=(NotFoundError,), parent=self
        )
        self.task = task
        progress_dialog(owner, task, text)
        task.finished.connect(done)
        task.failed.connect(lambda message: QMessageBox.warning(owner, title, printable(message, 400)))
        for signal in (task.finished, task.failed):
            signal.connect(lambda *_args: self._forget(task))
        task.start()

    def _forget(self, task: DatabaseTask) -> None:
        task.wait()
        if self.task is task:
            self.task = None
        task.deleteLater()


class DueModel(QAbstractTableModel):
    """The people past the retention period: name, kind, organisation, last visit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[DuePerson] = []
        self._headers = [
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Organisation"),
            self.tr("Last visit ended"),
        ]

    def set_people(self, people: list[DuePerson]) -> None:
        self.beginResetModel()
        self.people = people
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self.people[index.row()]
        kind = labels.label_of(labels.person_kinds(), person.kind)
        return (person.name, kind, person.organisation, person.last_visit.isoformat())[index.column()]


class DueForReviewDialog(QDialog):
    """People ▸ Due for review: the retention period (saved with the policy) and who is past it."""

    def __init__(self, commands: PersonalDataCommands, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commands = commands
        self.setWindowTitle(self.tr("Due for review"))
        self.resize(760, 460)
        session = commands.window.session
        self._db, self._read_only = session.db, session.read_only
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Keep people for"), self))
        self.years_spin = QSpinBox(self)
        self.years_spin.setRange(1, MAX_RETENTION_YEARS)
        self.years_spin.setSuffix(self.tr(" years after their last visit"))
        self.years_spin.setValue(retention_years(self._db))
        self.years_spin.setEnabled(not self._read_only)
        row.addWidget(self.years_spin)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.model = DueModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.erase_button = QPushButton(self.tr("&Erase all listed…"), self)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.erase_button.clicked.connect(self.erase_listed)
        self.years_spin.valueChanged.connect(self._years_changed)
        self.reload()

    def reload(self) -> None:
        people = due_for_review(self._db, dt.date.today(), self.years_spin.value())
        self.model.set_people(people)
        if people:
            self.summary_label.setText(
                self.tr("{count} people took part in no visit in the last {years} years.").format(
                    count=len(people), years=self.years_spin.value()
                )
            )
        else:
            self.summary_label.setText(
                self.tr("Nobody is due: everyone took part in a visit in the last {years} years.").format(
                    years=self.years_spin.value()
                )
            )
        self.erase_button.setEnabled(bool(people) and not self._read_only and self.commands.task is None)

    def _years_changed(self, years: int) -> None:
        if not self._read_only:
            try:
                set_retention_years(self._db, years)
            except (StorageError, ValueError) as error:
                QMessageBox.warning(self, self.windowTitle(), str(error))
        self.reload()

    def erase_listed(self) -> None:
        if self.commands.erase_due(self, list(self.model.people)):
            task = self.commands.task
            self.erase_button.setEnabled(False)
            if task is not None:
                task.finished.connect(lambda _result: self.reload())
