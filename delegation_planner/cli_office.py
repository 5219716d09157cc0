"""``delegation-planner office show|use|export|letterhead``: the register's office profile.

Kept apart from ``cli`` so that module stays about the contract's commands; the
messages are in the reader's language (``texts.catalogue``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from delegation_planner.domain.office import (
    SHIPPED,
    OfficeProfile,
    OfficeProfileError,
    profile_from_json,
    shipped_profile,
)
from delegation_planner.texts.argparse_words import metavar
from delegation_planner.texts.catalogue import language_name, reader_language, tr
from delegation_planner.texts.formatting import formatter

if TYPE_CHECKING:
    from sqlite_utils import Database


class OfficeInputError(Exception):
    """A reason to stop with exit status 2; ``cli`` prints it as its one line."""


def add_parser(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    sub = command("office", tr("Show, choose or export the register's office profile."))
    actions = sub.add_subparsers(
        dest="action", required=True, parser_class=type(sub), metavar=metavar("ACTION")
    )

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        # The action's own --help says what it does, as the list of actions does.
        made: argparse.ArgumentParser = actions.add_parser(name, help=help_text, description=help_text)
        return made

    show = action("show", tr("show the office profile"))
    use = action("use", tr("adopt a shipped profile (skane, hovedstaden, midtjylland) or a file"))
    use.add_argument(
        "profile",
        metavar=metavar("PROFILE"),
        help=tr("skane, hovedstaden, midtjylland, or an office profile file (.json)"),
    )
    export = action("export", tr("write the office profile to a file another office can use"))
    export.add_argument(
        "--out", type=Path, required=True, metavar=metavar("FILE"), help=tr("the .json file to write")
    )
    letterhead = action("letterhead", tr("keep a Word template as the letterhead of every document"))
    choice = letterhead.add_mutually_exclusive_group(required=True)
    choice.add_argument(
        "template",
        nargs="?",
        type=Path,
        metavar=metavar("TEMPLATE"),
        help=tr("the .docx or .dotx letterhead template"),
    )
    choice.add_argument("--clear", action="store_true", help=tr("go back to the program's own template"))
    for made in (show, use, export, letterhead):
        made.add_argument(
            "--db",
            type=Path,
            default=argparse.SUPPRESS,
            metavar=metavar("PATH"),
            help=tr("the register file"),
        )


def run(
    args: argparse.Namespace, database: Callable[..., Database], print_line: Callable[[str], None]
) -> int:
    from delegation_planner.storage import office_store

    language = reader_language()
    if args.action == "letterhead" and not Path(_register_name(args)).exists():
        raise OfficeInputError(tr("There is no register at {path}.", path=_register_name(args)))
    # Read before the register is opened: a profile that is refused leaves no new register behind.
    profile = read_profile(args.profile) if args.action == "use" else None
    # "use" may make the register (an office setting up); show and export only read it.
    db = database(args, create=args.action in ("use", "letterhead"))
    try:
        if args.action == "show":
            from delegation_planner.storage.document_log import propose_reference

            proposed = propose_reference(db, dt.date.today())
            for line in describe(office_store.load_office(db), language, proposed):
                print_line(line)
        elif profile is not None:
            office_store.use_office(db, profile)
            body = profile.body(language).name
            print_line(
                tr(
                    "{db} now uses the office profile of {office}: documents in {document_language}, "
                    "decisions on political participation by {body}.",
                    db=_register_name(args),
                    office=profile.name,
                    document_language=language_name(profile.document_language),
                    body=body,
                )
            )
        elif args.action == "export":
            profile = office_store.load_office(db)
            _write_text(args.out, office_store.export_office(db))
            print_line(
                tr(
                    "The office profile of {office} was written to {path}.",
                    office=profile.name,
                    path=args.out,
                )
            )
        else:
            _letterhead(args, db, language, print_line)
    finally:
        db.close()
    return 0


def _letterhead(
    args: argparse.Namespace, db: Database, language: str, print_line: Callable[[str], None]
) -> None:
    from delegation_planner.documents.template import TemplateError, open_template
    from delegation_planner.storage import office_store

    if args.clear:
        office_store.set_letterhead(db, None)
        print_line(
            tr(
                "The documents of {db} are written on the program's own template again.",
                db=_register_name(args),
            )
        )
        return
    try:
        data = Path(args.template).read_bytes()
    except OSError as error:
        raise OfficeInputError(
            tr("Cannot read {path}: {reason}.", path=args.template, reason=error.strerror or error)
        ) from error
    try:
        open_template(data)  # refuse a file that is no Word document before keeping it
    except TemplateError as error:
        raise OfficeInputError(f"{args.template}: {error}") from error
    try:
        office_store.set_letterhead(db, data)
    except OfficeProfileError as error:
        raise OfficeInputError(str(error)) from error
    print_line(
        tr(
            "The letterhead {path} is now used for every document of {db}.",
            path=args.template,
            db=_register_name(args),
        )
    )


def read_profile(name: str) -> OfficeProfile:
    """A shipped profile by name, or a profile file; OfficeInputError in plain words."""
    if name in SHIPPED:
        return shipped_profile(name)
    path = Path(name)
    if not path.is_file():
        raise OfficeInputError(
            tr(
                "There is no office profile or file called '{name}' "
                "(choose skane, hovedstaden, midtjylland or a profile file).",
                name=name,
            )
        )
    try:
        return profile_from_json(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, OfficeProfileError) as error:
        raise OfficeInputError(
            tr("{path} is not a usable office profile: {reason}.", path=path, reason=error)
        ) from error


def describe(profile: OfficeProfile, language: str, next_reference: str | None = None) -> list[str]:
    """The profile as lines of "label: value" in ``language`` (with the register's next
    document reference when it is known)."""
    from babel.units import format_unit

    from delegation_planner.documents.labels import Labels

    fmt = formatter(language)
    labels = Labels.for_language(language, profile)
    body = profile.body(language)
    size = len(profile.letterhead) if profile.letterhead else 0
    letterhead = (
        tr("the office's own ({size})", size=fmt.number(max(1, round(size / 1024))) + " kB")
        if size
        else tr("the program's template")
    )
    checklists = profile.checklists
    counts = {
        direction: len(checklists.get(direction, {}).get(profile.document_language, []))
        for direction in ("outbound", "inbound")
    }
    rows = [
        (tr("Office"), profile.name),
        (tr("Country"), fmt.country(profile.country)),
        (tr("Home region"), profile.home_region),
        (
            tr("Decision body"),
            f"{body.name} ({body.full_name})" if body.full_name != body.name else body.name,
        ),
        (tr("Document language"), language_name(profile.document_language)),
        (tr("Policy profile"), profile.policy.name),
        (tr("Criteria applied"), "; ".join(labels.criterion(c) for c in profile.policy.criteria)),
        (tr("Priority themes"), ", ".join(labels.theme(t) for t in profile.policy.priority_themes)),
        (tr("Letterhead"), letterhead),
        (
            tr("Checklists"),
            tr("{outbound} items before a trip, {inbound} before a visit", **counts),
        ),
        # CLDR's "6 månader", "1 måned", "6 months".
        (
            tr("Partner flagged after no contact for"),
            format_unit(profile.contact_months, "duration-month", locale=language),
        ),
        (
            tr("Document references proposed as"),
            tr("{pattern} (next: {next})", pattern=profile.reference_pattern, next=next_reference)
            if next_reference
            else profile.reference_pattern,
        ),
    ]
    return [f"{label}: {value}" for label, value in rows]


def _register_name(args: argparse.Namespace) -> str:
    from delegation_planner.storage.database import default_database_path

    return str(getattr(args, "db", None) or default_database_path())


def _write_text(path: Path, text: str) -> None:
    """Whole or not at all: a temporary file beside the target, then moved into place."""
    from delegation_planner.storage.atomic_file import write_bytes_atomically

    try:
        write_bytes_atomically(path, text.encode("utf-8"))
    except OSError as error:
        raise OfficeInputError(
            tr("Cannot write {path}: {reason}.", path=path, reason=error.strerror or error)
        ) from error
