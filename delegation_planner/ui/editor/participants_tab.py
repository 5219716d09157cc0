"""Who travels or receives: people from the register with side, role and justification."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from delegation_planner.domain.enums import PersonKind, Side
from delegation_planner.domain.records import Delegation, Participant
from delegation_planner.storage import repository
from delegation_planner.storage.errors import StorageError
from delegation_planner.ui.delegates import ChoiceDelegate, MultiLineDelegate
from delegation_planner.ui.editor import labels
from delegation_planner.ui.editor.context import EditorContext
from delegation_planner.ui.editor.person_dialogs import PersonPicker, QuickPerson
from delegation_planner.ui.editor.table_tab import TableTab
from delegation_planner.ui.generated.ui_participants_tab import Ui_ParticipantsTab
from delegation_planner.ui.models.participants_model import (
    JUSTIFICATION,
    NAME,
    ROLE,
    SIDE,
    ParticipantsModel,
)


class ParticipantsTab(TableTab):
    # The list is imported into the stored delegation, which only the editor can save first.
    import_requested = Signal()

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui = Ui_ParticipantsTab()
        self.ui.setupUi(self)
        # The policy's minimum marks a politician's short justification here, where it is written.
        policy = repository.load_policy(context.db)
        self.model = ParticipantsModel(
            context.people,
            context.organisations,
            self,
            min_justification_chars=policy.min_justification_chars,
        )
        view = self.ui.participants_view
        self.bind_table(view, self.model, self.ui.remove_button, self.ui.participants_problem)
        view.setItemDelegateForColumn(
            SIDE, ChoiceDelegate([(label, v.value) for label, v in labels.sides()], view)
        )
        no_role: list[tuple[str, object]] = [(self.tr("—"), None)]
        role_choices = no_role + [(label, v.value) for label, v in labels.roles()]
        view.setItemDelegateForColumn(ROLE, ChoiceDelegate(role_choices, view))
        view.setItemDelegateForColumn(JUSTIFICATION, MultiLineDelegate(view))
        view.setWordWrap(True)
        header = view.horizontalHeader()
        header.resizeSection(NAME, 170)
        for column, width in ((1, 90), (2, 170), (SIDE, 80), (ROLE, 100)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(JUSTIFICATION, QHeaderView.ResizeMode.Stretch)
        self.ui.add_button.clicked.connect(self.add_from_register)
        self.ui.new_person_button.clicked.connect(self.add_new_person)
        self.ui.import_button.clicked.connect(self.import_requested)
        # Justifications can run over several lines; let the rows follow their text.
        self.model.dataChanged.connect(self._fit_rows)
        self.model.rowsInserted.connect(self._fit_rows)
        self.model.modelReset.connect(self._fit_rows)
        self.model.edited.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    def title(self) -> str:
        return self.tr("Participants")

    def load(self, delegation: Delegation) -> None:
        self.model.set_items(delegation.participants)
        self._update_problems()
        self._update_buttons()

    def apply_to(self, delegation: Delegation) -> None:
        delegation.participants = self.model.items()

    def add_from_register(self) -> None:
        picker = PersonPicker(self._context, self.model.person_keys(), self)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        for key in picker.selected_keys():
            self._add(key)

    def add_new_person(self) -> None:
        dialog = QuickPerson(self._context, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            person = dialog.save()
        except StorageError as error:
            QMessageBox.warning(
                self, self.tr("Not saved"), self.tr("The person was not added: {reason}").format(reason=error)
            )
            return
        self._add(person.id)

    def _add(self, key: str) -> None:
        if key in self.model.person_keys():
            return
        row = self.model.append(Participant(person=key, side=Side.HOME))
        view = self.ui.participants_view
        view.selectRow(row)
        person = self._context.people.get(key)
        if person is not None and person.kind == PersonKind.POLITICIAN:
            # A politician's participation must be justified (GRIP): go straight to that cell.
            view.setCurrentIndex(self.model.index(row, JUSTIFICATION))

    def _fit_rows(self) -> None:
        # After the event loop settles, when the stretched column has its final width; the view
        # as context drops the call if the dialog is gone by then.
        view = self.ui.participants_view
        QTimer.singleShot(0, view, view.resizeRowsToContents)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()

    def _update_count(self) -> None:
        count = self.model.home_politicians()
        self.ui.politicians_label.setText(self.tr("Home-side politicians: {count}").format(count=count))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.ui.add_button.setEnabled(not read_only)
        self.ui.new_person_button.setEnabled(not read_only)
        self.ui.import_button.setEnabled(not read_only)
