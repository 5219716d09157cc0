"""The window speaks the system's language (or the one chosen in Settings ▸ Language).

Started under a Swedish or a Danish locale, no English is left in what a person
sees: menus, tabs, buttons, labels, table headers, placeholders, Qt's own buttons.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from delegation_planner import demo
from delegation_planner.ui import language
from delegation_planner.ui.main_window import MainWindow
from delegation_planner.ui.session import RegisterSession

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

# English texts that must not survive in a Swedish or Danish window.
FORBIDDEN = {
    "File",
    "Settings",
    "Help",
    "Delegations",
    "Before departure",
    "Follow-up",
    "Organisations",
    "People",
    "Agreements",
    "Overview",
    "Open register…",
    "New delegation…",
    "Quit",
    "Language",
    "Title",
    "Direction",
    "Purpose",
    "Politicians",
    "Outbound",
    "Inbound",
    "Needs attention",
    "Loading…",
    "Cancel",
    "Save",
    "Yes",
    "No",
}


@pytest.fixture(scope="module")
def demo_register(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    demo.create_demo_database(path)
    return path


@pytest.fixture
def system_locale(monkeypatch) -> Iterator:
    """Set the locale variables as a desktop session would; English again afterwards."""

    def use(value: str) -> None:
        for name in LOCALE_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", value)

    yield use
    language.install("en")


@pytest.fixture
def window_in(qtbot, tmp_path, demo_register, system_locale):
    def start(locale_name: str, settings: QSettings | None = None) -> MainWindow:
        system_locale(locale_name)
        settings = settings or QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(RegisterSession.open(demo_register), settings)
        qtbot.addWidget(window)
        window.show()
        return window

    return start


def clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def menu_texts(menu: QMenu) -> list[str]:
    texts = [clean(menu.title())]
    for action in menu.actions():
        if action.menu() is not None:
            texts += menu_texts(action.menu())  # type: ignore[arg-type]
        elif action.text():
            texts.append(clean(action.text()))
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """What a person can read in ``root``: every visible widget's text, headers and tab titles."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(clean(widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(clean(widget.title()))
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [clean(widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())
            ]
    return [t for t in texts if t]


def window_texts(window: MainWindow) -> list[str]:
    texts = visible_texts(window)
    for action in window.menuBar().actions():
        texts += menu_texts(action.menu())  # type: ignore[arg-type]
    return texts


def assert_no_english(texts: list[str]) -> None:
    left = sorted({t for t in texts if t in FORBIDDEN})
    assert not left, f"English left in the window: {left}"


@pytest.mark.parametrize(
    ("locale_name", "menus", "tabs"),
    [
        (
            "sv_SE.UTF-8",
            ["Arkiv", "Delegation", "Personer", "Inställningar", "Hjälp"],
            ["Översikt", "Delegationer", "Före avresa", "Uppföljning", "Personer", "Organisationer", "Avtal"],
        ),
        (
            "da_DK.UTF-8",
            ["Filer", "Delegation", "Personer", "Indstillinger", "Hjælp"],
            [
                "Overblik",
                "Delegationer",
                "Før afrejse",
                "Opfølgning",
                "Personer",
                "Organisationer",
                "Aftaler",
            ],
        ),
    ],
)
def test_window_speaks_the_system_language(qtbot, window_in, locale_name, menus, tabs):
    window = window_in(locale_name)
    assert [clean(a.text()) for a in window.menuBar().actions()] == menus
    tab_widget = window.ui.tab_widget
    assert [clean(tab_widget.tabText(i)) for i in range(tab_widget.count())] == tabs
    # Every main tab as a person opens it, with its lazily built page.
    for index in range(tab_widget.count()):
        tab_widget.setCurrentIndex(index)
        qtbot.wait(10)
        assert_no_english(window_texts(window))
    follow_up = window.ui.follow_up_tabs
    tab_widget.setCurrentWidget(window.ui.follow_up_tab)
    for index in range(follow_up.count()):
        follow_up.setCurrentIndex(index)
        qtbot.wait(10)
        assert_no_english(visible_texts(window))
    qtbot.waitUntil(lambda: not window.delegations.model.is_loading, timeout=5000)
    assert "delegationer" in window.ui.count_label.text()


def accelerator(text: str) -> str | None:
    text = text.replace("&&", "")
    return text.split("&")[1][0].lower() if "&" in text else None


def test_no_two_items_share_an_accelerator(window_in):
    for locale_name in ("sv_SE.UTF-8", "da_DK.UTF-8"):
        window = window_in(locale_name)
        bar = [a.text() for a in window.menuBar().actions()]
        tabs = window.ui.tab_widget
        # Alt+letter reaches the menu bar and the main tabs alike.
        groups = [bar + [tabs.tabText(i) for i in range(tabs.count())]]
        groups += [[a.text() for a in action.menu().actions()] for action in window.menuBar().actions()]  # type: ignore[union-attr]
        for texts in groups:
            keys = [k for k in map(accelerator, texts) if k]
            assert len(keys) == len(set(keys)), f"{locale_name}: {texts}"
        window.close()


