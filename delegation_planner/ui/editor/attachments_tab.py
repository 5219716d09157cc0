"""Attachments: the files kept with the delegation (stored with Save, like the checklist),
and the document register's entries for it (the documents written, to open again)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlite_utils import Database

from delegation_planner.domain.records import Delegation
from delegation_planner.storage.attachments import MAX_ATTACHMENT_BYTES, Owner
from delegation_planner.ui.editor.context import EditorContext
from delegation_planner.ui.editor.tab import EditorTab
from delegation_planner.ui.widgets.attachments_panel import AttachmentsPanel
from delegation_planner.ui.widgets.document_log_panel import DocumentLogPanel


class AttachmentsTab(EditorTab):
    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._key: str | None = None
        db = context.db
        self.panel = AttachmentsPanel(db, Owner.DELEGATION, self)
        self.panel.changed.connect(self.changed.emit)
        hint = QLabel(
            self.tr(
                "Invitations, decision letters, programmes, photographs … kept inside the register, so "
                "they are in its backup. At most {limit} MB per file."
            ).format(limit=MAX_ATTACHMENT_BYTES // (1024 * 1024)),
            self,
        )
        hint.setWordWrap(True)
        # The document register: what the program wrote for this delegation, with references.
        self.documents = DocumentLogPanel(db, self)
        self.documents.reference_edit.textChanged.connect(self._reference_typed)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.panel, 3)
        layout.addWidget(QLabel(self.tr("Documents written (memo, decision basis, briefing):"), self))
        layout.addWidget(self.documents, 2)

    def _reference_typed(self, text: str) -> None:
        self._context.next_reference = text.strip()

    def showEvent(self, event: QShowEvent) -> None:
        # A memo or basis may have been written from another tab since: show it in the log.
        super().showEvent(event)
        if self._key is not None:
            self.documents.load(self._key)

    def title(self) -> str:
        count = self.panel.count()
        return self.tr("Attachments ({count})").format(count=count) if count else self.tr("Attachments")

    def load(self, delegation: Delegation) -> None:
        self._key = delegation.id or None
        self.panel.load(delegation.id or None)
        self.documents.load(delegation.id or None)

    def apply_to(self, delegation: Delegation) -> None:
        """The files are kept beside the delegation (``save_extra``), not in it."""

    def set_read_only(self, read_only: bool) -> None:
        self.panel.set_read_only(read_only)

    def is_modified(self) -> bool:
        return self.panel.is_modified()

    def save_extra(self, db: Database, key: str) -> None:
        self.panel.save(db, key)

    def stored(self, delegation: Delegation) -> None:
        self.panel.after_save(delegation.id)
