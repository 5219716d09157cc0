"""The document commands (``memo``, ``basis``, ``briefing``, ``report``, ``calendar``).

Apart from ``cli.py`` so that each module holds one kind of command; ``cli`` imports this
module only when one of these commands runs (this module imports ``cli``'s helpers).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from delegation_planner.cli import (
    EXIT_OK,
    _database,
    _document_database,
    _fail,
    cannot_write,
    loading_modules,
    no_delegation,
)
from delegation_planner.cli_errors import BadInput
from delegation_planner.storage import repository
from delegation_planner.storage.locations import default_database_path
from delegation_planner.texts.catalogue import tr

if TYPE_CHECKING:
    from sqlite_utils import Database


def memo(args: argparse.Namespace) -> int:
    with loading_modules():
        from delegation_planner.documents.memo import MemoRefused, write_memo
    return _write_document(args, write_memo, (MemoRefused,), officer=args.officer)


def basis(args: argparse.Namespace) -> int:
    with loading_modules():
        from delegation_planner.documents.basis import write_basis
    return _write_document(args, write_basis, (), officer=args.officer)


def briefing(args: argparse.Namespace) -> int:
    with loading_modules():
        from delegation_planner.documents.briefing import write_briefing
    return _write_document(args, write_briefing, (), duty_phone=args.duty_phone)


def _write_document(
    args: argparse.Namespace,
    write: Callable[..., Path],
    refusals: tuple[type[Exception], ...],
    **options: object,
) -> int:
    from delegation_planner.documents.template import TemplateError

    db, unwritable = _document_database(args)
    try:
        if not repository.delegation_exists(db, args.delegation):
            raise BadInput(no_delegation(args.delegation))
        stamp = _reference(db, args, unwritable)
        try:
            written = write(
                db,
                args.delegation,
                args.out,
                lang=args.lang,
                template=args.template,
                reference=stamp,
                **options,
            )
            reference = _log_written(db, written, args, unwritable, stamp, delegation=args.delegation)
        except TemplateError as error:
            raise BadInput(str(error)) from error
        except refusals as error:
            raise BadInput(str(error)) from error
        except OSError as error:
            raise BadInput(cannot_write(args.out, error)) from error
    finally:
        db.close()
    _remember_checked(args, reference)
    print(_wrote(written, reference))
    return EXIT_OK


def _reference(db: Database, args: argparse.Namespace, unwritable: str | None) -> str | None:
    """The reference to print on the document (typed or proposed), asked before it is
    written so that it is printed as the document is saved; None when the register cannot
    log it. A reference that cannot be one is refused before anything is written."""
    if unwritable is not None:
        return None
    from delegation_planner.storage.document_log import reference_for

    return reference_for(db, args.reference, dt.date.today())


def _remember_checked(args: argparse.Namespace, logged: str | None) -> None:
    """A register file this command opened for writing passed the full check on open (or was
    remembered as passing) and was written since only by SQLite's transactions, logging the
    document: remembered as checked, as the window does when it closes a register, so that
    the next command or start does not read the whole file again (a second on 100,000
    delegations) because of the log's one row."""
    if logged is None:
        return
    from delegation_planner.storage import check_cache
    from delegation_planner.storage.server_url import is_server_url

    path = args.db if args.db is not None else default_database_path()
    if not is_server_url(path) and Path(path).is_file():
        check_cache.remember_written(Path(path))


def _log_written(
    db: Database,
    written: Path,
    args: argparse.Namespace,
    unwritable: str | None,
    reference: str | None,
    **owner: object,
) -> str | None:
    """Log the document just written, which carries ``reference``, in the document register."""
    from delegation_planner.storage.document_log import log_document
    from delegation_planner.storage.lifecycle import current_user

    if unwritable is not None:
        # The document is what was asked for; the register only could not record it.
        _fail(
            tr(
                "{path} was written but not logged in the document register: {reason}",
                path=written,
                reason=unwritable,
            )
        )
        return None
    from delegation_planner.storage.office_store import load_office

    # Without --lang a document is in the office's document language: the register says which.
    language = args.lang or load_office(db).document_language
    return log_document(
        db,
        written,
        args.command,
        language,
        by=current_user(),
        reference=reference,
        stamped=True,
        **owner,  # type: ignore[arg-type]
    )


def report(args: argparse.Namespace) -> int:
    with loading_modules():
        from delegation_planner.documents.report import FIRST_YEAR, LAST_YEAR, write_report
        from delegation_planner.documents.template import TemplateError
        from delegation_planner.storage.annual import figures_json, year_figures
    text = str(args.year).strip()
    if not (text.isascii() and text.isdigit()) or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise BadInput(
            tr(
                "The year must be a number from {first} to {last}, not '{given}'.",
                first=FIRST_YEAR,
                last=LAST_YEAR,
                given=args.year,
            )
        )
    as_of = _as_of(args.as_of)
    if args.out is None and not args.json:
        raise BadInput(
            tr("Say where to write the report with --out FILE.docx, or print its figures with --json.")
        )
    db, unwritable = (
        _document_database(args) if args.out is not None else (_database(args, create=False), None)
    )
    reference = None
    try:
        if args.out is not None:
            stamp = _reference(db, args, unwritable)
            try:
                written = write_report(
                    db,
                    int(text),
                    args.out,
                    lang=args.lang,
                    template=args.template,
                    as_of=as_of,
                    reference=stamp,
                )
                reference = _log_written(db, written, args, unwritable, stamp, year=int(text))
            except TemplateError as error:
                raise BadInput(str(error)) from error
            except OSError as error:
                raise BadInput(cannot_write(args.out, error)) from error
        figures = year_figures(db, int(text), as_of) if args.json else None
    finally:
        db.close()
    _remember_checked(args, reference)
    if figures is not None:
        print(json.dumps(figures_json(figures), ensure_ascii=False))
    else:
        print(_wrote(written, reference))
    return EXIT_OK


def _as_of(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(tr("--as-of must be a date written YYYY-MM-DD, not '{given}'.", given=text)) from None


def calendar(args: argparse.Namespace) -> int:
    from delegation_planner.exchange.calendar_export import write_calendar

    db = _database(args, create=False)
    try:
        if not repository.delegation_exists(db, args.delegation):
            raise BadInput(no_delegation(args.delegation))
        try:
            written = write_calendar(db, args.delegation, args.out, lang=args.lang)
        except OSError as error:
            raise BadInput(cannot_write(args.out, error)) from error
    finally:
        db.close()
    print(_wrote(written, None))
    return EXIT_OK


def _wrote(written: Path, reference: str | None) -> str:
    if reference:
        return tr("Wrote {path} ({reference})", path=written, reference=reference)
    return tr("Wrote {path}", path=written)
