"""A command on a register file never loads the server's driver or the window's toolkit.

psycopg took 0.3–0.8 s of every command's start on a busy machine (it was imported through
``storage.database``), more than the rest of writing a small document. A document command
does not load sqlite-utils either (0.1–0.15 s with click, pluggy and dateutil; the register's
reads and its log go through ``storage.register_database``), nor pycountry (it checks no
country code).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from delegation_planner.storage import repository
from tests.core import factories

_WATCHED = ("psycopg", "psycopg_binary", "PySide6")
_RUN = (
    "import sys\n"
    "watched = set(sys.argv.pop(1).split(','))\n"
    "from delegation_planner.app import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "except SystemExit as stop:\n"
    "    code = stop.code\n"
    "loaded = sorted({m.split('.')[0] for m in sys.modules} & watched)\n"
    "print('LOADED', ','.join(loaded), 'EXIT', code)\n"
)


def _loaded(*args: str, watched: tuple[str, ...] = _WATCHED) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, ",".join(watched), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    line = [x for x in done.stdout.splitlines() if x.startswith("LOADED")]
    assert line, done.stdout + done.stderr
    return line[-1]


@pytest.mark.sqlite_only
def test_document_commands_on_a_file_load_no_server_driver(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    repository.save_organisation(db, factories.organisation())
    repository.save_delegation(db, factories.delegation("trip"))
    repository.save_person(db, factories.person("anna"))
    db.close()
    register = ["--db", str(db_path)]
    assert (
        _loaded("report", "--year", "2026", "--out", str(tmp_path / "r.docx"), *register) == "LOADED  EXIT 0"
    )
    # Once the register is checked (the first command read it through, and remembers it),
    # a report and a basis are written and logged without sqlite-utils or pycountry.
    lighter = (*_WATCHED, "sqlite_utils", "pycountry")
    report = ("report", "--year", "2026", "--out", str(tmp_path / "r2.docx"), *register)
    assert _loaded(*report, watched=lighter) == "LOADED  EXIT 0"
    assert _loaded("basis", "trip", "--out", str(tmp_path / "b2.docx"), *register, watched=lighter) == (
        "LOADED  EXIT 0"
    )
    assert _loaded("basis", "trip", "--out", str(tmp_path / "b.docx"), *register) == "LOADED  EXIT 0"
    assert _loaded("documents", *register) == "LOADED  EXIT 0"
    assert _loaded("check", "trip", *register) == "LOADED  EXIT 0"
    assert _loaded("person", "erase", "anna", "--yes", *register) == "LOADED  EXIT 0"
    assert _loaded("--version") == "LOADED  EXIT 0"


@pytest.mark.sqlite_only
def test_a_command_freezes_its_modules_for_the_collector_only_as_the_whole_process(
    db: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The garbage collector walked every loaded module's objects while they loaded and again
    in each full pass (two as the process exits): the entry point pauses it while a command's
    modules load and freezes them once they are. Called
    by a script or a test that goes on, a command freezes nothing: that caller's garbage would
    never be collected."""
    import gc

    from delegation_planner import cli

    repository.save_organisation(db, factories.organisation())
    repository.save_delegation(db, factories.delegation("trip"))
    db.close()
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(gc.isenabled()))
    command = ["report", "--year", "2026", "--out", str(tmp_path / "r.docx"), "--db", str(db_path)]
    assert cli.main(command) == 0
    assert cli.main(["documents", "--db", str(db_path)]) == 0
    assert frozen == []
    assert gc.isenabled()
    assert cli.main(command, whole_process=True) == 0
    # Paused while the modules loaded (the command line's, then the report's), on again after.
    assert frozen == [False, False, False]
    assert gc.isenabled()
    frozen.clear()
    assert cli.main(["documents", "--db", str(db_path)], whole_process=True) == 0
    assert frozen == [False, False]
    with pytest.raises(SystemExit):
        cli.main(["--help"], whole_process=True)
    assert frozen == [False, False]  # nothing frozen for a command that is not run
    assert gc.isenabled()


@pytest.mark.sqlite_only
def test_the_report_does_not_load_the_register_views_queries(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    """The year's figures need the statuses without a visit as SQL text; they take it from
    ``overview_sql`` (strings alone), not from the register view's query builder with its
    sort columns and dataclasses (about 5 ms of a report command's start)."""
    repository.save_organisation(db, factories.organisation())
    repository.save_delegation(db, factories.delegation("trip"))
    db.close()
    script = (
        "import sys\n"
        "from delegation_planner.app import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('QUERY BUILDER', 'delegation_planner.storage.register_query' in sys.modules)\n"
    )
    report = ["report", "--year", "2026", "--out", str(tmp_path / "r.docx"), "--db", str(db_path)]
    done = subprocess.run(
        [sys.executable, "-c", script, *report], capture_output=True, text=True, timeout=120, check=False
    )
    assert "QUERY BUILDER False" in done.stdout, done.stdout + done.stderr


def test_the_report_commands_dataclasses_have_docstrings() -> None:
    """A dataclass without a docstring gets one made from ``inspect.signature`` when its class
    is created (0.1-0.3 ms each): the classes a report command loads say what they are instead."""
    script = (
        "import dataclasses, sys\n"
        "from delegation_planner import cli\n"
        "from delegation_planner.documents import report\n"
        "for name, module in sorted(sys.modules.items()):\n"
        "    if name.startswith('delegation_planner'):\n"
        "        for value in list(vars(module).values()):\n"
        "            if isinstance(value, type) and dataclasses.is_dataclass(value) "
        "and value.__module__ == name and (value.__doc__ or '').startswith(value.__name__ + '('):\n"
        "                print('MADE', name, value.__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "MADE" not in done.stdout, done.stdout
