"""The window's language: the system's, unless chosen in *Settings ▸ Language*.

The choice is kept in the window's QSettings under ``language`` ("" for the
system's language). The program's own catalogue (``translations/*.qm``, built
from the ``.ts`` files by ``make translations``) and Qt's catalogue for its own
dialogs and buttons (``qtbase_sv.qm`` and ``qtbase_da.qm``, shipped with PySide6)
are installed on the application together, and the default QLocale is set to
the same language so that numbers and dates in the window read as the words do.
A change of choice applies when the program is next started: the window's texts
are set when its parts are built.

The window installs its language before its first paint, so only QtCore is imported here;
the menu that chooses it is ``ui.widgets.language_menu``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from delegation_planner.texts import catalogue
from delegation_planner.texts import language as texts_language

SETTING = "language"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
CATALOGUE = "delegation_planner_{language}.qm"
_TRANSLATOR_NAME = "delegation_planner_translator"
_QT_LANGUAGES = {
    texts_language.SWEDISH: QLocale.Language.Swedish,
    texts_language.DANISH: QLocale.Language.Danish,
    texts_language.ENGLISH: QLocale.Language.English,
}
_DEFAULT_TERRITORY = {
    texts_language.SWEDISH: QLocale.Country.Sweden,
    texts_language.DANISH: QLocale.Country.Denmark,
}


def chosen(settings: QSettings) -> str:
    """The language chosen in the settings, or "" to follow the system."""
    value = str(settings.value(SETTING, "") or "")
    return value if value in texts_language.LANGUAGES else ""


def system_language() -> str:
    """The system's language: the environment first (as the command line), then Qt's display languages."""
    found = texts_language.environment_language(os.environ)
    if found is None:
        found = texts_language.first_supported(QLocale.system().uiLanguages())
    return found or texts_language.DEFAULT


def window_language(settings: QSettings) -> str:
    """The language the window speaks: the one chosen in the settings, else the system's."""
    return chosen(settings) or system_language()


def locale_for(language: str) -> QLocale:
    """The QLocale for ``language``: the system's own when it is in that language (sv_FI stays
    Finnish Swedish, en_US American), else the language's home country. English on a system
    without a locale ("C", as in scripts and tests) or in another language keeps the neutral
    "C" locale, whose dates ``ui.formatting`` writes as ISO 8601 (2026-03-12): read the same
    by every English-speaking partner, unlike 12/03 and 3/12."""
    system = QLocale.system()
    if system.language() == _QT_LANGUAGES[language]:
        return system
    if language == texts_language.ENGLISH:
        return QLocale.c()
    return QLocale(_QT_LANGUAGES[language], _DEFAULT_TERRITORY[language])


def current() -> str:
    """The language the window speaks now ("sv", "da" or "en"), from the default QLocale
    that ``install`` set; for texts the window takes from the core in a chosen language."""
    spoken = {language: code for code, language in _QT_LANGUAGES.items()}
    return spoken.get(QLocale().language(), texts_language.ENGLISH)


def catalogue_path(language: str) -> Path:
    return TRANSLATIONS / CATALOGUE.format(language=language)


def install(language: str) -> None:
    """Install ``language``'s catalogues on the application and make its QLocale the default.

    Replaces what an earlier call installed. English has a catalogue too: it holds the
    singular and plural forms of the counted texts ("1 delegation", "2 delegations").
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the language is installed on a running QApplication")
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    catalogues = [(catalogue_path(language).stem, str(TRANSLATIONS))]
    if language != texts_language.ENGLISH:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues.append((f"qtbase_{language}", qt_folder))
    for name, folder in catalogues:
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        # A missing Qt catalogue leaves Qt's buttons in English; the window still works.
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
    QLocale.setDefault(locale_for(language))
    # The core's errors and notices (a register that cannot be opened, a file refused) are
    # shown in the window's language too: one catalogue, asked in the same language.
    catalogue.use_language(language)


def apply(settings: QSettings) -> str:
    """Install the window's language (chosen or the system's); the language installed."""
    language = window_language(settings)
    install(language)
    return language
