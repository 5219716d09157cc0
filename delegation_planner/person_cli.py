"""The ``person`` commands: an access request's answer, erasure, and retention.

``person export PERSON --out FILE`` writes everything the register holds on one
person (``.json``, or a readable ``.docx`` letter); ``person erase PERSON`` lists
what erasing would change and does it only with ``--yes`` (a destructive command
run by a script must say so); ``person due`` lists the people kept longer than the
policy's retention after their last visit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from delegation_planner.cli_server import register_location
from delegation_planner.documents.words import LANGUAGES
from delegation_planner.storage.database import default_database_path, open_database
from delegation_planner.storage.errors import NotFoundError
from delegation_planner.storage.server_url import is_server_url
from delegation_planner.texts.argparse_words import metavar
from delegation_planner.texts.catalogue import ntr, tr


class PersonCommandError(Exception):
    """A reason to stop with exit status 2; the message is the one line shown."""


def add_person_commands(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
) -> None:
    person = commands.add_parser(
        "person",
        help=tr(
            "Personal data: export what is held on a person, erase a person, list who is due for review."
        ),
        description=tr("Personal data of one person (GDPR): access requests, erasure and retention."),
    )
    actions = person.add_subparsers(
        dest="person_command", required=True, parser_class=type(person), metavar=metavar("ACTION")
    )

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = actions.add_parser(name, help=help_text, description=help_text)
        sub.add_argument(
            "--db",
            type=register_location,
            default=None,
            metavar=metavar("PATH"),
            help=tr(
                "the register file, or a server: postgresql://user@host:port/database (default: your register)"
            ),
        )
        return sub

    person_help = tr("the person's id or full name")
    sub = action("export", tr("Write everything the register holds on one person (.json or a .docx letter)."))
    sub.add_argument("person", metavar=metavar("PERSON"), help=person_help)
    sub.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=metavar("FILE"),
        help=tr("the .json or .docx file to write"),
    )
    sub.add_argument("--lang", choices=LANGUAGES, default="en", help=tr("the letter's language (default en)"))
    sub = action(
        "erase",
        tr("Erase a person: name, e-mail, title and the texts naming them; participations stay, anonymous."),
    )
    sub.add_argument("person", metavar=metavar("PERSON"), help=person_help)
    sub.add_argument(
        "--yes", action="store_true", help=tr("do it (without --yes only what would change is listed)")
    )
    sub = action("due", tr("List the people kept longer than the retention period after their last visit."))
    sub.add_argument("--json", action="store_true", help=tr("print the list as JSON"))


def run_person_command(args: argparse.Namespace) -> int:
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "export": _export,
        "erase": _erase,
        "due": _due,
    }
    try:
        return handlers[args.person_command](args)
    except NotFoundError as error:
        raise PersonCommandError(str(error)) from error


def _location(args: argparse.Namespace) -> Path | str:
    """The register: a file, or a server's address (kept as text)."""
    return args.db if args.db is not None else default_database_path()


def _file(location: Path | str) -> Path | None:
    """The register's file, whose backups an erasure also searches; None on a server."""
    return None if is_server_url(str(location)) else Path(location)


def _export(args: argparse.Namespace) -> int:
    from delegation_planner.storage.office_store import load_office
    from delegation_planner.storage.personal_data import personal_data
    from delegation_planner.storage.retention import retention_years

    suffix = args.out.suffix.lower()
    if suffix not in (".json", ".docx"):
        raise PersonCommandError(
            tr("The export must be a .json or a .docx file, not '{name}'.", name=args.out.name)
        )
    db = open_database(_location(args), create=False)
    try:
        data = personal_data(db, args.person)
        years = retention_years(db)
        office = load_office(db).name  # the office profile names the office
    finally:
        db.close()
    today = dt.date.today()
    try:
        from delegation_planner.documents.access_letter import write_access_json, write_access_letter

        if suffix == ".json":
            write_access_json(data, args.out, today=today)
        else:
            write_access_letter(
                data, args.out, lang=args.lang, today=today, retention_years=years, office=office
            )
    except OSError as error:
        raise PersonCommandError(
            tr("Cannot write {path}: {reason}.", path=args.out, reason=error.strerror or error)
        ) from error
    print(
        ntr(
            "Wrote {path}: {name} ({key}), {count} item besides the record",
            "Wrote {path}: {name} ({key}), {count} items besides the record",
            data.item_count,
            path=args.out,
            name=data.person.name,
            key=data.person.id,
        )
    )
    return 0


def _erase(args: argparse.Namespace) -> int:
    from delegation_planner.storage.erasure import erase_person, plan_erasure

    location = _location(args)
    db = open_database(location, create=False)
    try:
        plan = plan_erasure(db, args.person, _file(location))
        if not args.yes:
            for line in plan.lines():
                print(line)
            raise PersonCommandError(
                tr(
                    "Nothing was erased: erasing {name} cannot be undone; run again with --yes to do it.",
                    name=plan.person.name,
                )
            )
        erase_person(db, plan)
    finally:
        db.close()
    for line in plan.lines():
        print(line)
    print(tr("Erased {key}; the register now shows '{label}'.", key=plan.person.id, label=plan.label))
    for line in plan.advice:
        print(line)
    return 0


def _due(args: argparse.Namespace) -> int:
    from delegation_planner.storage.retention import due_for_review, retention_years

    db = open_database(_location(args), create=False)
    try:
        years = retention_years(db)
        due = due_for_review(db, dt.date.today(), years)
    finally:
        db.close()
    if args.json:
        listed = [
            {
                "id": p.id,
                "name": p.name,
                "kind": p.kind,
                "organisation": p.organisation,
                "last_visit": p.last_visit.isoformat(),
            }
            for p in due
        ]
        print(json.dumps({"retention_years": years, "due": listed}, ensure_ascii=False))
        return 0
    if not due:
        print(
            ntr(
                "Nobody is due for review: everyone took part in a visit within the last year.",
                "Nobody is due for review: everyone took part in a visit within the last {count} years.",
                years,
            )
        )
        return 0
    print(
        ntr(
            "{count} person whose last visit ended more than {years} years ago:",
            "{count} people whose last visit ended more than {years} years ago:",
            len(due),
            years=years,
        )
    )
    for person in due:
        organisation = f", {person.organisation}" if person.organisation else ""
        print(f"  {person.last_visit.isoformat()}  {person.id}: {person.name} ({person.kind}{organisation})")
    return 0
