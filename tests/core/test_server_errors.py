"""The server's refusals in the reader's words, with the server's own kept as details.

Against the test session's real server: a wrong password, a database that does not exist, a
port nobody listens on, a role that may not write; through the core (as the window meets
them) and through the command line started as a person starts it (LANG only), in Swedish,
Danish and English. The patterns for what the test server cannot be made to say (a host
that does not exist, a full server, a Swedish-speaking server) are checked on the texts libpq
and PostgreSQL write.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from delegation_planner.storage import repository
from delegation_planner.storage.database import open_database
from delegation_planner.storage.server import connect
from delegation_planner.storage.server_errors import (
    Address,
    NotPermittedError,
    Problem,
    ServerConnectError,
    problem_of,
)
from delegation_planner.storage.server_rights import READER
from delegation_planner.texts.catalogue import use_language
from tests.core import factories
from tests.pg_server import PASSWORD_GROUP, TestServer

LOCALES = {"sv": "sv_SE.UTF-8", "da": "da_DK.UTF-8", "en": "en_GB.UTF-8"}

# What each reason says in each language (a part of it), and what the server itself said.
EXPECTED = {
    Problem.WRONG_PASSWORD: (
        {
            "sv": "Servern godtog inte lösenordet för anna",
            "da": "Serveren godtog ikke adgangskoden for anna",
            "en": "The server did not accept the password for anna",
        },
        'password authentication failed for user "anna"',
    ),
    Problem.NO_DATABASE: (
        {
            "sv": "Servern har ingen databas som heter no_such_register",
            "da": "Serveren har ingen database med navnet no_such_register",
            "en": "The server has no database no_such_register",
        },
        'database "no_such_register" does not exist',
    ),
    Problem.REFUSED: (
        {
            "sv": "Ingenting svarar på 127.0.0.1, port {port}",
            "da": "Intet svarer på 127.0.0.1, port {port}",
            "en": "Nothing answers at 127.0.0.1, port {port}",
        },
        "Connection refused",
    ),
}
SAYS_DETAILS = {
    "sv": "Meddelande från servern:",
    "da": "Meddelelse fra serveren:",
    "en": "Details from the server:",
}
SAYS_CANNOT = {
    "sv": "Det går inte att ansluta till registerservern",
    "da": "Der kan ikke oprettes forbindelse til registerserveren",
    "en": "Cannot connect to the register server",
}


def _with_password(pg_server: TestServer, name: str) -> None:
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        admin.execute(
            f"DO $g$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PASSWORD_GROUP}') "
            f"THEN CREATE ROLE {PASSWORD_GROUP} NOLOGIN; END IF; END $g$"
        )
        admin.execute(f"DROP ROLE IF EXISTS {name}")
        admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'secret-{name}' IN ROLE {PASSWORD_GROUP}")


def _closed_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # free, and nothing listens once the probe closes


@pytest.fixture
def addresses(pg_server: TestServer, pg_url: str) -> dict[Problem, str]:
    _with_password(pg_server, "anna")
    database = pg_url.rsplit("/", 1)[1]
    return {
        Problem.WRONG_PASSWORD: f"postgresql://anna:Xq7-not-it@{pg_server.host}:{pg_server.port}/{database}",
        Problem.NO_DATABASE: pg_server.url("no_such_register"),
        Problem.REFUSED: f"postgresql://postgres@127.0.0.1:{_closed_port()}/{database}",
    }


def _port(url: str) -> str:
    return url.rsplit(":", 1)[1].split("/")[0]


@pytest.mark.parametrize("language", ["sv", "da", "en"])
def test_a_failed_connection_is_said_in_the_readers_words(
    language: str, addresses: dict[Problem, str]
) -> None:
    use_language(language)
    for problem, url in addresses.items():
        with pytest.raises(ServerConnectError) as raised:
            connect(url)
        error = raised.value
        said, server_said = EXPECTED[problem]
        assert error.problem is problem
        assert said[language].format(port=_port(url)) in error.reason
        assert error.summary.startswith(SAYS_CANNOT[language])
        # The server's own words stay, for IT; the password never shows.
        assert server_said in error.detail
        assert f"{SAYS_DETAILS[language]} " in str(error) and server_said in str(error)
        assert "Xq7-not-it" not in str(error)


def _run(*args: str, lang: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": lang, "HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "delegation_planner.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize("language", ["sv", "da"])
def test_the_command_line_says_why_in_one_line(
    language: str, addresses: dict[Problem, str], tmp_path: Path
) -> None:
    for problem, url in addresses.items():
        result = _run("export", "--db", url, lang=LOCALES[language], home=tmp_path)
        assert result.returncode == 2
        said, server_said = EXPECTED[problem]
        line = result.stderr.strip()
        assert len(line.splitlines()) == 1 and "Traceback" not in line
        assert line.startswith(f"delegation-planner: {SAYS_CANNOT[language]}")
        assert said[language].format(port=_port(url)) in line
        assert f"{SAYS_DETAILS[language]} " in line and server_said in line
        assert not line.endswith("…"), "the server's words are not cut off"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("sv", "Servern nekade detta: din roll har inte behörighet till det (du är inloggad som rita)."),
        ("da", "Serveren afviste dette: din rolle har ikke rettighed til det (du er logget på som rita)."),
        ("en", "The server refused this: your role may not do it (you are logged in as rita)."),
    ],
)
def test_a_change_the_role_may_not_make_is_refused_in_words(
    language: str, said: str, pg_server: TestServer, pg_url: str
) -> None:
    admin = open_database(pg_url)
    repository.save_organisation(admin, factories.organisation())
    repository.save_delegation(admin, factories.delegation("trip"))
    admin.close()
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as superuser:
        superuser.execute("DROP ROLE IF EXISTS rita")
        superuser.execute(f"CREATE ROLE rita LOGIN IN ROLE {READER}")
    reader = open_database(pg_url.replace("postgres@", "rita@", 1))
    use_language(language)
    try:
        delegation, revision = repository.load_delegation(reader, "trip")
        with pytest.raises(NotPermittedError) as raised:
            repository.save_delegation(reader, dataclasses.replace(delegation, title="No"), revision)
    finally:
        reader.close()
    assert raised.value.summary.startswith(said)
    assert "permission denied" in raised.value.detail
    assert SAYS_DETAILS[language] in str(raised.value)


# --- what the test server cannot be made to say ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "failed to resolve host 'nowhere.example': [Errno -2] Name or service not known",
            Problem.UNKNOWN_HOST,
        ),
        (
            'connection to server at "db" (10.0.0.5), port 5432 failed: could not translate host name "db" '
            "to address: Temporary failure in name resolution",
            Problem.UNKNOWN_HOST,
        ),
        ('connection to server at "db", port 5432 failed: No route to host', Problem.UNREACHABLE),
        ('connection to server at "db", port 5432 failed: timeout expired', Problem.TIMEOUT),
        ("FATAL:  sorry, too many clients already", Problem.TOO_MANY_CONNECTIONS),
        ("FATAL:  the database system is starting up", Problem.STARTING_UP),
        ("FATAL:  the database system is shutting down", Problem.SHUTTING_DOWN),
        ('FATAL:  permission denied for database "delegations"', Problem.NO_CONNECT_RIGHT),
        (
            'FATAL:  no pg_hba.conf entry for host "10.1.2.3", user "anna", database "delegations", no encryption',
            Problem.ENCRYPTION_REQUIRED,
        ),
        (
            'FATAL:  no pg_hba.conf entry for host "10.1.2.3", user "anna", database "delegations", SSL encryption',
            Problem.NOT_ALLOWED_FROM_HERE,
        ),
        ("server does not support SSL, but SSL was required", Problem.SSL_UNSUPPORTED),
        ("SSL error: certificate verify failed", Problem.SSL_FAILED),
        ("GSSAPI encryption required but no credential cache", Problem.GSSAPI_FAILED),
        ("fe_sendauth: no password supplied", Problem.PASSWORD_NEEDED),
        ('FATAL:  role "ghost" does not exist', Problem.NO_ROLE),
        ('FATAL:  role "readers" is not permitted to log in', Problem.LOGIN_NOT_ALLOWED),
        ("server closed the connection unexpectedly", Problem.CONNECTION_LOST),
        # A server whose lc_messages is Swedish answers in PostgreSQL's Swedish translation.
        ('FATAL:  Lösenordsautentisering misslyckades för användare "anna"', Problem.WRONG_PASSWORD),
        ('FATAL:  databasen "delegationer" existerar inte', Problem.NO_DATABASE),
        ('FATAL:  rollen "spöke" finns inte', Problem.NO_ROLE),
        ("FATAL:  ledsen, för många klienter", Problem.TOO_MANY_CONNECTIONS),
        ("something no one has seen before", Problem.OTHER),
    ],
)
def test_libpqs_and_the_servers_texts_are_told_apart(text: str, problem: Problem) -> None:
    assert problem_of(psycopg.OperationalError(text)) is problem


def test_a_refusal_with_an_sqlstate_goes_by_the_state() -> None:
    class Refused(psycopg.errors.InsufficientPrivilege):
        pass

    assert problem_of(Refused("permission denied for table delegation")) is Problem.NOT_PERMITTED
    assert problem_of(psycopg.errors.AdminShutdown("terminating connection")) is Problem.CONNECTION_LOST


def test_the_address_facts_default_as_libpq_does() -> None:
    address = Address.of("postgresql://anna@db.region.example/delegations")
    assert (address.user, address.host, address.port, address.database) == (
        "anna",
        "db.region.example",
        "5432",
        "delegations",
    )
    assert Address.of("postgres://db:6543").port == "6543"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("sv", "Anslutningen till servern bröts."),
        ("da", "Forbindelsen til serveren blev afbrudt."),
        ("en", "The connection to the server was lost."),
    ],
)
def test_a_connection_ended_by_the_server_is_said_in_words(
    language: str, said: str, pg_server: TestServer, pg_url: str
) -> None:
    import sqlite3

    db = connect(pg_url)
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [db.pg.info.backend_pid])
    use_language(language)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            db.execute("SELECT count(*) FROM delegations").fetchall()
    finally:
        db.close()
    assert str(raised.value).startswith(said)
    assert SAYS_DETAILS[language] in str(raised.value)
