"""Storage errors, each with a message a person can act on."""

from __future__ import annotations


class StorageError(Exception):
    """Base of every error the storage layer reports to people."""


class NotARegisterError(StorageError):
    """The file is not an SQLite database, or not one of ours."""


class DamagedRegisterError(StorageError):
    """SQLite's integrity check found damage."""


class NewerSchemaError(StorageError):
    """The file was written by a newer version of the program."""


class ReadOnlyRegisterError(StorageError):
    """The file or its folder cannot be written."""


class RegisterInUseError(StorageError):
    """Another Delegation Planner window has the register open."""


class ConflictError(StorageError):
    """A record was changed elsewhere since it was read."""


class NotFoundError(StorageError):
    """No record with that key."""


class InUseError(StorageError):
    """A record cannot be deleted because others refer to it."""
