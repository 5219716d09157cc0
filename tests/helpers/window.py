"""Helpers for the window tests: typing as a person does, answering dialogs, opening editors."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from sqlite_utils import Database

from delegation_planner.storage import repository
from delegation_planner.ui.editor.delegation_editor import DelegationEditor
from delegation_planner.ui.save_locations import WrittenNotice
from tests.core.factories import delegation

OK = QDialogButtonBox.StandardButton.Ok


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type as a person would: ASCII by key presses, other letters as an input method commits them.

    ``QTest.keyClicks`` cannot press keys for "ø" or "李"; on a real keyboard they come
    from a dead key or an input method, which Qt delivers as a commit string.
    """
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QCoreApplication.sendEvent(widget, event)


def answer_with(
    monkeypatch: pytest.MonkeyPatch, editor: type, fill: Callable[[Any], None], ok: bool = True
) -> list:
    """Replace the editor's ``exec``: fill the real widgets, then press OK (or Cancel)."""
    opened: list = []

    def fake_exec(dialog: Any) -> int:
        opened.append(dialog)
        fill(dialog)
        if ok:
            dialog.ui.button_box.button(OK).click()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(editor, "exec", fake_exec)
    return opened


def choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in the combo"
    combo.setCurrentIndex(index)


def shown(page: Any, column: int = 0) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def select(page: Any, text: str) -> None:
    assert page.select_key(next(r.id for r in page.model._records if text in page._describe(r)))


def make_page(qtbot: Any, cls: type, db: Any, **kwargs: Any) -> Any:
    page = cls(db, **kwargs)
    qtbot.addWidget(page)
    return page


def open_editor(
    qtbot: Any, db: Database, key: str | None = None, read_only: bool = False
) -> DelegationEditor:
    editor = DelegationEditor(db, key, read_only=read_only)
    qtbot.addWidget(editor)
    editor.show()
    return editor


class FakeEditor(QWidget):
    """Stands in for the delegation editor window: shown, it saves a delegation (unless
    read-only) and closes, as a person pressing Save and close would."""

    saved = Signal(str)
    finished = Signal(int)
    opened: ClassVar[list[tuple[str | None, bool]]] = []

    def __init__(
        self,
        db: Database,
        key: str | None,
        read_only: bool = False,
        parent: QWidget | None = None,
        *,
        may_decide: bool = True,
    ) -> None:
        super().__init__()
        self.db, self.key, self.read_only = db, key, read_only
        FakeEditor.opened.append((key, read_only))

    def show(self) -> None:
        if not self.read_only:
            record = delegation(self.key or "new-one", title="A brand new delegation")
            repository.save_delegation(self.db, record)
            self.saved.emit(record.id)
        self.finished.emit(0)


def written_notice(qtbot: Any) -> WrittenNotice:
    """The "Wrote …" notice on screen after a file was written (waits for it)."""
    found: list[WrittenNotice] = []

    def shown() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, WrittenNotice) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[-1]


def finish_restore(qtbot: Any, safety: Any) -> bool:
    """Let a restore the window started (``RegisterSafety.restore``) end, with the register
    open again; whether the backup was put in place."""
    with qtbot.waitSignal(safety.restored, timeout=30000) as ended:
        pass
    return bool(ended.args[0])


def finish_writing(qtbot: Any, files: Any) -> None:
    """Let a file the window started writing (``ui/file_writing.FileWriter``) be written and answered."""
    qtbot.waitUntil(lambda: files.last_task is not None and not files.busy(), timeout=30000)
