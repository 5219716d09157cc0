"""*Settings ▸ Language*: the menu that chooses the window's language (``ui.language``).

Apart from ``ui.language``, which the window needs before its first paint: the menu's
widget classes are made by PySide6 on first use, milliseconds the first paint does not need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from delegation_planner.texts import language as texts_language
from delegation_planner.ui.language import SETTING, TRANSLATIONS, catalogue_path, chosen, system_language

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

# Said in the language just chosen, before it is installed (see LanguageMenu._choose).
_RESTART_TEXT = str(
    QT_TRANSLATE_NOOP(
        "LanguageMenu", "Delegation Planner speaks the chosen language the next time it is started."
    )
)
_RESTART_TITLE = str(QT_TRANSLATE_NOOP("LanguageMenu", "Language"))


class LanguageMenu(QMenu):
    """*Settings ▸ Language*: Automatic, or one of the languages, each named in its own language."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self._settings = settings
        group = QActionGroup(self)
        current = chosen(settings)
        automatic = self.tr("&Automatic ({language})").format(
            language=texts_language.native_name(system_language())
        )
        entries = [("", automatic)] + [
            (code, texts_language.native_name(code)) for code in texts_language.LANGUAGES
        ]
        self.language_actions: dict[str, QAction] = {}
        for code, text in entries:
            action = self.addAction(text)
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self._choose(c))
            self.language_actions[code] = action
        self.addSeparator()
        note = self.addAction(self.tr("Takes effect when the program is started again"))
        note.setEnabled(False)

    def _choose(self, code: str) -> None:
        if code == chosen(self._settings):
            return
        self._settings.setValue(SETTING, code)
        self._settings.sync()
        language = code or system_language()
        # Said in the language chosen, which the window will only speak after a restart.
        translator = QTranslator(self)
        translator.load(catalogue_path(language).stem, str(TRANSLATIONS))
        title = translator.translate("LanguageMenu", _RESTART_TITLE) or _RESTART_TITLE
        text = translator.translate("LanguageMenu", _RESTART_TEXT) or _RESTART_TEXT
        QMessageBox.information(self.parentWidget(), title, text)
