"""The two ways to add participants: pick from the register, or make a person on the spot."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QWidget

from delegation_planner.domain.enums import PersonKind
from delegation_planner.domain.records import Person
from delegation_planner.domain.text import single_line_problem, slugify
from delegation_planner.storage import repository
from delegation_planner.ui.editor.context import EditorContext
from delegation_planner.ui.generated.ui_person_picker import Ui_PersonPicker
from delegation_planner.ui.generated.ui_quick_person import Ui_QuickPerson
from delegation_planner.ui.labels import enums as labels
from delegation_planner.ui.models.person_picker_model import NAME, PersonPickerModel


class PersonPicker(QDialog):
    """A searchable list of the register's people not already in the delegation."""

    def __init__(self, context: EditorContext, exclude: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonPicker()
        self.ui.setupUi(self)
        self.model = PersonPickerModel(context.organisations, self)
        self.model.set_items(p for key, p in context.people.items() if key not in exclude)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # search name, kind, title and organisation at once
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view = self.ui.people_view
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().hide()
        view.setWordWrap(False)  # one line per person, long organisation names elided
        view.setEditTriggers(view.EditTrigger.NoEditTriggers)
        view.doubleClicked.connect(self.accept)
        self.ui.filter_edit.textChanged.connect(self._filter)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        view.selectionModel().selectionChanged.connect(self._update)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() and not self.ui.people_view.selectionModel().hasSelection():
            self.ui.people_view.selectRow(0)
        self._update()

    def _update(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = self.tr("Everyone in the register is already in this delegation. Use “New person…”.")
        else:
            text = self.tr("{shown} of %Ln person(s) shown. Ctrl+click picks several.", "", total).format(
                shown=shown
            )
        self.ui.hint_label.setText(text)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.selected_keys()))

    def selected_keys(self) -> list[str]:
        rows = self.ui.people_view.selectionModel().selectedRows()
        source_rows = sorted(self.proxy.mapToSource(index).row() for index in rows)
        return [self.model.item(row).id for row in source_rows]


class QuickPerson(QDialog):
    """Name, kind, title and organisation: enough to add someone now and complete the record later."""

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.ui = Ui_QuickPerson()
        self.ui.setupUi(self)
        for label, value in labels.person_kinds():
            self.ui.kind_combo.addItem(label, value.value)
        self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findData(labels.NEW_PERSON_KIND.value))
        self.ui.organisation_combo.addItem(self.tr("None"), None)
        for organisation in context.organisations.values():
            self.ui.organisation_combo.addItem(organisation.name, organisation.id)
        # A message shows once its field was edited, or OK pressed; its line is kept meanwhile.
        self._touched: set[QLabel] = set()
        self._ok_pressed = False
        for message in (self.ui.name_problem, self.ui.title_problem):
            message.setMinimumHeight(message.fontMetrics().height())
            policy = message.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            message.setSizePolicy(policy)
        self.ui.name_edit.textChanged.connect(lambda _text: self._touch(self.ui.name_problem))
        self.ui.title_edit.textChanged.connect(lambda _text: self._touch(self.ui.title_problem))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._validate()

    def _touch(self, label: QLabel) -> None:
        self._touched.add(label)
        self._validate()

    def accept(self) -> None:
        if self._validate():
            super().accept()
            return
        self._ok_pressed = True
        self._validate()
        self.ui.name_edit.setFocus()

    def _validate(self) -> bool:
        """Show the messages due; True if the person can be added."""
        name, title = self.ui.name_edit.text(), self.ui.title_edit.text()
        name_problem = "" if name.strip() else self.tr("A name is needed.")
        if problem := single_line_problem(name):
            name_problem = self.tr("The name {problem}.").format(problem=problem)
        title_problem = ""
        if problem := single_line_problem(title):
            title_problem = self.tr("The title {problem}.").format(problem=problem)
        shown = False
        for label, text in ((self.ui.name_problem, name_problem), (self.ui.title_problem, title_problem)):
            due = text if (self._ok_pressed or label in self._touched) else ""
            label.setText(due)
            label.setVisible(bool(due))
            shown = shown or bool(due)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not shown)
        return not name_problem and not title_problem

    def person(self) -> Person:
        """The person as filled in, without a key yet."""
        return Person(
            id="",
            name=self.ui.name_edit.text().strip(),
            kind=PersonKind(self.ui.kind_combo.currentData()),
            title=self.ui.title_edit.text().strip(),
            organisation=self.ui.organisation_combo.currentData(),
        )

    def save(self) -> Person:
        """Write the person to the register now (the delegation may still be cancelled,
        but the person is a record of its own) and remember it in the context."""
        person = self.person()
        person.id = repository.unique_key(self._context.db, "people", slugify(person.name))
        repository.save_person(self._context.db, person)
        self._context.people[person.id] = person
        return person
