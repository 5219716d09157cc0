"""The program's log: a small rotating file in the platform's log folder.

The windowed program has no console on Windows (standard error does not exist), so
what goes wrong is written here instead, and the error dialog says where the file is.

The log holds *what happened*, never *to whom*: event kinds ("register opened",
"memo written") and, for an unexpected error, its type and where in the program it
happened (file, line, function). It never holds record contents, names or paths of
the user's files; an exception's message can quote a record ("no person 'Anna
Svensson'"), so it is left out of the log and shown only in the dialog, where the
person decides whether to copy it.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs

APP_NAME = "DelegationPlanner"
FILE_NAME = "delegation-planner.log"
LOGGER_NAME = "delegation_planner"
# A year of ordinary use is a few hundred kilobytes; three old files keep what led up
# to a problem without the folder growing.
MAX_BYTES = 512 * 1024
BACKUPS = 3

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def log_folder() -> Path:
    """Where the log is kept: ``~/.local/state/DelegationPlanner/log`` on Linux,
    ``%LOCALAPPDATA%\\DelegationPlanner\\Logs`` on Windows, ``~/Library/Logs/DelegationPlanner`` on macOS."""
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def configure(folder: Path | None = None) -> Path | None:
    """Send the program's log records to a rotating file in ``folder`` (default: ``log_folder()``).

    Returns the file's path, or None when the folder cannot be made or written: the
    program then runs without a log file rather than not at all. Calling it again
    does not add a second handler.
    """
    path = (folder or log_folder()) / FILE_NAME
    logger = logging.getLogger(LOGGER_NAME)
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def stop() -> None:
    """Close the log file (and stop writing to it)."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


def current_log_file() -> Path | None:
    """The file the log goes to, if ``configure`` made one."""
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def where_it_happened(error: BaseException, tb: TracebackType | None = None) -> str:
    """The exception's type and the chain of calls that raised it, without its message.

    Frames are named by their place in the package (``ui/main_window.py:212 in save``)
    so no user's folder name appears either. A chained cause is shown the same way.
    """
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    trace = tb if tb is not None else error.__traceback__
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if lines:
            lines.append("caused by:")
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(trace):
            lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        trace = current.__traceback__ if current is not None else None
    return "\n".join(lines)


def full_details(error: BaseException, tb: TracebackType | None = None) -> str:
    """The whole traceback with the message, for the person to copy if they choose."""
    return "".join(traceback.format_exception(type(error), error, tb or error.__traceback__))


def _short(filename: str) -> str:
    path = Path(filename)
    try:
        return path.resolve().relative_to(_PACKAGE_ROOT).as_posix()
    except (ValueError, OSError):
        # A library's frame: its folder inside site-packages says enough.
        parts = path.parts
        if "site-packages" in parts:
            return "/".join(parts[parts.index("site-packages") + 1 :])
        return path.name
