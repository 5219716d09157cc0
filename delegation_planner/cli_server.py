"""The commands for a register on a server: ``server init`` and ``copy --from --to``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from delegation_planner.storage.server import is_server_url, shown_url
from delegation_planner.texts.argparse_words import metavar
from delegation_planner.texts.catalogue import tr


class ServerCommandError(Exception):
    """A reason to stop with exit status 2 (the message is the one line shown)."""


def register_location(text: str) -> Path | str:
    """``--db``: a file path, or a server URL (``postgresql://user@host:port/db``) kept as text."""
    return text if is_server_url(text) else Path(text)


def add_server_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    sub = command(
        "server",
        tr("Prepare a database on a PostgreSQL server for the register (server init --db URL)."),
        tr(
            "Creates the register's tables and the reader/editor/decider roles, or upgrades an older register."
        ),
    )
    sub.add_argument(
        "action", choices=["init"], help=tr("init: prepare an empty database, or upgrade an older register")
    )
    sub = command("history", tr("Show who changed a delegation and when (oldest first)."))
    sub.add_argument("delegation", metavar=metavar("DELEGATION"), help=tr("the delegation's id"))


def add_register_copy_options(sub: argparse.ArgumentParser) -> None:
    """``copy --from SOURCE --to TARGET``: the register form of the ``copy`` command."""
    sub.add_argument(
        "--from",
        dest="source",
        type=register_location,
        default=None,
        metavar=metavar("SOURCE"),
        help=tr("the register to copy: a file or a server's URL"),
    )
    sub.add_argument(
        "--to",
        dest="target",
        type=register_location,
        default=None,
        metavar=metavar("TARGET"),
        help=tr("the new register: a new file or an empty server database's URL"),
    )


def server_init(args: argparse.Namespace) -> int:
    from delegation_planner.storage.server import connect
    from delegation_planner.storage.server_schema import migrate, register_version

    url = args.db
    if not is_server_url(url):
        raise ServerCommandError(tr("server init needs --db postgresql://user@host:port/database."))
    db = connect(str(url))
    try:
        before = register_version(db)
        steps = migrate(db)
    finally:
        db.close()
    if before is None:
        print(tr("Prepared the register in {url} ({steps} steps).", url=shown_url(url), steps=steps))
    elif steps:
        print(tr("Upgraded the register in {url} ({steps} steps).", url=shown_url(url), steps=steps))
    else:
        print(tr("The register in {url} is ready; nothing to do.", url=shown_url(url)))
    return 0


def copy(args: argparse.Namespace) -> int:
    from delegation_planner.storage.copy import copy_register
    from delegation_planner.storage.database import open_database

    source_location, target_location = args.source, args.target
    if str(source_location) == str(target_location):
        raise ServerCommandError(tr("The source and the target are the same register."))
    new_file = isinstance(target_location, Path) and (
        not target_location.exists() or target_location.stat().st_size == 0
    )
    if isinstance(target_location, Path) and not new_file:
        raise ServerCommandError(
            tr(
                "{path} already exists; a register is copied only into a new file or an "
                "empty server database. Nothing was copied.",
                path=target_location,
            )
        )
    source = open_database(source_location, read_only=True, upgrade_in_memory=True)
    try:
        target = open_database(target_location, create=True)
        try:
            copied = copy_register(source, target)
        except BaseException:
            target.close()
            if new_file and isinstance(target_location, Path):
                target_location.unlink(missing_ok=True)
            raise
        target.close()
    finally:
        source.close()
    shown = shown_url(str(target_location)) if is_server_url(target_location) else target_location
    print(tr("Copied {count} rows into {target}.", count=copied, target=shown))
    return 0


def history(args: argparse.Namespace) -> int:
    from delegation_planner.storage import repository
    from delegation_planner.storage.change_log import history as changes_of
    from delegation_planner.storage.database import default_database_path, open_database

    location = args.db if args.db is not None else default_database_path()
    db = open_database(location, read_only=True, upgrade_in_memory=True)
    try:
        if not repository.delegation_exists(db, args.delegation) and not changes_of(
            db, "delegation", args.delegation
        ):
            raise ServerCommandError(
                tr("There is no delegation '{key}' in the register.", key=args.delegation)
            )
        for change in changes_of(db, "delegation", args.delegation):
            when = change.at.astimezone().strftime("%Y-%m-%d %H:%M")
            who = change.who or tr("(before changes were logged)")
            revision = (
                "  " + tr("revision {number}", number=str(change.revision))
                if change.revision is not None
                else ""
            )
            print(f"{when}  {change.action:<8}  {who}{revision}")
    finally:
        db.close()
    return 0
