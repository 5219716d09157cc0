"""The delegation's participants: who they are comes from the register, the rest is edited here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from delegation_planner.domain.enums import Role, Side
from delegation_planner.domain.politicians import is_home_politician
from delegation_planner.domain.records import Organisation, Participant, Person
from delegation_planner.domain.text import forbidden_character
from delegation_planner.ui.labels import enums as labels
from delegation_planner.ui.models.record_table import Index, RecordTableModel

NAME, KIND, ORGANISATION, SIDE, ROLE, JUSTIFICATION = range(6)

# Amber, as for the follow-up points: still to be written, not an error (GRIP decides, not Save).
SHORT_JUSTIFICATION_BACKGROUND = QColor(255, 236, 179)


class ParticipantsModel(RecordTableModel[Participant]):
    editable_columns = frozenset({SIDE, ROLE, JUSTIFICATION})

    def __init__(
        self,
        people: dict[str, Person],
        organisations: dict[str, Organisation],
        parent: Any = None,
        *,
        min_justification_chars: int | None = None,
    ) -> None:
        super().__init__(parent)
        # Shared with the editor's context, so a person made on the spot is known here too.
        self._people = people
        self._organisations = organisations
        # The policy's minimum; None when the model is used without a policy (no marking).
        self._min_justification = min_justification_chars

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
            if not item.justification.strip() and self.justification_needed(item):
                # Words in the empty cell, so the gap reads without the colour.
                return self.tr("(needs a justification)")
            return item.justification
        return ""

    def edit_value(self, item: Participant, column: int) -> Any:
        if column == SIDE:
            return item.side.value
        if column == ROLE:
            return item.role.value if item.role else None
        if column == JUSTIFICATION:
            return item.justification
        return self.display(item, column)

    def justification_needed(self, item: Participant) -> str | None:
        """Why a home-side politician's justification is still too short for the policy
        (the GRIP criterion, shown where it is written); None when it is long enough."""
        minimum = self._min_justification
        if minimum is None or not is_home_politician(item, self.person(item)):
            return None
        length = len(item.justification.strip())
        if length >= minimum:
            return None
        return self.tr(
            "A home-side politician needs a justification of at least {minimum} characters "
            "(policy); this one has {length}."
        ).format(minimum=minimum, length=length)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and index.column() == JUSTIFICATION
            and 0 <= index.row() < len(self._items)
            and role
            in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole)
        ):
            item = self._items[index.row()]
            # A real problem (a forbidden character) is shown as such by the base.
            needed = None if self.cell_problem(item, JUSTIFICATION) else self.justification_needed(item)
            if needed is not None:
                if role == Qt.ItemDataRole.BackgroundRole:
                    return SHORT_JUSTIFICATION_BACKGROUND
                if role == Qt.ItemDataRole.ToolTipRole:
                    return needed
                if not item.justification.strip():
                    italic = QFont()
                    italic.setItalic(True)
                    return italic
                return None
        return super().data(index, role)

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
        return sum(1 for p in self._items if is_home_politician(p, self.person(p)))
