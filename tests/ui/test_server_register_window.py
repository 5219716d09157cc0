"""The window and a server register: refused in words, never a stray file."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from delegation_planner.ui.qt_app import EXIT_NO_REGISTER, run_window


def test_the_window_says_it_opens_files_only(qapp, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text))
    monkeypatch.chdir(tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert run_window("postgresql://anna@127.0.0.1:1/office", settings=settings) == EXIT_NO_REGISTER
    assert shown and "command line" in shown[0]
    assert [p for p in os.listdir(tmp_path) if p != "settings.ini"] == []
