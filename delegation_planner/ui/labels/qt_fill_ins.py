"""Texts of Qt's own dialogs that Qt's catalogues lack, translated in the program's catalogue.

Qt 6 added accelerators to two labels of its file dialog ("&Look in:", "Files of
&type:"); the Danish qtbase catalogue still has them without, so a Danish file dialog
would show them in English. Listed here so that ``make translations`` extracts them
into our catalogues under Qt's own context: Qt asks every installed catalogue in
turn, and ours answers where Qt's is silent.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILL_INS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
