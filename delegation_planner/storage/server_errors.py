"""Why the PostgreSQL server said no, in the reader's words, with the server's own kept for IT.

psycopg reports a failed connection as one ``OperationalError`` whose text is libpq's (and
the server's) English, without an SQLSTATE: libpq keeps the code of an error it got while
connecting to itself. So a connection failure is told apart by libpq's and the server's
message patterns (the server's also as its Swedish translation words them, for a server
set up with ``lc_messages`` in Swedish; there is no Danish one), a refused statement by its
SQLSTATE. Each becomes a ``Problem`` with the facts of the address (user, host, port,
database), rendered through the catalogue; the original text stays in ``detail`` for
whoever looks after the server. The command line prints both on its one line, the
window's connect dialog the reason with the details to unfold.
"""

from __future__ import annotations

import getpass
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

from delegation_planner.storage.errors import StorageError
from delegation_planner.texts.catalogue import tr


class Problem(Enum):
    WRONG_PASSWORD = "wrong_password"
    PASSWORD_NEEDED = "password_needed"
    NO_ROLE = "no_role"
    LOGIN_NOT_ALLOWED = "login_not_allowed"
    NO_DATABASE = "no_database"
    NO_CONNECT_RIGHT = "no_connect_right"
    ENCRYPTION_REQUIRED = "encryption_required"
    NOT_ALLOWED_FROM_HERE = "not_allowed_from_here"
    SSL_UNSUPPORTED = "ssl_unsupported"
    SSL_FAILED = "ssl_failed"
    GSSAPI_FAILED = "gssapi_failed"
    UNKNOWN_HOST = "unknown_host"
    REFUSED = "refused"
    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"
    TOO_MANY_CONNECTIONS = "too_many_connections"
    STARTING_UP = "starting_up"
    SHUTTING_DOWN = "shutting_down"
    CONNECTION_LOST = "connection_lost"
    NOT_PERMITTED = "not_permitted"
    OTHER = "other"


# First match wins: the more particular patterns come before the general ones (a pg_hba
# refusal of an unencrypted connection before any pg_hba refusal; a refused password before
# the "could not connect" around it).
_PATTERNS: tuple[tuple[Problem, str], ...] = (
    (Problem.WRONG_PASSWORD, r"password authentication failed|lösenordsautentisering misslyckades"),
    (Problem.PASSWORD_NEEDED, r"no password supplied|password is required"),
    (Problem.NO_ROLE, r"role \".*\" does not exist|rollen \".*\" finns inte"),
    (Problem.LOGIN_NOT_ALLOWED, r"is not permitted to log in|tillåts inte logga in"),
    (Problem.NO_DATABASE, r"database \".*\" does not exist|databasen \".*\" existerar inte"),
    (Problem.NO_CONNECT_RIGHT, r"permission denied for database|rättighet saknas för databas"),
    (Problem.ENCRYPTION_REQUIRED, r"(pg_hba\.conf.*(no encryption|ingen kryptering))"),
    (Problem.NOT_ALLOWED_FROM_HERE, r"no pg_hba\.conf entry|ingen rad i pg_hba\.conf|rejects connection"),
    (Problem.SSL_UNSUPPORTED, r"server does not support SSL"),
    (Problem.GSSAPI_FAILED, r"GSSAPI|Kerberos|credential cache"),
    (Problem.SSL_FAILED, r"SSL|certificate"),
    (
        Problem.UNKNOWN_HOST,
        r"failed to resolve host|could not translate host name|Name or service not known|"
        r"nodename nor servname|No such host|Temporary failure in name resolution",
    ),
    (Problem.REFUSED, r"Connection refused|Is the server running"),
    (Problem.UNREACHABLE, r"No route to host|Network is unreachable|Host is unreachable"),
    (Problem.TIMEOUT, r"timeout expired|timed out"),
    (
        Problem.TOO_MANY_CONNECTIONS,
        r"too many clients|remaining connection slots|för många klienter|too many connections",
    ),
    (Problem.STARTING_UP, r"is starting up|in recovery mode|startar upp"),
    (Problem.SHUTTING_DOWN, r"is shutting down|stänger ner"),
    (
        Problem.CONNECTION_LOST,
        r"server closed the connection|terminating connection|connection is lost|"
        r"consuming input failed|the connection is closed|server conn crashed",
    ),
)

