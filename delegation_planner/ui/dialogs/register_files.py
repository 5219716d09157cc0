"""The file choosers of the File menu: a new or another register, and an interchange file
to import or export. What happens to the chosen file is the window's and ``file_transfer``'s."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from delegation_planner.ui import save_locations
from delegation_planner.ui.window_host import WindowHost

if TYPE_CHECKING:  # loaded with the window's commands, after the first paint
    from delegation_planner.ui.file_writing import FileWriter

# The texts keep the main window's context, where the menu items that ask live.
_tr = QCoreApplication.translate


def register_filter() -> str:
    """The file dialogs' filter for registers, in the window's language."""
    return _tr("MainWindow", "Delegation Planner registers (*.sqlite3 *.sqlite *.db);;All files (*)")


def ask_new_register(window: WindowHost) -> Path | None:
    """A name for a new register; an existing file is refused (Open register… is for that)."""
    name, _ = QFileDialog.getSaveFileName(
        window,
        _tr("MainWindow", "New register"),
        str(window.session.path.parent / "register.sqlite3"),
        register_filter(),
    )
    if not name:
        return None
    path = Path(name)
    if path.exists():
        QMessageBox.warning(
            window,
            _tr("MainWindow", "New register"),
            _tr(
                "MainWindow", "There is already a file at {path}. Choose another name, or use Open register…"
            ).format(path=path),
        )
        return None
    return path


def ask_register_to_open(window: WindowHost) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        window, _tr("MainWindow", "Open register"), str(window.session.path.parent), register_filter()
    )
    return Path(name) if name else None


def demo_register(window: WindowHost) -> Path | None:
    """The demo register to open, made if it is missing; None when it is the one open or
    cannot be made (which is said)."""
    # Imported here: the demo data is only needed when asked for.
    from delegation_planner import demo
    from delegation_planner.storage.errors import StorageError

    path = demo.default_demo_path()
    if path.absolute() == window.session.path and not window.session.is_server:
        return None
    if not path.exists():
        try:
            demo.create_demo_database(path)
        except (StorageError, OSError) as error:
            QMessageBox.warning(window, _tr("MainWindow", "Open demo register"), str(error))
            return None
    return path


def ask_and_import(window: WindowHost) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window,
        _tr("MainWindow", "Import"),
        str(save_locations.last_folder(save_locations.INTERCHANGE)),
        _tr("MainWindow", "Interchange files (*.json);;All files (*)"),
    )
    if name:
        from delegation_planner.ui import file_transfer

        file_transfer.import_into(window, window.session.location, Path(name), lambda: window.refresh_all())


def ask_and_export(window: WindowHost, files: FileWriter) -> None:
    path = files.ask(
        save_locations.INTERCHANGE,
        _tr("MainWindow", "Export"),
        window.session.path.with_suffix(".json").name,
        _tr("MainWindow", "Interchange files (*.json)"),
        ".json",
    )
    if path is not None:
        from delegation_planner.ui import file_transfer

        file_transfer.export_to(files, path)
