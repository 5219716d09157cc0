"""Where the program keeps the user's register and its own files: read before the window's
first paint (the default register's first rows, the checks remembered), so only the standard
library is imported here, and platformdirs where its answer is not the plain XDG one."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "DelegationPlanner"  # the program's folder in the user's data, cache and log folders
DEFAULT_FILE_NAME = "register.sqlite3"


def default_database_path() -> Path:
    """The user's register in the platform's data folder (created on first use)."""
    folder = _plain_xdg("XDG_DATA_HOME", ".local/share")
    if folder is None:
        import platformdirs

        folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return folder / DEFAULT_FILE_NAME


def user_cache_folder() -> Path:
    """The program's folder in the user's cache folder (``platformdirs.user_cache_dir``)."""
    folder = _plain_xdg("XDG_CACHE_HOME", ".cache")
    if folder is None:
        import platformdirs

        folder = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    return folder


def _plain_xdg(variable: str, below_home: str) -> Path | None:
    """platformdirs' answer on Linux in the plain case, without importing it (6–30 ms before the
    window's first paint): ``$variable`` when it is an absolute path, else ``below_home`` in an
    absolute ``$HOME``. None for every other case (another system, no usable HOME), where
    platformdirs is asked; a test compares the two."""
    if not sys.platform.startswith("linux"):
        return None
    given = os.environ.get(variable, "")
    if os.path.isabs(given):
        return Path(given) / APP_NAME
    home = os.environ.get("HOME", "")
    return Path(home) / below_home / APP_NAME if os.path.isabs(home) else None