def test_delegation_editor_in_danish(qtbot, window_in):
    from delegation_planner.ui.editor.delegation_editor import DelegationEditor

    window = window_in("da_DK.UTF-8")
    window.ui.tab_widget.setCurrentWidget(window.ui.delegations_tab)
    qtbot.waitUntil(lambda: window.delegations.model.rowCount() > 0, timeout=5000)
    key = window.delegations.model.key_at(0)
    editor = DelegationEditor(window.session.db, key, False, window)
    qtbot.addWidget(editor)
    editor.show()
    tabs = editor.ui.tab_widget
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(10)
        assert_no_english(visible_texts(editor))
    # The GRIP explanations are the documents' Danish sentences, not the domain's English.
    from delegation_planner.ui.models.grip_model import GripResultModel

    grip = editor.findChild(GripResultModel)
    why = [grip.index(row, 2).data() for row in range(grip.rowCount())]
    assert why and not any("politicians" in text or " the " in text for text in why), why
    names = [clean(tabs.tabText(i)).removesuffix(" !") for i in range(tabs.count())]
    assert names[:4] == ["Overblik", "Deltagere", "Program", "Omkostninger"]
    assert "Opfølgning" in names


def test_qt_own_buttons_follow_the_language(window_in):
    window_in("sv_SE.UTF-8")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    texts = {clean(b.text()) for b in box.buttons()}
    assert texts == {"Avbryt", "Spara"}
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    message = QMessageBox(QMessageBox.Icon.Question, "x", "y", buttons)
    assert {clean(b.text()) for b in message.buttons()} == {"Ja", "Nej"}


@pytest.mark.parametrize(("locale_name", "look_in"), [("sv_SE.UTF-8", "Titta i:"), ("da_DK.UTF-8", "Kig i:")])
def test_file_dialog_speaks_the_language(window_in, locale_name, look_in):
    window_in(locale_name)
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.objectName(): clean(label.text()) for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == look_in
    assert not {"Look in:", "File name:", "Files of type:"} & set(labels.values())


def test_numbers_and_dates_follow_the_language(window_in):
    import datetime as dt

    from delegation_planner.ui.labels.formatting import date_text, money_text, number_text

    window_in("da_DK.UTF-8")
    assert QLocale().language() == QLocale.Language.Danish
    assert money_text(1234.5) == "1.234,50"
    assert number_text(20000) == "20.000"
    assert date_text(dt.date(2026, 3, 12)) == "12.03.2026"
    window_in("sv_SE.UTF-8")
    assert money_text(1234.5) == "1\u00a0234,50"
    assert date_text(dt.date(2026, 3, 12)) == "2026-03-12"


def test_english_system_gives_english(window_in):
    window = window_in("en_GB.UTF-8")
    assert [clean(a.text()) for a in window.menuBar().actions()] == [
        "File",
        "Delegation",
        "People",
        "Settings",
        "Help",
    ]


def test_language_chosen_in_settings_beats_the_system(qtbot, window_in, tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "chosen.ini"), QSettings.Format.IniFormat)
    window = window_in("sv_SE.UTF-8", settings)
    menu = window.language_menu
    assert [clean(a.text()) for a in menu.actions() if a.isCheckable()] == [
        "Automatiskt (Svenska)",
        "Svenska",
        "Dansk",
        "English",
    ]
    assert menu.language_actions[""].isChecked()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: said.append(text))
    menu.language_actions["da"].trigger()
    assert settings.value("language") == "da"
    # Said in the language chosen, which the window speaks from the next start.
    assert said == ["Delegation Planner bruger det valgte sprog, næste gang programmet startes."]
    window.close()
    again = window_in("sv_SE.UTF-8", settings)
    assert clean(again.menuBar().actions()[0].text()) == "Filer"
    assert again.language_menu.language_actions["da"].isChecked()
    again.language_menu.language_actions[""].trigger()
    assert settings.value("language") == ""


class MissRecorder(QTranslator):
    """Installed before the window's catalogues, so it is asked last: it notes every text
    that no catalogue translated."""

    def __init__(self) -> None:
        super().__init__()
        self.missed: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        self.missed.add((context, source))
        return ""

    def isEmpty(self) -> bool:
        return False


def class_contexts() -> dict[str, list[str]]:
    """Each window class's name and its base classes' names, most derived first: PySide's
    self.tr() tries them in that order, so a base class's text is found under its own name."""
    import importlib
    import pkgutil

    from PySide6.QtCore import QObject

    import delegation_planner.ui as ui_package

    chains: dict[str, list[str]] = {}
    for info in pkgutil.walk_packages(ui_package.__path__, "delegation_planner.ui."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, QObject):
                chains[value.__name__] = [c.__name__ for c in value.__mro__]
    return chains


