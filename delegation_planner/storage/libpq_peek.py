"""A few rows from a PostgreSQL server through libpq alone, for the window's first paint.

Why this exists: the window paints a server register's first lists before the rest of the
program loads, and importing psycopg for them took 0.23–0.4 s (its package imports asyncio,
ssl, ``importlib.metadata``, typing_extensions and its type adapters, whatever is used of
it): half the whole start of the same register in a file. libpq is the C library psycopg
itself drives; loading the copy that psycopg's binary wheel bundles takes a few milliseconds
through ctypes, and the connection string, .pgpass, PGPASSWORD, SSL, GSSAPI and
connect_timeout then behave exactly as they do for the rest of the program.

It does only what the first lists need: connect, run a statement with text parameters
(``$1``…) and read its rows as psycopg's default loaders give them (text, integers, booleans,
numerics, floats). Anything else raises ``PeekError``: the caller leaves the register to the
usual start, which connects with psycopg and says in plain words what is wrong.
"""

from __future__ import annotations

import ctypes
import functools
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from types import TracebackType
from typing import Any

_CONNECTION_OK = 0
_RESULT_OK = {1, 2}  # PGRES_COMMAND_OK, PGRES_TUPLES_OK
# Where psycopg's binary wheels keep the libpq they bundle, beside or inside the package:
# auditwheel (Linux) and delvewheel (Windows) in ``psycopg_binary.libs`` with a hash in the
# name, delocate (macOS) in ``psycopg_binary/.dylibs``.
_BUNDLES = ("psycopg_binary.libs", os.path.join("psycopg_binary", ".dylibs"))
_LIBPQ_FILE = re.compile(r"^libpq[-.].*\.(so(\.\d+)*|dylib|dll)$")
_SYSTEM_LIBPQ = {"win32": "libpq.dll", "darwin": "libpq.5.dylib"}


def _numeric(text: str) -> Any:
    from decimal import Decimal  # only when a numeric column comes: not before the paint

    return Decimal(text)


# psycopg's default loaders (text format) of the types the early lists may meet, by type oid.
_LOADERS: dict[int, Callable[[str], Any]] = {
    **dict.fromkeys((18, 19, 25, 705, 1042, 1043), str),  # "char", name, text, unknown, bpchar, varchar
    **dict.fromkeys((20, 21, 23, 26), int),  # int8, int2, int4, oid
    **dict.fromkeys((700, 701), float),  # float4, float8
    16: lambda text: text == "t",  # bool
    1700: _numeric,
}


# libpq's PQsslKeyPassHook_OpenSSL_type: int (*)(char *buf, int size, PGconn *conn).
_KEY_PASS_HOOK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
_NO_PASS_PHRASE = _KEY_PASS_HOOK(lambda buffer, size, conn: 0)  # no pass phrase: nothing asked


class _ConninfoOption(ctypes.Structure):
    """libpq's PQconninfoOption."""

    _fields_ = [
        ("keyword", ctypes.c_char_p),
        ("envvar", ctypes.c_char_p),
        ("compiled", ctypes.c_char_p),
        ("val", ctypes.c_char_p),
        ("label", ctypes.c_char_p),
        ("dispchar", ctypes.c_char_p),
        ("dispsize", ctypes.c_int),
    ]


def _has_sslpassword(pq: ctypes.CDLL, conn: int) -> bool:
    options = pq.PQconninfo(conn)
    if not options:
        return False
    try:
        index = 0
        while options[index].keyword is not None:
            if options[index].keyword == b"sslpassword":
                return bool(options[index].val)
            index += 1
        return False
    finally:
        pq.PQconninfoFree(options)


def _window_key_pass(buffer: int, size: int, conn: int) -> int:
    # The pass phrase given with the register's address (sslpassword) is handed on as libpq
    # would; without one nothing is asked, where OpenSSL would ask on the terminal.
    pq = library()
    default = _default_key_pass(pq) if pq is not None else None
    if pq is not None and default is not None and conn and _has_sslpassword(pq, conn):
        return int(default(buffer, size, conn))
    return 0


