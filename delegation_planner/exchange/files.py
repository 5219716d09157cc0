"""Writing a file so that it is either whole or not there at all.

Kept as the exchange package's name for the one writer in ``storage.atomic_file``.
"""

from __future__ import annotations

from delegation_planner.storage.atomic_file import write_atomically, write_bytes_atomically

__all__ = ["write_atomically", "write_bytes_atomically"]
