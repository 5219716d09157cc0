"""The window's first paint reads a server register through libpq alone (``libpq_peek``), and
what it reads must be what psycopg gives: the same rows, the same values, the same refusals."""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest

from delegation_planner.domain.records import FollowUpPoint
from delegation_planner.storage import first_rows, libpq_peek, repository
from delegation_planner.storage.database import open_database
from delegation_planner.storage.pg_sql import translate
from delegation_planner.storage.server_rights import READER
from tests.core.factories import delegation, organisation, person
from tests.pg_server import PASSWORD_GROUP, TestServer

TODAY = dt.date.today()


class _Psycopg:
    """The lists' one call over a bare psycopg connection: how the first paint read them before."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._conn = conn

    def execute(self, sql: str, params: list[str] | None = None) -> psycopg.Cursor[Any]:
        return self._conn.execute(translate(sql, params is not None), params)


def _fill_in_many_scripts(url: str) -> None:
    db = open_database(url)
    repository.save_organisation(db, organisation())
    repository.save_person(db, person("soren", name="Søren Ærø-Jørgensen 李明"))
    trips = [
        ("aarhus", "Århus <&> Øresund 100%", "Midtjylland", 3, "soren"),
        ("jiangsu", "江苏省 health & <care>", "江苏", 1, "王芳 <&>"),
        ("later", "Far off", "Skåne", 200, ""),
    ]
    for key, title, region, days, owner in trips:
        start = TODAY + dt.timedelta(days=days)
        points = (
            [FollowUpPoint(f"Send {title}'s minutes", owner, TODAY - dt.timedelta(days=days))]
            if owner
            else []
        )
        repository.save_delegation(
            db,
            delegation(
                key,
                title=title,
                partner_region=region,
                start=start,
                end=start + dt.timedelta(days=2),
                follow_up_points=points,
            ),
        )
    db.close()


def test_the_first_rows_through_libpq_are_psycopgs_and_the_storage_layers(pg_url: str) -> None:
    _fill_in_many_scripts(pg_url)
    peeked = first_rows.read_server(pg_url, TODAY, 200)
    assert peeked is not None
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert first_rows._read_lists(_Psycopg(conn), pg_url, TODAY, 200) == peeked
    db = open_database(pg_url)
    try:
        assert first_rows._read_lists(db, pg_url, TODAY, 200) == peeked
    finally:
        db.close()
    assert [t.title for t in peeked.trips] == ["江苏省 health & <care>", "Århus <&> Øresund 100%"]
    assert {p.owner for p in peeked.overdue} == {"Søren Ærø-Jørgensen 李明", "王芳 <&>"}
    assert not peeked.empty


_TYPES = (
    "SELECT 1::int8, 2::int2, 3::int4, 4::oid, true, false, 1.50::numeric, 2.5::float8,"
    " 'Infinity'::float4, 'Ålborg 北京 <&'::text, 'x'::varchar, 'ab'::char(3), NULL::text,"
    " {0}::text, length({0}), {1}::int + 1, '100%'"
)


def test_each_value_comes_as_psycopg_gives_it(pg_url: str) -> None:
    params = ["Søren 李 100% <&>", "41"]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        expected = conn.execute(
            _TYPES.format("%s", "%s").replace("'100%'", "'100%%'"), [params[0], *params]
        ).fetchall()
    with libpq_peek.Connection(pg_url) as peek:
        got = peek.execute(_TYPES.format("$1", "$2"), params)
    assert got == expected
    assert got.fetchone() == (1, 2, 3, 4, True, False, Decimal("1.50"), 2.5, float("inf"),
                              "Ålborg 北京 <&", "x", "ab ", None, params[0], 16, 42, "100%")  # fmt: skip
    assert [type(v) for v in got[0][:8]] == [int, int, int, int, bool, bool, Decimal, float]


def test_the_dialect_layers_placeholders_become_libpqs_as_psycopg_reads_them() -> None:
    assert first_rows.numbered_placeholders("a = %s AND b LIKE '5%%' AND c = %s") == (
        "a = $1 AND b LIKE '5%' AND c = $2"
    )
    assert first_rows.numbered_placeholders("x %%s %s") == "x %s $1"


def test_anything_unexpected_is_refused_not_guessed(pg_url: str) -> None:
    with libpq_peek.Connection(pg_url) as peek:
        with pytest.raises(libpq_peek.PeekError, match="type"):
            peek.execute("SELECT current_date")  # psycopg would give a date: not read here
        with pytest.raises(libpq_peek.PeekError, match="NUL"):
            peek.execute("SELECT $1::text", ["a\x00b"])
        with pytest.raises(libpq_peek.PeekError, match="no_such_table"):
            peek.execute("SELECT * FROM no_such_table")
        assert peek.execute("SELECT 'still here'").fetchall() == [("still here",)]
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(libpq_peek.PeekError, match=r"127\.0\.0\.1"):
        libpq_peek.Connection(f"postgresql://anna@127.0.0.1:{port}/register")


def test_a_password_is_taken_where_psycopg_takes_it_and_never_asked_for(
    pg_server: TestServer, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill_in_many_scripts(pg_url)
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        admin.execute(
            f"DO $g$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PASSWORD_GROUP}') "
            f"THEN CREATE ROLE {PASSWORD_GROUP} NOLOGIN; END IF; END $g$"
        )
        admin.execute("DROP ROLE IF EXISTS birgitte")
        admin.execute(f"CREATE ROLE birgitte LOGIN PASSWORD 'hemlig' IN ROLE {READER}, {PASSWORD_GROUP}")
    url = pg_url.replace("postgres@", "birgitte@", 1)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    assert first_rows.read_server(url, TODAY, 200) is None  # the window asks for it
    monkeypatch.setenv("PGPASSWORD", "hemlig")
    rows = first_rows.read_server(url, TODAY, 200)
    assert rows is not None and len(rows.trips) == 2


def test_libpq_is_found_beside_psycopg_without_importing_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    linux = tmp_path / "linux" / "psycopg_binary.libs"
    mac = tmp_path / "mac" / "psycopg_binary" / ".dylibs"
    windows = tmp_path / "windows" / "psycopg_binary.libs"
    for folder, names in (
        (linux, ["libssl-6a9b88ec.so.3", "libpq-e9b5c9ac.so.5.18"]),
        (mac, ["libssl.3.dylib", "libpq.5.dylib"]),
        (windows, ["libpq-0ab1c2d3e4f5a6b7c8d9e0f1a2b3c4d5.dll", "libpqwalreceiver.dll"]),
    ):
        folder.mkdir(parents=True)
        for name in names:
            (folder / name).touch()
    monkeypatch.setattr(
        sys, "path", [str(tmp_path / "empty"), *(str(tmp_path / p) for p in ("linux", "mac", "windows"))]
    )
    found = list(libpq_peek.candidates())
    assert found[:3] == [
        str(linux / "libpq-e9b5c9ac.so.5.18"),
        str(mac / "libpq.5.dylib"),
        str(windows / "libpq-0ab1c2d3e4f5a6b7c8d9e0f1a2b3c4d5.dll"),
    ]
    if sys.platform.startswith("linux"):
        assert found[3:] == ["libpq.so.5"]


def test_the_library_loaded_is_the_one_psycopg_uses() -> None:
    pq = libpq_peek.library()
    assert pq is not None
    assert pq.PQlibVersion() == psycopg.pq.version()
    if any((Path(entry) / "psycopg_binary.libs").is_dir() for entry in sys.path if entry):
        assert Path(pq._name).parent.name == "psycopg_binary.libs"


def test_a_register_files_first_paint_pays_nothing_for_the_servers() -> None:
    # ctypes and libpq are loaded only when a server register is read (ctypes alone is 4-8 ms).
    done = subprocess.run(
        [sys.executable, "-c", _FILE_PAINT_LOADS],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split() == ["[]"], done.stderr[-2000:]


_FILE_PAINT_LOADS = (
    "import sys\n"
    "from delegation_planner.storage import first_rows\n"
    "print(sorted({m.split('.')[0] for m in sys.modules} & {'ctypes', 'psycopg', 'psycopg_binary'}"
    " | ({'libpq_peek'} & {m.rsplit('.', 1)[-1] for m in sys.modules})))\n"
)


_PEEK_WITH_AN_ENCRYPTED_KEY = """
import sys, time
from delegation_planner.storage import libpq_peek
began = time.monotonic()
try:
    libpq_peek.Connection(sys.argv[1]).close()
    print("connected")
