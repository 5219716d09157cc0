"""The main window's menu bar, built once the window has a register (after the first paint).

The actions are kept on the window (``window.import_action``…), where its commands enable
them and the tests find them, as a form's ``setupUi`` keeps its widgets on the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from delegation_planner.storage.server_url import shown_url
from delegation_planner.ui.widgets.language_menu import LanguageMenu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from delegation_planner.ui.main_window import MainWindow

# The words are the window's own (its translation context), as when it built these itself.
_tr = QCoreApplication.translate


def build_menus(window: MainWindow) -> None:
    """The File, Delegation, People, Settings and Help menus, with the window's commands."""
    ui = window.ui
    file_menu = ui.menu_bar.addMenu(_tr("MainWindow", "&File"))
    window.new_register_action = _add(file_menu, _tr("MainWindow", "&New register…"), window.new_register)
    window.open_register_action = _add(
        file_menu, _tr("MainWindow", "&Open register…"), window.open_register, QKeySequence.StandardKey.Open
    )
    file_menu.addAction(window.server.connect_action)
    window.recent_menu = file_menu.addMenu(_tr("MainWindow", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(window))
    file_menu.addSeparator()
    window.import_action = _add(file_menu, _tr("MainWindow", "&Import…"), window.import_file)
    window.export_action = _add(file_menu, _tr("MainWindow", "&Export…"), window.export_file)
    file_menu.addSeparator()
    file_menu.addAction(window.safety.backup_action)
    file_menu.addAction(window.safety.restore_action)
    file_menu.addSeparator()
    file_menu.addAction(window.commands.report_action)
    file_menu.addAction(window.commands.register_xlsx_action)
    file_menu.addAction(window.commands.costs_xlsx_action)
    file_menu.addSeparator()
    window.quit_action = _add(
        file_menu, _tr("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit
    )
    window.delegation_menu = ui.menu_bar.addMenu(_tr("MainWindow", "&Delegation"))
    people_menu = ui.menu_bar.addMenu(_tr("MainWindow", "&People", "menu"))
    people_menu.addActions(window.personal_data.actions())
    settings_menu = ui.menu_bar.addMenu(_tr("MainWindow", "&Settings"))
    window.office_action = _add(settings_menu, _tr("MainWindow", "&Office profile…"), window.edit_office)
    window.policy_action = _add(settings_menu, _tr("MainWindow", "&Policy profile…"), window.edit_policy)
    window.templates_action = _add(
        settings_menu, _tr("MainWindow", "&Checklist templates…"), window.edit_checklist_templates
    )
    window.visit_rule_action = _add(
        settings_menu, _tr("MainWindow", "&Agreement visits…"), window.edit_visit_rule
    )
    _add(settings_menu, _tr("MainWindow", "Case &officer on documents…"), lambda: _edit_case_officer(window))
    _add(settings_menu, _tr("MainWindow", "&Duty phone for briefings…"), lambda: _edit_duty_phone(window))
    window.language_menu = LanguageMenu(window.settings, window)
    settings_menu.addMenu(window.language_menu)
    help_menu = ui.menu_bar.addMenu(_tr("MainWindow", "&Help"))
    window.demo_action = _add(help_menu, _tr("MainWindow", "Open &demo register"), window.open_demo_register)
    _add(help_menu, _tr("MainWindow", "&About Delegation Planner"), window.show_about)


def _add(
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence.StandardKey | None = None,
) -> QAction:
    action = menu.addAction(text)
    if shortcut is not None:
        action.setShortcut(shortcut)  # a standard key converts to its QKeySequence
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _edit_case_officer(window: MainWindow) -> None:
    from delegation_planner.ui.dialogs.document_settings import edit_case_officer

    edit_case_officer(window)


def _edit_duty_phone(window: MainWindow) -> None:
    from delegation_planner.ui.dialogs.document_settings import edit_duty_phone

    edit_duty_phone(window)


def fill_recent_menu(window: MainWindow) -> None:
    """The registers opened lately, other than this one: files and servers (never a password)."""
    menu, session = window.recent_menu, window.session
    menu.clear()
    here = shown_url(session.url) if session.is_server else session.path
    paths = [p for p in window.recent.paths() if p != here]
    for number, path in enumerate(paths, start=1):
        if isinstance(path, str):
            # A server register: its address, opened as the dialog would.
            action = menu.addAction(f"&{number} {path}")
            action.triggered.connect(
                lambda _checked=False, u=path: window.server.connect_to(u, ask_on_failure=True)
            )
            continue
        action = menu.addAction(f"&{number} {path.name}  —  {path.parent}")
        action.setToolTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: window.switch_register(p))
    if not paths:
        menu.addAction(_tr("MainWindow", "No other registers opened lately")).setEnabled(False)
    menu.addSeparator()
    menu.addAction(_tr("MainWindow", "&Clear list")).triggered.connect(
        lambda _checked=False: window.recent.clear()
    )
