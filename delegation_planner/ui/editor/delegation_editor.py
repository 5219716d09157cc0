"""The delegation editor: one dialog, a tab per part of the delegation.

The dialog owns the delegation as loaded and its revision. Each tab writes its
fields into a *copy of the loaded delegation* (``current()``), so fields that no
tab shows pass through a save untouched. "Unsaved changes" is simply
``current() != loaded`` (plus what a tab keeps beside the delegation, the
checklist), so undoing an edit by hand makes the dialog clean again.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QStyle, QWidget
from sqlite_utils import Database

from delegation_planner.domain.enums import Direction, Purpose
from delegation_planner.domain.records import Delegation
from delegation_planner.domain.status import StatusChange
from delegation_planner.domain.text import slugify
from delegation_planner.storage import repository
from delegation_planner.storage.errors import ConflictError, DatabaseError, NotFoundError, StorageError
from delegation_planner.storage.lifecycle import current_user
from delegation_planner.ui.editor.attachments_tab import AttachmentsTab
from delegation_planner.ui.editor.checklist_tab import ChecklistTab
from delegation_planner.ui.editor.context import EditorContext
from delegation_planner.ui.editor.costs_tab import CostsTab
from delegation_planner.ui.editor.follow_up_tab import FollowUpTab
from delegation_planner.ui.editor.grip_tab import GripTab
from delegation_planner.ui.editor.overview_tab import OverviewTab
from delegation_planner.ui.editor.participants_tab import ParticipantsTab
from delegation_planner.ui.editor.programme_tab import ProgrammeTab
from delegation_planner.ui.editor.status_tab import StatusTab
from delegation_planner.ui.editor.tab import EditorTab
from delegation_planner.ui.file_writing import FileWriter
from delegation_planner.ui.generated.ui_delegation_editor import Ui_DelegationEditor

NEW_DELEGATION_LEAD = dt.timedelta(days=30)
NEW_DELEGATION_LENGTH = dt.timedelta(days=6)  # start + 6 days = one week, both days included


def new_delegation(today: dt.date | None = None) -> Delegation:
    """A blank delegation a month from now, one week long: the usual lead time for a trip."""
    start = (today or dt.date.today()) + NEW_DELEGATION_LEAD
    return Delegation(
        id="",
        title="",
        direction=Direction.OUTBOUND,
        purpose=Purpose.BUSINESS_PROMOTION,
        start=start,
        end=start + NEW_DELEGATION_LENGTH,
    )


class DelegationEditor(QDialog):
    """Edit one delegation (``key``) or make a new one (``key=None``).

    A window of its own, not modal: the register stays usable and two delegations can
    be open side by side. Save (Ctrl+S) stores and keeps it open (so the memo can be
    written next); Save and close stores and closes. Every store emits ``saved`` with
    the key, and ``saved_key`` is the stored delegation's key. Used with ``exec()``,
    Accepted still means "stored".
    """

    delegation_changed = Signal(object)
    saved = Signal(str)

    def __init__(
        self,
        db: Database,
        key: str | None,
        read_only: bool = False,
        parent: QWidget | None = None,
        *,
        may_decide: bool = True,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._read_only = read_only
        self.saved_key: str = ""
        self.conflict_dialog: QDialog | None = None  # while a save over a newer version asks
        self.ui = Ui_DelegationEditor()
        self.ui.setupUi(self)
        self._context = EditorContext.load(db)
        self._tabs: list[EditorTab] = []
        # No revision yet: the delegation has never been saved.
        self._revision: int | None
        self._loaded, self._revision = (
            repository.load_delegation(db, key) if key is not None else (new_delegation(), None)
        )
        # A window beside the register (with its own minimise and maximise), not a box on it.
        self.setWindowFlag(Qt.WindowType.Window)
        buttons = self.ui.button_box
        self._save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self._save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self._save_button.setToolTip(self.tr("Save the delegation and keep it open (Ctrl+S)"))
        self._save_close_button = buttons.addButton(
            self.tr("Save and c&lose"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._save_close_button.setToolTip(self.tr("Save the delegation and close it"))
        # Enter in a field must not save and close the dialog behind the user's back.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):  # a button box's buttons always are
                button.setAutoDefault(False)
                button.setDefault(False)
        self._save_button.clicked.connect(self.save)
        self._save_close_button.clicked.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)

        self.add_tab(OverviewTab(self._context, self))
        participants = ParticipantsTab(self._context, self)
        participants.import_requested.connect(self.import_participants)
        self._participants = participants
        self.add_tab(participants)
        self.add_tab(ProgrammeTab(self._context, self))
        self.add_tab(CostsTab(self._context, self))
        self.grip_tab = GripTab(self._context, self.is_dirty, self)
        self.add_tab(self.grip_tab)
        if not may_decide:
            # An editor but not a decider (a server role): the decision is shown, not recorded here.
            self.grip_tab.set_read_only(True)
        self.add_tab(ChecklistTab(self._context, self))
        self._follow_up = FollowUpTab(self._context, self.is_dirty, self)
        self.add_tab(self._follow_up)
        self.status_tab = StatusTab(self)
        self.add_tab(self.status_tab)
        self.attachments_tab = AttachmentsTab(self._context, self)
        self.add_tab(self.attachments_tab)
        # The memo from any tab: the dialog's shortcut, not the hidden tab's button's.
        memo_shortcut = QShortcut(QKeySequence(self.tr("Ctrl+M")), self)
        memo_shortcut.activated.connect(self.write_memo)
        self._save_button.setVisible(not read_only)
        self._save_close_button.setVisible(not read_only)
        self._update_state()

    # --- the extension point ------------------------------------------------------------------

    def add_tab(self, tab: EditorTab, title: str | None = None) -> None:
        """Add a part of the delegation; the tab is loaded now and counted from then on."""
        self._tabs.append(tab)
        self.ui.tab_widget.addTab(tab, title or tab.title())
        # Only a title given here is fixed; otherwise the tab's own title() is read on each update.
        tab.setProperty("base_title", title)
        tab.load(copy.deepcopy(self._loaded))
        tab.set_read_only(self._read_only)
        tab.changed.connect(self._on_changed)
        self._update_state()

    def tabs(self) -> list[EditorTab]:
        return list(self._tabs)

    # --- state -----------------------------------------------------------------------------------

    def current(self) -> Delegation:
        """The delegation as edited now (a new object each call)."""
        delegation = copy.deepcopy(self._loaded)
        for tab in self._tabs:
            tab.apply_to(delegation)
        return delegation

    def problems(self) -> list[str]:
        return [problem for tab in self._tabs for problem in tab.problems()]

    def is_dirty(self) -> bool:
        if self._read_only:
            return False
        return self.current() != self._loaded or any(tab.is_modified() for tab in self._tabs)

    def _on_changed(self) -> None:
        delegation = self.current()
        for tab in self._tabs:
            tab.refresh(delegation)
        self._update_state()
        self.delegation_changed.emit(delegation)

    def _update_state(self) -> None:
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        blocked = []
        for index, tab in enumerate(self._tabs):
            base = tab.property("base_title") or tab.title()
            # Only what is on screen marks a tab and holds Save back; a new delegation's empty
            # title is said when Save is pressed, not before anything is typed.
            if tab.shown_problems():
                blocked.append(base)
                self.ui.tab_widget.setTabText(index, f"{base} !")
                self.ui.tab_widget.setTabIcon(index, warning)
                self.ui.tab_widget.setTabToolTip(index, "\n".join(tab.shown_problems()))
            else:
                self.ui.tab_widget.setTabText(index, base)
                self.ui.tab_widget.setTabIcon(index, QIcon())
                self.ui.tab_widget.setTabToolTip(index, "")
        self._save_button.setEnabled(not blocked and not self._read_only)
        self._save_close_button.setEnabled(not blocked and not self._read_only)
        if self._read_only:
            status = self.tr("Read only.")
        elif blocked:
            status = self.tr("Cannot save yet: see {tabs}.").format(tabs=", ".join(blocked))
        else:
            status = ""
        self.ui.status_label.setText(status)
        title = self.current().title if self._tabs else ""
        self.setWindowTitle(title or self.tr("New delegation"))

    def write_memo(self) -> None:
        """Ctrl+M: show the follow-up points (a refusal is about them) and write the memo."""
        self.ui.tab_widget.setCurrentWidget(self._follow_up)
        self._follow_up.write_memo()

    # --- saving and leaving --------------------------------------------------------------------------

    def save(self) -> bool:
        """Ctrl+S: store the delegation and stay open; True if it was stored."""
        return self._store()

    def save_and_close(self) -> bool:
        """Store the delegation and close (Accepted); True if it was stored."""
        if not self._store():
            return False
        super().accept()
        return True

    def _store(self) -> bool:
        """Store the delegation and stay open; True if it was stored."""
        if self._read_only:
            return False
        blocked = next((tab for tab in self._tabs if tab.problems()), None)
        if blocked is not None:
            for tab in self._tabs:
                tab.reveal_problems()
            self._update_state()
            # Reached from the unsaved-changes prompt: show where the problem is rather than
            # another message box; the problem is already spelled out beside the field.
            self.ui.tab_widget.setCurrentWidget(blocked)
            return False
        delegation = self.current()
        try:
            if self._revision is None:
                base = slugify(f"{delegation.title} {delegation.start.year}")
                delegation.id = repository.unique_key(self._db, "delegations", base)
                if not delegation.status_history:
                    # The first entry of the history: when, by whom, and at which step it began.
                    delegation.status_history = [
                        StatusChange(delegation.status, dt.date.today(), current_user(), "")
                    ]
            # One transaction (the inner ones become savepoints): the delegation and what tabs
            # keep beside it (the checklist) are stored together or not at all.
            with self._db.atomic():
                for tab in self._tabs:
                    tab.prepare_save(self._db, delegation)
                revision = repository.save_delegation(self._db, delegation, self._revision)
                for tab in self._tabs:
                    tab.save_extra(self._db, delegation.id)
        except ConflictError as conflict:
            self._offer_choice(delegation, conflict.change)
            return False
        except (StorageError, DatabaseError) as error:
            # The editor stays open and unsaved, every edit in it, for another try.
            QMessageBox.critical(
                self,
                self.tr("Not saved"),
                self.tr(
                    "The delegation was not saved: {reason}\n\nYour changes are still here; try Save again."
                ).format(reason=error),
            )
            return False
        self.saved_key = delegation.id
        self._loaded, self._revision = delegation, revision
        # Files added here and status changes are now stored: each tab shows them as such (the
        # editor may stay open, and a pending change must not be added to the history twice).
        for tab in self._tabs:
            tab.stored(copy.deepcopy(delegation))
        self._update_state()
        self.saved.emit(delegation.id)
        return True

    def import_participants(self) -> QDialog | None:
        """Add a participant list to the delegation as edited here: like any other edit, it
        is stored by Save and undone by closing without saving (new people included)."""
        from delegation_planner.ui.dialogs.participant_import import ParticipantImportDialog

        if self._read_only:
            return None
        dialog = ParticipantImportDialog(self._db, self._participants.add_imported, self)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def _offer_choice(self, mine: Delegation, change: object) -> None:
        """Someone saved a newer version: say who and when, and offer Reload, Keep mine or Compare."""
        from delegation_planner.storage.change_log import Change
        from delegation_planner.ui.dialogs.conflict import KEEP_MINE, RELOAD, ConflictDialog

        theirs: Delegation | None
        try:
            theirs, their_revision = repository.load_delegation(self._db, self._loaded.id)
        except NotFoundError:
            theirs, their_revision = None, None
        dialog = ConflictDialog(mine, theirs, change if isinstance(change, Change) else None, self)
        self.conflict_dialog = dialog

        def decided(_result: int) -> None:
            self.conflict_dialog = None
            if dialog.choice == RELOAD:
                self.reload()
            elif dialog.choice == KEEP_MINE:
                # Saved over their version, which stays in the delegation's history.
                self._revision = their_revision
                self._store()
            dialog.deleteLater()

        dialog.finished.connect(decided)
        dialog.open()

    def changed_elsewhere(self, who: str) -> None:
        """Another person saved this delegation: shown at once when nothing is edited here,
        else said beside the buttons (a save will then ask what to do)."""
        if self._read_only or not self.is_dirty():
            self.reload()
            return
        self.ui.status_label.setText(
            self.tr("{who} has just saved a newer version of this delegation.").format(who=who)
        )

    def reload(self) -> None:
        try:
            self._loaded, self._revision = repository.load_delegation(self._db, self._loaded.id)
        except StorageError as error:
            QMessageBox.warning(self, self.tr("Cannot reload"), str(error))
            return
        for tab in self._tabs:
            tab.load(copy.deepcopy(self._loaded))
        self._update_state()
        self.delegation_changed.emit(self.current())

    def accept(self) -> None:
        # Every way to accept goes through saving, so "Accepted" always means "stored".
        self.save_and_close()

    def reject(self) -> None:
        # Cancel, Esc and the window's close button all arrive here (QDialog turns a close into
        # reject() and keeps the window open if it is still visible afterwards).
        if self.is_dirty() and not self._confirm_leave():
            return
        if self.saved_key:
            # Stored while open (before an import): "Accepted" tells the register to refresh.
            super().accept()
            return
        super().reject()

    def done(self, result: int) -> None:
        # A memo, basis or attachment still being written ends first, so that it is logged in
        # the document register and announced before the editor and its tabs go.
        for writer in self.findChildren(FileWriter):
            writer.wait()
        super().done(result)

    def _confirm_leave(self) -> bool:
        """Ask what to do with unsaved changes; True means the dialog may close."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this delegation before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save_and_close()  # closes the dialog itself on success
            return False
        return answer == QMessageBox.StandardButton.Discard
