"""The headless commands of contract §5, on the same core as the window.

Exit status: 0 success, 1 for ``check`` when the verdict is ``fail``, 2 for bad
input of any kind — always with a one-line reason on standard error and nothing
half-written.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sqlite3
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, Protocol

from sqlite_utils import Database

from delegation_planner import __version__, cli_office

# Defined apart so that it is one class whether this module runs as ``__main__`` or is
# imported (by cli_records): an exception of a second copy would not be caught here.
from delegation_planner.cli_errors import BadInput as BadInput
from delegation_planner.cli_server import (
    ServerCommandError,
    add_register_copy_options,
    add_server_commands,
    register_location,
    server_init,
)
from delegation_planner.cli_server import copy as copy_register_command
from delegation_planner.cli_server import history as change_history
from delegation_planner.documents.template_safety import TemplateWarning
from delegation_planner.documents.words import LANGUAGES
from delegation_planner.domain import grip
from delegation_planner.domain.enums import Level
from delegation_planner.domain.office import OfficeProfile
from delegation_planner.domain.text import printable
from delegation_planner.person_cli import PersonCommandError, add_person_commands, run_person_command
from delegation_planner.storage import repository
from delegation_planner.storage.database import default_database_path, open_database
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.server import is_server_url
from delegation_planner.texts import argparse_words
from delegation_planner.texts.argparse_words import metavar
from delegation_planner.texts.catalogue import ntr, tr, use_language
from delegation_planner.texts.language import system_language

EXIT_OK, EXIT_FAIL, EXIT_BAD_INPUT = 0, 1, 2

COMMANDS = (
    "import",
    "export",
    "check",
    "memo",
    "basis",
    "briefing",
    "report",
    "calendar",
    "status",
    "copy",
    "attach",
    "documents",
    "backup",
    "restore",
    "person",
    "office",
    "server",
    "history",
)


def _reference_help() -> str:
    return tr(
        "the reference (Dnr) printed on it and logged; default: proposed from the office profile's pattern"
    )


class _OneLineHelp(argparse.HelpFormatter):
    """Wide enough that every command's description stays on one line."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=16, width=120)
        # argparse measures a command's name with less indentation than it prints it with,
        # so the longest ("documents") would wrap; the column starts past it from the outset.
        self._action_max_length = 14


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse's own error prints the usage over several lines; the contract wants one.
        raise BadInput(tr("{problem} (see '{command} --help')", problem=message, command=self.prog))


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser, every help text in the reader's language (``use_language``
    first: argparse keeps the texts it is given when the parser is made)."""
    path, command_word = metavar("PATH"), metavar("COMMAND")
    # The second usage line starts under the first's program name, however long "usage: " is.
    indent = " " * len(tr("usage: "))
    parser = _Parser(
        prog="delegation-planner",
        usage=f"%(prog)s [--db {path}] [--demo [{metavar('OFFICE')}]]\n"
        f"{indent}%(prog)s {command_word} [--db {path}] ...",
        description=tr(
            "Plan delegations, apply the office's rules for politicians' participation "
            "(GRIP in Region Skåne) and follow visits up. Without a command the window opens."
        ),
        epilog=tr("Run '{program} {command} --help' for a command's options.").format(
            program="delegation-planner", command=command_word
        ),
        formatter_class=_OneLineHelp,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=tr("show the program's version number and exit"),
    )
    # Read by the window's start (app.main); listed here so that --help shows them.
    parser.add_argument(
        "--db",
        dest="window_db",
        metavar=path,
        type=register_location,
        help=tr(
            "open this register, a file or a server's postgresql://user@host:port/database "
            "(default: your register)"
        ),
    )
    parser.add_argument(
        "--demo",
        nargs="?",
        const="skane",
        choices=("skane", "hovedstaden", "midtjylland"),
        metavar=metavar("OFFICE"),
        help=tr(
            "open a demo register, to look around before entering your own: Region Skåne's in "
            "Swedish, or 'hovedstaden' or 'midtjylland' in Danish"
        ),
    )
    # prog given: the commands' own usage lines must not repeat the two-line usage above.
    commands = parser.add_subparsers(
        dest="command",
        parser_class=_Parser,
        title=tr("commands"),
        metavar=command_word,
        prog="delegation-planner",
    )

    def command(name: str, help_text: str, details: str = "") -> argparse.ArgumentParser:
        # help_text is the command's one line in --help; details add to its own --help.
        sub = commands.add_parser(name, help=help_text, description=f"{help_text} {details}".strip())
        sub.add_argument(
            "--db",
            type=register_location,
            default=None,
            metavar=path,
            help=tr(
                "the register file, or a server: postgresql://user@host:port/database (default: your register)"
            ),
        )
        return sub

    def delegation_argument(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("delegation", metavar=metavar("DELEGATION"), help=tr("the delegation's id"))

    def language_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=None,
            help=tr("the document's language (default: the office's)"),
        )

    def out_option(sub: argparse.ArgumentParser, help_text: str, *, required: bool = False) -> None:
        sub.add_argument(
            "--out", type=Path, required=required, default=None, metavar=metavar("FILE"), help=help_text
        )

    def template_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--template",
            type=Path,
            default=None,
            metavar=metavar("FILE"),
            help=tr("the office's own Word template"),
        )
        sub.add_argument("--reference", default=None, metavar=metavar("REFERENCE"), help=_reference_help())

    sub = command("import", tr("Import an interchange file, all or nothing."))
    sub.add_argument("file", type=Path, metavar=metavar("FILE"), help=tr("the interchange file (.json)"))
    sub = command("export", tr("Write the whole register as an interchange file."))
    out_option(sub, tr("the file to write (default: standard output)"))
    sub = command("check", tr("Evaluate the criteria for politicians' participation in one delegation."))
    delegation_argument(sub)
    sub.add_argument("--json", action="store_true", help=tr("print the result as JSON"))
    for name, help_text in (
        (
            "memo",
            tr(
                "Write the visit memo (Word) once the visit is over and enough follow-up points are complete."
            ),
        ),
        ("basis", tr("Write the decision basis for the office's decision body (Word).")),
        ("briefing", tr("Write the pre-trip briefing for the travellers (Word).")),
    ):
        sub = command(name, help_text)
        delegation_argument(sub)
        out_option(sub, tr("the .docx file to write"), required=True)
        language_option(sub)
        template_options(sub)
        if name == "briefing":
            sub.add_argument(
                "--duty-phone",
                default="",
                metavar=metavar("PHONE"),
                help=tr("the office's duty phone for emergencies (default: lines to fill in)"),
            )
        else:
            sub.add_argument(
                "--officer",
                default=None,
                metavar=metavar("NAME"),
                help=tr("the case officer named on it (default: your name on this computer)"),
            )
    sub = command(
        "report", tr("Write the annual follow-up report with the costs (Word), or print its figures.")
    )
    # The year is read as text so that "20x6" gets the one-line reason of contract §5.
    sub.add_argument(
        "--year",
        required=True,
        metavar=metavar("YEAR"),
        help=tr("the year whose delegations (by start date) are reported"),
    )
    sub.add_argument(
        "--as-of",
        default=None,
        metavar=metavar("DATE"),
        help=tr(
            "the day the report is made as of, YYYY-MM-DD (default: today); trips ended by then took place"
        ),
    )
    sub.add_argument("--json", action="store_true", help=tr("print the report's figures as JSON"))
    out_option(sub, tr("the .docx file to write (required without --json)"))
    language_option(sub)
    template_options(sub)
    sub = command("calendar", tr("Write a delegation's programme as a calendar file (.ics)."))
    delegation_argument(sub)
    out_option(sub, tr("the .ics file to write"), required=True)
    sub.add_argument("--lang", choices=LANGUAGES, default="sv", help=tr("the language of the descriptions"))
    sub = command("status", tr("Print a delegation's status and its history, or change it."))
    delegation_argument(sub)
    sub.add_argument(
        "new_status",
        nargs="?",
        default=None,
        metavar=metavar("STATUS"),
        help=tr(
            "the status to change to: requested, considering, planned, confirmed, completed, "
            "declined or cancelled"
        ),
    )
    sub.add_argument(
        "--reason", default="", metavar=metavar("TEXT"), help=tr("why (required for declined and cancelled)")
    )
    sub = command(
        "copy",
        tr("Copy a delegation for the next trip, or a whole register between a file and a server."),
        tr(
            "A delegation: DELEGATION --start DATE (prints the new id). A register: --from SOURCE --to "
            "TARGET (a file or postgresql://user@host:port/database; the target new or empty)."
        ),
    )
    sub.add_argument(
        "delegation",
        nargs="?",
        default=None,
        metavar=metavar("DELEGATION"),
        help=tr("the id of the delegation to copy"),
    )
    sub.add_argument(
        "--start", default=None, metavar=metavar("DATE"), help=tr("the new trip's first day, YYYY-MM-DD")
    )
    add_register_copy_options(sub)
    sub.add_argument(
        "--id",
        dest="new_id",
        default=None,
        metavar=metavar("ID"),
        help=tr("the new delegation's id (default: derived)"),
    )
    sub = command(
        "attach", tr("Keep files with a delegation (or --agreement) in the register; lists its files.")
    )
    sub.add_argument(
        "record", metavar=metavar("ID"), help=tr("the delegation's id (or the agreement's, with --agreement)")
    )
    sub.add_argument(
        "files", nargs="*", type=Path, metavar=metavar("FILE"), help=tr("files to add (none: only list)")
    )
    sub.add_argument("--agreement", action="store_true", help=tr("the record is an agreement"))
    sub = command("documents", tr("List the documents written (the document register), or set its pattern."))
    sub.add_argument(
        "delegation",
        nargs="?",
        default=None,
        metavar=metavar("DELEGATION"),
        help=tr("only this delegation's documents"),
    )
    sub.add_argument(
        "--year",
        type=int,
        default=None,
        metavar=metavar("YEAR"),
        help=tr("only the annual report of this year"),
    )
    sub.add_argument(
        "--pattern",
        default=None,
        metavar=metavar("PATTERN"),
        help=tr(
            "set the office profile's pattern references are proposed from, e.g. {example} "
            "({yy}: the year's last two digits)",
            example="'RS {year}-{number:04d}'",
            yy="{yy}",
        ),
    )
    _add_safety_commands(command)
    add_server_commands(command)
    add_person_commands(commands)
    cli_office.add_parser(command)
    return parser


class _CommandMaker(Protocol):
    def __call__(self, name: str, help_text: str, details: str = "") -> argparse.ArgumentParser: ...


def _add_safety_commands(command: _CommandMaker) -> None:
    sub = command(
        "backup", tr("Write a consistent copy of the register to a file (safe while it is in use).")
    )
    target = sub.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, metavar=metavar("FILE"), help=tr("the backup file to write"))
    target.add_argument(
        "--list",
        action="store_true",
        help=tr("list the backups kept beside the register (before upgrades, daily)"),
    )
    sub = command(
        "restore",
        tr("Replace the register with a backup, checked whole first; the current one is kept beside it."),
        tr("Refused while a window has the register open."),
    )
    sub.add_argument("file", type=Path, metavar=metavar("FILE"), help=tr("the backup file"))


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # The reader's language for every message from here on, the core's errors included.
    use_language(system_language())
    argparse_words.install()
    try:
        args = build_parser().parse_args(args_list)
        handler = _HANDLERS[args.command]
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", TemplateWarning)
            try:
                return handler(args)
            finally:
                # What was removed from an office's template is said, not hidden.
                for warning in caught:
                    if issubclass(warning.category, TemplateWarning):
                        print(
                            "delegation-planner: "
                            + tr("warning: {text}", text=printable(str(warning.message), 400)),
                            file=sys.stderr,
                        )
    except (
        BadInput,
        StorageError,
        PersonCommandError,
        ServerCommandError,
        cli_office.OfficeInputError,
    ) as error:
        _fail(str(error))
    except KeyboardInterrupt:
        _fail(tr("Interrupted; nothing was written."))
    except sqlite3.OperationalError as error:
        # Locked by another program, a read-only file system, a full disk …: the
        # transaction was rolled back, so nothing is half-written.
        _fail(tr("The register could not be used: {error}. Nothing was changed.", error=error))
    except (sqlite3.Error, ValueError) as error:
        # A value in the file that no version of this program writes (edited by hand).
        _fail(
            tr(
                "The register holds something this program cannot read ({error}). Nothing was changed.",
                error=error,
            )
        )
    except OSError as error:
        _fail(tr("Cannot read or write a file: {reason}.", reason=error.strerror or error))
    return EXIT_BAD_INPUT


def _fail(message: str) -> None:
    # Escaped and cut: a reason may quote a file's contents (terminal escapes, a huge key).
    # Long enough for a server's refusal: the reason in the reader's words and the server's own.
    print(f"delegation-planner: {printable(' '.join(message.split()), 600)}", file=sys.stderr)


def _database(args: argparse.Namespace, *, create: bool) -> Database:
    """``create``: the register may be made or upgraded (import); otherwise the file is only
    read — never created, upgraded or backed up (an older one is upgraded in memory)."""
    path = args.db if args.db is not None else default_database_path()
    if create:
        return open_database(path, create=True)
    return open_database(path, read_only=True, upgrade_in_memory=True)


def _writable(args: argparse.Namespace) -> Database:
    """An existing register opened for writing (a status change, a copy, a file kept)."""
    path = args.db if args.db is not None else default_database_path()
    return open_database(path, create=False)


def _document_database(args: argparse.Namespace) -> tuple[Database, str | None]:
    """The register for writing a document and logging it; when it cannot be written (a
    read-only file or folder), read-only with the reason the document goes unlogged."""
    try:
        return _writable(args), None
    except StorageError as error:
        if not Path(args.db if args.db is not None else default_database_path()).is_file():
            raise
        return _database(args, create=False), str(error)


def _import(args: argparse.Namespace) -> int:
    from delegation_planner.interchange.errors import InterchangeError
    from delegation_planner.interchange.reader import read_file
    from delegation_planner.interchange.service import import_file

    if not args.file.is_file():
        raise BadInput(tr("Cannot read {path}: there is no such file.", path=args.file))
    path = args.db if args.db is not None else default_database_path()
    if is_server_url(path):
        read_file(args.file)  # a file that cannot be imported leaves an empty server database empty
        db = _database(args, create=True)
        try:
            summary = import_file(db, args.file)
        finally:
            db.close()
        print(tr("Imported {path}: {summary}", path=args.file, summary=summary))
        return EXIT_OK
    new_register = not path.exists()
    empty_file = path.is_file() and path.stat().st_size == 0
    try:
        if new_register or empty_file:
            # Check the file before a new register (and its folders) is made for it,
            # so that a rejected file leaves nothing behind.
            read_file(args.file)
        db = _database(args, create=True)
        try:
            summary = import_file(db, args.file)
        finally:
            db.close()
    except InterchangeError as error:
        reason = str(error).removeprefix("file: ")  # the file is already named
        raise BadInput(tr("{path} was not imported: {reason}", path=args.file, reason=reason)) from error
    except BaseException:
        if new_register:
            path.unlink(missing_ok=True)
        elif empty_file:
            path.write_bytes(b"")  # the empty file it was, not a register without the import
        raise
    print(tr("Imported {path}: {summary}", path=args.file, summary=summary))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from delegation_planner.interchange.service import export_file, export_text

    db = _database(args, create=False)
    try:
        if args.out is None:
            sys.stdout.buffer.write(export_text(db).encode("utf-8"))
            sys.stdout.flush()
        else:
            try:
                export_file(db, args.out)
            except OSError as error:
                raise BadInput(cannot_write(args.out, error)) from error
    finally:
        db.close()
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from delegation_planner.storage.office_store import load_office

    db = _database(args, create=False)
    try:
        result = check_delegation(db, args.delegation)
        office = load_office(db)
    finally:
        db.close()
    if args.json:
        # The contract's format: ids, levels and the core's English messages.
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        for line in check_lines(args.delegation, result, office):
            print(line)
    return EXIT_FAIL if result.verdict is Level.FAIL else EXIT_OK


def check_lines(key: str, result: grip.GripResult, office: OfficeProfile) -> list[str]:
    """The verdict and each criterion's explanation in the reader's language, names of themes
    and of the decision body as the office writes them; level and id as in the contract."""
    from delegation_planner.documents.grip_words import explain
    from delegation_planner.documents.labels import Labels

    labels = Labels.for_language(system_language(), office)
    lines = [f"{key}: {result.verdict.value}"]
    for criterion in result.criteria:
        lines.append(f"  {criterion.level.value:<4}  {criterion.id}: {explain(criterion, labels)}")
    return lines


def _backup(args: argparse.Namespace) -> int:
    from delegation_planner.storage.backups import backup_to, daily_backups, upgrade_backups

    _no_server(
        args, tr("A register on a server is backed up with the server's own tools (pg_dump; see the README).")
    )
    if args.list:
        register = Path(args.db or default_database_path())
        found = [*upgrade_backups(register), *daily_backups(register)]
        for path in found:
            size = path.stat().st_size
            print(f"{path}  (" + ntr("{count} byte", "{count} bytes", size) + ")")
        if not found:
            print(tr("No backups are kept beside {path}.", path=register))
        return EXIT_OK
    db = _database(args, create=False)
    try:
        if args.out.absolute() == Path(args.db or default_database_path()).absolute():
            raise BadInput(tr("The backup must be another file than the register itself."))
        try:
            backup_to(db.conn, args.out)
        except OSError as error:
            raise BadInput(
                tr(
                    "Cannot write {path}: {reason}. No partial file was left.",
                    path=args.out,
                    reason=error.strerror or error,
                )
            ) from error
    finally:
        db.close()
    print(tr("Backed up the register to {path}", path=args.out))
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from delegation_planner.storage.restore import restore_register

    _no_server(
        args,
        tr("A register on a server is restored with the server's own tools (pg_restore; see the README)."),
    )
    path = args.db if args.db is not None else default_database_path()
    kept = restore_register(args.file, path)
    if kept:
        print(
            tr(
                "Restored {path} from {backup}; the register as it was is kept as {kept}",
                path=path,
                backup=args.file,
                kept=kept,
            )
        )
    else:
        print(tr("Restored {path} from {backup}", path=path, backup=args.file))
    return EXIT_OK


def _copy(args: argparse.Namespace) -> int:
    """One ``copy`` command, two forms: a whole register (--from/--to) or a delegation."""
    if args.source is not None or args.target is not None:
        if args.source is None or args.target is None or args.delegation is not None:
            raise BadInput(tr("copy a register with both --from SOURCE and --to TARGET (and no delegation)."))
        return copy_register_command(args)
    if args.delegation is None or args.start is None:
        raise BadInput(tr("copy needs a DELEGATION and --start DATE, or --from SOURCE --to TARGET."))
    return _records_command("copy")(args)


def _no_server(args: argparse.Namespace, refusal: str) -> None:
    if is_server_url(args.db):
        raise BadInput(refusal)


def no_delegation(key: str) -> str:
    return tr("There is no delegation '{key}' in the register.", key=key)


def cannot_write(path: Path, error: OSError) -> str:
    return tr("Cannot write {path}: {reason}.", path=path, reason=error.strerror or error)


def check_delegation(db: Database, key: str) -> grip.GripResult:
    if not repository.delegation_exists(db, key):
        raise BadInput(no_delegation(key))
    delegation, _ = repository.load_delegation(db, key)
    people = {p.id: p for p in repository.people_by_keys(db, [p.person for p in delegation.participants])}
    return grip.evaluate(delegation, people, repository.load_policy(db))


def _office(args: argparse.Namespace) -> int:
    return cli_office.run(args, _database, print)


def _records_command(name: str) -> Callable[[argparse.Namespace], int]:
    """A command of ``cli_records``, imported when it runs (that module imports this one)."""
    return _command_of("cli_records", name)


def _documents_command(name: str) -> Callable[[argparse.Namespace], int]:
    """A command of ``cli_documents``, imported when it runs (that module imports this one)."""
    return _command_of("cli_documents", name)


def _command_of(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        handler: Callable[[argparse.Namespace], int] = getattr(
            importlib.import_module(f"delegation_planner.{module}"), name
        )
        return handler(args)

    return run


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": _import,
    "export": _export,
    "check": _check,
    "memo": _documents_command("memo"),
    "basis": _documents_command("basis"),
    "briefing": _documents_command("briefing"),
    "report": _documents_command("report"),
    "calendar": _documents_command("calendar"),
    "status": _records_command("status"),
    "copy": _copy,
    "attach": _records_command("attach"),
    "documents": _records_command("documents"),
    "backup": _backup,
    "restore": _restore,
    "person": run_person_command,
    "office": _office,
    "server": server_init,
    "history": change_history,
}


if __name__ == "__main__":
    sys.exit(main())
