"""The headless commands of contract §5, on the same core as the window.

Exit status: 0 success, 1 for ``check`` when the verdict is ``fail``, 2 for bad
input of any kind — always with a one-line reason on standard error and nothing
half-written.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import json
import sqlite3
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from delegation_planner import cli_office

# Defined apart so that it is one class whether this module runs as ``__main__`` or is
# imported (by cli_records): an exception of a second copy would not be caught here.
from delegation_planner.cli_errors import BadInput as BadInput
from delegation_planner.cli_parser import build_parser as build_parser
from delegation_planner.cli_server import (
    ServerCommandError,
    server_init,
)
from delegation_planner.cli_server import copy as copy_register_command
from delegation_planner.cli_server import history as change_history
from delegation_planner.documents.template_safety import TemplateWarning
from delegation_planner.domain import grip
from delegation_planner.domain.enums import Level
from delegation_planner.domain.office import OfficeProfile
from delegation_planner.domain.text import printable
from delegation_planner.person_cli import PersonCommandError, run_person_command
from delegation_planner.storage import repository
from delegation_planner.storage.database import default_database_path, open_database
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.server_url import is_server_url
from delegation_planner.texts import argparse_words
from delegation_planner.texts.catalogue import ntr, tr, use_language
from delegation_planner.texts.language import system_language

if TYPE_CHECKING:
    from sqlite_utils import Database

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


# Whether the command running is the whole process (the ``delegation-planner`` entry point),
# not a call from a test or a script that goes on afterwards: see ``loading_modules``.
_whole_process = False


def main(argv: Sequence[str] | None = None, *, whole_process: bool = False) -> int:
    global _whole_process
    _whole_process = whole_process
    args_list = list(sys.argv[1:] if argv is None else argv)
    # The reader's language for every message from here on, the core's errors included.
    use_language(system_language())
    argparse_words.install()
    try:
        with loading_modules():  # the command line's own, loaded with this module (see ``app``)
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


@contextlib.contextmanager
def loading_modules() -> Iterator[None]:
    """Around a command's imports. Their objects (tens of thousands of functions, classes
    and dicts) live until the process ends, yet the garbage collector walked them in its
    passes while they loaded and in every full pass after (30-40 ms each on this machine,
    several while a report is built and two more as the interpreter exits). So it pauses
    while they load and then leaves them out (frozen); it still collects whatever the
    command itself makes. Only where the command is the whole process: a caller that goes
    on would keep whatever it had made before (frozen garbage is never collected)."""
    if not _whole_process:
        yield
        return
    gc.disable()
    try:
        yield
        gc.freeze()  # not after a failure (``--help`` ends here too): nothing is left to run
    finally:
        gc.enable()


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
        # Checked when opened (or made new), written since only by the import's transaction:
        # remembered as checked, as the window does when it closes a register, so the first
        # window on an imported register shows its rows at once instead of reading it all.
        from delegation_planner.storage import check_cache

        check_cache.remember_written(Path(path))
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
        with loading_modules():
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
