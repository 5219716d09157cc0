"""Storage errors, each with a message a person can act on."""

from __future__ import annotations

import sqlite3

from delegation_planner.texts.catalogue import tr

# What the database engine raises, for callers outside storage that catch it without
# knowing which engine it is (the window imports no database module).
DatabaseError = sqlite3.Error
# The engine's "could not do it now" (locked, busy, disk I/O): worded by describe_write_failure.
OperationalError = sqlite3.OperationalError


class StorageError(Exception):
    """Base of every error the storage layer reports to people."""


class NotARegisterError(StorageError):
    """The file is not an SQLite database, or not one of ours."""


class DamagedRegisterError(StorageError):
    """SQLite's integrity check found damage."""


class NewerSchemaError(StorageError):
    """The file was written by a newer version of the program."""


class ReadOnlyRegisterError(StorageError):
    """The file or its folder cannot be written.

    ``reason`` says which, for a window that phrases it in its own language:
    ``FILE`` (the file is read-only), ``FOLDER`` (its folder is) or ``OTHER``.
    """

    FILE = "file"
    FOLDER = "folder"
    OTHER = "other"

    def __init__(self, message: str, reason: str = OTHER) -> None:
        super().__init__(message)
        self.reason = reason


class RegisterInUseError(StorageError):
    """Another Delegation Planner window has the register open."""


class ConflictError(StorageError):
    """A record was changed elsewhere since it was read; ``change`` says by whom and when
    (a ``change_log.Change``, or None when the log does not know)."""

    def __init__(self, message: str, change: object = None) -> None:
        super().__init__(message)
        self.change = change


class NotFoundError(StorageError):
    """No record with that key."""


class InUseError(StorageError):
    """A record cannot be deleted because others refer to it."""


class WriteFailedError(StorageError):
    """A change could not be stored: the register was locked, the disk full, the file
    read-only or out of reach. The transaction was rolled back, nothing was changed."""


class CrossedWriteError(WriteFailedError):
    """A server gave up this change because another session's change crossed it at the same
    moment (a deadlock or a serialization failure): the same change tried again will do."""


def describe_write_failure(error: Exception, path: object, busy_seconds: float) -> str:
    """Plain words for an ``sqlite3.OperationalError`` raised while storing a change."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return tr(
            "Another program is writing to the register {path} and did not finish within "
            "{busy_seconds:g} seconds, so this change was not stored. Try again in a moment.",
            path=path,
            busy_seconds=busy_seconds,
        )
    if "full" in text:
        return tr(
            "The disk holding the register {path} is full, so this change was not stored. "
            "Free some space and try again.",
            path=path,
        )
    if "readonly" in text or "read-only" in text:
        return tr(
            "The register {path} cannot be written (the file, its folder or the drive is "
            "read-only), so this change was not stored.",
            path=path,
        )
    if "unable to open" in text:
        return tr(
            "The register {path} could not be reached to store this change: its folder may "
            "have been moved, disconnected or made read-only.",
            path=path,
        )
    if "i/o" in text:
        return tr(
            "The drive reported an error while writing the register {path}, so this change "
            "was not stored. Check the drive or the network connection and try again.",
            path=path,
        )
    return tr("This change could not be stored in the register {path} ({error}).", path=path, error=error)


def write_reason(error: BaseException) -> str:
    """Why writing a file failed, in words: 'the disk is full' rather than 'errno 28'."""
    text = str(getattr(error, "strerror", None) or error)
    if getattr(error, "errno", None) in (27, 28) or "full" in text.lower():
        return tr("the disk is full")
    if "i/o" in text.lower():
        return tr("the drive refused the write; the disk may be full")
    return text