def other_dialogs(window: MainWindow) -> list[QWidget]:
    """The register's editors and the smaller dialogs, on the demo's first records."""
    import datetime as dt

    from delegation_planner.storage import repository
    from delegation_planner.ui.dialogs.participant_import import ParticipantImportDialog
    from delegation_planner.ui.dialogs.record_editors import AgreementEditor, OrganisationEditor, PersonEditor
    from delegation_planner.ui.dialogs.result_editor import ResultEditor
    from delegation_planner.ui.editor.context import EditorContext
    from delegation_planner.ui.editor.person_dialogs import PersonPicker, QuickPerson
    from delegation_planner.ui.pages.agreement_follow_up import ReviewDateDialog
    from delegation_planner.ui.window_commands import AnnualReportDialog

    db = window.session.db
    agreement = repository.list_agreements(db)[0]
    context = EditorContext.load(db)
    return [
        PersonEditor(db, repository.list_people(db)[0], False, window),
        PersonEditor(db, None, False, window),
        OrganisationEditor(db, repository.list_organisations(db)[0], False, window),
        AgreementEditor(db, agreement, False, window),
        ResultEditor(db, None, False, window),
        ReviewDateDialog(agreement, window),
        PersonPicker(context, set(), window),
        QuickPerson(context, window),
        ParticipantImportDialog(db, window.delegations.model.key_at(0), window),
        AnnualReportDialog("sv", dt.date(2026, 3, 12), window),
    ]


def related(context: str, chains: dict[str, list[str]]) -> set[str]:
    """The class itself, its bases and the classes derived from it: PySide's self.tr() asks
    each context of the object's class chain, so the misses of the others are no loss."""
    derived = {name for name, chain in chains.items() if context in chain}
    return {*chains.get(context, [context]), *derived}


def test_every_text_the_window_shows_is_translated(qtbot, window_in):
    """Catches texts pyside6-lupdate cannot see (a call its Python parser skips, a text
    built at run time) by asking Qt which lookups found no translation in Swedish."""
    import xml.etree.ElementTree as ET

    from delegation_planner.ui import translations_build
    from delegation_planner.ui.editor.delegation_editor import DelegationEditor

    recorder = MissRecorder()
    QCoreApplication.installTranslator(recorder)
    try:
        window = window_in("sv_SE.UTF-8")
        tabs = window.ui.tab_widget
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(20)
        tabs.setCurrentWidget(window.ui.follow_up_tab)
        for index in range(window.ui.follow_up_tabs.count()):
            window.ui.follow_up_tabs.setCurrentIndex(index)
            qtbot.wait(20)
        for action in window.menuBar().actions():
            action.menu().aboutToShow.emit()  # type: ignore[union-attr]
        tabs.setCurrentWidget(window.ui.delegations_tab)
        # The demo's trips from the source documents are completed: in the archive.
        window.delegations.archive_check.setChecked(True)
        qtbot.waitUntil(lambda: window.delegations.model.rowCount() > 4, timeout=5000)
        for row in range(5):
            window.delegations.select_row(row)
            editor = DelegationEditor(window.session.db, window.delegations.model.key_at(row), False, window)
            qtbot.addWidget(editor)
            editor.show()
            for index in range(editor.ui.tab_widget.count()):
                editor.ui.tab_widget.setCurrentIndex(index)
                qtbot.wait(10)
            editor.reject()
        for dialog in (window.edit_policy(), window.edit_checklist_templates()):
            qtbot.wait(50)
            dialog.reject()
        for dialog in other_dialogs(window):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.wait(20)
            dialog.reject()
    finally:
        QCoreApplication.removeTranslator(recorder)
    catalogue = set()
    for context in ET.parse(translations_build.ts_path("sv")).getroot().iter("context"):
        name = context.findtext("name") or ""
        catalogue |= {(name, m.findtext("source") or "") for m in context.iter("message")}
    chains = class_contexts()
    untranslated = sorted(
        (context, source)
        for context, source in recorder.missed
        if not (len(context) > 1 and context[0] == "Q" and context[1].isupper())  # Qt's own
        and not any((c, source) in catalogue for c in related(context, chains))
    )
    assert not untranslated, f"texts the window shows untranslated: {untranslated[:20]}"


def test_a_register_that_cannot_be_opened_is_said_in_the_system_language(
    system_locale, tmp_path, monkeypatch
):
    """The language is installed before the program's first word, not only with the window."""
    from delegation_planner.ui import qt_app

    system_locale("da_DK.UTF-8")
    broken = tmp_path / "not-a-register.sqlite3"
    broken.write_text("this is not a database", encoding="utf-8")
    shown: list[tuple[str, list[str]]] = []

    def answer(box: QMessageBox) -> int:
        shown.append((box.text(), [clean(b.text()) for b in box.buttons()]))
        return 0  # as if closed: the program gives up on the register

    monkeypatch.setattr(QMessageBox, "exec", answer)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert qt_app.run_window(broken, settings=settings) == qt_app.EXIT_NO_REGISTER
    assert shown == [("Registret kan ikke åbnes.", ["Åbn et andet register…", "Afslut"])]