# SQLSTATE classes and codes (PostgreSQL's appendix A) of what a statement may meet.
_STATES = {
    "28P01": Problem.WRONG_PASSWORD,
    "28000": Problem.NOT_ALLOWED_FROM_HERE,
    "3D000": Problem.NO_DATABASE,
    "42501": Problem.NOT_PERMITTED,
    "53300": Problem.TOO_MANY_CONNECTIONS,
    # A connection ended by an administrator (pg_terminate_backend) or by a server shutting
    # down carries the same code and words; 57P03 (starting up or shutting down) is told by its text.
    "57P01": Problem.CONNECTION_LOST,
    "57P02": Problem.CONNECTION_LOST,
}


@dataclass(frozen=True)
class Address:
    """The facts of a server address a reason names (libpq's defaults where it names none)."""

    user: str
    host: str
    port: str
    database: str

    @classmethod
    def of(cls, url: str) -> Address:
        import psycopg
        from psycopg.conninfo import conninfo_to_dict

        try:
            parts: dict[str, Any] = conninfo_to_dict(url.replace("postgres://", "postgresql://", 1))
        except psycopg.Error:  # an address libpq cannot read still gets a reason
            parts = {}
        user = str(parts.get("user") or _os_user())
        return cls(
            user=user,
            host=str(parts.get("host") or parts.get("hostaddr") or "localhost"),
            port=str(parts.get("port") or "5432"),
            database=str(parts.get("dbname") or user),
        )


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def problem_of(error: BaseException) -> Problem:
    """What went wrong, from the SQLSTATE where the server gave one, else from the text."""
    state = getattr(error, "sqlstate", None)
    if state in _STATES:
        return _STATES[state]
    if isinstance(state, str) and state.startswith("08"):
        return Problem.CONNECTION_LOST
    text = server_text(error)
    for problem, pattern in _PATTERNS:
        if re.search(pattern, text, re.IGNORECASE if problem is not Problem.SSL_FAILED else 0):
            return problem
    return Problem.OTHER


def server_text(error: BaseException) -> str:
    """The server's (libpq's) own words, on one line."""
    return " ".join(str(error).split())


