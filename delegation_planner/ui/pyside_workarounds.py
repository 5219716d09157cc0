"""Work-arounds for defects in the PySide6 release we run on.

PySide6 6.12.0 drops one reference to ``None`` each time C++ calls a Python
override that returns ``None`` (``QAbstractItemModel.data()`` for a role it has no
value for, which is most calls). On Python 3.11, where ``None`` is an ordinary
counted object, the count reaches zero after a few thousand calls and the process
dies with "Fatal Python error: none_dealloc". Python 3.12 made ``None`` immortal,
so there the defect is harmless.

Returning something other than ``None`` is no cure: every other value is a valid
QVariant (an empty string would give cells a check box, a font, a size). Extra
references to ``None`` cost nothing, so we hand out a very large number of them
once, enough for ~10^12 lost references.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 40
_done = False


def protect_none() -> None:
    """Make the lost references to ``None`` harmless for this process (idempotent)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    _done = True
    # ob_refcnt is the first field of every object; add to it directly rather than
    # looping Py_IncRef a trillion times.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += _EXTRA_REFERENCES
