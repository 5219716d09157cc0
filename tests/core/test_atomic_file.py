"""The one atomic file writer, and the writers of documents and exports that use it."""

from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path

import pytest

from delegation_planner import cli
from delegation_planner.storage import database, repository
from delegation_planner.storage.atomic_file import (
    TEMP_PREFIX,
    UnwritableTargetError,
    remove_stale_temporaries,
    write_atomically,
    write_bytes_atomically,
)
from tests.core import factories

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and special files")


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]


@posix_only
def test_a_new_file_gets_the_usual_mode_and_the_temporary_is_private(tmp_path):
    target = tmp_path / "out.json"
    seen: list[int] = []

    def write(temporary: Path) -> None:
        seen.append(stat.S_IMODE(temporary.stat().st_mode))
        temporary.write_bytes(b"{}")

    old = os.umask(0o022)
    try:
        write_atomically(target, write)
    finally:
        os.umask(old)
    assert seen == [0o600]  # nobody else can read the register's contents while they are written
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.read_bytes() == b"{}" and leftovers(tmp_path) == []


@posix_only
def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "memo.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failure_half_way_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "report.docx"
    target.write_bytes(b"the old report")

    def write(temporary: Path) -> None:
        temporary.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomically(target, write)
    assert target.read_bytes() == b"the old report"
    assert leftovers(tmp_path) == []


@posix_only
@pytest.mark.parametrize("kind", ["folder", "fifo", "symlink", "device"])
def test_targets_that_are_not_regular_files_are_refused(tmp_path, kind):
    target = tmp_path / "target"
    if kind == "folder":
        target.mkdir()
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "symlink":
        (tmp_path / "elsewhere.txt").write_text("keep me", encoding="utf-8")
        target.symlink_to(tmp_path / "elsewhere.txt")
    else:
        target = Path("/dev/full")
    with pytest.raises(UnwritableTargetError):
        write_bytes_atomically(target, b"data")
    assert leftovers(tmp_path) == []
    if kind == "symlink":
        assert target.is_symlink() and (tmp_path / "elsewhere.txt").read_text(encoding="utf-8") == "keep me"
    if kind == "device":
        assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_stale_temporaries_of_ours_are_removed_and_fresh_ones_kept(tmp_path):
    stale = tmp_path / f"{TEMP_PREFIX}register.json.abc{'.tmp'}"
    fresh = tmp_path / f"{TEMP_PREFIX}memo.docx.def.tmp"
    other = tmp_path / ".someone-elses.tmp"
    for path in (stale, fresh, other):
        path.write_bytes(b"register contents")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    os.utime(other, (an_hour_ago, an_hour_ago))
    write_bytes_atomically(tmp_path / "next.json", b"{}")  # any write into the folder tidies it
    assert not stale.exists()
    assert fresh.exists() and other.exists()
    assert remove_stale_temporaries(tmp_path) == 0


@posix_only
def test_cli_outputs_refuse_a_device_and_leave_it_alone(tmp_path, capsys):
    db_path = tmp_path / "register.sqlite3"
    db = database.open_database(db_path)
    repository.save_organisation(db, factories.organisation())
    repository.save_delegation(db, factories.delegation("trip"))
    db.close()
    before = os.stat("/dev/full")
    for command in (
        ["export", "--out", "/dev/full"],
        ["calendar", "trip", "--out", "/dev/full"],
        ["basis", "trip", "--out", "/dev/full"],
    ):
        assert cli.main([*command, "--db", str(db_path)]) == 2
        assert "not a regular file" in capsys.readouterr().err
    after = os.stat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev and after.st_ino == before.st_ino


def test_no_other_module_renames_or_syncs_files_itself() -> None:
    """One writer: every file the program writes goes through storage/atomic_file.py."""
    import ast

    package = Path(__file__).resolve().parents[2] / "delegation_planner"
    own = {
        ("os", "replace"),
        ("os", "rename"),
        ("os", "fsync"),
        ("tempfile", "mkstemp"),
        ("tempfile", "NamedTemporaryFile"),
    }
    offenders = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "atomic_file.py" or "generated" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and (node.value.id, node.attr) in own
            ):
                offenders.append(f"{path.relative_to(package)}:{node.lineno} {node.value.id}.{node.attr}")
    assert offenders == []