except libpq_peek.PeekError as error:
    print("refused:", error)
print(f"took {time.monotonic() - began:.1f}")
"""


def _openssl(*arguments: str | Path) -> None:
    subprocess.run(["openssl", *map(str, arguments)], check=True, capture_output=True, timeout=60)


@contextlib.contextmanager
def _server_asking_for_a_client_key(tmp_path: Path) -> Iterator[str]:
    """A server that takes SSL; the URL to it with a client key whose pass phrase is ``secret``."""
    import os
    import pwd
    import shutil

    from tests.pg_server import find_bindir, running_server

    bindir = find_bindir()
    assert bindir is not None  # pg_server has made sure of it
    subject = "/CN=localhost"
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        subject,
        "-keyout",
        tmp_path / "server.key",
        "-out",
        tmp_path / "server.crt",
    )
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-days",
        "2",
        "-subj",
        "/CN=dp_admin",
        "-passout",
        "pass:secret",
        "-keyout",
        tmp_path / "client.key",
        "-out",
        tmp_path / "client.crt",
    )
    with running_server(bindir) as server:
        for name in ("server.key", "server.crt"):
            target = server.folder / name
            shutil.copy(tmp_path / name, target)
            if os.geteuid() == 0:  # the server runs as an unprivileged account (tests/pg_server.py)
                account = pwd.getpwnam(os.environ.get("DP_TEST_PG_USER", "nobody"))
                os.chown(target, account.pw_uid, account.pw_gid)
            target.chmod(0o600)
        with psycopg.connect(server.url("postgres"), autocommit=True) as admin:
            admin.execute(f"ALTER SYSTEM SET ssl_cert_file = '{server.folder / 'server.crt'}'")
            admin.execute(f"ALTER SYSTEM SET ssl_key_file = '{server.folder / 'server.key'}'")
            admin.execute("ALTER SYSTEM SET ssl = on")
            admin.execute("SELECT pg_reload_conf()")
        yield (
            server.url("postgres")
            + f"?sslmode=require&sslcert={tmp_path / 'client.crt'}&sslkey={tmp_path / 'client.key'}"
        )


def test_an_encrypted_client_key_is_never_asked_for_on_the_terminal(
    pg_server: TestServer, tmp_path: Path
) -> None:
    """A client key with a pass phrase and no sslpassword: OpenSSL would ask on the terminal, or
    read a line of standard input, before the window is on screen. The early paint gives up at
    once instead, and the usual start follows."""
    with _server_asking_for_a_client_key(tmp_path) as url:
        # No terminal here: OpenSSL would write its question to standard error and read stdin.
        done = subprocess.run(
            [sys.executable, "-c", _PEEK_WITH_AN_ENCRYPTED_KEY, url],
            stdin=subprocess.PIPE,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "pass phrase" not in done.stdout + done.stderr
    assert done.stdout.startswith("refused:") and "private key" in done.stdout, done.stdout


_WINDOW_CONNECTS = """
import sys
import psycopg
from delegation_planner.storage import libpq_peek
assert libpq_peek.never_ask_for_pass_phrases()
libpq_peek.Connection(sys.argv[1] + "&sslpassword=secret").close()  # the early paint, in between
for url in (sys.argv[1], sys.argv[1] + "&sslpassword=secret"):
    try:
        psycopg.connect(url, connect_timeout=20).close()
        print("connected")
    except psycopg.OperationalError as error:
        print("refused:", " ".join(str(error).split()))
"""


def test_the_windows_connections_never_ask_for_a_pass_phrase_and_take_the_one_given(
    pg_server: TestServer, tmp_path: Path
) -> None:
    """psycopg's connections in the window's process: without sslpassword the key is not
    read and the connection says why (OpenSSL asked on the terminal before, and the window
    waited there); with it, the key is read as libpq always did."""
    with _server_asking_for_a_client_key(tmp_path) as url:
        done = subprocess.run(
            [sys.executable, "-c", _WINDOW_CONNECTS, url],
            stdin=subprocess.PIPE,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "pass phrase" not in done.stdout + done.stderr
    refused, connected = done.stdout.splitlines()
    assert refused.startswith("refused:") and "private key" in refused, refused
    assert connected == "connected"
