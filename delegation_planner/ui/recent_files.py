"""The File ▸ Open Recent list, kept in the application's QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent/registers"
MAX_ENTRIES = 8


class RecentFiles:
    def __init__(self, settings: QSettings, max_entries: int = MAX_ENTRIES) -> None:
        self._settings = settings
        self._max = max_entries

    def paths(self) -> list[Path]:
        """The registers opened lately, newest first; files that are gone are dropped."""
        stored = self._stored()
        present = [p for p in stored if p.is_file()]
        if present != stored:
            self._write(present)
        return present

    def add(self, path: Path) -> None:
        path = Path(path).absolute()
        entries = [path, *(p for p in self._stored() if p != path)]
        self._write(entries[: self._max])

    def clear(self) -> None:
        self._write([])

    def _stored(self) -> list[Path]:
        value = self._settings.value(KEY, [])
        # An INI file gives back a one-element list as a plain string, and none as None.
        if value is None:
            return []
        if isinstance(value, str):
            return [Path(value)] if value else []
        if not isinstance(value, list):
            return []
        return [Path(str(v)) for v in value if v]

    def _write(self, paths: list[Path]) -> None:
        self._settings.setValue(KEY, [str(p) for p in paths])
        self._settings.sync()
