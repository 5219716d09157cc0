"""A PostgreSQL server for the test session, started from the machine's server binaries.

One server per session (``initdb`` and ``pg_ctl`` in a temporary folder, listening
on 127.0.0.1 at a free port and on a socket in that folder); each test gets a fresh
database copied from a template that the register's migrations prepared once
(``CREATE DATABASE … TEMPLATE``), which takes milliseconds.

PostgreSQL refuses to run as root, and the tests run as root in CI: then the server
runs as the unprivileged ``nobody`` (or the user named in DP_TEST_PG_USER), in a
folder owned by it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
PASSWORD_GROUP = "password_login"  # its members must give their password


@dataclass
class TestServer:
    __test__ = False  # not a test class, despite its name

    host: str
    port: int
    folder: Path

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@{self.host}:{self.port}/{database}"


def find_bindir() -> Path | None:
    """Where pg_ctl is: PG_BINDIR, pg_config --bindir, or Debian's /usr/lib/postgresql/N/bin."""
    candidates: list[str] = []
    if os.environ.get("PG_BINDIR"):
        candidates.append(os.environ["PG_BINDIR"])
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            candidates.append(
                subprocess.run(
                    [pg_config, "--bindir"], capture_output=True, text=True, check=True
                ).stdout.strip()
            )
    candidates.extend(sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version, reverse=True))
    for folder in candidates:
        if (Path(folder) / "pg_ctl").is_file() and (Path(folder) / "initdb").is_file():
            return Path(folder)
    return None


def _version(folder: str) -> int:
    try:
        return int(Path(folder).parent.name)
    except ValueError:
        return 0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    user = os.environ.get("DP_TEST_PG_USER", "nobody")
    return ["runuser", "-u", user, "--", *command]


@contextlib.contextmanager
def running_server(bindir: Path) -> Iterator[TestServer]:
    folder = Path(tempfile.mkdtemp(prefix="dp-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        import pwd

        account = pwd.getpwnam(os.environ.get("DP_TEST_PG_USER", "nobody"))
        os.chown(folder, account.pw_uid, account.pw_gid)
    folder.chmod(0o755)
    port = _free_port()
    log = folder / "server.log"
    try:
        subprocess.run(
            _as_server_user(
                [
                    str(bindir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    SUPERUSER,
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C",
                    "--no-sync",
                ]
            ),
            check=True,
            capture_output=True,
            cwd=folder,
        )
        # Everyone is trusted, except the members of PASSWORD_GROUP: the window's tests log
        # in with a password as an office's people would (the line must come first).
        hba = data / "pg_hba.conf"
        rules = hba.read_text()
        with hba.open("w") as out:
            out.write(f"host all +{PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256\n{rules}")
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        subprocess.run(
            _as_server_user(
                [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "start"]
            ),
            check=True,
            capture_output=True,
            cwd=folder,
        )
        yield TestServer("127.0.0.1", port, folder)
    finally:
        subprocess.run(
            _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
            cwd=folder,
        )
        shutil.rmtree(folder, ignore_errors=True)
