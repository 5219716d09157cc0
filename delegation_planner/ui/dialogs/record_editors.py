"""The person, organisation and agreement editors (forms/*_editor.ui).

Use ``PersonEditor.edit(db, person_or_None, parent)`` and its siblings: each returns
the saved record, or None if the user cancelled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QWidget
from sqlite_utils import Database

from delegation_planner.domain.codes import COUNTRIES
from delegation_planner.domain.enums import AgreementScope, AgreementStatus, OrganisationKind, PersonKind
from delegation_planner.domain.records import Agreement, Organisation, Person
from delegation_planner.domain.text import is_country
from delegation_planner.storage import repository
from delegation_planner.storage.attachments import Owner
from delegation_planner.storage.office_store import load_office
from delegation_planner.texts.themes import split_theme_text, theme_key, theme_text, themes_text
from delegation_planner.ui.dialogs.agreement_full import AgreementFullSection
from delegation_planner.ui.dialogs.record_editor_base import RecordEditor
from delegation_planner.ui.generated.ui_agreement_editor import Ui_AgreementEditor
from delegation_planner.ui.generated.ui_organisation_editor import Ui_OrganisationEditor
from delegation_planner.ui.generated.ui_person_editor import Ui_PersonEditor
from delegation_planner.ui.labels.agreements import country_name
from delegation_planner.ui.labels.enums import (
    NEW_PERSON_KIND,
    agreement_scopes,
    agreement_statuses,
    organisation_kinds,
    person_kinds,
)
from delegation_planner.ui.labels.office import window_language
from delegation_planner.ui.widgets.attachments_panel import AttachmentsPanel
from delegation_planner.ui.widgets.theme_completer import ThemeCompleter


def _fill(combo: QComboBox, choices: Sequence[tuple[str, object]], none_label: str | None = None) -> None:
    # Enum values go in as their plain strings: Qt would hand a StrEnum back as str anyway.
    if none_label is not None:
        combo.addItem(none_label, None)
    for label, value in choices:
        combo.addItem(label, str(value))


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(None if value is None else str(value))
    combo.setCurrentIndex(max(index, 0))


class PersonEditor(RecordEditor[Person]):
    form_class = Ui_PersonEditor
    table = "people"
    ui: Ui_PersonEditor

    def _setup(self) -> None:
        _fill(self.ui.kind_combo, person_kinds())
        organisations = repository.list_organisations(self._db)
        _fill(self.ui.organisation_combo, [(o.name, o.id) for o in organisations], self.tr("(none)"))

    def _load(self, person: Person | None) -> None:
        if person is None:
            _select(self.ui.kind_combo, NEW_PERSON_KIND)
            return
        self.ui.name_edit.setText(person.name)
        _select(self.ui.kind_combo, person.kind)
        self.ui.title_edit.setText(person.title)
        if person.organisation and self.ui.organisation_combo.findData(person.organisation) < 0:
            # Kept, not silently dropped, if it is missing from the list for any reason.
            self.ui.organisation_combo.addItem(person.organisation, person.organisation)
        _select(self.ui.organisation_combo, person.organisation)
        self.ui.email_edit.setText(person.email)
        self.ui.phone_edit.setText(person.phone)

    def _build(self, key: str) -> Person:
        return Person(
            id=key,
            name=self.ui.name_edit.text().strip(),
            kind=PersonKind(self.ui.kind_combo.currentData()),
            title=self.ui.title_edit.text().strip(),
            organisation=self.ui.organisation_combo.currentData(),
            email=self.ui.email_edit.text().strip(),
            phone=" ".join(self.ui.phone_edit.text().split()),
        )

    def is_modified(self) -> bool:
        # The phone is the office's own and left out of comparing people (see Person).
        return super().is_modified() or (
            not self._read_only and self._build(self._key()).phone != self._snapshot.phone
        )

    def _problems(self) -> dict[QLabel, str | None]:
        return {
            self.ui.name_error: self.text_problem(
                self.ui.name_edit.text(), required=self.tr("Enter the person's name.")
            ),
            self.ui.title_error: self.text_problem(self.ui.title_edit.text()),
            self.ui.email_error: self.email_problem(self.ui.email_edit.text()),
        }

    def _inputs(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.name_edit,
            ui.kind_combo,
            ui.title_edit,
            ui.organisation_combo,
            ui.email_edit,
            ui.phone_edit,
        ]

    def _name(self) -> str:
        return self.ui.name_edit.text()

    def _save(self, person: Person) -> None:
        repository.save_person(self._db, person)


class OrganisationEditor(RecordEditor[Organisation]):
    form_class = Ui_OrganisationEditor
    table = "organisations"
    ui: Ui_OrganisationEditor

    def _setup(self) -> None:
        _fill(self.ui.kind_combo, organisation_kinds())
        self.ui.country_edit.setCompleter(self._country_completer())
        self.ui.country_edit.textEdited.connect(self._upper_case_country)
        self.ui.country_edit.textChanged.connect(self._show_country_name)
        for hint in (self.ui.their_interests_hint, self.ui.our_benefits_hint):
            # Italic marks a hint rather than a message; greying it out made it unreadable.
            font = hint.font()
            font.setItalic(True)
            hint.setFont(font)

    @classmethod
    def edit(
        cls,
        db: Database,
        record: Organisation | None,
        parent: QWidget | None = None,
        read_only: bool = False,
        *,
        focus_interests: bool = False,
    ) -> Organisation | None:
        """As the base; ``focus_interests`` starts with the cursor in "Their interests" (for
        "Record interests…", where the name is already known)."""
        dialog = cls(db, record, read_only=read_only, parent=parent)
        if focus_interests:
            dialog.start_in_interests()
        return cls._run(dialog)

    def start_in_interests(self) -> None:
        """Put the cursor at the end of "Their interests"; it has the focus once shown."""
        edit = self.ui.their_interests_edit
        edit.moveCursor(QTextCursor.MoveOperation.End)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _country_completer(self) -> QCompleter:
        # The list shows "SE – Sweden" but completes and inserts only the code.
        model = QStandardItemModel(self)
        for code in sorted(COUNTRIES):
            item = QStandardItem(f"{code} – {country_name(code)}".rstrip(" –"))
            item.setData(code, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        completer = QCompleter(model, self)
        completer.setCompletionRole(Qt.ItemDataRole.UserRole)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return completer

    def _upper_case_country(self, text: str) -> None:
        if text != text.upper():
            position = self.ui.country_edit.cursorPosition()
            self.ui.country_edit.setText(text.upper())
            self.ui.country_edit.setCursorPosition(position)

    def _show_country_name(self, text: str) -> None:
        self.ui.country_name.setText(
            country_name(text.strip().upper()) if is_country(text.strip().upper()) else ""
        )

    def _load(self, organisation: Organisation | None) -> None:
        if organisation is None:
            return
        self.ui.name_edit.setText(organisation.name)
        _select(self.ui.kind_combo, organisation.kind)
        self.ui.country_edit.setText(organisation.country)
        self.ui.their_interests_edit.setPlainText(organisation.their_interests)
        self.ui.our_benefits_edit.setPlainText(organisation.our_benefits)

    def _build(self, key: str) -> Organisation:
        return Organisation(
            id=key,
            name=self.ui.name_edit.text().strip(),
            kind=OrganisationKind(self.ui.kind_combo.currentData()),
            country=self.ui.country_edit.text().strip().upper(),
            their_interests=self.ui.their_interests_edit.toPlainText().strip(),
            our_benefits=self.ui.our_benefits_edit.toPlainText().strip(),
        )

    def _country_problem(self) -> str | None:
        code = self.ui.country_edit.text().strip().upper()
        problem = self.text_problem(code)
        if problem or not code or is_country(code):
            return problem
        return self.tr(
            "“{code}” is not a country code. Use the two-letter ISO code, for example SE, DK or CN."
        ).format(code=code)

    def _problems(self) -> dict[QLabel, str | None]:
        ui = self.ui
        return {
            ui.name_error: self.text_problem(
                ui.name_edit.text(), required=self.tr("Enter the organisation's name.")
            ),
            ui.country_error: self._country_problem(),
            ui.their_interests_error: self.text_problem(
                ui.their_interests_edit.toPlainText(), single_line=False
            ),
            ui.our_benefits_error: self.text_problem(ui.our_benefits_edit.toPlainText(), single_line=False),
        }

    def _inputs(self) -> list[QWidget]:
        ui = self.ui
        return [ui.name_edit, ui.kind_combo, ui.country_edit, ui.their_interests_edit, ui.our_benefits_edit]

    def _name(self) -> str:
        return self.ui.name_edit.text()

    def _save(self, organisation: Organisation) -> None:
        repository.save_organisation(self._db, organisation)


class AgreementEditor(RecordEditor[Agreement]):
    form_class = Ui_AgreementEditor
    table = "agreements"
    ui: Ui_AgreementEditor

    def _setup(self) -> None:
        ui = self.ui
        _fill(ui.scope_combo, agreement_scopes(), self.tr("Not recorded"))
        _fill(ui.status_combo, agreement_statuses(), self.tr("Not recorded"))
        ui.signed_date_edit.setDate(QDate.currentDate())
        ui.signed_unknown_check.setChecked(True)
        ui.signed_unknown_check.toggled.connect(lambda unknown: ui.signed_date_edit.setEnabled(not unknown))
        ui.signed_date_edit.setEnabled(False)
        # Themes are typed and shown by the office's labels (with completion); the file keeps keys.
        self._office = load_office(self._db)
        language = window_language()
        self._theme_labels = {
            key: theme_text(key, self._office, language)
            for key in [*self._office.policy.priority_themes, *self._office.themes]
        }
        priorities = ", ".join(self._theme_labels[k] for k in self._office.policy.priority_themes)
        ui.themes_edit.setToolTip(
            self.tr("Themes separated by commas. The office's priority themes: {themes}").format(
                themes=priorities
            )
        )
        labels = sorted(set(self._theme_labels.values()), key=str.casefold)
        ui.themes_edit.setCompleter(ThemeCompleter(QStringListModel(labels, self), ui.themes_edit))

        # Kind, signatories, expiry, renewal and the activity plan (interchange version 2).
        self.full = AgreementFullSection(
            {p.id: p for p in repository.list_people(self._db)},
            {o.id: o for o in repository.list_organisations(self._db)},
            self,
        )
        self.full_error = QLabel(self)
        self.full.changed.connect(self._full_edited)
        self.full_error.setWordWrap(True)
        self.full_error.hide()
        self.full.hide()
        self.full.add_rows_to(ui.form_layout)
        ui.form_layout.addRow(self.full_error)
        # The signed agreement, its annexes, letters: kept with the agreement (stored on OK).
        self.attachments = AttachmentsPanel(self._db, Owner.AGREEMENT, self)
        self.attachments.setMinimumHeight(120)
        self.attachments.changed.connect(self._revalidate)
        ui.form_layout.addRow(self.tr("Attachments:"), self.attachments)

    def _full_edited(self) -> None:
        # An edit in the section is an edit of the field its message belongs to. The section
        # also says it changed while the form is being filled, before edits are counted.
        if hasattr(self, "_touched"):
            self._edited(self.full_error)

    def is_modified(self) -> bool:
        return super().is_modified() or self.attachments.is_modified()

    def _make_read_only(self) -> None:
        super()._make_read_only()
        self.full.set_read_only(True)
        self.attachments.set_read_only(True)  # files can still be opened and saved out

    def _load(self, agreement: Agreement | None) -> None:
        self.attachments.load(agreement.id if agreement else None)
        self.full.load(agreement)
        self.resize(max(self.width(), 720), max(self.height(), 760))
        if agreement is None:
            return
        ui = self.ui
        ui.partner_edit.setText(agreement.partner)
        if agreement.signed is not None:
            ui.signed_date_edit.setDate(
                QDate(agreement.signed.year, agreement.signed.month, agreement.signed.day)
            )
        ui.signed_unknown_check.setChecked(agreement.signed is None)
        _select(ui.scope_combo, agreement.scope)
        ui.themes_edit.setText(themes_text(agreement.themes, self._office, window_language()))
        visits = agreement.min_official_visits_per_year
        ui.visits_spin.setValue(ui.visits_spin.minimum() if visits is None else visits)
        _select(ui.status_combo, agreement.status)

    def _themes(self) -> list[str]:
        keys = [theme_key(t, self._office) for t in split_theme_text(self.ui.themes_edit.text())]
        return list(dict.fromkeys(k for k in keys if k))

    def _build(self, key: str) -> Agreement:
        ui = self.ui
        signed: dt.date | None = None
        if not ui.signed_unknown_check.isChecked():
            date = ui.signed_date_edit.date()
            signed = dt.date(date.year(), date.month(), date.day())
        scope, status = ui.scope_combo.currentData(), ui.status_combo.currentData()
        visits = ui.visits_spin.value()
        agreement = Agreement(
            id=key,
            partner=ui.partner_edit.text().strip(),
            signed=signed,
            scope=AgreementScope(scope) if scope else None,
            themes=self._themes(),
            min_official_visits_per_year=None if visits == ui.visits_spin.minimum() else visits,
            status=AgreementStatus(status) if status else None,
        )
        self.full.apply_to(agreement)
        return agreement

    def _themes_problem(self) -> str | None:
        problem = self.text_problem(self.ui.themes_edit.text())
        if problem:
            return problem
        wrong = [
            t for t in split_theme_text(self.ui.themes_edit.text()) if theme_key(t, self._office) is None
        ]
        if not wrong:
            return None
        return self.tr(
            "“{theme}” is not a theme: a theme needs letters or digits (for example Life science); "
            "separate themes with commas."
        ).format(theme=wrong[0])

    def _problems(self) -> dict[QLabel, str | None]:
        return {
            self.ui.partner_error: self.text_problem(
                self.ui.partner_edit.text(), required=self.tr("Enter the partner (for example Guangdong).")
            ),
            self.ui.themes_error: self._themes_problem(),
            self.full_error: self.full.problem(self._build("").signed),
        }

    def _inputs(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.partner_edit,
            ui.signed_date_edit,
            ui.signed_unknown_check,
            ui.scope_combo,
            ui.themes_edit,
            ui.visits_spin,
            ui.status_combo,
        ]

    def _name(self) -> str:
        return self.ui.partner_edit.text()

    def _save(self, agreement: Agreement) -> None:
        with self._db.atomic():
            repository.save_agreement(self._db, agreement)
            self.attachments.save(self._db, agreement.id)
