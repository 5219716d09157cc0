"""Help ▸ About names the version and where the log is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from delegation_planner import __version__, app_log


def test_about_shows_the_version_and_the_log(
    make_window, register_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_file = app_log.configure(tmp_path / "logs")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    try:
        window = make_window(register_path)
        window.show_about()
    finally:
        app_log.stop()
    (text,) = shown
    assert f"Delegation Planner {__version__}" in text
    assert str(log_file) in text


def test_about_speaks_the_windows_language(
    make_window, register_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from delegation_planner.ui import language

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append((title, text)))
    window = make_window(register_path)
    language.install("sv")
    try:
        window.show_about()
    finally:
        language.install("en")
    ((title, text),) = shown
    # Its texts live beside the menu item in the main window's context; a lost context is English.
    assert "About" not in title and "plans and follows up" not in text, (title, text)
