"""Telling a server register's address from a file, without loading the server's driver.

Kept apart from ``storage.server`` (which imports psycopg, most of a second on a busy
machine) so that the window can tell where its register is before its first paint.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and target.lower().startswith(SERVER_SCHEMES)


def shown_url(url: str) -> str:
    """The URL without a password, for messages and the window's title."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    user = parts.username or ""
    netloc = f"{user}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
