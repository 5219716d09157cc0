"""The File ▸ Open Recent list, kept in the application's QSettings.

Entries are register files and server URLs; a server's URL is kept without its
password (a password is asked again, or found by libpq in ~/.pgpass).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from delegation_planner.storage.server_url import is_server_url, shown_url

KEY = "recent/registers"
MAX_ENTRIES = 8


class RecentFiles:
    def __init__(self, settings: QSettings, max_entries: int = MAX_ENTRIES) -> None:
        self._settings = settings
        self._max = max_entries

    def paths(self) -> list[Path | str]:
        """The registers opened lately, newest first; files that are gone are dropped."""
        stored = self._stored()
        present: list[Path | str] = [p for p in stored if isinstance(p, str) or p.is_file()]
        if present != stored:
            self._write(present)
        return present

    def add(self, path: Path | str) -> None:
        entry: Path | str = (
            shown_url(path) if isinstance(path, str) and is_server_url(path) else Path(path).absolute()
        )
        entries = [entry, *(p for p in self._stored() if p != entry)]
        self._write(entries[: self._max])

    def clear(self) -> None:
        self._write([])

    def _stored(self) -> list[Path | str]:
        value = self._settings.value(KEY, [])
        # An INI file gives back a one-element list as a plain string, and none as None.
        if value is None:
            return []
        if isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, list):
            return []
        return [str(v) if is_server_url(str(v)) else Path(str(v)) for v in value if v]

    def _write(self, paths: list[Path | str]) -> None:
        self._settings.setValue(KEY, [str(p) for p in paths])
        self._settings.sync()
