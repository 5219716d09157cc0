"""The delegation's own fields: title, direction, purpose, partner, dates, themes, initiator."""

from __future__ import annotations

import datetime as dt
import difflib

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QMessageBox, QWidget

from delegation_planner.domain.enums import AgreementStatus, InitiatorKind
from delegation_planner.domain.records import Delegation, Initiator
from delegation_planner.domain.text import (
    forbidden_character,
    single_line_problem,
)
from delegation_planner.texts.formatting import country_code, country_names, formatter
from delegation_planner.texts.themes import theme_key, theme_text, themes_text
from delegation_planner.ui.editor.context import EditorContext
from delegation_planner.ui.editor.tab import EditorTab
from delegation_planner.ui.generated.ui_overview_tab import Ui_OverviewTab
from delegation_planner.ui.labels import enums as labels
from delegation_planner.ui.labels.agreements import scope_text
from delegation_planner.ui.labels.office import window_language
from delegation_planner.ui.widgets.qt_dates import to_qdate
from delegation_planner.ui.widgets.theme_completer import ThemeCompleter


def split_themes(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class OverviewTab(EditorTab):
    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loading = False
        # What was loaded, so an untouched "asked for participation" stays unknown (None)
        # rather than turning into an explicit "no" on save.
        self._loaded_requested: bool | None = None
        self._previous_start: QDate | None = None
        self._read_only = False
        self._problems: list[str] = []
        self._shown: list[str] = []
        self._partner_answered: set[str] = set()  # spellings already asked about
        # A title never given yet (a new delegation) is asked for when Save is pressed, or
        # once one was typed and deleted again, not the moment the editor opens.
        self._title_given = False
        self._revealed = False
        self.ui = Ui_OverviewTab()
        self.ui.setupUi(self)
        for message in self._message_labels():
            # The line stays while the message is hidden, so the fields below never move.
            message.setMinimumHeight(message.fontMetrics().height())
            policy = message.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            message.setSizePolicy(policy)
        self._fill_choices()
        self._connect()
        self._validate()

    def title(self) -> str:
        return self.tr("Overview")

    # --- set-up -----------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        for label, direction in labels.directions():
            ui.direction_combo.addItem(label, direction.value)
        for label, purpose in labels.purposes():
            ui.purpose_combo.addItem(label, purpose.value)
        ui.partner_combo.addItems(self._context.partner_regions)
        ui.partner_combo.setCurrentIndex(-1)

        # Countries and themes are typed and shown by name; the file keeps codes and keys.
        self._language = window_language()
        country = QCompleter(sorted(country_names(self._language).values(), key=str.casefold), self)
        country.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        country.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        ui.country_edit.setCompleter(country)

        themes = sorted(
            {theme_text(key, self._context.office, self._language) for key in self._context.themes},
            key=str.casefold,
        )
        ui.themes_edit.setCompleter(ThemeCompleter(QStringListModel(themes, self), ui.themes_edit))

        ui.initiator_kind_combo.addItem(self.tr("None"), None)
        for label, kind in labels.initiator_kinds():
            ui.initiator_kind_combo.addItem(label, kind.value)
        ui.initiator_org_combo.addItem(self.tr("None"), None)
        for organisation in self._context.organisations.values():
            ui.initiator_org_combo.addItem(organisation.name, organisation.id)

        ui.agreement_combo.addItem(self.tr("None"), None)
        for agreement in self._context.agreements:
            details = ", ".join(
                part
                for part in (
                    scope_text(agreement.scope).lower(),
                    str(agreement.signed.year) if agreement.signed else "",
                )
                if part
            )
            text = f"{agreement.partner} ({details})" if details else agreement.partner
            ui.agreement_combo.addItem(text, agreement.id)

    def _connect(self) -> None:
        ui = self.ui
        for line in (ui.title_edit, ui.themes_edit):
            line.textChanged.connect(self._edited)
        ui.country_edit.textChanged.connect(self._edited)
        ui.partner_combo.editTextChanged.connect(self._edited)
        ui.partner_combo.textActivated.connect(self._partner_chosen)
        partner_line = ui.partner_combo.lineEdit()
        if partner_line is not None:
            partner_line.editingFinished.connect(self._partner_typed)
        for combo in (ui.direction_combo, ui.purpose_combo, ui.agreement_combo, ui.initiator_org_combo):
            combo.currentIndexChanged.connect(self._edited)
        ui.initiator_kind_combo.currentIndexChanged.connect(self._kind_changed)
        ui.initiator_org_combo.currentIndexChanged.connect(self._organisation_chosen)
        ui.requested_check.toggled.connect(self._edited)
        ui.start_edit.dateChanged.connect(self._start_changed)
        ui.end_edit.dateChanged.connect(self._edited)
        ui.notes_edit.textChanged.connect(self._edited)

    # --- reactions --------------------------------------------------------------------------

    def _start_changed(self, new_start: QDate) -> None:
        if not self._loading and self._previous_start is not None:
            # Moving the start moves the end with it, keeping the trip's length, which is
            # what people mean when they shift a trip by a week.
            length = self._previous_start.daysTo(self.ui.end_edit.date())
            if length >= 0:
                self.ui.end_edit.setDate(new_start.addDays(length))
        self._previous_start = new_start
        self._edited()

    def _partner_chosen(self, partner: str) -> None:
        """A known partner region: fill what follows from it, where nothing was entered yet."""
        if self._loading or self._read_only:
            return
        ui = self.ui
        country = self._context.partner_countries.get(partner)
        if country and not ui.country_edit.text().strip():
            ui.country_edit.setText(formatter(self._language).country(country))
        if ui.agreement_combo.currentData() is None:
            matching = [a for a in self._context.agreements if a.partner.casefold() == partner.casefold()]
            # An active agreement before an expired one; the newest first.
            matching.sort(
                key=lambda a: (
                    a.status is not AgreementStatus.ACTIVE,
                    -(a.signed.toordinal() if a.signed else 0),
                )
            )
            if matching:
                self._set_combo(ui.agreement_combo, matching[0].id)

    def _partner_typed(self) -> None:
        """A typed partner: the known one if it is one, else ask before a near miss becomes a new partner."""
        text = self.ui.partner_combo.currentText().strip()
        if self._loading or self._read_only or not text or text in self._partner_answered:
            return
        known = {p.casefold(): p for p in self._context.partner_regions}
        if text.casefold() in known:
            self._partner_chosen(known[text.casefold()])
            return
        close = difflib.get_close_matches(text.casefold(), list(known), n=1, cutoff=0.75)
        self._partner_answered.add(text)  # asked once per spelling, not on every focus change
        if not close:
            return  # a partner the register has not met before
        meant = known[close[0]]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Partner region"))
        box.setText(
            self.tr("“{typed}” is not a partner region in the register. Did you mean “{meant}”?").format(
                typed=text, meant=meant
            )
        )
        use = box.addButton(self.tr("Use “{meant}”").format(meant=meant), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(
            self.tr("Keep “{typed}” as a new partner").format(typed=text), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(use)
        box.exec()
        if box.clickedButton() is use:
            self.ui.partner_combo.setEditText(meant)
            self._partner_chosen(meant)

    def _kind_changed(self) -> None:
        self._update_initiator_enabled()
        self._edited()

    def _organisation_chosen(self) -> None:
        # Choosing an organisation while the kind is still "None" takes the organisation's kind.
        key = self.ui.initiator_org_combo.currentData()
        if self._loading or not key or self.ui.initiator_kind_combo.currentData() is not None:
            return
        organisation = self._context.organisations.get(key)
        if organisation:
            self._set_combo(self.ui.initiator_kind_combo, organisation.kind.value)

    def _update_initiator_enabled(self) -> None:
        has_kind = self.ui.initiator_kind_combo.currentData() is not None
        self.ui.requested_check.setEnabled(has_kind and not self._read_only)

    def _edited(self) -> None:
        self._validate()
        if not self._loading:
            self.changed.emit()

    # --- load / apply -------------------------------------------------------------------------

    def load(self, delegation: Delegation) -> None:
        ui = self.ui
        self._title_given = bool(delegation.title.strip())
        self._revealed = False
        self._loading = True
        try:
            ui.title_edit.setText(delegation.title)
            self._set_combo(ui.direction_combo, delegation.direction.value)
            self._set_combo(ui.purpose_combo, delegation.purpose.value)
            ui.partner_combo.setEditText(delegation.partner_region)
            ui.country_edit.setText(formatter(self._language).country(delegation.country))
            ui.start_edit.setDate(to_qdate(delegation.start))
            ui.end_edit.setDate(to_qdate(delegation.end))
            self._previous_start = ui.start_edit.date()
            ui.themes_edit.setText(themes_text(delegation.themes, self._context.office, self._language))
            initiator = delegation.initiator
            self._set_combo(ui.initiator_kind_combo, initiator.kind.value if initiator else None)
            self._set_combo(ui.initiator_org_combo, initiator.organisation if initiator else None)
            self._loaded_requested = initiator.requested_political_participation if initiator else None
            ui.requested_check.setChecked(bool(self._loaded_requested))
            self._set_combo(ui.agreement_combo, delegation.agreement)
            ui.notes_edit.setPlainText(delegation.notes)
        finally:
            self._loading = False
        self._update_initiator_enabled()
        self._validate()

    def apply_to(self, delegation: Delegation) -> None:
        ui = self.ui
        delegation.title = ui.title_edit.text().strip()
        delegation.direction = type(delegation.direction)(ui.direction_combo.currentData())
        delegation.purpose = type(delegation.purpose)(ui.purpose_combo.currentData())
        delegation.partner_region = ui.partner_combo.currentText().strip()
        country = ui.country_edit.text().strip()
        delegation.country = country_code(country, self._language) or country.upper()
        delegation.start = self.start_date()
        delegation.end = ui.end_edit.date().toPython()  # type: ignore[assignment]
        delegation.themes = self.theme_keys()
        kind = ui.initiator_kind_combo.currentData()
        if kind is None:
            delegation.initiator = None
        else:
            checked = ui.requested_check.isChecked()
            requested = True if checked else (None if self._loaded_requested is None else False)
            delegation.initiator = Initiator(
                kind=InitiatorKind(kind),
                organisation=ui.initiator_org_combo.currentData(),
                requested_political_participation=requested,
            )
        delegation.agreement = ui.agreement_combo.currentData()
        delegation.notes = ui.notes_edit.toPlainText()

    def theme_keys(self) -> list[str]:
        """The themes typed (labels or keys), as keys, each once."""
        keys = [theme_key(t, self._context.office) for t in split_themes(self.ui.themes_edit.text())]
        return list(dict.fromkeys(k for k in keys if k))

    def start_date(self) -> dt.date:
        value = self.ui.start_edit.date().toPython()
        assert isinstance(value, dt.date)
        return value

    # --- validation -------------------------------------------------------------------------------

    def _field_problems(self) -> dict[QLabel, str]:
        ui = self.ui
        found: dict[QLabel, str] = {}
        title = ui.title_edit.text()
        if not title.strip():
            found[ui.title_problem] = self.tr("Give the delegation a title.")
        elif problem := single_line_problem(title):
            found[ui.title_problem] = self.tr("The title {problem}.").format(problem=problem)
        if problem := single_line_problem(ui.partner_combo.currentText()):
            found[ui.partner_problem] = self.tr("The partner region {problem}.").format(problem=problem)
        country = ui.country_edit.text().strip()
        if country and country_code(country, self._language) is None:
            found[ui.country_problem] = self.tr(
                "'{code}' is not a country; type its name or its two-letter code (such as CN, SE, DK)."
            ).format(code=country)
        if ui.end_edit.date() < ui.start_edit.date():
            found[ui.dates_problem] = self.tr("The delegation ends before it starts.")
        bad = [t for t in split_themes(ui.themes_edit.text()) if theme_key(t, self._context.office) is None]
        if bad:
            found[ui.themes_problem] = self.tr(
                "A theme needs letters or digits (such as Life science); not: {themes}."
            ).format(themes=", ".join(bad))
        if problem := forbidden_character(ui.notes_edit.toPlainText()):
            found[ui.notes_problem] = self.tr("The notes {problem}.").format(problem=problem)
        return found

    def _validate(self) -> None:
        ui = self.ui
        found = self._field_problems()
        self._problems = list(found.values())
        if ui.title_edit.text().strip():
            self._title_given = True
        elif not (self._title_given or self._revealed):
            found.pop(ui.title_problem, None)  # not said yet; still holds Save back
        self._shown = list(found.values())
        for label in self._message_labels():
            label.setText(found.get(label, ""))
            label.setVisible(label in found)
        days = ui.start_edit.date().daysTo(ui.end_edit.date()) + 1
        ui.days_label.setText(self.tr("(%Ln day(s))", "", days) if days > 0 else "")
        # Typed keys (life_science) or another language's labels read back as this office's labels.
        shown = [theme_text(k, self._context.office, self._language) for k in self.theme_keys()]
        ui.themes_hint.setText(" · ".join(shown))
        ui.themes_hint.setVisible(bool(shown) and shown != split_themes(ui.themes_edit.text()))

    def _message_labels(self) -> tuple[QLabel, ...]:
        ui = self.ui
        return (
            ui.title_problem,
            ui.partner_problem,
            ui.country_problem,
            ui.dates_problem,
            ui.themes_problem,
            ui.notes_problem,
        )

    def problems(self) -> list[str]:
        return list(self._problems)

    def shown_problems(self) -> list[str]:
        return list(self._shown)

    def reveal_problems(self) -> None:
        self._revealed = True
        self._validate()

    # --- helpers -----------------------------------------------------------------------------------

    @staticmethod
    def _set_combo(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index < 0 and isinstance(value, str) and value:
            # A key the lists do not know (deleted elsewhere): keep it rather than lose it on save.
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        ui = self.ui
        for line in (ui.title_edit, ui.country_edit, ui.themes_edit):
            line.setReadOnly(read_only)
        ui.notes_edit.setReadOnly(read_only)
        for widget in (
            ui.direction_combo,
            ui.purpose_combo,
            ui.partner_combo,
            ui.start_edit,
            ui.end_edit,
            ui.initiator_kind_combo,
            ui.initiator_org_combo,
            ui.agreement_combo,
        ):
            widget.setEnabled(not read_only)
        self._update_initiator_enabled()
