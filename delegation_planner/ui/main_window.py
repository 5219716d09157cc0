"""The main window: one open register, its registers and the before-departure review as tabs.

The window owns a ``RegisterSession`` (the database and its lock). Switching
register opens the new session first, so a file that cannot be used leaves the
current one open, and only then closes the old one and rebuilds the pages on the
new database. Everything that depends on the database is rebuilt; nothing keeps
a reference to a closed connection.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, QTimer, SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from delegation_planner.storage.server_url import shown_url
from delegation_planner.ui import language
from delegation_planner.ui.generated.ui_main_window import Ui_MainWindow
from delegation_planner.ui.recent_files import RecentFiles
from delegation_planner.ui.window_host import WindowHost

# The window's shell (this module and the form) is built and painted before the rest of
# the program is loaded (``qt_app``): what only the register's pages, commands and dialogs
# need is imported where they are made, after the first paint.
if TYPE_CHECKING:
    # Not needed before the first paint: PySide6 makes each type on first use (2–6 ms apiece).
    from PySide6.QtGui import QAction, QCloseEvent
    from PySide6.QtWidgets import QDialog, QMenu

    from delegation_planner.storage.first_rows import FirstRows
    from delegation_planner.ui.changes import Changes, Record
    from delegation_planner.ui.dialogs.personal_data import PersonalDataCommands
    from delegation_planner.ui.generated.ui_register_tab import Ui_RegisterTab
    from delegation_planner.ui.pages.dashboard import DashboardPage
    from delegation_planner.ui.pages.delegations import DelegationsPage
    from delegation_planner.ui.pages.departures import DeparturesPage
    from delegation_planner.ui.pages.first_rows import CheckingPage, FirstRowsPage
    from delegation_planner.ui.session import RegisterSession
    from delegation_planner.ui.widgets.language_menu import LanguageMenu

    class _WindowForm(Ui_MainWindow, Ui_RegisterTab):
        """The main window's form with its Delegations tab's (``forms/register_tab.ui``)."""


def _delegation_views() -> frozenset[Record]:
    """What the register, the before-departure review and the overview show (an organisation's
    or a result's change alone leaves them as they are)."""
    from delegation_planner.ui.changes import Record

    return frozenset(
        {
            Record.DELEGATIONS,
            Record.FOLLOW_UP,
            Record.PEOPLE,
            Record.CONTACTS,
            Record.AGREEMENTS,
            Record.SETTINGS,
        }
    )


class MainWindow(WindowHost):
    # Made by ``window_menus.build_menus`` once the window has a register.
    new_register_action: QAction
    open_register_action: QAction
    import_action: QAction
    export_action: QAction
    quit_action: QAction
    office_action: QAction
    policy_action: QAction
    templates_action: QAction
    visit_rule_action: QAction
    demo_action: QAction
    recent_menu: QMenu
    delegation_menu: QMenu
    language_menu: LanguageMenu

    def __init__(
        self, session: RegisterSession | None, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        """The window on ``session``; with None only its shell, until ``start`` is given one
        (the start paints the shell and the home view's first rows before the program is loaded)."""
        super().__init__(parent)
        # Before any text is set: the window speaks the chosen (or the system's) language.
        language.apply(settings)
        # The Delegations tab's widgets are added to the form by ``start`` (after the first paint).
        form = Ui_MainWindow()
        form.setupUi(self)
        self.ui = cast("_WindowForm", form)
        self.settings = settings
        self.recent = RecentFiles(settings)
        self.delegations: DelegationsPage | None = None
        self.departures: DeparturesPage | None = None
        self.dashboard: DashboardPage | None = None
        self.record_pages: dict[str, QWidget] = {}
        self.last_changes: Changes | None = None  # the latest notice passed to the pages
        self._unbuilt: dict[QWidget, str] = {}  # tab -> the kind of page it will hold
        self._stale: dict[QWidget, QWidget] = {}  # built page -> its tab, to reload when shown
        self._first_rows: FirstRowsPage | CheckingPage | None = None  # until the overview's page has read
        self._started = False
        self._path_label = QLabel(self)
        self._mode_label = QLabel(self)
        self._follow_up_label = QLabel(self)
        self._follow_up_label.setToolTip(self.tr("Follow-up points still open, and how many are overdue"))
        self.ui.status_bar.addWidget(self._path_label, 1)
        self.ui.status_bar.addPermanentWidget(self._follow_up_label)
        self.ui.status_bar.addPermanentWidget(self._mode_label)
        self._restore_window_state()
        if session is not None:
            self.start(session)

    def show_first_rows(self, rows: FirstRows) -> None:
        """Before the register is opened: its name and the overview's first lists, read from
        a file that passed the full check unchanged or a server register of this program's
        schema (``storage.first_rows``)."""
        from delegation_planner.ui.pages.first_rows import FirstRowsPage

        self._first_page(FirstRowsPage(rows, self.ui.overview_tab), rows.name, rows.where)

    def show_checking(self, path: Path) -> None:
        """Before a register file not remembered as checked is opened: that it is being checked."""
        from delegation_planner.ui.pages.first_rows import CheckingPage

        self._first_page(CheckingPage(path, self.ui.overview_tab), path.name, str(path))

    def _first_page(self, page: FirstRowsPage | CheckingPage, name: str, where: str) -> None:
        self.ui.overview_layout.addWidget(page)
        self._first_rows = page
        self.setWindowTitle(self.tr("{name} — Delegation Planner").format(name=name))
        self._path_label.setText(where)

    def first_page_shown(self) -> None:
        """Shown, so laid out at the window's size, and not yet painted: the first rows' columns
        are fitted to their lists now."""
        from delegation_planner.ui.pages.first_rows import FirstRowsPage

        if isinstance(self._first_rows, FirstRowsPage):
            self._first_rows.fit_columns()

    def shows_first_rows_of(self, location: Path | str) -> bool:
        """The first paint's page on screen is that of the register at ``location``."""
        first = self._first_rows
        return first is not None and first.location == location

    def home_says_empty(self) -> bool:
        """The home view says the register has no delegations (its first paint's page or its own)."""
        page = self._first_rows if self._first_rows is not None else self.dashboard
        return bool(page is not None and page.shows_empty_register())

    def start(self, session: RegisterSession) -> None:
        """Build the window's commands and pages on ``session`` (once)."""
        from delegation_planner.ui.dialogs.personal_data import PersonalDataCommands
        from delegation_planner.ui.generated.ui_register_tab import Ui_RegisterTab
        from delegation_planner.ui.register_safety import RegisterSafety
        from delegation_planner.ui.server_commands import ServerCommands
        from delegation_planner.ui.window_commands import WindowCommands

        assert not self._started
        self._started = True
        self.session = session
        register_tab = Ui_RegisterTab()
        register_tab.setupUi(self.ui.delegations_tab)
        vars(self.ui).update(vars(register_tab))
        QWidget.setTabOrder(self.ui.tab_widget, self.ui.filter_edit)
        self.ui.tab_widget.currentChanged.connect(lambda _index: self._build_shown_pages())
        self.ui.follow_up_tabs.currentChanged.connect(lambda _index: self._build_shown_pages())
        self.commands = WindowCommands(self)
        self.safety = RegisterSafety(self)
        self.personal_data: PersonalDataCommands = PersonalDataCommands(self)
        self.server = ServerCommands(self, self)
        from delegation_planner.ui.window_menus import build_menus

        build_menus(self)
        self._attach(session)

    def _drop_first_rows(self) -> None:
        """The overview's page shows its lists: the first paint's page gives way to it."""
        page, self._first_rows = self._first_rows, None
        if page is not None:
            page.setParent(None)
            page.deleteLater()
        if self.dashboard is not None:
            self.dashboard.show()

    # --- menus (ui/window_menus.py) ------------------------------------------------------------

    def _fill_recent_menu(self) -> None:
        from delegation_planner.ui.window_menus import fill_recent_menu

        fill_recent_menu(self)

    # --- the session -------------------------------------------------------------------------

    def _attach(self, session: RegisterSession) -> None:
        from delegation_planner.ui.pages.dashboard import DashboardPage
        from delegation_planner.ui.pages.delegations import DelegationsPage
        from delegation_planner.ui.pages.departures import DeparturesPage

        self.session = session
        self.recent.add(session.location)
        page = DelegationsPage(self.ui, session, self, self)
        self.delegations = page
        menu = self.delegation_menu
        menu.clear()
        for action in (page.new_action, page.open_action, page.copy_action, page.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(page.find_action)
        # Ctrl+F reaches the register's search box from the tabs that have no search of
        # their own (the overview, departures, agreement visits) and from the tab bar;
        # the record pages keep Ctrl+F for their own filter.
        ui = self.ui
        for owner in (ui.overview_tab, ui.departures_tab, ui.agreement_visits_tab, ui.tab_widget.tabBar()):
            owner.addAction(page.find_action)
        menu.addSeparator()
        menu.addAction(self.commands.calendar_action)
        ui = self.ui
        self._unbuilt = {
            ui.people_tab: "people",
            ui.organisations_tab: "organisations",
            ui.agreements_tab: "agreements",
            ui.follow_up_points_tab: "follow_up",
            ui.results_tab: "results",
            ui.agreement_visits_tab: "agreement_visits",
            ui.new_contacts_tab: "new_contacts",
        }
        departures = DeparturesPage(session, self.settings, self.ui.departures_layout.parentWidget())
        self.ui.departures_layout.addWidget(departures)
        self.departures = departures
        from delegation_planner.ui.changes import changes_made_by

        # An edit in either tab changes what the other shows (dates, verdicts, checklists).
        page.changed.connect(lambda: self.notify(changes_made_by(page), source=page))
        departures.changed.connect(lambda: self.notify(changes_made_by(departures), source=departures))
        departures.open_delegation.connect(self.open_delegation)
        dashboard = DashboardPage(session, self.ui.overview_layout.parentWidget())
        self.ui.overview_layout.addWidget(dashboard)
        self.dashboard = dashboard
        if self.shows_first_rows_of(session.location):
            # The first paint's lists stay on screen until the page has read its own.
            dashboard.hide()
            dashboard.first_shown.connect(self._drop_first_rows)
        else:
            self._drop_first_rows()
        dashboard.open_delegation.connect(self.open_delegation)
        page.restore_state(self.settings)
        page.start()
        departures.refresh()
        # The overview's figures keep a worker (and Python's lock) busy for a second on a
        # large register; the register's first rows come first, then the overview.
        dashboard.refresh_after_first(page.model.result_ready, page.model.query_failed)
        self._update_title_and_status()
        self._update_follow_up_counts()
        self._build_shown_pages()
        # Asked once the window is on screen, not while it is being built.
        QTimer.singleShot(0, self.safety.offer_take_over)

    def _build_shown_pages(self) -> None:
        """Build the page of the tab now shown (and of the follow-up sub-tab) if not built yet."""
        shown = self._shown_tabs()
        for tab in shown:
            kind = self._unbuilt.pop(tab, None)
            if kind is not None:
                self.record_pages[kind] = self._make_page(kind, tab)
        for widget, tab in list(self._stale.items()):
            if tab in shown:
                del self._stale[widget]
                widget.reload()  # type: ignore[attr-defined]

    def _shown_tabs(self) -> list[QWidget]:
        ui = self.ui
        shown = [ui.tab_widget.currentWidget()]
        if shown[0] is ui.follow_up_tab:
            shown.append(ui.follow_up_tabs.currentWidget())
        return shown

    def page(self, kind: str) -> QWidget:
        """The page of ``kind``, built now if its tab has not been shown yet."""
        if kind not in self.record_pages:
            tab = next(t for t, k in self._unbuilt.items() if k == kind)
            del self._unbuilt[tab]
            self.record_pages[kind] = self._make_page(kind, tab)
        return self.record_pages[kind]

    def shown_person(self) -> str | None:
        from delegation_planner.ui.pages.records import PeoplePage

        page = self.record_pages.get("people")
        if not isinstance(page, PeoplePage) or self.ui.tab_widget.currentWidget() is not self.ui.people_tab:
            return None
        record = page.current_record()
        return None if record is None else str(record.id)

    def _make_page(self, kind: str, tab: QWidget) -> QWidget:
        from delegation_planner.ui.changes import changes_made_by
        from delegation_planner.ui.pages.registry import LAZY_PAGES

        session = self.session
        widget = LAZY_PAGES[kind]()(session.db, session.read_only, tab)
        # A write on a page can change what the others show (a person's kind changes the
        # politician count and verdicts; a point marked done changes the counts): the page
        # says which kinds of record it writes, and the pages that show them reload.
        changed = getattr(widget, "changed", None)
        assert isinstance(changed, SignalInstance), f"{kind} page has no changed signal"
        changed.connect(lambda *_: self.notify(changes_made_by(widget), source=widget))
        opener = getattr(widget, "open_delegation", None)
        if opener is not None:
            opener.connect(self.open_delegation)
        layout = tab.layout()
        assert layout is not None
        layout.addWidget(widget)
        return widget

    def open_delegation(self, key: str) -> None:
        """Open a delegation's editor from any page (the follow-up overview, say)."""
        if self.delegations is not None:
            self.delegations.open_key(key)

    def _refresh_delegation_views(self, source: object = None) -> None:
        # The page a save came from shows it already.
        if self.delegations is not None and source is not self.delegations:
            self.delegations.refresh()
        self.refresh_overviews()

    def refresh_overviews(self) -> None:
        """The before-departure review, the overview and the follow-up count (not the register)."""
        if self.departures is not None:
            self.departures.refresh()
        if self.dashboard is not None:
            self.dashboard.refresh()
        self._update_follow_up_counts()

    def _update_follow_up_counts(self) -> None:
        from delegation_planner.ui.pages.follow_up import follow_up_counts_text

        self._follow_up_label.setText(
            self.tr("Follow-up: {counts}").format(
                counts=follow_up_counts_text(self.session.db, dt.date.today())
            )
        )

    def _detach(self) -> None:
        self._drop_first_rows()
        from delegation_planner.ui.db_task import wait_for_workers

        self.commands.wait()
        self.personal_data.wait()
        if self.delegations is not None:
            self.delegations.save_state(self.settings)
            self.delegations.close()
            self.delegations.deleteLater()
            self.delegations = None
        if self.departures is not None:
            self.departures.close_page()
            self.departures.setParent(None)
            self.departures.deleteLater()
            self.departures = None
        if self.dashboard is not None:
            self.dashboard.close_page()
            self.dashboard.setParent(None)
            self.dashboard.deleteLater()
            self.dashboard = None
        for widget in self.record_pages.values():
            widget.setParent(None)
            widget.deleteLater()
        self.record_pages.clear()
        self._unbuilt.clear()
        self._stale.clear()
        self.server.detached()
        # An import or export still running works on this file: it ends before the file is let go.
        wait_for_workers(self.session.location)
        self.session.close()

    def switch_register(self, path: Path) -> bool:
        """Open ``path`` instead of the current register; False (and a message) if it cannot be used."""
        path = Path(path).absolute()
        if path == self.session.path and not self.session.is_server:
            return True
        if not self.close_editors(self.tr("Save them before another register is opened?")):
            return False
        from PySide6.QtWidgets import QMessageBox

        from delegation_planner.storage.errors import StorageError
        from delegation_planner.ui.session import RegisterSession

        try:
            session = RegisterSession.open(path)
        except StorageError as error:
            QMessageBox.warning(self, self.tr("Open register"), str(error))
            return False
        self._detach()
        self._attach(session)
        return True

    def release_session(self) -> None:
        """Close the register (pages, connection, lock) so it can be replaced; ``replace_session`` follows."""
        self._detach()

    def replace_session(self, session: RegisterSession) -> None:
        if self.delegations is not None:
            self._detach()
        self._attach(session)

    def refresh_all(self, except_page: QWidget | None = None) -> None:
        """After an import, a restore, an erasure or new settings: every page shows the register anew."""
        from delegation_planner.ui.changes import Changes

        self.notify(Changes.everything(), source=except_page)

    def notify(self, changes: Changes, source: object = None) -> None:
        """Tell the pages what a save changed; those that show it reload (``source`` is the
        page the save came from, which shows it already)."""
        self.last_changes = changes
        if changes.concern(_delegation_views()):
            self._refresh_delegation_views(source)
        self._reload_record_pages(changes, except_page=source)

    def _reload_record_pages(self, changes: Changes, except_page: object = None) -> None:
        from delegation_planner.ui.changes import watches

        # Reloading a page reads its whole list (the People page takes about a second
        # on 20,000 people), so only the page on screen reloads now; the others when
        # their tab is next shown.
        shown = self._shown_tabs()
        for widget in self.record_pages.values():
            tab = widget.parentWidget()
            if widget is except_page or tab is None or not changes.concern(watches(widget)):
                continue
            if tab in shown:
                widget.reload()  # type: ignore[attr-defined]
            else:
                self._stale[widget] = tab

    def _update_title_and_status(self) -> None:
        session = self.session
        read_only = session.read_only
        if read_only:
            self.setWindowTitle(self.tr("{name} (read-only) — Delegation Planner").format(name=session.name))
            self._mode_label.setText(self.safety.read_only_notice(session))
            self._mode_label.setToolTip(session.detail)
        else:
            self.setWindowTitle(self.tr("{name} — Delegation Planner").format(name=session.name))
            self._mode_label.setText("")
        where = shown_url(session.url) if session.is_server else str(session.path)
        self._path_label.setText(where)
        self._path_label.setToolTip(where)
        self.import_action.setEnabled(not read_only)
        self.safety.restore_action.setEnabled(not read_only)
        self.personal_data.update_enabled()
        self.server.attached(session)

    # --- file commands -------------------------------------------------------------------------

    def new_register(self) -> None:
        from delegation_planner.ui.dialogs import register_files

        path = register_files.ask_new_register(self)
        if path is not None:
            self.switch_register(path)

    def open_register(self) -> None:
        from delegation_planner.ui.dialogs import register_files

        path = register_files.ask_register_to_open(self)
        if path is not None:
            self.switch_register(path)

    def import_file(self) -> None:
        from delegation_planner.ui.dialogs import register_files

        if not self.session.read_only:
            register_files.ask_and_import(self)

    def export_file(self) -> None:
        from delegation_planner.ui.dialogs import register_files

        register_files.ask_and_export(self, self.commands.files)

    # --- settings ----------------------------------------------------------------------------------

    def edit_policy(self) -> QDialog:
        """Open the policy profile; once a changed profile is saved, every view shows the new verdicts."""
        # Imported here: the dialogs are not needed to show the register.
        from delegation_planner.ui.dialogs.policy import PolicyDialog

        session = self.session
        dialog = PolicyDialog(session.db, session.location, not session.may_decide, self)
        return self._open_dialog(dialog)

    def edit_office(self) -> bool:
        """The office profile, language and letterhead; every view follows a new profile."""
        from delegation_planner.ui.dialogs.office import OfficeDialog

        saved = OfficeDialog.ask(self.session.db, self.settings, not self.session.may_decide, parent=self)
        if saved:
            self._office_changed()
        return saved

    def _office_changed(self) -> None:
        if self.delegations is not None:
            self.delegations.model.office_changed()
        self.refresh_all()

    def first_start_setup(self) -> bool:
        """The short setup of the very first start (a new register), skippable."""
        from delegation_planner.ui.dialogs.office import OfficeDialog

        saved = OfficeDialog.ask(self.session.db, self.settings, not self.session.may_decide, True, self)
        if saved:
            self._office_changed()
        return saved

    def edit_checklist_templates(self) -> QDialog:
        from delegation_planner.ui.dialogs.checklist_templates import ChecklistTemplatesDialog

        dialog = ChecklistTemplatesDialog(self.session.db, not self.session.may_decide, self)
        return self._open_dialog(dialog)

    def edit_visit_rule(self) -> QDialog:
        from delegation_planner.ui.dialogs.visit_rule import VisitRuleDialog

        return self._open_dialog(VisitRuleDialog(self.session.db, self.session.read_only, self))

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        # Not imported with the module: naming Qt before the first paint costs tens of ms.
        from PySide6.QtCore import Qt

        # open(), not exec(): no nested event loop, and tests can drive the dialog directly.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh_all)
        dialog.open()
        return dialog

    def open_demo_register(self) -> None:
        from delegation_planner.ui.dialogs import register_files

        path = register_files.demo_register(self)
        if path is not None:
            self.switch_register(path)

    def show_about(self) -> None:
        from delegation_planner.ui.dialogs.about import show_about

        show_about(self)

    # --- window state -----------------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = self.settings.value("window/state")
        if state:
            self.restoreState(state)

    def close_editors(self, question: str) -> bool:
        """Before the register goes: one question about every editor's unsaved changes
        (``question`` ends it), then the editors close; False if the person cancelled."""
        return self.delegations is None or self.delegations.editors.leave(self, question)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._started:  # closed while the register was still being opened
            event.accept()
            return
        if self.safety.restoring():
            self.safety.close_when_restored()
            event.ignore()
            return
        if not self.close_editors(self.tr("Save them before closing?")):
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self._detach()
        # After the register is let go (the backup reads it on a connection of its own), so the
        # window closes now; the program waits for the backup before it ends.
        self.safety.daily_backup_on_close()
        self.settings.sync()
        event.accept()