_WINDOW_KEY_PASS = _KEY_PASS_HOOK(_window_key_pass)
_window_hook_set = False


def _default_key_pass(pq: ctypes.CDLL) -> Any:
    """libpq's own key pass hook (libpq 13 and later), declared; None before."""
    default = getattr(pq, "PQdefaultSSLKeyPassHook_OpenSSL", None)
    if default is not None:
        default.restype, default.argtypes = ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
    return default


def _key_pass_setter(pq: ctypes.CDLL) -> Any:
    set_hook = getattr(pq, "PQsetSSLKeyPassHook_OpenSSL", None)  # libpq 13 and later
    if set_hook is not None:
        set_hook.restype, set_hook.argtypes = None, [_KEY_PASS_HOOK]
    return set_hook


def never_ask_for_pass_phrases() -> bool:
    """For the window's process, before it connects to a server with psycopg: an encrypted
    client key without its ``sslpassword`` fails to load, and the connection says so,
    rather than OpenSSL asking for the pass phrase on a terminal nobody looks at (the window
    waited there for good when started from one). With ``sslpassword``, libpq uses it as
    ever. Only the window: the command line is at a terminal, where asking is right.
    False where libpq cannot take the hook (none loaded, or older than libpq 13)."""
    global _window_hook_set
    pq = library()
    set_hook = _key_pass_setter(pq) if pq is not None else None
    if pq is None or set_hook is None or _default_key_pass(pq) is None:
        return False
    set_hook(_WINDOW_KEY_PASS)
    _window_hook_set = True
    return True


class PeekError(Exception):
    """The server could not be read here; the usual start will say why."""


def candidates() -> Iterator[str]:
    """The libpq files to try, in order: the one psycopg's binary wheel bundles (the first
    on ``sys.path``, as Python would import it; the package itself is not imported), then
    the system's by name. ``ctypes.util.find_library`` is not asked: it starts a process."""
    for entry in sys.path:
        for bundle in _BUNDLES:
            folder = os.path.join(entry or os.curdir, bundle)
            try:
                names = sorted(os.listdir(folder))
            except OSError:
                continue
            yield from (os.path.join(folder, name) for name in names if _LIBPQ_FILE.match(name))
    name = _SYSTEM_LIBPQ.get(sys.platform, "libpq.so.5")
    if sys.platform == "win32":  # a bare name is not looked up on PATH since Python 3.8
        for folder in os.environ.get("PATH", "").split(os.pathsep):
            if folder and os.path.isfile(os.path.join(folder, name)):
                yield os.path.join(folder, name)
    else:
        yield name


@functools.cache
def library() -> ctypes.CDLL | None:
    """libpq with the functions used here declared; None when no candidate loads."""
    for candidate in candidates():
        try:
            return _declared(ctypes.CDLL(candidate))
        except (OSError, AttributeError):  # not loadable here, or a libpq too old
            continue
    return None


def _declared(pq: ctypes.CDLL) -> ctypes.CDLL:
    p, i, s = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
    strings = ctypes.POINTER(ctypes.c_char_p)
    signatures: dict[str, tuple[Any, list[Any]]] = {
        "PQconnectdbParams": (p, [strings, strings, i]),
        "PQstatus": (i, [p]),
        "PQerrorMessage": (s, [p]),
        "PQfinish": (None, [p]),
        "PQexecParams": (p, [p, s, i, p, strings, p, p, i]),
        "PQresultStatus": (i, [p]),
        "PQresultErrorMessage": (s, [p]),
        "PQntuples": (i, [p]),
        "PQnfields": (i, [p]),
        "PQftype": (ctypes.c_uint, [p, i]),
        "PQgetisnull": (i, [p, i, i]),
        "PQgetvalue": (p, [p, i, i]),
        "PQgetlength": (i, [p, i, i]),
        "PQclear": (None, [p]),
        "PQconninfo": (ctypes.POINTER(_ConninfoOption), [p]),
        "PQconninfoFree": (None, [ctypes.POINTER(_ConninfoOption)]),
    }
    for name, (result, arguments) in signatures.items():
        function = getattr(pq, name)
        function.restype, function.argtypes = result, arguments
    return pq


