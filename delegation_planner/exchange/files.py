"""Writing a file so that it is either whole or not there at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file in the target folder, then move it into place.

    A crash, a full disk or an error half-way never leaves a half-written file (or a
    damaged copy of the previous one) behind, as for the Word documents.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".tmp", dir=folder)
    os.close(handle)
    try:
        write(Path(temporary))
        # mkstemp makes the file private (0600); colleagues on a shared folder must open it.
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def write_bytes_atomically(path: Path | str, data: bytes) -> Path:
    def write(temporary: Path) -> None:
        temporary.write_bytes(data)

    return write_atomically(path, write)
