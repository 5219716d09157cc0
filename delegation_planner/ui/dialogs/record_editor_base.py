"""What the person, organisation and agreement editors share.

Each editor is a Designer form plus three hooks: ``_load`` puts a record into the
widgets, ``_build`` reads one back, ``_problems`` says in plain words what is wrong
with each field. The base shows a field's message beside it once the field has been
edited (or OK pressed), not before anything is typed; keeps OK disabled while a shown
message remains; asks before throwing edits away; and saves. Each message keeps its
line even when empty, so the form does not jump under the pointer as messages come and go.

The dialog saves the record itself (rather than handing it back to the page) so
that a storage error is shown while the user's input is still on screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from sqlite_utils import Database

from delegation_planner.domain.text import (
    MAX_COMBINING_RUN,
    MAX_LINE_LENGTH,
    MAX_TEXT_LENGTH,
    combining_run_problem,
    forbidden_character,
    invisible_character,
    slugify,
)
from delegation_planner.storage.errors import DatabaseError, StorageError
from delegation_planner.storage.repository import unique_key

# The texts of this base class are looked up in its own context: self.tr() would look
# them up under each subclass's name, where pyside6-lupdate does not put them.
_tr = QCoreApplication.translate


class Keyed(Protocol):
    id: str


R = TypeVar("R", bound=Keyed)
S = TypeVar("S", bound=Keyed)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


class RecordEditor(QDialog, Generic[R]):
    """Subclasses set ``form_class`` and ``table`` and implement the hooks below."""

    form_class: ClassVar[type]
    table: ClassVar[str]  # the storage table, for a new record's unique key
    ui: Any

    def __init__(
        self, db: Database, record: R | None, read_only: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._db = db
        self._original = record
        self._read_only = read_only
        self._saved: R | None = None
        self.ui = self.form_class()
        self.ui.setupUi(self)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._setup()
        self._load(record)
        self._snapshot = self._build(self._key())
        self._style_messages()
        # Messages appear for the fields edited so far, and for all once OK was pressed.
        self._touched: set[QLabel] = set()
        self._save_tried = False
        labels = {_field_of(label): label for label in self._problems()}
        for label in labels.values():
            _reserve_line(label)
        for widget in self._inputs():
            _on_change(widget, self._edited_slot(labels.get(_field_of(widget))))
        if read_only:
            self._make_read_only()
        self._revalidate()

    @classmethod
    def edit(
        cls, db: Database, record: R | None, parent: QWidget | None = None, read_only: bool = False
    ) -> R | None:
        """Open the editor; the saved record, or None if the user cancelled.

        Tests replace ``exec`` only: everything else is the real dialog.
        """
        return cls._run(cls(db, record, read_only=read_only, parent=parent))

    @staticmethod
    def _run(dialog: RecordEditor[S]) -> S | None:
        """Show ``dialog`` modally; its saved record, or None if the user cancelled."""
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.saved_record() if accepted else None
        finally:
            dialog.deleteLater()

    # --- hooks ---------------------------------------------------------------------------

    def _setup(self) -> None:
        """Fill combos, completers and the like (before ``_load``)."""

    def _load(self, record: R | None) -> None:
        raise NotImplementedError

    def _build(self, key: str) -> R:
        raise NotImplementedError

    def _problems(self) -> dict[QLabel, str | None]:
        """Each field's message label and what is wrong with it (None if nothing)."""
        raise NotImplementedError

    def _inputs(self) -> list[QWidget]:
        raise NotImplementedError

    def _name(self) -> str:
        """The text a new record's key is made from."""
        raise NotImplementedError

    def _save(self, record: R) -> None:
        raise NotImplementedError

    # --- state ---------------------------------------------------------------------------

    def saved_record(self) -> R | None:
        return self._saved

    def is_valid(self) -> bool:
        return not any(self._problems().values())

    def is_modified(self) -> bool:
        return not self._read_only and self._build(self._key()) != self._snapshot

    def _key(self) -> str:
        return self._original.id if self._original is not None else ""

    def _ok_button(self) -> Any:
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)

    def _edited_slot(self, label: QLabel | None) -> Callable[[], None]:
        # A slot without parameters: Qt would pass the signal's value into a default argument.
        def edited() -> None:
            self._edited(label)

        return edited

    def _edited(self, label: QLabel | None) -> None:
        if label is not None:
            self._touched.add(label)
        self._revalidate()

    def _revalidate(self) -> None:
        shown = {
            label: message
            for label, message in self._problems().items()
            if message and (self._save_tried or label in self._touched)
        }
        for label in self._problems():
            label.setText(shown.get(label, ""))
            label.setVisible(label in shown)
        ok = self._ok_button()
        if ok is not None:
            ok.setEnabled(not shown)

    def _style_messages(self) -> None:
        # Red that stays readable on dark palettes too.
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        colour = QColor("#ff8a80") if dark else QColor("#b3261e")
        for label in self._problems():
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(palette)

    def _make_read_only(self) -> None:
        for widget in self._inputs():
            if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)
        self.ui.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.setWindowTitle(_tr("RecordEditor", "{title} (read only)").format(title=self.windowTitle()))

    def _focus_first_problem(self) -> None:
        wrong = {_field_of(label) for label, message in self._problems().items() if message}
        for widget in self._inputs():
            if _field_of(widget) in wrong:
                widget.setFocus()
                return

    # --- closing -------------------------------------------------------------------------

    def accept(self) -> None:
        if self._read_only:
            super().accept()
            return
        if not self.is_valid():
            # Say what is missing beside each field, and go to the first.
            self._save_tried = True
            self._revalidate()
            self._focus_first_problem()
            return
        try:
            key = self._key() or unique_key(self._db, self.table, slugify(self._name()))
            record = self._build(key)
            self._save(record)
        except (StorageError, DatabaseError) as error:
            # The dialog stays open with every edit in it, for another try.
            QMessageBox.warning(
                self,
                _tr("RecordEditor", "Not saved"),
                _tr(
                    "RecordEditor",
                    "The record could not be saved: {reason}\n\nYour changes are still here; try again.",
                ).format(reason=error),
            )
            return
        self._saved = record
        super().accept()

    def reject(self) -> None:
        """Esc, Cancel and the window's close button all come here."""
        if not self.is_modified():
            super().reject()
            return
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        if self.is_valid():
            buttons |= QMessageBox.StandardButton.Save
        answer = QMessageBox.question(
            self,
            _tr("RecordEditor", "Unsaved changes"),
            _tr("RecordEditor", "You have changed this record. Save the changes?")
            if self.is_valid()
            else _tr(
                "RecordEditor",
                "You have changed this record, but it cannot be saved as it is. Discard the changes?",
            ),
            buttons,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.accept()
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()

    # --- messages in plain words ---------------------------------------------------------

    def text_problem(self, text: str, *, single_line: bool = True, required: str | None = None) -> str | None:
        """``required`` is the message for an empty field; None if it may be empty."""
        if required is not None and not text.strip():
            return required
        for position, character in enumerate(text, start=1):
            if forbidden_character(character):
                return _tr(
                    "RecordEditor",
                    "Contains an invisible control character (U+{code}) at position {position}; "
                    "delete it (it often comes along with pasted text).",
                ).format(code=f"{ord(character):04X}", position=position)
        if single_line and any(ch in text for ch in "\t\r\n"):
            return _tr("RecordEditor", "Must be on one line.")
        limit = MAX_LINE_LENGTH if single_line else MAX_TEXT_LENGTH
        if len(text) > limit:
            return _tr("RecordEditor", "Is {count} characters long; at most {limit} are kept.").format(
                count=len(text), limit=limit
            )
        if combining_run_problem(text):
            return _tr(
                "RecordEditor", "Has more than {count} accents or other marks in a row on one letter."
            ).format(count=MAX_COMBINING_RUN)
        if single_line and invisible_character(text):
            position, character = next((i, c) for i, c in enumerate(text, start=1) if invisible_character(c))
            return _tr(
                "RecordEditor",
                "Contains an invisible formatting character (U+{code}) at position {position}; delete it "
                "(it often comes along with pasted text).",
            ).format(code=f"{ord(character):04X}", position=position)
        return None

    def email_problem(self, text: str) -> str | None:
        problem = self.text_problem(text)
        if problem or not text.strip():
            return problem
        if not _EMAIL.match(text.strip()):
            return _tr("RecordEditor", "This does not look like an e-mail address (like name@example.org).")
        return None


def _on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    """Connect whichever 'value changed' signal the widget has."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QAbstractSpinBox):
        signal = getattr(widget, "valueChanged", None) or getattr(widget, "dateChanged", None)
        if signal is not None:
            signal.connect(slot)


def _field_of(widget: QWidget) -> str:
    """The field a widget or its message belongs to, by name: name_edit and name_error → name."""
    return widget.objectName().rsplit("_", 1)[0]


def _reserve_line(label: QLabel) -> None:
    """Keep a line for the message even while it is hidden, so the fields below stay put."""
    label.setMinimumHeight(label.fontMetrics().height())
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
