"""Where the program keeps the user's register and its own files: read before the window's
first paint (the default register's first rows), so only the standard library and
platformdirs are imported here."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "DelegationPlanner"  # the program's folder in the user's data, cache and log folders
DEFAULT_FILE_NAME = "register.sqlite3"


def default_database_path() -> Path:
    """The user's register in the platform's data folder (created on first use)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME
