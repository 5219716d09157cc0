"""The command line's parser: every command, option and help text, in the reader's language.

Kept apart from ``cli`` (which runs the commands) so that each stays one kind of code. The
texts go through the core's catalogue and argparse's own words through ``argparse_words``;
both must be set to the reader's language (``cli.main`` does it) before ``build_parser`` is
called, since argparse keeps the texts it is given when a parser is made.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn, Protocol

from delegation_planner import cli_office
from delegation_planner.cli_errors import BadInput
from delegation_planner.cli_server import add_register_copy_options, add_server_commands, register_location
from delegation_planner.documents.words import LANGUAGES
from delegation_planner.person_cli import add_person_commands
from delegation_planner.texts.argparse_words import metavar
from delegation_planner.texts.catalogue import tr


class _Version(argparse.Action):
    """``--version``: the installed version, read only when asked (reading the package's
    metadata costs every command a twentieth of a second)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from delegation_planner import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


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

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        # Each line of the description is a paragraph of its own, wrapped on its own.
        return "\n".join(
            super(_OneLineHelp, self)._fill_text(line, width, indent) for line in text.splitlines()
        )


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
            "Plan delegations, apply the office's rules for politicians' participation and follow visits up."
        )
        + "\n"
        + tr("Without a command the window opens."),
        epilog=tr("Run '{program} {command} --help' for a command's options.").format(
            program="delegation-planner", command=command_word
        ),
        formatter_class=_OneLineHelp,
    )
    parser.add_argument(
        "--version",
        action=_Version,
        nargs=0,
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
