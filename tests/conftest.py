"""Shared fixtures. Imports no Qt: the core tests must run without it.

The storage, interchange, rules, documents and command-line tests run on both
engines: their ``db_path`` (and so ``db``) is a SQLite file and, in a second run,
a fresh database on a PostgreSQL server that this session starts itself (see
``tests/pg_server.py``). Without server binaries the PostgreSQL runs are skipped
with the reason, except in CI (``CI=true``), where that is a failure.
"""

from __future__ import annotations

import atexit
import datetime as dt
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# The program's cache, log and data folders (platformdirs: XDG on Linux) are this session's own,
# set before the program is imported and inherited by the command lines the tests start: a test
# run must not rewrite the user's remembered checks, write to their log or open their register.
_session_folders = Path(tempfile.mkdtemp(prefix="dp-test-folders-"))
atexit.register(shutil.rmtree, _session_folders, ignore_errors=True)
for _variable in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
    os.environ[_variable] = str(_session_folders / _variable.lower())

from sqlite_utils import Database  # noqa: E402

from delegation_planner.storage.database import open_database  # noqa: E402
from tests.pg_server import SUPERUSER, TestServer, find_bindir, running_server  # noqa: E402

# The test modules whose registers are also put on a server.
BOTH_ENGINES = {
    "test_checklists",
    "test_cli",
    "test_documents_basis_briefing",
    "test_documents_data",
    "test_documents_memo",
    "test_documents_template",
    "test_follow_up_core",
    "test_interchange_roundtrip",
    "test_interchange_service",
    "test_register_query",
    "test_report",
    "test_storage_repository",
    "test_documents_authority",
    "test_documents_decisions",
    "test_report_as_of",
    "test_personal_data",
    "test_politician_counts",
    "test_interchange_limits",
    "test_grip_sql",
    "test_search_index",
}
TEMPLATE = "dp_template"
_numbers = itertools.count(1)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    engines = ["sqlite", "postgresql"] if module in BOTH_ENGINES else ["sqlite"]
    if metafunc.definition.get_closest_marker("sqlite_only"):
        engines = ["sqlite"]
    metafunc.parametrize("engine", engines, indirect=True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: a test about the register file itself")


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[TestServer]:
    bindir = find_bindir()
    if bindir is None:
        reason = "no PostgreSQL server binaries (pg_ctl, initdb) on this machine"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; CI must run the PostgreSQL tests (.ci/run installs them)")
        pytest.skip(reason)
    with running_server(bindir) as server:
        import psycopg

        with psycopg.connect(server.url("postgres"), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {TEMPLATE}")
        db = open_database(server.url(TEMPLATE), create=True)
        db.close()
        yield server


@pytest.fixture
def pg_url(pg_server: TestServer) -> Iterator[str]:
    """A fresh, migrated, empty register database on the session's server."""
    import psycopg

    name = f"dp_test_{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield pg_server.url(name, SUPERUSER)
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def db_path(tmp_path: Path, engine: str, request: pytest.FixtureRequest) -> Path | str:
    """Where the test's register is: a file path, or a server URL on the PostgreSQL run."""
    if engine == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return tmp_path / "register.sqlite3"


@pytest.fixture
def db(db_path: Path | str) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Each test starts with the core's messages in English, whatever a command run in-process
    (which follows LANG) left behind."""
    from delegation_planner.texts.catalogue import use_language

    use_language("en")
    yield
    use_language("en")


# The day the test modules were imported: many place their records relative to a module-level
# ``TODAY = dt.date.today()``, while the program reads its clock when it runs.
_IMPORTED_ON = dt.date.today()


@pytest.fixture(autouse=True)
def _the_modules_today_is_the_programs(request: pytest.FixtureRequest) -> None:
    """A run that crosses midnight moves such a module's ``TODAY`` (and ``YEAR``) to the new
    day before each test, so its records stand where the program, reading today's date, looks
    for them; a module with a fixed date of its own is left alone. Nothing happens otherwise."""
    today = dt.date.today()
    module = getattr(request, "module", None)
    if today == _IMPORTED_ON or module is None or getattr(module, "TODAY", None) != _IMPORTED_ON:
        return
    module.TODAY = today
    if getattr(module, "YEAR", None) == _IMPORTED_ON.year:
        module.YEAR = today.year