def reason(problem: Problem, address: Address) -> str:
    """The reader's sentence for ``problem`` at ``address``."""
    facts = {"user": address.user, "host": address.host, "port": address.port, "database": address.database}
    sentences = {
        Problem.WRONG_PASSWORD: tr(
            "The server did not accept the password for {user}. Check the password and the user name, "
            "and try again."
        ),
        Problem.PASSWORD_NEEDED: tr(
            "The server asks {user} for a password, and none was given. Type it in, or keep it in "
            "PostgreSQL's password file (pgpass)."
        ),
        Problem.NO_ROLE: tr(
            "The server has no user {user}. Check the user name, or ask the register's administrator "
            "to add you."
        ),
        Problem.LOGIN_NOT_ALLOWED: tr(
            "{user} may not log in to the server (it is a group, not a person's login). Use your own user name."
        ),
        Problem.NO_DATABASE: tr(
            "The server has no database {database}. Check the database's name in the address."
        ),
        Problem.NO_CONNECT_RIGHT: tr(
            "{user} may not open the database {database}. Ask the register's administrator for access."
        ),
        Problem.ENCRYPTION_REQUIRED: tr(
            "The server accepts only encrypted connections from this computer. Add ?sslmode=require "
            "to the address, or ask IT which settings to use."
        ),
        Problem.NOT_ALLOWED_FROM_HERE: tr(
            "The server does not let {user} connect to {database} from this computer. Ask IT to allow it."
        ),
        Problem.SSL_UNSUPPORTED: tr(
            "The address asks for an encrypted (SSL) connection, and the server {host} offers none. "
            "Remove sslmode from the address, or ask IT."
        ),
        Problem.SSL_FAILED: tr(
            "The encrypted (SSL) connection to {host} could not be made; the server's certificate may "
            "not be trusted. Ask IT which settings to use."
        ),
        Problem.GSSAPI_FAILED: tr(
            "The login with your Windows domain account (GSSAPI) did not work: this computer may not be "
            "logged in to the domain, or the server does not offer it. Connect with a password instead, "
            "or ask IT."
        ),
        Problem.UNKNOWN_HOST: tr(
            "No server called {host} can be found. Check the server's name and this computer's network "
            "connection (VPN)."
        ),
        Problem.REFUSED: tr(
            "Nothing answers at {host}, port {port}: the server may be stopped, or the port may be wrong."
        ),
        Problem.UNREACHABLE: tr(
            "{host} cannot be reached from this computer. Check the network connection (VPN)."
        ),
        Problem.TIMEOUT: tr(
            "{host} did not answer in time. Check the network connection (VPN), or try again later."
        ),
        Problem.TOO_MANY_CONNECTIONS: tr(
            "The server has as many connections open as it allows. Try again in a moment, or ask IT."
        ),
        Problem.STARTING_UP: tr("The server is starting up. Try again in a moment."),
        Problem.SHUTTING_DOWN: tr("The server is shutting down. Try again later, or ask IT."),
        Problem.CONNECTION_LOST: tr("The connection to the server was lost. Try again in a moment."),
        Problem.NOT_PERMITTED: tr(
            "The server refused this: your role may not do it (you are logged in as {user}). Ask the "
            "office's register administrator for the right, if you need it."
        ),
        Problem.OTHER: tr("The server refused the connection."),
    }
    return sentences[problem].format(**facts)


class ServerError(StorageError):
    """The server said no: ``summary`` in the reader's words, ``detail`` in the server's.

    ``str()`` is both on one line, as the command line prints it; the window shows the
    summary and offers the details to unfold.
    """

    def __init__(self, summary: str, detail: str, problem: Problem, said: str = "") -> None:
        self.summary = summary
        self.detail = detail
        self.problem = problem
        self.reason = said or summary
        details = tr("Details from the server: {detail}", detail=detail) if detail else ""
        super().__init__(f"{summary} {details}".strip())


class ServerConnectError(ServerError):
    """The register server could not be connected to; ``reason`` is why, without the address."""


class NotPermittedError(ServerError):
    """The server refused a change: the person's role may not make it."""


def connect_error(error: BaseException, url: str, shown: str) -> ServerConnectError:
    """The reader's words for a failed connection to ``url`` (``shown``: without the password)."""
    problem = problem_of(error)
    said = reason(problem, Address.of(url))
    summary = tr("Cannot connect to the register server {url}. {reason}", url=shown, reason=said)
    return ServerConnectError(summary, server_text(error), problem, said)


def not_permitted(error: BaseException, user: str) -> NotPermittedError:
    """The reader's words for a statement the role ``user`` may not run."""
    detail = getattr(getattr(error, "diag", None), "message_primary", None) or server_text(error)
    said = reason(Problem.NOT_PERMITTED, Address(user=user, host="", port="", database=""))
    return NotPermittedError(said, " ".join(str(detail).split()), Problem.NOT_PERMITTED)


def stopped_work(error: BaseException) -> str:
    """Why the server stopped a statement midway (the connection lost, the server shutting
    down, a statement cancelled), with its own words, for the handlers of a failed write."""
    problem = problem_of(error)
    if problem in (
        Problem.CONNECTION_LOST,
        Problem.SHUTTING_DOWN,
        Problem.STARTING_UP,
        Problem.TOO_MANY_CONNECTIONS,
    ):
        said = reason(problem, Address("", "", "", ""))
    else:
        said = tr("The server could not be reached or stopped the work.")
    details = tr("Details from the server: {detail}", detail=server_text(error))
    return f"{said} {details}"
