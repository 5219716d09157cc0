"""kill -9 in the middle of an import, a save, a policy change and a schema upgrade.

Each time the register must open again (in the window's way and for a command
that only reads), pass SQLite's integrity_check and hold either the state before
the operation or the state after it — never something in between and never
"damaged". The kill points are seeded, so a failure can be repeated; a handful
per operation keeps the test to seconds.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.generate_register import generate
from delegation_planner import cli
from delegation_planner.interchange.service import export_file
from delegation_planner.storage import recovery
from delegation_planner.storage.database import open_database
from delegation_planner.storage.schema import SCHEMA_VERSION
from tests.helpers.registers import make_older_register

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

Fingerprint = Callable[[Path], object]


def counts(path: Path) -> object:
    conn = sqlite3.connect(path)
    try:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("delegations", "participants", "people", "organisations")
        )
    finally:
        conn.close()


def policy_state(path: Path) -> object:
    conn = sqlite3.connect(path)
    try:
        name = conn.execute("SELECT name FROM policy").fetchone()[0]
        verdicts = conn.execute(
            "SELECT grip_verdict, count(*) FROM delegations GROUP BY 1 ORDER BY 1"
        ).fetchall()
        return name, tuple(verdicts)
    finally:
        conn.close()


def run_worker(args: list[str], delay: float | None = None) -> tuple[int, bool]:
    """Run the worker (SIGKILL ``delay`` s after it said go); (steps if it finished, hot journal left)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.core.crash_worker", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "go"
    if delay is not None:
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
    out, err = process.communicate(timeout=120)
    register = Path(args[1])
    done = [line for line in out.splitlines() if line.startswith("done ")]
    if done:  # finished (a timed kill may still arrive before it exits)
        assert process.returncode in (0, -signal.SIGKILL), err
        return int(done[0].split()[1]), hot_journal(register)
    assert process.returncode == -signal.SIGKILL, err
    return 0, hot_journal(register)


def hot_journal(register: Path) -> bool:
    """A journal whose header was synced: the file was already changed and must be rolled back
    (a journal with a zeroed header is ignored by SQLite)."""
    if not recovery.has_journal(register):
        return False
    with recovery.journal_path(register).open("rb") as journal:
        return journal.read(8) == bytes.fromhex("d9d505f920a163d7")


def check_recovers(path: Path, allowed: set[object], fingerprint: Fingerprint) -> None:
    # A command that only reads, on a copy with the journal as the crash left it.
    copy = path.with_name("copy-" + path.name)
    shutil.copyfile(path, copy)
    if recovery.has_journal(path):
        shutil.copyfile(recovery.journal_path(path), recovery.journal_path(copy))
    assert cli.main(["check", "no-such-delegation", "--db", str(copy)]) == 2  # unknown key, not "damaged"
    assert fingerprint(copy) in allowed
    # The window's way: opened for writing.
    db = open_database(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        db.close()
    assert not recovery.has_journal(path)
    assert fingerprint(path) in allowed


def exercise(
    tmp_path: Path,
    seed: int,
    prepare: Callable[[Path], None],
    args: Callable[[Path], list[str]],
    fingerprint: Fingerprint,
) -> list[bool]:
    """Run the operation once whole, then kill it at seeded moments; whether each kill left a hot journal.

    The moments are seeded steps of SQLite's work (inside statements, bulk inserts
    and commits) and a seeded time (anywhere, Python's own work included).
    """
    rng = random.Random(seed)
    reference = tmp_path / "reference.sqlite3"
    prepare(reference)
    old = fingerprint(reference)
    started = time.perf_counter()
    steps, _ = run_worker(args(reference))
    span = time.perf_counter() - started
    new = fingerprint(reference)
    assert old != new and steps > 0
    # One kill anywhere in the work, one in its last tenth (where the writes and the commit are).
    kills = [
        ["--kill-at", str(rng.randint(1, steps))],
        ["--kill-at", str(rng.randint(steps * 9 // 10, steps))],
    ]
    journals = []
    for number, kill in enumerate([*kills, []]):
        path = tmp_path / f"killed-{number}.sqlite3"
        prepare(path)
        _steps, journal = run_worker([*args(path), *kill], None if kill else rng.uniform(0.05, 0.95) * span)
        journals.append(journal)
        check_recovers(path, {old, new}, fingerprint)
    return journals


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> tuple[Path, Path]:
    """A generated register and its interchange file (a few hundred delegations)."""
    folder = tmp_path_factory.mktemp("source")
    register = folder / "source.sqlite3"
    generate(register, 100, seed=11)
    exported = folder / "source.json"
    db = open_database(register)
    export_file(db, exported)
    db.close()
    return register, exported


def test_killed_import_into_a_new_register(tmp_path, source):
    _register, exported = source

    def prepare(path: Path) -> None:
        path.unlink(missing_ok=True)
        open_database(path).close()  # an empty register, as the window makes it

    journals = exercise(tmp_path, 1, prepare, lambda p: ["import", str(p), str(exported)], counts)
    assert any(journals), "no kill left a hot journal behind"


def test_killed_import_into_an_existing_register(tmp_path, source):
    _register, exported = source

    def prepare(path: Path) -> None:
        path.unlink(missing_ok=True)
        generate(path, 30, seed=5)

    journals = exercise(tmp_path, 2, prepare, lambda p: ["import", str(p), str(exported)], counts)
    assert any(journals), "no kill left a hot journal behind"


def test_killed_saves(tmp_path, source):
    register, _exported = source

    def prepare(path: Path) -> None:
        shutil.copyfile(register, path)

    def title(path: Path) -> object:
        conn = sqlite3.connect(path)
        try:
            row = conn.execute("SELECT title, revision FROM delegations ORDER BY id LIMIT 1").fetchone()
        finally:
            conn.close()
        # Title and revision change together in one save: "title n" goes with revision n + 2.
        if row[0].startswith("title "):
            assert row[1] == int(row[0].split()[1]) + 2, row
            return "saved"
        return "before"

    # A save writes only what changed, so its writing is a smaller part of its work than
    # it was: two seeds' kills, so that some land inside the writing.
    journals: list[bool] = []
    for seed in (3, 4):
        folder = tmp_path / str(seed)
        folder.mkdir()
        journals += exercise(folder, seed, prepare, lambda p: ["save", str(p)], title)
    assert any(journals), "no kill left a hot journal behind"


def test_killed_policy_change(tmp_path):
    # Enough delegations that the changed verdicts do not fit in the child's page cache.
    register = tmp_path / "policy.sqlite3"
    generate(register, 400, seed=13)

    def prepare(path: Path) -> None:
        shutil.copyfile(register, path)

    journals = exercise(tmp_path, 4, prepare, lambda p: ["policy", str(p)], policy_state)
    assert any(journals), "no kill left a hot journal behind"


def test_killed_schema_upgrade(tmp_path, source):
    register, _exported = source
    older = tmp_path / "older.sqlite3"
    make_older_register(register, older)

    def prepare(path: Path) -> None:
        shutil.copyfile(older, path)
        for leftover in path.parent.glob(f"{path.name}.schema*.bak"):
            leftover.unlink()

    def state(path: Path) -> object:
        conn = sqlite3.connect(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
        return version, counts(path)

    journals = exercise(tmp_path, 5, prepare, lambda p: ["upgrade", str(p)], state)
    assert any(journals), "no kill left a hot journal behind"
    # A backup interrupted by a kill leaves no .bak that is not a whole database.
    for backup in tmp_path.glob("*.bak"):
        conn = sqlite3.connect(backup)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
