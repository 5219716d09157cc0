"""Who travels or receives: people from the register with side, role and justification."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget
from sqlite_utils import Database

from delegation_planner.domain.enums import Role, Side
from delegation_planner.domain.politicians import is_home_politician
from delegation_planner.domain.records import Delegation, Organisation, Participant, Person
from delegation_planner.exchange import participant_import as pi
from delegation_planner.storage import repository
from delegation_planner.storage.errors import StorageError
from delegation_planner.ui.editor.context import EditorContext
from delegation_planner.ui.editor.person_dialogs import PersonPicker, QuickPerson
from delegation_planner.ui.editor.table_tab import TableTab
from delegation_planner.ui.generated.ui_participants_tab import Ui_ParticipantsTab
from delegation_planner.ui.labels import enums as labels
from delegation_planner.ui.models.participants_model import (
    JUSTIFICATION,
    NAME,
    ROLE,
    SIDE,
    ParticipantsModel,
)
from delegation_planner.ui.widgets.delegates import ChoiceDelegate, MultiLineDelegate


class ParticipantsTab(TableTab):
    # The import dialog belongs to the editor, which hands it ``add_imported``.
    import_requested = Signal()

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        # People and organisations an imported list brings, stored when the delegation is saved.
        self._pending_people: dict[str, Person] = {}
        self._pending_organisations: dict[str, Organisation] = {}
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
        # Wide enough for the longest word of each choice, which Swedish and Danish make longer.
        metrics = view.fontMetrics()
        words: dict[int, list[str]] = {
            1: [label for label, _ in labels.person_kinds()],
            SIDE: [label for label, _ in labels.sides()],
            ROLE: [label for label, _ in labels.roles()],
        }
        for column, width in ((1, 90), (2, 170), (SIDE, 80), (ROLE, 100)):
            longest = max(
                (metrics.horizontalAdvance(label) + 24 for label in words.get(column, [])), default=0
            )
            header.resizeSection(column, max(width, longest))
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
        self._forget_pending()
        self.model.set_items(delegation.participants)
        self._update_problems()
        self._update_buttons()

    # --- an imported list: part of the unsaved changes ------------------------------------------

    def add_imported(self, plan: pi.ImportPlan, side: Side, role: Role | None) -> int:
        """Add a planned import to the participants here (new people are kept until Save);
        return how many participants were added."""
        organisation_keys: dict[str, str] = {}
        for organisation in plan.new_organisations:
            same = next(
                (
                    o
                    for o in self._pending_organisations.values()
                    if _fold(o.name) == _fold(organisation.name)
                ),
                None,
            )
            if same is not None:  # listed by an earlier import not yet saved
                organisation_keys[organisation.id] = same.id
                continue
            key = self._free_key(organisation.id, self._context.organisations)
            organisation_keys[organisation.id] = key
            kept_organisation = replace(organisation, id=key)
            self._pending_organisations[key] = kept_organisation
            self._context.organisations[key] = kept_organisation
        person_keys: dict[str, str] = {}
        for person in plan.new_people:
            person = replace(
                person, organisation=organisation_keys.get(person.organisation or "", person.organisation)
            )
            twin = next((p for p in self._pending_people.values() if _same_person(p, person)), None)
            if twin is not None:
                person_keys[person.id] = twin.id
                continue
            key = self._free_key(person.id, self._context.people)
            person_keys[person.id] = key
            kept_person = replace(person, id=key)
            self._pending_people[key] = kept_person
            self._context.people[key] = kept_person
        rows = [replace(row, person=person_keys.get(row.person, row.person)) for row in plan.rows]
        participants = self.model.items()
        added = pi.add_participants(rows, participants, side, role)
        if added:
            self.model.set_items(participants)
            self._update_problems()
            self._update_buttons()
            self._update_count()
            self.changed.emit()
        return added

    def prepare_save(self, db: Database, delegation: Delegation) -> None:
        taking_part = {p.person for p in delegation.participants}
        # Someone imported and then removed again is not stored.
        people = [p for key, p in self._pending_people.items() if key in taking_part]
        used = {p.organisation for p in people}
        organisations = [o for key, o in self._pending_organisations.items() if key in used]
        moved = pi.store_new_records(db, people, organisations)
        for participant in delegation.participants:
            participant.person = moved.get(participant.person, participant.person)

    def stored(self, delegation: Delegation) -> None:
        if not self._pending_people and not self._pending_organisations:
            return
        if {p.person for p in delegation.participants} != set(self.model.person_keys()):
            self.model.set_items(delegation.participants)  # a key moved while saving
        # The stored records (under their final keys) replace the pending ones; the
        # context is shared by every tab, so it is refreshed in place.
        fresh = EditorContext.load(self._context.db)
        self._context.people.clear()
        self._context.people.update(fresh.people)
        self._context.organisations.clear()
        self._context.organisations.update(fresh.organisations)
        self._pending_people.clear()
        self._pending_organisations.clear()

    def _forget_pending(self) -> None:
        for key in self._pending_people:
            self._context.people.pop(key, None)
        for key in self._pending_organisations:
            self._context.organisations.pop(key, None)
        self._pending_people.clear()
        self._pending_organisations.clear()

    @staticmethod
    def _free_key(base: str, taken: Mapping[str, object]) -> str:
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        return candidate

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
        participant = Participant(person=key, side=Side.HOME)
        row = self.model.append(participant)
        view = self.ui.participants_view
        view.selectRow(row)
        if is_home_politician(participant, self._context.people.get(key)):
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


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _same_person(a: Person, b: Person) -> bool:
    """The same person listed by two imports: the same e-mail, or the same name and organisation."""
    if a.email.strip() and a.email.strip().casefold() == b.email.strip().casefold():
        return True
    return _fold(a.name) == _fold(b.name) and a.organisation == b.organisation