def _encoded(text: str) -> bytes:
    if "\x00" in text:  # a C string would end there (psycopg refuses such a parameter too)
        raise PeekError("a NUL character in a statement or a parameter")
    return text.encode("utf-8")


def _strings(texts: Sequence[str | None]) -> Any:
    return (ctypes.c_char_p * (len(texts) + 1))(*(None if t is None else _encoded(t) for t in texts), None)


def _message(raw: bytes | None) -> str:
    return (raw or b"").decode("utf-8", "replace").strip()


class Rows(list[tuple[Any, ...]]):
    """A statement's rows, with the two fetches of a DB-API cursor that the lists' queries use."""

    def fetchall(self) -> list[tuple[Any, ...]]:
        return list(self)

    def fetchone(self) -> tuple[Any, ...] | None:
        return self[0] if self else None


class Connection:
    """One connection, opened as psycopg opens it: ``conninfo`` (a URL or ``key=value`` pairs)
    then ``settings`` over it; always in UTF-8, and in autocommit as libpq is by default."""

    def __init__(self, conninfo: str, **settings: str) -> None:
        pq = library()
        if pq is None:
            raise PeekError("no libpq could be loaded")
        self._pq = pq
        settings["client_encoding"] = "UTF8"
        # An encrypted client key without its sslpassword: OpenSSL would ask for the pass
        # phrase on the terminal (or read a line of stdin) before the window is on screen.
        # Asked of this hook, nothing is given, the key is not read, and the usual start
        # follows; the sslpassword given with the address is handed on as libpq would.
        set_hook = _key_pass_setter(pq)
        if set_hook is not None:
            set_hook(_WINDOW_KEY_PASS if _default_key_pass(pq) is not None else _NO_PASS_PHRASE)
        try:
            self._conn = pq.PQconnectdbParams(
                _strings(["dbname", *settings]), _strings([conninfo, *settings.values()]), 1
            )
        finally:
            if set_hook is not None:
                # For psycopg's connections later: the window's own hook, or libpq's (NULL).
                set_hook(_WINDOW_KEY_PASS if _window_hook_set else _KEY_PASS_HOOK())
        if not self._conn:
            raise PeekError("out of memory")
        if pq.PQstatus(self._conn) != _CONNECTION_OK:
            message = _message(pq.PQerrorMessage(self._conn))
            self.close()
            raise PeekError(message)

    def execute(self, sql: str, params: Sequence[str | None] = ()) -> Rows:
        """The rows of ``sql`` with ``params`` bound as text to ``$1``, ``$2``… (their type
        left for the server to infer, as psycopg leaves a Python ``str``'s)."""
        pq = self._pq
        result = pq.PQexecParams(
            self._conn, _encoded(sql), len(params), None, _strings(params), None, None, 0
        )
        if not result:
            raise PeekError(_message(pq.PQerrorMessage(self._conn)))
        try:
            if pq.PQresultStatus(result) not in _RESULT_OK:
                raise PeekError(_message(pq.PQresultErrorMessage(result)))
            loaders = [
                _LOADERS.get(int(pq.PQftype(result, column))) for column in range(pq.PQnfields(result))
            ]
            if None in loaders:
                raise PeekError("a column of a type the first lists never read")
            return Rows(self._row(result, number, loaders) for number in range(pq.PQntuples(result)))
        finally:
            pq.PQclear(result)

    def _row(self, result: Any, number: int, loaders: list[Any]) -> tuple[Any, ...]:
        pq = self._pq
        values: list[Any] = []
        for column, load in enumerate(loaders):
            if pq.PQgetisnull(result, number, column):
                values.append(None)
                continue
            raw = ctypes.string_at(
                pq.PQgetvalue(result, number, column), pq.PQgetlength(result, number, column)
            )
            try:
                values.append(load(raw.decode("utf-8")))
            except ValueError as error:  # not UTF-8, or not the number its type says
                raise PeekError(str(error)) from error
        return tuple(values)

    def close(self) -> None:
        if self._conn:
            self._pq.PQfinish(self._conn)
            self._conn = None

    def __enter__(self) -> Connection:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
