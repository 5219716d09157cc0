"""The delegation's participants: who they are comes from the register, the rest is edited here."""

from __future__ import annotations

from typing import Any

from delegation_planner.domain.enums import PersonKind, Role, Side
from delegation_planner.domain.records import Organisation, Participant, Person
from delegation_planner.domain.text import forbidden_character
from delegation_planner.ui.editor import labels
from delegation_planner.ui.models.record_table import RecordTableModel

NAME, KIND, ORGANISATION, SIDE, ROLE, JUSTIFICATION = range(6)


class ParticipantsModel(RecordTableModel[Participant]):
    editable_columns = frozenset({SIDE, ROLE, JUSTIFICATION})

    def __init__(
        self, people: dict[str, Person], organisations: dict[str, Organisation], parent: Any = None
    ) -> None:
        super().__init__(parent)
        # Shared with the editor's context, so a person made on the spot is known here too.
        self._people = people
        self._organisations = organisations

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Organisation"),
            self.tr("Side"),
            self.tr("Role"),
            self.tr("Justification"),
        ]

    def person(self, participant: Participant) -> Person | None:
        return self._people.get(participant.person)

    def display(self, item: Participant, column: int) -> str:
        person = self.person(item)
        if column == NAME:
            return person.name if person else item.person
        if column == KIND:
            return labels.label_of(labels.person_kinds(), person.kind) if person else ""
        if column == ORGANISATION:
            if person is None or not person.organisation:
                return ""
            found = self._organisations.get(person.organisation)
            return found.name if found else person.organisation
        if column == SIDE:
            return labels.label_of(labels.sides(), item.side)
        if column == ROLE:
            return labels.label_of(labels.roles(), item.role)
        if column == JUSTIFICATION:
            return item.justification
        return ""

    def edit_value(self, item: Participant, column: int) -> Any:
        if column == SIDE:
            return item.side.value
        if column == ROLE:
            return item.role.value if item.role else None
        return self.display(item, column)

    def set_value(self, item: Participant, column: int, value: Any) -> bool:
        if column == SIDE:
            new_side = Side(value)
            changed = new_side != item.side
            item.side = new_side
            return changed
        if column == ROLE:
            new_role = Role(value) if value else None
            changed = new_role != item.role
            item.role = new_role
            return changed
        if column == JUSTIFICATION:
            text = str(value or "")
            changed = text != item.justification
            item.justification = text
            return changed
        return False

    def cell_problem(self, item: Participant, column: int) -> str | None:
        if column == NAME and item.person not in self._people:
            return self.tr("'{key}' is not in the register of people.").format(key=item.person)
        if column == JUSTIFICATION:
            problem = forbidden_character(item.justification)
            if problem:
                return self.tr("the justification {problem}.").format(problem=problem)
        return None

    def person_keys(self) -> set[str]:
        return {p.person for p in self._items}

    def home_politicians(self) -> int:
        return sum(
            1
            for p in self._items
            if p.side == Side.HOME
            and (person := self.person(p)) is not None
            and person.kind == PersonKind.POLITICIAN
        )
